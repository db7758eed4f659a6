# requires: python>=3.11
# browser: no (Pyodide's WebLoop has no slow-callback debug mode)
"""Debug mode logs every callback or task step that blocks the loop too long."""
import asyncio
import logging
import re
import sys
import time


class ShortFormatter(logging.Formatter):
    """Keep only the stable part of asyncio's log line (no addresses, paths)."""

    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        name = re.search(r"coro=<(\w+)\(", msg)
        took = re.search(r"took ([\d.]+) seconds", msg)
        if name and took:
            at_least = "at least 0.3" if float(took[1]) >= 0.3 else took[1]  # a busy machine adds time
            msg = f"Executing <Task coro={name[1]}()> took {at_least} seconds"
        return f"{record.levelname} {record.name}: {msg}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortFormatter())
logging.getLogger("asyncio").addHandler(handler)


async def parse_report() -> None:
    time.sleep(0.3)  # stands in for blocking work: 300 ms without awaiting


async def fast() -> None:
    await asyncio.sleep(0.01)  # short steps are fine


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"debug = {loop.get_debug()}, threshold = {loop.slow_callback_duration}s")
    await asyncio.gather(parse_report(), fast())
    print("main finished")


asyncio.run(main(), debug=True)
