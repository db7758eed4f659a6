# requires: python>=3.11
# packages: fastapi, httpx2, aiosqlite
# A small FastAPI service: lifespan resources, dependencies, concurrent calls
# to other services, specific error handling, and a test through httpx2's ASGI transport.
import asyncio
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite
import httpx2
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
class SQLitePool:
    """A few aiosqlite connections; each request borrows one, so each request has its own transaction."""

    def __init__(self, path: Path, size: int) -> None:
        self.path, self.size = path, size
        self._free: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()

    async def open(self) -> None:
        for _ in range(self.size):
            self._free.put_nowait(await aiosqlite.connect(self.path))

    @asynccontextmanager
    async def acquire(self, timeout: float = 2.0) -> AsyncIterator[aiosqlite.Connection]:
        async with asyncio.timeout(timeout):  # pool exhausted: fail fast instead of queueing forever
            conn = await self._free.get()
        try:
            yield conn
        finally:
            await conn.rollback()  # undo whatever the request left uncommitted (an error, a cancellation)
            self._free.put_nowait(conn)

    async def close(self) -> None:
        while not self._free.empty():
            await self._free.get_nowait().close()


@asynccontextmanager
async def lifespan(app: FastAPI):
    # One HTTP client and one small database pool for the whole process.
    # Base URL from configuration; transport= only because the upstream is in-process here.
    app.state.http = httpx2.AsyncClient(
        base_url="http://upstream", transport=httpx2.ASGITransport(app=upstream), timeout=2.0
    )
    with tempfile.TemporaryDirectory() as tmp:  # a real service reads the database path from settings
        app.state.db = SQLitePool(Path(tmp) / "orders.db", size=2)
        await app.state.db.open()
        async with app.state.db.acquire() as conn:
            await conn.execute("CREATE TABLE orders (pid INTEGER, qty INTEGER)")
            await conn.commit()
        try:
            yield
        finally:
            await app.state.db.close()
            await app.state.http.aclose()


app = FastAPI(lifespan=lifespan)


def get_http(request: Request) -> httpx2.AsyncClient:
    return request.app.state.http


async def get_db(request: Request) -> AsyncIterator[aiosqlite.Connection]:
    # Not one shared connection: that would be one transaction shared by every request,
    # so one request's commit() would commit another's half-finished writes.
    async with request.app.state.db.acquire() as conn:
        yield conn


async def fetch_json(http: httpx2.AsyncClient, path: str) -> dict:
    try:
        response = await http.get(path)
        response.raise_for_status()
    except httpx2.HTTPStatusError as e:
        if e.response.status_code == 404:
            raise HTTPException(404, "product not found") from e
        raise HTTPException(502, "upstream error") from e
    except httpx2.TransportError as e:  # timeouts, refused connections
        raise HTTPException(503, "upstream unavailable") from e
    return response.json()


@app.get("/products/{pid}")
async def product(pid: int, http: httpx2.AsyncClient = Depends(get_http)) -> dict:
    # Both upstream calls run concurrently; a failure cancels the other one.
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(fetch_json(http, f"/stock/{pid}"))
            p = tg.create_task(fetch_json(http, f"/price/{pid}"))
    except ExceptionGroup as group:
        # TaskGroup wraps errors in an ExceptionGroup; FastAPI needs the bare HTTPException.
        # A raise inside `except* HTTPException` comes out bare only when nothing else in the
        # group is left unhandled (PEP 654); a leftover error would be wrapped together with it
        # into a new ExceptionGroup (a 500). subgroup() decides explicitly what a mixed group becomes.
        http_errors = group.subgroup(HTTPException)
        if http_errors is None:
            raise
        raise http_errors.exceptions[0]
    return {"pid": pid, "stock": s.result()["stock"], "cents": p.result()["cents"]}


@app.post("/orders/{pid}")
async def order(
    pid: int,
    qty: int,
    db: aiosqlite.Connection = Depends(get_db),
    http: httpx2.AsyncClient = Depends(get_http),
) -> dict:
    await db.execute("INSERT INTO orders VALUES (?, ?)", (pid, qty))
    stock = await fetch_json(http, f"/stock/{pid}")  # other requests run while this one waits
    if qty > stock["stock"]:
        raise HTTPException(409, "not enough stock")  # get_db rolls the INSERT back
    await db.commit()
    return {"ok": True}


@app.get("/orders")
async def orders(db: aiosqlite.Connection = Depends(get_db)) -> list:
    async with db.execute("SELECT pid, qty FROM orders") as cursor:
        return [list(row) for row in await cursor.fetchall()]


# --- a test, as it would run under pytest with an async plugin ---
async def main() -> None:
    # httpx2's ASGITransport does not send lifespan events: enter the lifespan ourselves.
    async with app.router.lifespan_context(app):
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
            r = await client.get("/products/1")
            print(r.status_code, r.json())
            print("upstream calls in flight at once:", in_flight["most"])
            r = await client.get("/products/404")
            print(r.status_code, r.json())
            # Two orders at once: one commits, the other fails and is rolled back on its own connection.
            ok, too_many = await asyncio.gather(
                client.post("/orders/1", params={"qty": 2}), client.post("/orders/1", params={"qty": 50})
            )
            print(ok.status_code, ok.json(), too_many.status_code, too_many.json())
            print("orders stored:", (await client.get("/orders")).json())


asyncio.run(main())
