# requires: python>=3.11
# browser: no (uses a process pool)
# Right: run CPU-heavy work in a process pool; the loop stays responsive.
import asyncio
import hashlib
import time
from concurrent.futures import ProcessPoolExecutor


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
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        gaps: list[float] = []
        beat = asyncio.create_task(heartbeat(gaps))
        await asyncio.sleep(0.1)
        rounds = await loop.run_in_executor(pool, crunch, 0.4)
        await asyncio.sleep(0.1)
        beat.cancel()
    print("crunched in another process:", rounds > 0)
    print("loop frozen for >= 0.3s:", max(gaps) >= 0.3)


if __name__ == "__main__":
    asyncio.run(main())
