# requires: python>=3.11
# packages: fastapi, httpx, aiosqlite
# A small FastAPI service: lifespan resources, dependencies, concurrent calls
# to other services, specific error handling, and a test through httpx's ASGI transport.
import asyncio
from contextlib import asynccontextmanager

import aiosqlite
import httpx
from fastapi import Depends, FastAPI, HTTPException, Request

# --- a stand-in for two other services (in production: separate deployments) ---
upstream = FastAPI()
in_flight = {"now": 0, "most": 0}  # how many upstream calls were running at the same time


async def latency() -> None:
    in_flight["now"] += 1
    in_flight["most"] = max(in_flight["most"], in_flight["now"])
    try:
        await asyncio.sleep(0.3)  # pretend network latency
    finally:
        in_flight["now"] -= 1


@upstream.get("/stock/{pid}")
async def stock(pid: int) -> dict:
    await latency()
    if pid == 404:
        raise HTTPException(404, "unknown product")
    return {"pid": pid, "stock": 7}


@upstream.get("/price/{pid}")
async def price(pid: int) -> dict:
    await latency()
    return {"pid": pid, "cents": 1999}


# --- the service ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    # One HTTP client and one database connection for the whole process.
    # Base URL from configuration; transport= only because the upstream is in-process here.
    app.state.http = httpx.AsyncClient(
        base_url="http://upstream", transport=httpx.ASGITransport(app=upstream), timeout=2.0
    )
    app.state.db = await aiosqlite.connect(":memory:")
    await app.state.db.execute("CREATE TABLE orders (pid INTEGER, qty INTEGER)")
    try:
        yield
    finally:
        await app.state.db.close()
        await app.state.http.aclose()


app = FastAPI(lifespan=lifespan)


def get_http(request: Request) -> httpx.AsyncClient:
    return request.app.state.http


def get_db(request: Request) -> aiosqlite.Connection:
    return request.app.state.db


async def fetch_json(http: httpx.AsyncClient, path: str) -> dict:
    try:
        response = await http.get(path)
        response.raise_for_status()
    except httpx.HTTPStatusError as e:
        if e.response.status_code == 404:
            raise HTTPException(404, "product not found") from e
        raise HTTPException(502, "upstream error") from e
    except httpx.TransportError as e:  # timeouts, refused connections
        raise HTTPException(503, "upstream unavailable") from e
    return response.json()


@app.get("/products/{pid}")
async def product(pid: int, http: httpx.AsyncClient = Depends(get_http)) -> dict:
    # Both upstream calls run concurrently; a failure cancels the other one.
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(fetch_json(http, f"/stock/{pid}"))
            p = tg.create_task(fetch_json(http, f"/price/{pid}"))
    except ExceptionGroup as group:
        # TaskGroup wraps errors in an ExceptionGroup; FastAPI needs the bare HTTPException.
        # (Inside `except*` a raise would be wrapped again, so a plain except is used.)
        http_errors = group.subgroup(HTTPException)
        if http_errors is None:
            raise
        raise http_errors.exceptions[0]
    return {"pid": pid, "stock": s.result()["stock"], "cents": p.result()["cents"]}


@app.post("/orders/{pid}")
async def order(pid: int, qty: int, db: aiosqlite.Connection = Depends(get_db)) -> dict:
    await db.execute("INSERT INTO orders VALUES (?, ?)", (pid, qty))
    await db.commit()
    return {"ok": True}


# --- a test, as it would run under pytest with an async plugin ---
async def main() -> None:
    # httpx's ASGITransport does not send lifespan events: enter the lifespan ourselves.
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            r = await client.get("/products/1")
            print(r.status_code, r.json())
            print("upstream calls in flight at once:", in_flight["most"])
            r = await client.get("/products/404")
            print(r.status_code, r.json())
            r = await client.post("/orders/1", params={"qty": 2})
            print(r.status_code, r.json())


asyncio.run(main())
