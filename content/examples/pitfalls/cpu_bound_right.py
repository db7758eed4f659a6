# requires: python>=3.11
# browser: no (uses a process pool)
# en: Right: run CPU-heavy work in a process pool; the loop stays responsive.
# zh: 正确做法：把 CPU 密集型工作放进进程池运行，事件循环始终能及时响应。
import asyncio
import hashlib
import time
from concurrent.futures import ProcessPoolExecutor


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
