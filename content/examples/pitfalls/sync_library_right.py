# requires: python>=3.11
# packages: aiohttp
# browser: no (runs a local HTTP server in a thread)
# en: Right: use an async client, or move the sync call into a thread.
# zh: 正确做法：使用异步客户端，或者把同步调用放到线程里。
import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp


in_flight = {"now": 0, "most": 0}  # en: requests the server is handling at the same time | zh: 服务端同时处理的请求数
counter = threading.Lock()


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        with counter:
            in_flight["now"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["now"])
        time.sleep(0.2)  # en: the server needs 0.2 s per request | zh: 服务端处理每个请求需要 0.2 秒
        with counter:
            in_flight["now"] -= 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        pass  # en: keep the output quiet | zh: 不打印访问日志


def fetch_sync(url: str) -> str:
    with urllib.request.urlopen(url) as resp:
        return resp.read().decode()


async def main(url: str) -> None:
    # en: Option 1: an async HTTP client (aiohttp here; httpx.AsyncClient works too).
    # zh: 方案一：使用异步 HTTP 客户端（这里用 aiohttp，httpx.AsyncClient 也可以）。
    async with aiohttp.ClientSession() as session:

        async def fetch(u: str) -> str:
            async with session.get(u) as resp:
                return await resp.text()

        bodies = await asyncio.gather(*(fetch(url) for _ in range(3)))
    print("aiohttp:", bodies, "requests overlapped at the server:", in_flight["most"] > 1)

    # en: Option 2: no async library available? Run the sync call in threads.
    # zh: 方案二：没有可用的异步库？那就在线程里运行同步调用。
    in_flight["most"] = 0
    bodies = await asyncio.gather(*(asyncio.to_thread(fetch_sync, url) for _ in range(3)))
    print("to_thread:", bodies, "requests overlapped at the server:", in_flight["most"] > 1)


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
asyncio.run(main(f"http://127.0.0.1:{server.server_port}/"))
server.shutdown()
