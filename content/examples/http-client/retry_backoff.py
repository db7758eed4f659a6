# requires: python>=3.11
# packages: aiohttp, httpx2
# browser: no (network)
# Retry with capped exponential back-off and jitter: only idempotent requests, only errors
# worth retrying (transport errors, 429/502/503/504), a bounded number of times within a deadline.
import asyncio
import random

import httpx2
from aiohttp import web

calls = {"/flaky": 0}
RETRY_STATUS = {429, 502, 503, 504}
NEVER_RETRY = (httpx2.UnsupportedProtocol, httpx2.LocalProtocolError)  # a bug in the request itself
BASE, CAP = 0.1, 1.0  # seconds: first back-off step and the longest single wait
rng = random.Random(42)  # seeded so the printed delays are the same every run


class RetriesExhausted(Exception):
    """Every attempt failed with an error worth retrying."""


async def flaky(request: web.Request) -> web.Response:
    calls["/flaky"] += 1
    if calls["/flaky"] <= 2:  # the first two calls fail
        return web.Response(status=503)
    return web.Response(text="finally ok")


async def missing(request: web.Request) -> web.Response:
    return web.Response(status=404)


async def busy(request: web.Request) -> web.Response:
    return web.Response(status=429, headers={"Retry-After": "1"})  # always rate-limited


def retry_after(response: httpx2.Response) -> float | None:
    """The server's Retry-After in seconds (capped), or None; the HTTP-date form is not handled here."""
    try:
        return min(float(response.headers["Retry-After"]), CAP)
    except (KeyError, ValueError):
        return None


async def get_with_retry(
    client: httpx2.AsyncClient, url: str, attempts: int = 4, deadline: float = 3.0
) -> httpx2.Response:
    last_error: Exception | None = None
    async with asyncio.timeout(deadline):  # the whole loop, waits included, ends by the deadline
        for attempt in range(1, attempts + 1):
            wait = None
            try:
                response = await client.get(url)
            except NEVER_RETRY:
                raise  # asking again cannot help
            except httpx2.TransportError as e:  # connect errors, timeouts, resets
                last_error, reason = e, type(e).__name__
            else:
                if response.status_code not in RETRY_STATUS:
                    response.raise_for_status()  # 404 etc.: a retry will not help
                    return response
                reason = f"status {response.status_code}"
                last_error = httpx2.HTTPStatusError(reason, request=response.request, response=response)
                wait = retry_after(response)
            if attempt == attempts:
                break
            if wait is None:
                wait = rng.uniform(0, min(CAP, BASE * 2**attempt))  # "full jitter": 0..0.2, 0..0.4, ...
                how = "back-off"
            else:
                how = "Retry-After"
            print(f"  {url} attempt {attempt}: {reason}, retry in {wait:.2f}s ({how})")
            await asyncio.sleep(wait)
    raise RetriesExhausted(f"{url}: giving up after {attempts} attempts") from last_error


async def main() -> None:
    app = web.Application()
    app.router.add_get("/flaky", flaky)
    app.router.add_get("/missing", missing)
    app.router.add_get("/busy", busy)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    async with httpx2.AsyncClient(base_url=base, timeout=2.0) as client:
        response = await get_with_retry(client, "/flaky")
        print("/flaky:", response.status_code, response.text)
        try:
            await get_with_retry(client, "/missing")
        except httpx2.HTTPStatusError as e:
            print("/missing:", type(e).__name__, e.response.status_code, "(not retried)")
        try:
            await get_with_retry(client, "ftp://127.0.0.1/file")
        except httpx2.UnsupportedProtocol as e:
            print("ftp://...:", type(e).__name__, "(not retried)")
        try:
            await get_with_retry(client, "/busy", deadline=1.5)
        except TimeoutError:
            print("/busy: TimeoutError, the 1.5s deadline ended the retries")

    await runner.cleanup()  # server gone: now every attempt fails to connect
    async with httpx2.AsyncClient(base_url=base, timeout=2.0) as client:
        try:
            await get_with_retry(client, "/flaky", attempts=3)
        except RetriesExhausted as e:
            print(f"{e} | caused by {type(e.__cause__).__name__}")


asyncio.run(main())
