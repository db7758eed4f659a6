# requires: python>=3.11
# packages: aiohttp, httpx2
# browser: no (network)
# en: httpx2 timeouts limit each network operation, not the whole request:
# en: a response that trickles in slowly never trips the read timeout.
# en: aiohttp.ClientTimeout(total=...) and asyncio.timeout() bound the whole call.
# zh: httpx2 的超时限制的是每一次网络操作，而不是整个请求：
# zh: 响应哪怕一点一点慢慢传来，也永远不会触发读超时。
# zh: aiohttp.ClientTimeout(total=...) 和 asyncio.timeout() 限制的才是整个调用。
import asyncio
import time

import aiohttp
import httpx2
from aiohttp import web


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(1.0)  # en: silent for a whole second | zh: 整整一秒不发任何数据
    return web.Response(text="late")


async def drip(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    await response.prepare(request)
    try:
        for _ in range(6):  # en: a byte every 0.15 s: 0.9 s in total | zh: 每 0.15 秒发一个字节，共 0.9 秒
            await response.write(b".")
            await asyncio.sleep(0.15)
        await response.write_eof()
    except ConnectionResetError:
        pass  # en: the client gave up and closed the connection | zh: 客户端放弃了，关闭了连接
    return response


async def main() -> None:
    app = web.Application()
    app.router.add_get("/slow", slow)
    app.router.add_get("/drip", drip)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"

    # en: asyncio.timeout: one deadline around several steps, with any library.
    # en: (It comes first because early 3.11 patch releases, e.g. 3.11.2, mishandle it in a
    # en: task that an earlier library timeout had cancelled; fixed in later 3.11.x.)
    # zh: asyncio.timeout：给多个步骤设一个共同的截止时间，适用于任何库。
    # zh: （放在最前面，是因为 3.11 早期的补丁版本（如 3.11.2）有个缺陷：任务若曾因某个库的超时而取消，
    # zh: asyncio.timeout 就会处理出错；后来的 3.11.x 已修复。）
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.timeout(0.5):
                for path in ("/slow", "/slow"):
                    async with session.get(f"{base}{path}") as resp:
                        await resp.read()
        except TimeoutError:
            print("two requests inside asyncio.timeout(0.5): TimeoutError")

    timeout = httpx2.Timeout(5.0, read=0.3)  # en: 0.3 s between two received chunks | zh: 两次收到数据之间最多隔 0.3 秒
    async with httpx2.AsyncClient(base_url=base, timeout=timeout) as client:
        try:
            await client.get("/slow")
        except httpx2.ReadTimeout as e:
            print("httpx2 /slow:", type(e).__name__)

        start = time.perf_counter()
        response = await client.get("/drip")  # en: every gap < 0.3 s: no timeout | zh: 每次间隔都不到 0.3 秒：不会超时
        # en: at least 0.9 s: the server sleeps that long
        # zh: 至少 0.9 秒：服务端本身就要这么久
        elapsed = time.perf_counter() - start
        verdict = "over" if elapsed >= 0.6 else "UNDER"
        print(f"httpx2 /drip: {len(response.content)} bytes in {verdict} 0.6s, twice the 0.3s read timeout")

    # en: aiohttp: ClientTimeout.total covers the whole request, body included
    # zh: aiohttp：ClientTimeout.total 覆盖整个请求，包括读取响应体
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.4)) as session:
        try:
            async with session.get(f"{base}/drip") as resp:
                await resp.read()
        except TimeoutError:
            print("aiohttp /drip with total=0.4: TimeoutError")

    await runner.cleanup()


asyncio.run(main())
