# requires: python>=3.11
# packages: aiohttp
# browser: no (uses sockets)
import asyncio

import aiohttp
from aiohttp import web

seen_connections = set()  # server side: one transport per TCP connection


async def hello(request):
    seen_connections.add(request.transport)
    await asyncio.sleep(0.01)  # pretend to do some work
    return web.Response(text="ok")


async def per_request_session(url):
    # anti-pattern: a new session (and a new connection pool) for every request
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return await resp.text()


async def shared_session(session, url):
    async with session.get(url) as resp:  # reuses a pooled keep-alive connection
        return await resp.text()


async def run_rounds(make_request, rounds=4, size=5):
    for _ in range(rounds):  # 4 rounds of 5 concurrent requests = 20 requests
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
    async with aiohttp.ClientSession() as session:  # one session for the whole app
        await run_rounds(lambda: shared_session(session, url))
    print("one shared session:  20 requests,", len(seen_connections), "TCP connections")
    await runner.cleanup()


asyncio.run(main())
