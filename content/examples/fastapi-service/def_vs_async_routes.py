# requires: python>=3.11
# packages: fastapi, httpx2
# en: Blocking code in FastAPI: `def` routes run in a threadpool, `async def` routes
# en: run on the event loop, so a blocking call there stalls every request.
# zh: FastAPI 中的阻塞代码：`def` 路由函数在线程池中运行，`async def` 路由函数
# zh: 在事件循环上运行，所以在后者里做阻塞调用会卡住所有请求。
import asyncio
import threading
import time

import httpx2
from fastapi import FastAPI

app = FastAPI()
running = {"now": 0, "most": 0}  # en: legacy_report() calls running at the same time | zh: 同时运行的 legacy_report() 调用数
counter = threading.Lock()


def legacy_report() -> str:
    with counter:
        running["now"] += 1
        running["most"] = max(running["most"], running["now"])
    time.sleep(0.3)  # en: a blocking library call, e.g. a sync SDK | zh: 一次阻塞的库调用，例如同步 SDK
    with counter:
        running["now"] -= 1
    return "report"


@app.get("/bad")
async def bad() -> dict:
    return {"data": legacy_report()}  # en: blocks the event loop | zh: 阻塞事件循环


@app.get("/sync")
def sync_route() -> dict:
    # en: FastAPI runs plain `def` endpoints in a worker thread.
    # zh: FastAPI 在 worker 线程中运行普通的 `def` 路由函数。
    return {"data": legacy_report(), "main_thread": threading.current_thread() is threading.main_thread()}


@app.get("/offloaded")
async def offloaded() -> dict:
    return {"data": await asyncio.to_thread(legacy_report)}


async def timed(client: httpx2.AsyncClient, path: str) -> None:
    running["most"] = 0
    responses = await asyncio.gather(*(client.get(path) for _ in range(3)))
    verdict = "served concurrently" if running["most"] > 1 else "served one after another"
    print(f"{path:11} 3 requests of 0.3 s: {verdict}", responses[0].json())


async def main() -> None:
    transport = httpx2.ASGITransport(app=app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ("/bad", "/sync", "/offloaded"):
            await timed(client, path)


asyncio.run(main())
