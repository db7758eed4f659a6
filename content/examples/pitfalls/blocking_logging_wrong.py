# requires: python>=3.11
# en: Wrong: log handlers that write to a slow destination run on the event loop.
# zh: 错误做法：往慢速目标写入的日志处理器直接在事件循环上运行。
import asyncio
import logging
import sys
import time


class SlowStream:
    """en: A stream like a full pipe or a slow network disk: each write waits.
    zh: 模拟写满的管道或很慢的网络磁盘：每次写入都要等待。"""

    def write(self, text: str) -> None:
        time.sleep(0.06)
        sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


log = logging.getLogger("app")
log.addHandler(logging.StreamHandler(SlowStream()))
log.setLevel(logging.INFO)


async def handle(request_id: int) -> None:
    log.info("handling request %d", request_id)  # en: blocks the loop for 0.06 s | zh: 阻塞事件循环 0.06 秒
    await asyncio.sleep(0.01)


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(*(handle(i) for i in range(5)))
    elapsed = time.perf_counter() - start
    # en: The five 0.06 s writes ran one after another on the loop: at least 0.3 s in all.
    # zh: 五次 0.06 秒的写入在事件循环上依次执行，总共至少 0.3 秒。
    print("5 requests took at least 0.3 s, mostly inside log calls:", elapsed >= 0.3)


asyncio.run(main())
