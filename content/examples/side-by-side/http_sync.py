# requires: python>=3.11
# packages: httpx2
# browser: no (uses threads and sockets)
# Sync HTTP with httpx2.Client: one request after another, then a thread pool.
import http.server
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx2

DELAY = 0.2  # seconds per request on the server


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(DELAY)  # a slow backend
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep the output quiet
        pass


def main() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    paths = [f"/item/{i}" for i in range(5)]

    with httpx2.Client(base_url=base) as client:  # one client, reused: connection pooling
        client.get("/warm-up")  # first request pays one-time setup costs
        start = time.perf_counter()
        bodies = [client.get(p).text for p in paths]
        elapsed = time.perf_counter() - start
        print("sequential:", bodies)
        print("  needed at least 4 delays:", elapsed > 4 * DELAY)

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=5) as pool:  # httpx2.Client is thread-safe
            bodies = list(pool.map(lambda p: client.get(p).text, paths))
        elapsed = time.perf_counter() - start
        print("5 threads:", bodies)
        print("  finished in under 3 delays:", elapsed < 3 * DELAY)
    server.shutdown()


main()
