# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# en: An aiohttp.web server: routes, JSON, a shared resource opened by cleanup_ctx,
# en: served on 127.0.0.1 port 0, requested by a client in the same program, then shut down.
# zh: aiohttp.web 服务端：路由、JSON、由 cleanup_ctx 打开的共享资源；
# zh: 监听 127.0.0.1 的 0 号端口，由同一程序里的客户端发请求，最后关闭。
import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()
STORE = web.AppKey("store", list)  # en: a typed key for app state (aiohttp 3.9+) | zh: 应用状态的类型化键（aiohttp 3.9 起）


@routes.get("/hello/{name}")
async def hello(request: web.Request) -> web.Response:
    return web.json_response({"message": f"hello, {request.match_info['name']}"})


@routes.post("/items")
async def create_item(request: web.Request) -> web.Response:
    try:
        data = await request.json()
        name = data["name"]
    # en: bad JSON or missing field: the client's fault
    # zh: JSON 格式错误或缺少字段：是客户端的问题
    except (ValueError, KeyError) as e:
        raise web.HTTPBadRequest(text=f"invalid item: {type(e).__name__}") from e
    store = request.app[STORE]
    store.append(name)
    return web.json_response({"id": len(store), "name": name}, status=201)


async def store_ctx(app: web.Application):
    print("startup: open the store (a DB pool in real code)")
    app[STORE] = []
    yield  # en: the server runs here | zh: 服务端在这里运行
    print(f"cleanup: close the store ({len(app[STORE])} items)")


async def main() -> None:
    app = web.Application()
    app.add_routes(routes)
    app.cleanup_ctx.append(store_ctx)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()  # en: runs the startup half of cleanup_ctx | zh: 执行 cleanup_ctx 的启动部分
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        async with aiohttp.ClientSession(base) as session:
            async with session.get("/hello/world") as resp:
                print(resp.status, await resp.json())
            for body in ({"name": "apple"}, {"title": "no name"}):
                async with session.post("/items", json=body) as resp:
                    print(resp.status, await resp.text())
            async with session.get("/nowhere") as resp:
                print(resp.status, resp.reason)
    finally:
        await runner.cleanup()  # en: stops the site, runs the cleanup half | zh: 停止站点，执行清理部分


asyncio.run(main())
