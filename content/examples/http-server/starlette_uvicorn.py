# requires: python>=3.11
# packages: starlette, uvicorn, httpx2
# browser: no (network)
# en: A Starlette app (routes, JSON, lifespan) served by uvicorn.Server started from code
# en: on 127.0.0.1 port 0; an httpx2 client requests it, then the server shuts down cleanly.
# zh: Starlette 应用（路由、JSON、lifespan），由代码启动的 uvicorn.Server 提供服务，
# zh: 监听 127.0.0.1 的 0 号端口；httpx2 客户端发出请求，然后服务端优雅关闭。
import asyncio
import contextlib

import httpx2
import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    app.state.items = {1: "apple"}  # en: open pools / clients here | zh: 在这里打开连接池、客户端
    print("lifespan: startup")
    yield
    print("lifespan: shutdown")  # en: close them here | zh: 在这里关闭它们


async def get_item(request: Request) -> JSONResponse:
    # en: already an int thanks to {item_id:int}
    # zh: 有了 {item_id:int}，这里已经是 int
    item_id = request.path_params["item_id"]
    items = request.app.state.items
    if item_id not in items:
        raise HTTPException(status_code=404, detail=f"item {item_id} not found")
    return JSONResponse({"id": item_id, "name": items[item_id]})


async def add_item(request: Request) -> JSONResponse:
    data = await request.json()
    items = request.app.state.items
    new_id = max(items) + 1
    items[new_id] = str(data["name"])
    return JSONResponse({"id": new_id, "name": items[new_id]}, status_code=201)


app = Starlette(
    routes=[
        Route("/items/{item_id:int}", get_item),
        Route("/items", add_item, methods=["POST"]),
    ],
    lifespan=lifespan,
)


async def main() -> None:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:  # en: wait until the socket listens | zh: 等到套接字开始监听
        await asyncio.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]

    async with httpx2.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for response in (
            await client.get("/items/1"),
            await client.post("/items", json={"name": "pear"}),
            await client.get("/items/2"),
            await client.get("/items/9"),
        ):
            print(response.status_code, response.text)

    # en: what Ctrl+C / SIGTERM does: finish requests, run shutdown
    # zh: 相当于按下 Ctrl+C 或收到 SIGTERM：处理完请求，再执行关闭逻辑
    server.should_exit = True
    await serving


asyncio.run(main())
