# requires: python>=3.11
# en: wait_for cancels the inner work on timeout and waits for its cleanup;
# en: shield() keeps the work running after the caller gives up.
# zh: 超时后，wait_for 会取消内部的工作，并等它清理完毕；
# zh: shield() 则能让调用方放弃等待之后，工作仍继续运行。
import asyncio
import time


async def save(record: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        return f"saved {record}"
    except asyncio.CancelledError:
        print(f"  {record}: cancelled, rolling back")
        await asyncio.sleep(0.1)  # en: cleanup that itself takes time | zh: 清理本身也要花时间
        raise


async def main() -> None:
    start = time.perf_counter()
    try:
        await asyncio.wait_for(save("order-1", 1.0), timeout=0.2)
    except TimeoutError:
        # en: 0.2 s timeout + 0.1 s rollback: wait_for waited for the cleanup
        # zh: 0.2 秒超时 + 0.1 秒回滚：wait_for 等清理做完才返回
        elapsed = time.perf_counter() - start
        took = "at least 0.3s, the 0.2s timeout plus the rollback" if elapsed >= 0.29 else f"{elapsed:.2f}s"
        print(f"wait_for timed out after {took}")

    task = asyncio.create_task(save("order-2", 0.4))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
    except TimeoutError:
        print("caller gave up; shielded task still running:", not task.done())
    print("later:", await task)


asyncio.run(main())
