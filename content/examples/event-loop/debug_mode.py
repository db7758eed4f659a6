# requires: python>=3.11
# browser: no (Pyodide's WebLoop has no slow-callback debug mode)
"""en: Debug mode logs every callback or task step that blocks the loop too long.
zh: 调试模式会记录每个阻塞事件循环过久的回调或任务步骤。"""
import asyncio
import logging
import re
import sys
import time


class ShortFormatter(logging.Formatter):
    """en: Keep only the stable part of asyncio's log line (no addresses, paths).
    zh: 只保留 asyncio 日志中固定不变的部分（去掉内存地址和路径）。"""

    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        name = re.search(r"coro=<(\w+)\(", msg)
        took = re.search(r"took ([\d.]+) seconds", msg)
        if name and took:
            # en: a busy machine adds time
            # zh: 机器繁忙时耗时会更长
            at_least = "at least 0.3" if float(took[1]) >= 0.3 else took[1]
            msg = f"Executing <Task coro={name[1]}()> took {at_least} seconds"
        return f"{record.levelname} {record.name}: {msg}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortFormatter())
logging.getLogger("asyncio").addHandler(handler)


async def parse_report() -> None:
    time.sleep(0.3)  # en: stands in for blocking work: 300 ms without awaiting | zh: 模拟阻塞操作：300 毫秒内没有任何 await


async def fast() -> None:
    await asyncio.sleep(0.01)  # en: short steps are fine | zh: 每一步都很短，没有问题


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"debug = {loop.get_debug()}, threshold = {loop.slow_callback_duration}s")
    await asyncio.gather(parse_report(), fast())
    print("main finished")


asyncio.run(main(), debug=True)
