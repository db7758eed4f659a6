# requires: python>=3.11
# browser: no (QueueListener runs a thread)
# Right: the loop only enqueues records; a QueueListener thread does the slow writes.
import asyncio
import logging
import queue
import sys
import time
from logging.handlers import QueueHandler, QueueListener


class SlowStream:
    """A stream like a full pipe or a slow network disk: each write waits."""

    def write(self, text: str) -> None:
        time.sleep(0.06)
        sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


records: queue.SimpleQueue = queue.SimpleQueue()
log = logging.getLogger("app")
log.addHandler(QueueHandler(records))  # fast: just puts the record in a queue
log.setLevel(logging.INFO)
listener = QueueListener(records, logging.StreamHandler(SlowStream()))


async def handle(request_id: int) -> None:
    log.info("handling request %d", request_id)
    await asyncio.sleep(0.01)


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(*(handle(i) for i in range(5)))
    return time.perf_counter() - start


listener.start()
try:
    elapsed = asyncio.run(main())
finally:
    listener.stop()  # writes out what is still queued, then stops the thread
# Without the slow writes on the loop the requests take about 0.01 s, far below 0.3 s.
print("5 requests took well under 0.3 s:", elapsed < 0.2, "(the writes happened in the listener thread)")
