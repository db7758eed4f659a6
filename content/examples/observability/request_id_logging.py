# requires: python>=3.11
# en: A request id in every log line, through nested calls and child tasks, with contextvars.
# zh: 借助 contextvars，让每行日志都带上请求 id，穿过嵌套调用和子任务也不丢失。
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()  # en: read from the context of the code that logs | zh: 从写日志的那段代码的上下文中读取
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("[%(request_id)s] %(name)s: %(message)s"))
log = logging.getLogger("shop")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def fetch_price(item):
    await asyncio.sleep(0.01 if item == "pen" else 0.05)
    log.info("price of %s fetched", item)  # en: no request id passed in, yet it is there | zh: 没有传入请求 id，日志里却有它


async def handle_request(rid, items):
    request_id.set(rid)  # en: set once, at the edge (a middleware in a web app) | zh: 只在入口处设置一次（在 Web 应用里就是中间件）
    log.info("request started")
    async with asyncio.TaskGroup() as tg:
        for item in items:
            # en: each task starts with a copy of this context
            # zh: 每个任务开始时都拿到这个上下文的一份副本
            tg.create_task(fetch_price(item))
    log.info("request done")


async def main():
    async with asyncio.TaskGroup() as tg:  # en: two requests interleave on one loop | zh: 两个请求在同一个事件循环上交替执行
        tg.create_task(handle_request("req-1", ["pen"]))
        tg.create_task(handle_request("req-2", ["ink"]))
    log.info("outside any request")


asyncio.run(main())
