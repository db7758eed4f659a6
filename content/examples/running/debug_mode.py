# requires: python>=3.11
# browser: no (Pyodide's WebLoop has no debug mode)
# Debug mode reports callbacks/task steps that block the loop too long.
import asyncio
import logging
import re
import time


class SlowStepReporter(logging.Handler):
    """Print asyncio's slow-callback warnings without addresses or paths."""

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        m = re.search(r"took (\d+\.\d+) seconds", msg)
        if m:
            print("asyncio warning: a step took at least 0.3 s:", float(m.group(1)) >= 0.3)


async def blocking_step() -> None:
    time.sleep(0.3)  # BUG: blocks the whole event loop


async def polite_step() -> None:
    await asyncio.sleep(0.3)  # yields to the loop while waiting


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    print("threshold:", loop.slow_callback_duration, "s")
    await polite_step()
    print("polite step done")
    await blocking_step()
    print("blocking step done")


logging.getLogger("asyncio").addHandler(SlowStepReporter())
asyncio.run(main(), debug=True)  # same as PYTHONASYNCIODEBUG=1 or -X dev
