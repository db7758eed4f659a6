# requires: python>=3.11
# browser: no (uses threads)
import asyncio
import sys
import threading
import time


def spin(stop):
    """en: Pure-Python CPU work: holds the GIL except at switch-interval hand-offs.
    zh: 纯 Python 的 CPU 密集型计算：除了每个切换间隔到点时交出一下，其余时间一直占着 GIL。"""
    total = 0
    while not stop.is_set():
        for i in range(10_000):
            total += i
    return total


async def max_lag(duration):
    """en: The largest extra delay of a 10 ms sleep, measured for `duration` seconds.
    zh: 连续测量 `duration` 秒，返回 10 毫秒 sleep 的最大额外延迟。"""
    worst = 0.0
    end = time.perf_counter() + duration
    while time.perf_counter() < end:
        start = time.perf_counter()
        await asyncio.sleep(0.01)
        worst = max(worst, time.perf_counter() - start - 0.01)
    return worst


async def main():
    interval = 0.05
    # en: 50 ms instead of the default 5 ms, so the effect stands out from noise
    # zh: 改成 50 毫秒（默认 5 毫秒），让效果明显高出噪声
    sys.setswitchinterval(interval)

    stop = threading.Event()
    worker = asyncio.create_task(asyncio.to_thread(spin, stop))
    busy = await max_lag(0.5)
    stop.set()
    await worker

    print("loop lag with a CPU thread reaches the switch interval:", busy >= interval * 0.9)


asyncio.run(main())
