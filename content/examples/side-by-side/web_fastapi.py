# requires: python>=3.11
# packages: fastapi, httpx2
# en: The async side of the web comparison: a FastAPI app with an async route that
# en: awaits I/O and a def route for blocking work, called through httpx2's ASGI transport.
# zh: Web 对比中的异步一方：一个 FastAPI 应用，async 路由函数 await I/O，
# zh: def 路由函数处理阻塞工作，通过 httpx2 的 ASGITransport 调用。
import asyncio
import time

import httpx2
from fastapi import FastAPI, HTTPException

app = FastAPI()
BOOKS = {1: "SICP", 2: "TAOCP"}


@app.get("/books/{book_id}")
async def get_book(book_id: int) -> dict:
    await asyncio.sleep(0.2)  # en: e.g. an awaited database query | zh: 例如 await 一次数据库查询
    if book_id not in BOOKS:
        raise HTTPException(status_code=404, detail="no such book")
    return {"id": book_id, "title": BOOKS[book_id]}


@app.get("/legacy")
def legacy() -> dict:
    time.sleep(0.1)  # en: blocking call: fine in a def route (threadpool) | zh: 阻塞调用：放在 def 路由函数里没问题（在线程池中运行）
    return {"ok": True}


async def main() -> None:
    transport = httpx2.ASGITransport(app=app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
        start = time.perf_counter()
        responses = await asyncio.gather(*(client.get(f"/books/{i}") for i in (1, 2, 3)))
        for r in responses:
            print(r.status_code, r.json())
        print("three requests overlapped:", time.perf_counter() - start < 0.4)
        print((await client.get("/legacy")).json())


asyncio.run(main())
