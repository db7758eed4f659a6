# requires: python>=3.11
# browser: no (uses a worker thread)
import asyncio
import logging
import time

slow_reports = []  # en: warnings from asyncio's debug mode | zh: asyncio 调试模式发出的警告


class Collect(logging.Handler):
    def emit(self, record):
        # en: asyncio logs "Executing <Task ...> took 0.501 seconds"
        # zh: asyncio 记录的消息形如“Executing <Task ...> took 0.501 seconds”
        if "took" in record.getMessage():
            slow_reports.append(record)


asyncio_log = logging.getLogger("asyncio")
asyncio_log.addHandler(Collect())
asyncio_log.propagate = False  # en: keep the raw log lines (with addresses) out of the output | zh: 原始日志行带内存地址，不放进输出


def blocking_io():
    # en: stands in for requests.get(), a sync DB driver, a big file read...
    # zh: 模拟 requests.get()、同步数据库驱动、读取大文件等阻塞操作
    time.sleep(0.5)
    return "data"


async def heartbeat(lags):
    loop = asyncio.get_running_loop()
    while True:  # en: should wake up every 10 ms; any extra delay is loop lag | zh: 本应每 10 毫秒醒来一次，多出来的时间就是事件循环延迟
        before = loop.time()
        await asyncio.sleep(0.01)
        lags.append(loop.time() - before - 0.01)


async def bad():
    return blocking_io()  # en: runs on the event loop thread: everything else waits | zh: 在事件循环所在的线程上运行：其他一切都得等着


async def good():
    return await asyncio.to_thread(blocking_io)  # en: the loop stays free | zh: 事件循环照常运转


async def measure(handler):
    # en: debug mode warns about steps slower than this (default 0.1 s); raised here so
    # en: that a busy machine does not trigger it by accident
    # zh: 调试模式会对耗时超过这个值（默认 0.1 秒）的步骤发出警告；
    # zh: 这里调高它，免得机器繁忙时意外触发
    asyncio.get_running_loop().slow_callback_duration = 0.25
    lags = []
    beat = asyncio.create_task(heartbeat(lags))
    await asyncio.sleep(0.05)
    await handler()
    await asyncio.sleep(0.05)  # en: let the heartbeat report | zh: 给心跳任务时间记下延迟
    beat.cancel()
    return max(lags)


for handler in (bad, good):
    slow_reports.clear()
    worst = asyncio.run(measure(handler), debug=True)
    print(f"{handler.__name__}(): loop stalled for 0.25s or more: {'yes' if worst >= 0.25 else 'no'}, "
          f"debug-mode warning: {'yes' if slow_reports else 'no'}")
