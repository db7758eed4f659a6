# requires: python>=3.11
# packages: aiohttp
# browser: no (uses sockets)
import asyncio

import aiohttp
from aiohttp import web

seen_connections = set()  # en: server side: one transport per TCP connection | zh: 服务端：每个 TCP 连接对应一个 transport


async def hello(request):
    seen_connections.add(request.transport)
    await asyncio.sleep(0.01)  # en: pretend to do some work | zh: 模拟一点工作
    return web.Response(text="ok")


async def per_request_session(url):
    # en: anti-pattern: a new session (and a new connection pool) for every request
    # zh: 反模式：每个请求都新建一个会话（也就新建了一个连接池）
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.text()


async def shared_session(session, url):
    async with session.get(url) as resp:  # en: reuses a pooled keep-alive connection | zh: 复用连接池里的长连接（keep-alive）
        return await resp.text()


async def run_rounds(make_request, rounds=4, size=5):
    for _ in range(rounds):  # en: 4 rounds of 5 concurrent requests = 20 requests | zh: 4 轮，每轮 5 个并发请求，共 20 个请求
        async with asyncio.TaskGroup() as tg:
            for _ in range(size):
                tg.create_task(make_request())


async def main():
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/"

    await run_rounds(lambda: per_request_session(url))
    print("session per request: 20 requests,", len(seen_connections), "TCP connections")

    seen_connections.clear()
    async with aiohttp.ClientSession() as session:  # en: one session for the whole app | zh: 整个应用共用一个会话
        await run_rounds(lambda: shared_session(session, url))
    print("one shared session:  20 requests,", len(seen_connections), "TCP connections")
    await runner.cleanup()


asyncio.run(main())
