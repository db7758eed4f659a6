# requires: python>=3.11
# packages: aiohttp
# browser: no (uses sockets)
# en: Wrong: a new ClientSession (new connection pool) for every request.
# zh: 错误做法：每个请求都新建一个 ClientSession（也就新建了一个连接池）。
import asyncio

import aiohttp
from aiohttp import web

peers: set = set()  # en: one entry per TCP connection the server accepted | zh: 服务端每接受一个 TCP 连接就记一项


async def hello(request: web.Request) -> web.Response:
    peers.add(request.transport.get_extra_info("peername"))
    await asyncio.sleep(0.05)
    return web.Response(text="ok")


async def fetch(url: str) -> str:
    async with aiohttp.ClientSession() as session:  # en: new pool, new connection | zh: 新的连接池，新的连接
        async with session.get(url) as resp:
            return await resp.text()


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(3):  # en: three rounds of five concurrent requests | zh: 三轮，每轮 5 个并发请求
            await asyncio.gather(*(fetch(url) for _ in range(5)))
        print("requests: 15, TCP connections opened:", len(peers))
    finally:
        await runner.cleanup()


asyncio.run(main())
