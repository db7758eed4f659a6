# requires: python>=3.11
# A loop-lag metric: a task asks to wake up every 50 ms and records how late it actually woke.
import asyncio
import time


async def monitor_lag(samples, interval=0.05):
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(interval)
        samples.append(loop.time() - start - interval)  # in production: a histogram metric


async def main():
    samples = []
    monitor = asyncio.create_task(monitor_lag(samples))

    await asyncio.sleep(0.3)  # a healthy loop
    healthy = max(samples)

    samples.clear()
    time.sleep(0.25)  # a blocking call stalls everything, the monitor included
    await asyncio.sleep(0.1)
    stalled = max(samples)
    monitor.cancel()

    print("healthy loop: worst lag under 100 ms:", healthy < 0.1)
    print("after a 250 ms blocking call: worst lag at least 200 ms:", stalled >= 0.2)


asyncio.run(main())
