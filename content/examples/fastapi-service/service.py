# requires: python>=3.11
# packages: fastapi, httpx2, aiosqlite
# en: A small FastAPI service: lifespan resources, dependencies, concurrent calls
# en: to other services, specific error handling, and a test through httpx2's ASGI transport.
# zh: 一个小型 FastAPI 服务：lifespan 资源、依赖项、并发调用其他服务、
# zh: 有针对性的错误处理，以及一个通过 httpx2 的 ASGI 传输运行的测试。
import asyncio
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite
import httpx2
from fastapi import Depends, FastAPI, HTTPException, Request

# en: --- a stand-in for two other services (in production: separate deployments) ---
# zh: --- 模拟另外两个服务（生产环境中它们单独部署）---
upstream = FastAPI()
in_flight = {"now": 0, "most": 0}  # en: how many upstream calls were running at the same time | zh: 同时进行中的上游调用数


async def latency() -> None:
    in_flight["now"] += 1
    in_flight["most"] = max(in_flight["most"], in_flight["now"])
    try:
        await asyncio.sleep(0.3)  # en: pretend network latency | zh: 模拟网络延迟
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


# en: --- the service --- | zh: --- 服务本身 ---
class SQLitePool:
    """en: A few aiosqlite connections; each request borrows one, so each request has its own transaction.
    zh: 几个 aiosqlite 连接；每个请求借用一个，所以每个请求都有自己的事务。"""

    def __init__(self, path: Path, size: int) -> None:
        self.path, self.size = path, size
        self._free: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()

    async def open(self) -> None:
        for _ in range(self.size):
            self._free.put_nowait(await aiosqlite.connect(self.path))

    @asynccontextmanager
    async def acquire(self, timeout: float = 2.0) -> AsyncIterator[aiosqlite.Connection]:
        # en: pool exhausted: fail fast instead of queueing forever
        # zh: 连接池耗尽：快速失败，而不是无限排队
        async with asyncio.timeout(timeout):
            conn = await self._free.get()
        try:
            yield conn
        finally:
            # en: undo whatever the request left uncommitted (an error, a cancellation)
            # zh: 撤销请求留下的未提交内容（因出错或被取消）
            await conn.rollback()
            self._free.put_nowait(conn)

    async def close(self) -> None:
        while not self._free.empty():
            await self._free.get_nowait().close()


@asynccontextmanager
async def lifespan(app: FastAPI):
    # en: One HTTP client and one small database pool for the whole process.
    # en: Base URL from configuration; transport= only because the upstream is in-process here.
    # zh: 整个进程共用一个 HTTP 客户端和一个小型数据库连接池。
    # zh: base URL 来自配置；传 transport= 只是因为这里的上游服务就在同一进程内。
    app.state.http = httpx2.AsyncClient(
        base_url="http://upstream", transport=httpx2.ASGITransport(app=upstream), timeout=2.0
    )
    # en: a real service reads the database path from settings
    # zh: 真实的服务会从配置中读取数据库路径
    with tempfile.TemporaryDirectory() as tmp:
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
    # en: Not one shared connection: that would be one transaction shared by every request,
    # en: so one request's commit() would commit another's half-finished writes.
    # zh: 不能共享一个连接：那样所有请求会共用一个事务，
    # zh: 一个请求的 commit() 会把另一个请求写了一半的数据也提交掉。
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
    except httpx2.TransportError as e:  # en: timeouts, refused connections | zh: 超时、连接被拒绝
        raise HTTPException(503, "upstream unavailable") from e
    return response.json()


@app.get("/products/{pid}")
async def product(pid: int, http: httpx2.AsyncClient = Depends(get_http)) -> dict:
    # en: Both upstream calls run concurrently; a failure cancels the other one.
    # zh: 两个上游调用并发运行；一个失败就会取消另一个。
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(fetch_json(http, f"/stock/{pid}"))
            p = tg.create_task(fetch_json(http, f"/price/{pid}"))
    except ExceptionGroup as group:
        # en: TaskGroup wraps errors in an ExceptionGroup; FastAPI needs the bare HTTPException.
        # en: A raise inside `except* HTTPException` comes out bare only when nothing else in the
        # en: group is left unhandled (PEP 654); a leftover error would be wrapped together with it
        # en: into a new ExceptionGroup (a 500). subgroup() decides explicitly what a mixed group becomes.
        # zh: TaskGroup 把异常包装在 ExceptionGroup 里，而 FastAPI 需要未经包装的 HTTPException。
        # zh: 在 `except* HTTPException` 里 raise，只有组里没有其他未处理的异常时，抛出的才是它本身（PEP 654）；
        # zh: 若还剩别的异常，它们会和它一起被包装进一个新的 ExceptionGroup（结果是 500）。
        # zh: subgroup() 则明确决定一个混合的异常组最终变成什么。
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
    # en: other requests run while this one waits
    # zh: 这个请求等待时，其他请求照常运行
    stock = await fetch_json(http, f"/stock/{pid}")
    if qty > stock["stock"]:
        raise HTTPException(409, "not enough stock")  # en: get_db rolls the INSERT back | zh: get_db 会回滚这条 INSERT
    await db.commit()
    return {"ok": True}


@app.get("/orders")
async def orders(db: aiosqlite.Connection = Depends(get_db)) -> list:
    async with db.execute("SELECT pid, qty FROM orders") as cursor:
        return [list(row) for row in await cursor.fetchall()]


# en: --- a test, as it would run under pytest with an async plugin ---
# zh: --- 一个测试，写法和在 pytest 加异步插件下运行时一样 ---
async def main() -> None:
    # en: httpx2's ASGITransport does not send lifespan events: enter the lifespan ourselves.
    # zh: httpx2 的 ASGITransport 不发送 lifespan 事件：我们自己进入 lifespan。
    async with app.router.lifespan_context(app):
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
            r = await client.get("/products/1")
            print(r.status_code, r.json())
            print("upstream calls in flight at once:", in_flight["most"])
            r = await client.get("/products/404")
            print(r.status_code, r.json())
            # en: Two orders at once: one commits, the other fails and is rolled back on its own connection.
            # zh: 同时下两个订单：一个提交成功，另一个失败，并在它自己的连接上回滚。
            ok, too_many = await asyncio.gather(
                client.post("/orders/1", params={"qty": 2}), client.post("/orders/1", params={"qty": 50})
            )
            print(ok.status_code, ok.json(), too_many.status_code, too_many.json())
            print("orders stored:", (await client.get("/orders")).json())


asyncio.run(main())
