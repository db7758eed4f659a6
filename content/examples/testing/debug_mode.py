# requires: python>=3.11
# browser: no (Pyodide's event loop does not report slow callbacks)
# en: What asyncio debug mode reports: never-awaited coroutines and slow callbacks.
# zh: asyncio 调试模式能报告哪些问题：从未 await 的协程，以及过慢的回调。
import asyncio
import gc
import logging
import re
import time
import warnings


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def save() -> None:
    await asyncio.sleep(0)


async def handler_with_bugs() -> None:
    save()  # en: bug 1: forgot await, the coroutine never runs | zh: bug 1：忘了 await，协程永远不会运行
    time.sleep(0.15)  # en: bug 2: blocks the event loop for 150 ms | zh: bug 2：阻塞事件循环 150 毫秒


def main() -> None:
    collected = Collect()
    logging.getLogger("asyncio").addHandler(collected)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(handler_with_bugs(), debug=True)  # en: same as PYTHONASYNCIODEBUG=1 | zh: 等同于 PYTHONASYNCIODEBUG=1
        gc.collect()
    for w in caught:
        print(f"warning: {w.category.__name__}: {str(w.message).splitlines()[0]}")
    for msg in collected.messages:
        match = re.search(r"took ([\d.]+) seconds", msg)
        if match:
            print(f"asyncio log: a step of a task blocked the loop for > 0.1 s: {float(match[1]) > 0.1}")


main()
