# requires: python>=3.11
# Wrong: CPU-heavy work inside a coroutine stalls every other task.
import asyncio
import hashlib
import time


def crunch(seconds: float) -> int:
    # Pure CPU work: hash in a loop for a fixed wall time.
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
    crunch(0.4)  # runs on the event loop thread
    await asyncio.sleep(0.1)
    beat.cancel()
    print("heartbeat expected every 0.02s")
    print("loop frozen for >= 0.3s:", max(gaps) >= 0.3)


asyncio.run(main())
