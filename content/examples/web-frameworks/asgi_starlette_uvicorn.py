# requires: python>=3.11
# packages: starlette, uvicorn, httpx2
# browser: no (network)
# en: ASGI splits the work: Starlette is the application, Uvicorn the server.
# en: The lifespan context opens shared resources once, before the first request.
# zh: ASGI 把工作分开：Starlette 是应用，Uvicorn 是服务器。
# zh: lifespan 上下文在第一个请求之前打开一次共享资源。
import asyncio
import contextlib

import httpx2
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    print("startup: open pools here")
    app.state.greeting = "hello"
    yield
    print("shutdown: close pools here")


async def hello(request: Request) -> JSONResponse:
    name = request.path_params["name"]
    return JSONResponse({"message": f"{request.app.state.greeting}, {name}"})


app = Starlette(routes=[Route("/hello/{name}", hello)], lifespan=lifespan)


async def main() -> None:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:  # en: wait until the socket is listening | zh: 等到套接字开始监听
        await asyncio.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]

    async with httpx2.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for name in ("ann", "bob"):
            response = await client.get(f"/hello/{name}")
            print(response.status_code, response.json())

    server.should_exit = True
    await serving


asyncio.run(main())
