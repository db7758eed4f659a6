# requires: python>=3.11
# en: A loop-lag metric: a task asks to wake up every 50 ms and records how late it actually woke.
# zh: 事件循环延迟指标：一个任务每 50 毫秒请求唤醒一次，并记录实际醒来晚了多少。
import asyncio
import time


async def monitor_lag(samples, interval=0.05):
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(interval)
        samples.append(loop.time() - start - interval)  # en: in production: a histogram metric | zh: 生产环境中：记为直方图指标


async def main():
    samples = []
    monitor = asyncio.create_task(monitor_lag(samples))

    await asyncio.sleep(0.3)  # en: a healthy loop | zh: 健康的事件循环
    healthy = max(samples)

    samples.clear()
    time.sleep(0.25)  # en: a blocking call stalls everything, the monitor included | zh: 阻塞调用让一切停顿，监控任务也不例外
    await asyncio.sleep(0.1)
    stalled = max(samples)
    monitor.cancel()

    print("healthy loop: worst lag under 100 ms:", healthy < 0.1)
    print("after a 250 ms blocking call: worst lag at least 200 ms:", stalled >= 0.2)


asyncio.run(main())
