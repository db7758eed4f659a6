# requires: python>=3.11
# packages: aiohttp, httpx2
# browser: no (network)
# en: One httpx2.AsyncClient for the whole program: base_url, limits and timeout set once,
# en: connections reused across requests (the local server counts TCP connections).
# zh: 整个程序只用一个 httpx2.AsyncClient：base_url、limits 和 timeout 只设置一次，
# zh: 各个请求复用连接（本地服务端会统计 TCP 连接数）。
import asyncio

import httpx2
from aiohttp import web

connections: set = set()  # en: peer address of every TCP connection the server accepted | zh: 服务端接受的每个 TCP 连接的对端地址


async def user(request: web.Request) -> web.Response:
    connections.add(request.transport.get_extra_info("peername"))
    await asyncio.sleep(0.05)  # en: pretend to look something up | zh: 模拟查找数据
    return web.json_response({"id": int(request.match_info["uid"]), "ok": True})


async def start_server() -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_get("/users/{uid}", user)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)  # en: port 0: the OS picks a free port | zh: 端口 0：由操作系统分配一个空闲端口
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def get_user(client: httpx2.AsyncClient, uid: int) -> dict:
    response = await client.get(f"/users/{uid}")  # en: relative to base_url | zh: 相对于 base_url
    # en: turn 4xx/5xx into httpx2.HTTPStatusError
    # zh: 把 4xx/5xx 转成 httpx2.HTTPStatusError
    response.raise_for_status()
    return response.json()


async def main() -> None:
    runner, base_url = await start_server()
    try:
        async with httpx2.AsyncClient(
            base_url=base_url,
            limits=httpx2.Limits(max_connections=4, max_keepalive_connections=4),
            timeout=httpx2.Timeout(2.0, connect=1.0),
            headers={"User-Agent": "guide-example/1.0"},
        ) as client:
            for round_no in range(3):  # en: three rounds of 4 concurrent requests | zh: 三轮，每轮 4 个并发请求
                users = await asyncio.gather(*(get_user(client, i) for i in range(4)))
                print(f"round {round_no}:", [u["id"] for u in users])
        print("requests: 12, TCP connections:", len(connections))
    finally:
        await runner.cleanup()


asyncio.run(main())
