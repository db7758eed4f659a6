# requires: python>=3.11
# A request id in every log line, through nested calls and child tasks, with contextvars.
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()  # read from the context of the code that logs
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("[%(request_id)s] %(name)s: %(message)s"))
log = logging.getLogger("shop")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def fetch_price(item):
    await asyncio.sleep(0.01 if item == "pen" else 0.05)
    log.info("price of %s fetched", item)  # no request id passed in, yet it is there


async def handle_request(rid, items):
    request_id.set(rid)  # set once, at the edge (a middleware in a web app)
    log.info("request started")
    async with asyncio.TaskGroup() as tg:
        for item in items:
            tg.create_task(fetch_price(item))  # each task starts with a copy of this context
    log.info("request done")


async def main():
    async with asyncio.TaskGroup() as tg:  # two requests interleave on one loop
        tg.create_task(handle_request("req-1", ["pen"]))
        tg.create_task(handle_request("req-2", ["ink"]))
    log.info("outside any request")


asyncio.run(main())
