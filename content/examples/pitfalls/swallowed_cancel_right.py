# requires: python>=3.11
# en: Right: clean up in finally (or except + raise) and let CancelledError propagate.
# zh: 正确做法：在 finally（或 except 加 raise）里清理，并让 CancelledError 继续向上传播。
import asyncio
import time


async def poll_forever(rounds: int) -> str:
    try:
        for _ in range(rounds):
            await asyncio.sleep(0.1)
        return "finished"
    except asyncio.CancelledError:
        print("  cancelled: cleaning up")
        raise  # en: always re-raise | zh: 一定要重新抛出
    finally:
        print("  connection closed")


async def main() -> None:
    task = asyncio.create_task(poll_forever(3))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task.cancelled():", task.cancelled())

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            await poll_forever(3)
    except TimeoutError:
        print("TimeoutError")
    elapsed = time.perf_counter() - start  # en: the first 0.1 s round was interrupted | zh: 第一轮 0.1 秒的等待就被打断了
    print("elapsed: under 0.25s (asked for 0.1s)" if elapsed < 0.25 else f"elapsed: {elapsed:.2f}s")


asyncio.run(main())
