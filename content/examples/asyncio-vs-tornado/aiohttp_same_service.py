# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# en: The same small service on the asyncio side: aiohttp's server and client,
# en: one ClientSession reused for every request.
# zh: 同一个小服务，换成 asyncio 阵营的写法：服务端和客户端都用 aiohttp，
# zh: 所有请求共用一个 ClientSession。
import asyncio
import time

from aiohttp import ClientSession, web


async def hello(request: web.Request) -> web.Response:
    await asyncio.sleep(0.3)
    return web.json_response({"hello": request.match_info["name"]})


async def main() -> None:
    app = web.Application()
    app.router.add_get("/hello/{name}", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)  # en: port 0: OS picks | zh: 端口 0：由操作系统分配
    await site.start()
    host, port = runner.addresses[0][:2]

    try:
        async with ClientSession() as session:

            async def fetch(name: str) -> str:
                async with session.get(f"http://{host}:{port}/hello/{name}") as resp:
                    return f"{resp.status} {await resp.text()}"

            start = time.perf_counter()
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(fetch(n)) for n in ("ann", "bob", "cy")]
            elapsed = time.perf_counter() - start
        for task in tasks:
            print(task.result())
        # en: Sequential would take 0.9 s; concurrent takes about 0.3 s plus overhead.
        # zh: 依次请求要 0.9 秒；并发请求大约只要 0.3 秒，外加少许开销。
        print("3 requests of 0.3 s finished together:", elapsed < 0.6)
    finally:
        await runner.cleanup()


asyncio.run(main())
