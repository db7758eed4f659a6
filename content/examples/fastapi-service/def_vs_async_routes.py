# requires: python>=3.11
# packages: fastapi, httpx
# Blocking code in FastAPI: `def` routes run in a threadpool, `async def` routes
# run on the event loop, so a blocking call there stalls every request.
import asyncio
import threading
import time

import httpx
from fastapi import FastAPI

app = FastAPI()


def legacy_report() -> str:
    time.sleep(0.3)  # a blocking library call, e.g. a sync SDK
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


async def timed(client: httpx.AsyncClient, path: str) -> None:
    start = time.perf_counter()
    responses = await asyncio.gather(*(client.get(path) for _ in range(3)))
    elapsed = time.perf_counter() - start
    verdict = "served one after another" if elapsed > 0.75 else "served concurrently"
    print(f"{path:11} 3 requests of 0.3 s: {verdict}", responses[0].json())


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ("/bad", "/sync", "/offloaded"):
            await timed(client, path)


asyncio.run(main())
