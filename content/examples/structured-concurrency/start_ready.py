# requires: python>=3.11
# en: Trio's nursery.start() in asyncio: start a child in a TaskGroup and wait until it says "ready",
# en: getting a value back; if it fails (or returns) before that, the caller does not hang.
# zh: 在 asyncio 里实现 Trio 的 nursery.start()：在 TaskGroup 中启动子任务，
# zh: 等它报告“就绪”并取回一个值；子任务若在此之前失败（或返回），
# zh: 调用方也不会一直卡住。
import asyncio


async def start(tg, coro_fn, *args):
    ready = asyncio.get_running_loop().create_future()
    task = tg.create_task(coro_fn(*args, ready=ready))

    def not_ready(t):
        if not ready.done():
            ready.set_exception(RuntimeError(f"{coro_fn.__name__} ended before it was ready"))

    task.add_done_callback(not_ready)
    return await ready, task  # en: if the child fails, the group cancels this wait | zh: 子任务失败时，任务组会取消这次等待


async def cache_service(source, *, ready):
    cache = {}
    await asyncio.sleep(0.05)  # en: warm up: load from the database | zh: 预热：从数据库加载
    if source == "broken":
        raise ConnectionError("database unreachable")
    cache.update(a=1, b=2)
    ready.set_result(cache)  # en: like task_status.started(cache) | zh: 相当于 task_status.started(cache)
    while True:  # en: then keep refreshing in the background | zh: 之后在后台持续刷新
        await asyncio.sleep(0.02)


async def main():
    async with asyncio.TaskGroup() as tg:
        cache, service = await start(tg, cache_service, "db")
        print("cache ready with", sorted(cache), "- serving requests now")
        await asyncio.sleep(0.05)
        service.cancel()  # en: shutdown: stop the background refresher, the group then exits | zh: 关闭：停掉后台刷新，任务组随即退出

    try:
        async with asyncio.TaskGroup() as tg:
            await start(tg, cache_service, "broken")
            print("never printed")
    except* ConnectionError as group:
        print("start-up failed:", group.exceptions[0])


asyncio.run(main())
