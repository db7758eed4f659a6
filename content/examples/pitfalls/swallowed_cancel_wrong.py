# requires: python>=3.11
# en: Wrong: catching CancelledError (or BaseException) and carrying on.
# zh: 错误做法：捕获 CancelledError（或 BaseException）后若无其事地继续运行。
import asyncio
import time


async def poll_forever(rounds: int) -> str:
    for _ in range(rounds):
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:  # en: swallowed: the cancel request is lost | zh: 取消被吞掉了，这次取消请求就此丢失
            print("  cancelled? ignoring it")
    return "finished anyway"


async def main() -> None:
    task = asyncio.create_task(poll_forever(3))
    await asyncio.sleep(0.05)
    task.cancel()
    print("task result:", await task, "| task.cancelled():", task.cancelled())

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            await poll_forever(3)
        print("no TimeoutError: the timeout never took effect")
    except TimeoutError:
        print("TimeoutError")
    elapsed = time.perf_counter() - start  # en: all three 0.1 s rounds ran | zh: 三轮 0.1 秒的等待全部执行完
    print("elapsed: over 0.25s (asked for 0.1s)" if elapsed > 0.25 else f"elapsed: {elapsed:.2f}s")


asyncio.run(main())
