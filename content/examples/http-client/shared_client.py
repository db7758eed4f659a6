# requires: python>=3.11
# packages: aiohttp, httpx2
# browser: no (network)
# One httpx2.AsyncClient for the whole program: base_url, limits and timeout set once,
# connections reused across requests (the local server counts TCP connections).
import asyncio

import httpx2
from aiohttp import web

connections: set = set()  # peer address of every TCP connection the server accepted


async def user(request: web.Request) -> web.Response:
    connections.add(request.transport.get_extra_info("peername"))
    await asyncio.sleep(0.05)  # pretend to look something up
    return web.json_response({"id": int(request.match_info["uid"]), "ok": True})


async def start_server() -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_get("/users/{uid}", user)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)  # port 0: the OS picks a free port
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def get_user(client: httpx2.AsyncClient, uid: int) -> dict:
    response = await client.get(f"/users/{uid}")  # relative to base_url
    response.raise_for_status()  # turn 4xx/5xx into httpx2.HTTPStatusError
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
            for round_no in range(3):  # three rounds of 4 concurrent requests
                users = await asyncio.gather(*(get_user(client, i) for i in range(4)))
                print(f"round {round_no}:", [u["id"] for u in users])
        print("requests: 12, TCP connections:", len(connections))
    finally:
        await runner.cleanup()


asyncio.run(main())
