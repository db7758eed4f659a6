# requires: python>=3.11
# browser: no (uses threads)
import asyncio
import sys
import threading
import time


def spin(stop):
    """Pure-Python CPU work: holds the GIL except at switch-interval hand-offs."""
    total = 0
    while not stop.is_set():
        for i in range(10_000):
            total += i
    return total


async def max_lag(duration):
    """The largest extra delay of a 10 ms sleep, measured for `duration` seconds."""
    worst = 0.0
    end = time.perf_counter() + duration
    while time.perf_counter() < end:
        start = time.perf_counter()
        await asyncio.sleep(0.01)
        worst = max(worst, time.perf_counter() - start - 0.01)
    return worst


async def main():
    interval = 0.05
    sys.setswitchinterval(interval)  # 50 ms instead of the default 5 ms, so the effect stands out from noise

    stop = threading.Event()
    worker = asyncio.create_task(asyncio.to_thread(spin, stop))
    busy = await max_lag(0.5)
    stop.set()
    await worker

    print("loop lag with a CPU thread reaches the switch interval:", busy >= interval * 0.9)


asyncio.run(main())
