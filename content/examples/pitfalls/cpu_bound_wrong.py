# requires: python>=3.11
# en: Wrong: CPU-heavy work inside a coroutine stalls every other task.
# zh: 错误做法：在协程里做 CPU 密集型工作，会卡住其他所有任务。
import asyncio
import hashlib
import time


def crunch(seconds: float) -> int:
    # en: Pure CPU work: hash in a loop for a fixed wall time.
    # zh: 纯 CPU 工作：在 while 循环里反复计算哈希，持续固定的墙钟时间。
    rounds, data = 0, b"x"
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        data = hashlib.sha256(data).digest()
        rounds += 1
    return rounds


async def heartbeat(gaps: list[float]) -> None:
    last = time.perf_counter()
    while True:
        await asyncio.sleep(0.02)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


async def main() -> None:
    gaps: list[float] = []
    beat = asyncio.create_task(heartbeat(gaps))
    await asyncio.sleep(0.1)
    crunch(0.4)  # en: runs on the event loop thread | zh: 在事件循环所在的线程上运行
    await asyncio.sleep(0.1)
    beat.cancel()
    print("heartbeat expected every 0.02s")
    print("loop frozen for >= 0.3s:", max(gaps) >= 0.3)


asyncio.run(main())
