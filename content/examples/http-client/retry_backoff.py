# requires: python>=3.11
# packages: aiohttp, httpx2
# browser: no (network)
# en: Retry with capped exponential back-off and jitter: only idempotent requests, only errors
# en: worth retrying (transport errors, 429/502/503/504), a bounded number of times within a deadline.
# zh: 重试：带上限的指数退避加随机抖动。只重试幂等请求和值得重试的错误
# zh: （传输层错误，以及 429/502/503/504），并在截止时间内限定重试次数。
import asyncio
import random

import httpx2
from aiohttp import web

calls = {"/flaky": 0}
RETRY_STATUS = {429, 502, 503, 504}
NEVER_RETRY = (httpx2.UnsupportedProtocol, httpx2.LocalProtocolError)  # en: a bug in the request itself | zh: 请求本身有 bug
# en: seconds: the back-off base (attempt n waits up to BASE * 2**n) and the longest single wait
# zh: 单位为秒：退避基数（第 n 次最多等 BASE * 2**n）与单次等待的上限
BASE, CAP = 0.1, 1.0
rng = random.Random(42)  # en: seeded so the printed delays are the same every run | zh: 固定随机种子，每次运行打印的延迟都相同


class RetriesExhausted(Exception):
    """en: Every attempt failed with an error worth retrying.
    zh: 每次尝试都失败了，而且都是值得重试的错误。"""


async def flaky(request: web.Request) -> web.Response:
    calls["/flaky"] += 1
    if calls["/flaky"] <= 2:  # en: the first two calls fail | zh: 前两次调用失败
        return web.Response(status=503)
    return web.Response(text="finally ok")


async def missing(request: web.Request) -> web.Response:
    return web.Response(status=404)


async def busy(request: web.Request) -> web.Response:
    return web.Response(status=429, headers={"Retry-After": "1"})  # en: always rate-limited | zh: 始终处于限流状态


def retry_after(response: httpx2.Response) -> float | None:
    """en: The server's Retry-After in seconds (capped), or None; the HTTP-date form is not handled here.
    zh: 服务端给出的 Retry-After 秒数（有上限），没有则为 None；这里不处理 HTTP 日期格式。"""
    try:
        return min(float(response.headers["Retry-After"]), CAP)
    except (KeyError, ValueError):
        return None


async def get_with_retry(
    client: httpx2.AsyncClient, url: str, attempts: int = 4, deadline: float = 3.0
) -> httpx2.Response:
    last_error: Exception | None = None
    # en: the whole loop, waits included, ends by the deadline
    # zh: 整个重试循环（包括等待）在截止时间前结束
    async with asyncio.timeout(deadline):
        for attempt in range(1, attempts + 1):
            wait = None
            try:
                response = await client.get(url)
            except NEVER_RETRY:
                raise  # en: asking again cannot help | zh: 再请求一次也无济于事
            except httpx2.TransportError as e:  # en: connect errors, timeouts, resets | zh: 连接错误、超时、连接被重置
                last_error, reason = e, type(e).__name__
            else:
                if response.status_code not in RETRY_STATUS:
                    response.raise_for_status()  # en: 404 etc.: a retry will not help | zh: 404 等状态码：重试也没用
                    return response
                reason = f"status {response.status_code}"
                last_error = httpx2.HTTPStatusError(reason, request=response.request, response=response)
                wait = retry_after(response)
            if attempt == attempts:
                break
            if wait is None:
                # en: "full jitter": 0..0.2, 0..0.4, ...
                # zh: “全抖动”：0..0.2、0..0.4、……
                wait = rng.uniform(0, min(CAP, BASE * 2**attempt))
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

    await runner.cleanup()  # en: server gone: now every attempt fails to connect | zh: 服务端已关闭：此后每次尝试都连不上
    async with httpx2.AsyncClient(base_url=base, timeout=2.0) as client:
        try:
            await get_with_retry(client, "/flaky", attempts=3)
        except RetriesExhausted as e:
            print(f"{e} | caused by {type(e.__cause__).__name__}")


asyncio.run(main())
