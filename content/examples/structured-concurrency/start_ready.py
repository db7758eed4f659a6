# requires: python>=3.11
# Trio's nursery.start() in asyncio: start a child in a TaskGroup and wait until it says "ready",
# getting a value back; if it fails (or returns) before that, the caller does not hang.
import asyncio


async def start(tg, coro_fn, *args):
    ready = asyncio.get_running_loop().create_future()
    task = tg.create_task(coro_fn(*args, ready=ready))

    def not_ready(t):
        if not ready.done():
            ready.set_exception(RuntimeError(f"{coro_fn.__name__} ended before it was ready"))

    task.add_done_callback(not_ready)
    return await ready, task  # if the child fails, the group cancels this wait


async def cache_service(source, *, ready):
    cache = {}
    await asyncio.sleep(0.05)  # warm up: load from the database
    if source == "broken":
        raise ConnectionError("database unreachable")
    cache.update(a=1, b=2)
    ready.set_result(cache)  # like task_status.started(cache)
    while True:  # then keep refreshing in the background
        await asyncio.sleep(0.02)


async def main():
    async with asyncio.TaskGroup() as tg:
        cache, service = await start(tg, cache_service, "db")
        print("cache ready with", sorted(cache), "- serving requests now")
        await asyncio.sleep(0.05)
        service.cancel()  # shutdown: stop the background refresher, the group then exits

    try:
        async with asyncio.TaskGroup() as tg:
            await start(tg, cache_service, "broken")
            print("never printed")
    except* ConnectionError as group:
        print("start-up failed:", group.exceptions[0])


asyncio.run(main())
