# requires: python>=3.11
# packages: aiohttp, httpx
# browser: no (network)
# Retry with exponential back-off and jitter: only idempotent requests, only
# errors worth retrying (transport errors, 429/502/503/504), a bounded number of times.
import asyncio
import random

import httpx
from aiohttp import web

calls = {"/flaky": 0}
RETRY_STATUS = {429, 502, 503, 504}
rng = random.Random(42)  # seeded so the printed delays are the same every run


async def flaky(request: web.Request) -> web.Response:
    calls["/flaky"] += 1
    if calls["/flaky"] <= 2:  # the first two calls fail
        return web.Response(status=503)
    return web.Response(text="finally ok")


async def missing(request: web.Request) -> web.Response:
    return web.Response(status=404)


async def get_with_retry(client: httpx.AsyncClient, url: str, attempts: int = 4) -> httpx.Response:
    for attempt in range(1, attempts + 1):
        try:
            response = await client.get(url)
            if response.status_code not in RETRY_STATUS:
                response.raise_for_status()  # 404 etc.: a retry will not help
                return response
            reason = f"status {response.status_code}"
        except httpx.TransportError as e:  # connect errors, timeouts, resets
            reason = type(e).__name__
        if attempt == attempts:
            raise RuntimeError(f"{url}: giving up after {attempts} attempts ({reason})")
        delay = rng.uniform(0, 0.1 * 2 ** attempt)  # "full jitter": 0..0.2, 0..0.4, ...
        print(f"  {url} attempt {attempt}: {reason}, retry in {delay:.2f}s")
        await asyncio.sleep(delay)
    raise AssertionError("unreachable")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/flaky", flaky)
    app.router.add_get("/missing", missing)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    async with httpx.AsyncClient(base_url=base, timeout=2.0) as client:
        response = await get_with_retry(client, "/flaky")
        print("/flaky:", response.status_code, response.text)
        try:
            await get_with_retry(client, "/missing")
        except httpx.HTTPStatusError as e:
            print("/missing:", type(e).__name__, e.response.status_code, "(not retried)")

    await runner.cleanup()  # server gone: now every attempt fails to connect
    async with httpx.AsyncClient(base_url=base, timeout=2.0) as client:
        try:
            await get_with_retry(client, "/flaky", attempts=3)
        except RuntimeError as e:
            print(e)


asyncio.run(main())
