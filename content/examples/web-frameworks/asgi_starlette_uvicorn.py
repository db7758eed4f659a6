# requires: python>=3.11
# packages: starlette, uvicorn, httpx2
# browser: no (network)
# ASGI splits the work: Starlette is the application, Uvicorn the server.
# The lifespan context opens shared resources once, before the first request.
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
    while not server.started:  # wait until the socket is listening
        await asyncio.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]

    async with httpx2.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for name in ("ann", "bob"):
            response = await client.get(f"/hello/{name}")
            print(response.status_code, response.json())

    server.should_exit = True
    await serving


asyncio.run(main())
