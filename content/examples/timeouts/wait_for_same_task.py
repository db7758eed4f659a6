# requires: python>=3.12
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def step(caller):
    request_id.set("set inside wait_for")
    return asyncio.current_task() is caller


async def main():
    me = asyncio.current_task()
    same_task = await asyncio.wait_for(step(me), timeout=1)
    print("ran in the caller's task:", same_task)
    print("context variable after the call:", request_id.get())


asyncio.run(main())
