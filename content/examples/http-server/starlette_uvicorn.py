# requires: python>=3.11
# packages: starlette, uvicorn, httpx2
# browser: no (network)
# A Starlette app (routes, JSON, lifespan) served by uvicorn.Server started from code
# on 127.0.0.1 port 0; an httpx2 client requests it, then the server shuts down cleanly.
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
    app.state.items = {1: "apple"}  # open pools / clients here
    print("lifespan: startup")
    yield
    print("lifespan: shutdown")  # close them here


async def get_item(request: Request) -> JSONResponse:
    item_id = request.path_params["item_id"]  # already an int thanks to {item_id:int}
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
    while not server.started:  # wait until the socket listens
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

    server.should_exit = True  # what Ctrl+C / SIGTERM does: finish requests, run shutdown
    await serving


asyncio.run(main())
