# requires: python>=3.11
# browser: no (Pyodide's WebLoop has no debug mode)
# en: Debug mode reports callbacks/task steps that block the loop too long.
# zh: 调试模式会报告阻塞事件循环过久的回调和任务步骤。
import asyncio
import logging
import re
import time


class SlowStepReporter(logging.Handler):
    """en: Print asyncio's slow-callback warnings without addresses or paths.
    zh: 打印 asyncio 的慢回调警告，去掉其中的内存地址和路径。"""

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        m = re.search(r"took (\d+\.\d+) seconds", msg)
        if m:
            print("asyncio warning: a step took at least 0.3 s:", float(m.group(1)) >= 0.3)


async def blocking_step() -> None:
    time.sleep(0.3)  # en: BUG: blocks the whole event loop | zh: BUG：阻塞了整个事件循环


async def polite_step() -> None:
    await asyncio.sleep(0.3)  # en: yields to the loop while waiting | zh: 等待期间把控制权交还给事件循环


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    print("threshold:", loop.slow_callback_duration, "s")
    await polite_step()
    print("polite step done")
    await blocking_step()
    print("blocking step done")


logging.getLogger("asyncio").addHandler(SlowStepReporter())
asyncio.run(main(), debug=True)  # en: same as PYTHONASYNCIODEBUG=1 or -X dev | zh: 等同于 PYTHONASYNCIODEBUG=1 或 -X dev
