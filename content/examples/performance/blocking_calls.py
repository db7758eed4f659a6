# requires: python>=3.11
# browser: no (uses a worker thread)
import asyncio
import logging
import time

slow_reports = []  # warnings from asyncio's debug mode


class Collect(logging.Handler):
    def emit(self, record):
        if "took" in record.getMessage():  # "Executing <Task ...> took 0.501 seconds"
            slow_reports.append(record)


asyncio_log = logging.getLogger("asyncio")
asyncio_log.addHandler(Collect())
asyncio_log.propagate = False  # keep the raw log lines (with addresses) out of the output


def blocking_io():
    time.sleep(0.5)  # stands in for requests.get(), a sync DB driver, a big file read...
    return "data"


async def heartbeat(lags):
    loop = asyncio.get_running_loop()
    while True:  # should wake up every 10 ms; any extra delay is loop lag
        before = loop.time()
        await asyncio.sleep(0.01)
        lags.append(loop.time() - before - 0.01)


async def bad():
    return blocking_io()  # runs on the event loop thread: everything else waits


async def good():
    return await asyncio.to_thread(blocking_io)  # the loop stays free


async def measure(handler):
    # debug mode warns about steps slower than this (default 0.1 s); raised here so
    # that a busy machine does not trigger it by accident
    asyncio.get_running_loop().slow_callback_duration = 0.25
    lags = []
    beat = asyncio.create_task(heartbeat(lags))
    await asyncio.sleep(0.05)
    await handler()
    await asyncio.sleep(0.05)  # let the heartbeat report
    beat.cancel()
    return max(lags)


for handler in (bad, good):
    slow_reports.clear()
    worst = asyncio.run(measure(handler), debug=True)
    print(f"{handler.__name__}(): loop stalled for 0.25s or more: {'yes' if worst >= 0.25 else 'no'}, "
          f"debug-mode warning: {'yes' if slow_reports else 'no'}")
