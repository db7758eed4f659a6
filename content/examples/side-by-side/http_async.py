# requires: python>=3.11
# packages: httpx2
# browser: no (uses threads and sockets)
# en: Async HTTP with httpx2.AsyncClient: the same requests, concurrent on one thread.
# zh: 用 httpx2.AsyncClient 发异步 HTTP 请求：同样的请求，在一个线程上并发执行。
import asyncio
import http.server
import threading
import time

import httpx2

DELAY = 0.2  # en: seconds per request on the server | zh: 服务端处理每个请求的秒数


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(DELAY)  # en: a slow backend (the server runs in its own threads) | zh: 很慢的后端（服务端运行在它自己的线程里）
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


async def main() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    paths = [f"/item/{i}" for i in range(5)]

    async with httpx2.AsyncClient(base_url=base) as client:  # en: one client, reused | zh: 一个客户端，反复使用
        await client.get("/warm-up")  # en: first request pays one-time setup costs | zh: 第一个请求承担一次性的准备开销
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(client.get(p)) for p in paths]
        elapsed = time.perf_counter() - start
        print("5 tasks:", [t.result().text for t in tasks])
        print("  finished in under 3 delays:", elapsed < 3 * DELAY)
    server.shutdown()


asyncio.run(main())
