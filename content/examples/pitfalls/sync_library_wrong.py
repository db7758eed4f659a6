# requires: python>=3.11
# browser: no (runs a local HTTP server in a thread)
# en: Wrong: a synchronous HTTP library (urllib, requests, ...) inside async code.
# zh: 错误做法：在异步代码里使用同步 HTTP 库（urllib、requests 等）。
import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


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


async def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as resp:  # en: blocks the event loop | zh: 阻塞事件循环
        return resp.read().decode()


async def main(url: str) -> None:
    bodies = await asyncio.gather(*(fetch(url) for _ in range(3)))
    # en: Each urlopen() blocks the loop until its response is in, so the server never sees two at once.
    # zh: 每次 urlopen() 都会阻塞事件循环，直到收到响应，所以服务端从未同时收到两个请求。
    print(bodies, "requests in flight at once:", in_flight["most"])


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
asyncio.run(main(f"http://127.0.0.1:{server.server_port}/"))
server.shutdown()
