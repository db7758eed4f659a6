# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# en: Fetch many URLs concurrently, but never more than N at a time:
# en: an asyncio.Semaphore around each request, or a connection limit in the connector.
# zh: 并发抓取大量 URL，但同一时刻最多 N 个：
# zh: 要么给每个请求套上 asyncio.Semaphore，要么在 connector 上限制连接数。
import asyncio
import contextlib

import aiohttp
from aiohttp import web

in_flight = 0
peak = 0


async def item(request: web.Request) -> web.Response:
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    await asyncio.sleep(0.2)  # en: each request takes 0.2 s on the server | zh: 服务端处理每个请求耗时 0.2 秒
    in_flight -= 1
    return web.json_response({"item": int(request.match_info["n"])})


async def fetch(session: aiohttp.ClientSession, url: str, sem: asyncio.Semaphore | None) -> int:
    # en: at most N coroutines get past here at once
    # zh: 同一时刻最多 N 个协程能通过这里
    async with sem or contextlib.nullcontext():
        async with session.get(url) as resp:
            resp.raise_for_status()
            return (await resp.json())["item"]


async def crawl(base: str, connector: aiohttp.TCPConnector, sem: asyncio.Semaphore | None) -> None:
    global peak
    peak = 0
    urls = [f"{base}/items/{n}" for n in range(10)]
    async with aiohttp.ClientSession(connector=connector) as session:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(session, url, sem)) for url in urls]
    items = [t.result() for t in tasks]  # en: results in the order of urls | zh: 结果与 urls 的顺序一致
    print(f"  got {len(items)} items {items[:3]}..., at most {peak} in flight on the server")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/items/{n}", item)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        print("Semaphore(5):")
        await crawl(base, aiohttp.TCPConnector(), asyncio.Semaphore(5))
        print("TCPConnector(limit_per_host=2), no semaphore:")
        await crawl(base, aiohttp.TCPConnector(limit_per_host=2), None)
    finally:
        await runner.cleanup()


asyncio.run(main())
