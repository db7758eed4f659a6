# requires: python>=3.11
# packages: httpx2
# browser: no (uses threads and sockets)
# en: Sync HTTP with httpx2.Client: one request after another, then a thread pool.
# zh: 用 httpx2.Client 发同步 HTTP 请求：先一个接一个地发，再用线程池。
import http.server
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx2

DELAY = 0.2  # en: seconds per request on the server | zh: 服务端处理每个请求的秒数


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(DELAY)  # en: a slow backend | zh: 很慢的后端
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # en: keep the output quiet | zh: 不打印访问日志
        pass


def main() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    paths = [f"/item/{i}" for i in range(5)]

    with httpx2.Client(base_url=base) as client:  # en: one client, reused: connection pooling | zh: 一个客户端反复使用：连接池复用连接
        client.get("/warm-up")  # en: first request pays one-time setup costs | zh: 第一个请求承担一次性的准备开销
        start = time.perf_counter()
        bodies = [client.get(p).text for p in paths]
        elapsed = time.perf_counter() - start
        print("sequential:", bodies)
        print("  needed at least 4 delays:", elapsed > 4 * DELAY)

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=5) as pool:  # en: httpx2.Client is thread-safe | zh: httpx2.Client 是线程安全的
            bodies = list(pool.map(lambda p: client.get(p).text, paths))
        elapsed = time.perf_counter() - start
        print("5 threads:", bodies)
        print("  finished in under 3 delays:", elapsed < 3 * DELAY)
    server.shutdown()


main()
