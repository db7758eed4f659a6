# requires: python>=3.11
# packages: fastapi, httpx2
# Blocking code in FastAPI: `def` routes run in a threadpool, `async def` routes
# run on the event loop, so a blocking call there stalls every request.
import asyncio
import threading
import time

import httpx2
from fastapi import FastAPI

app = FastAPI()
running = {"now": 0, "most": 0}  # legacy_report() calls running at the same time
counter = threading.Lock()


def legacy_report() -> str:
    with counter:
        running["now"] += 1
        running["most"] = max(running["most"], running["now"])
    time.sleep(0.3)  # a blocking library call, e.g. a sync SDK
    with counter:
        running["now"] -= 1
    return "report"


@app.get("/bad")
async def bad() -> dict:
    return {"data": legacy_report()}  # blocks the event loop


@app.get("/sync")
def sync_route() -> dict:
    # FastAPI runs plain `def` endpoints in a worker thread.
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
