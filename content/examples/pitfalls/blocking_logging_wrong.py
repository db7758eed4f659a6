# requires: python>=3.11
# Wrong: log handlers that write to a slow destination run on the event loop.
import asyncio
import logging
import sys
import time


class SlowStream:
    """A stream like a full pipe or a slow network disk: each write waits."""

    def write(self, text: str) -> None:
        time.sleep(0.06)
        sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


log = logging.getLogger("app")
log.addHandler(logging.StreamHandler(SlowStream()))
log.setLevel(logging.INFO)


async def handle(request_id: int) -> None:
    log.info("handling request %d", request_id)  # blocks the loop for 0.06 s
    await asyncio.sleep(0.01)


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(*(handle(i) for i in range(5)))
    elapsed = time.perf_counter() - start
    # The five 0.06 s writes ran one after another on the loop: at least 0.3 s in all.
    print("5 requests took at least 0.3 s, mostly inside log calls:", elapsed >= 0.3)


asyncio.run(main())
