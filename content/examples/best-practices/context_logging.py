# requires: python>=3.11
# en: Logging: tag every record with the current request id via a context variable.
# zh: 日志：借助上下文变量，给每条日志记录打上当前请求的 id。
import asyncio
import contextvars
import logging
import sys

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("%(levelname)-7s [%(request_id)s] %(message)s"))
log = logging.getLogger("shop")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def query_db(sql: str, delay: float) -> None:
    log.info("query: %s", sql)  # en: no request id passed, yet it is in the record | zh: 没有传入请求 id，记录里却有它
    await asyncio.sleep(delay)


async def handle(rid: str, delay: float, fail: bool = False) -> None:
    request_id.set(rid)  # en: each task runs in its own copy of the context | zh: 每个任务都在自己的上下文副本中运行
    log.info("start")
    try:
        await query_db("SELECT ...", delay)
        if fail:
            raise ValueError("bad coupon code")
        log.info("done")
    except ValueError as e:
        log.warning("rejected: %s", e)


async def main() -> None:
    log.info("server ready")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", 0.2))
        tg.create_task(handle("req-2", 0.1, fail=True))


asyncio.run(main())
