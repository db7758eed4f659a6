# requires: python>=3.11
# packages: aiohttp, httpx2
# browser: no (network)
# httpx2 timeouts limit each network operation, not the whole request:
# a response that trickles in slowly never trips the read timeout.
# aiohttp.ClientTimeout(total=...) and asyncio.timeout() bound the whole call.
import asyncio
import time

import aiohttp
import httpx2
from aiohttp import web


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(1.0)  # silent for a whole second
    return web.Response(text="late")


async def drip(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    await response.prepare(request)
    try:
        for _ in range(6):  # a byte every 0.15 s: 0.9 s in total
            await response.write(b".")
            await asyncio.sleep(0.15)
        await response.write_eof()
    except ConnectionResetError:
        pass  # the client gave up and closed the connection
    return response


async def main() -> None:
    app = web.Application()
    app.router.add_get("/slow", slow)
    app.router.add_get("/drip", drip)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    # asyncio.timeout: one deadline around several steps, with any library.
    # (It comes first because early 3.11 patch releases, e.g. 3.11.2, mishandle it in a
    # task that an earlier library timeout had cancelled; fixed in later 3.11.x.)
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(0.5):
                for path in ("/slow", "/slow"):
                    async with session.get(f"{base}{path}") as resp:
                        await resp.read()
        except TimeoutError:
            print("two requests inside asyncio.timeout(0.5): TimeoutError")

    timeout = httpx2.Timeout(5.0, read=0.3)  # 0.3 s between two received chunks
    async with httpx2.AsyncClient(base_url=base, timeout=timeout) as client:
        try:
            await client.get("/slow")
        except httpx2.ReadTimeout as e:
            print("httpx2 /slow:", type(e).__name__)

        start = time.perf_counter()
        response = await client.get("/drip")  # every gap < 0.3 s: no timeout
        elapsed = time.perf_counter() - start  # at least 0.9 s: the server sleeps that long
        verdict = "over" if elapsed >= 0.6 else "UNDER"
        print(f"httpx2 /drip: {len(response.content)} bytes in {verdict} 0.6s, twice the 0.3s read timeout")

    # aiohttp: ClientTimeout.total covers the whole request, body included
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.4)) as session:
        try:
            async with session.get(f"{base}/drip") as resp:
                await resp.read()
        except TimeoutError:
            print("aiohttp /drip with total=0.4: TimeoutError")

    await runner.cleanup()


asyncio.run(main())
