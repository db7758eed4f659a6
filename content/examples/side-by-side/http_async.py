# requires: python>=3.11
# packages: httpx2
# browser: no (uses threads and sockets)
# Async HTTP with httpx2.AsyncClient: the same requests, concurrent on one thread.
import asyncio
import http.server
import threading
import time

import httpx2

DELAY = 0.2  # seconds per request on the server


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(DELAY)  # a slow backend (the server runs in its own threads)
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

    async with httpx2.AsyncClient(base_url=base) as client:  # one client, reused
        await client.get("/warm-up")  # first request pays one-time setup costs
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(client.get(p)) for p in paths]
        elapsed = time.perf_counter() - start
        print("5 tasks:", [t.result().text for t in tasks])
        print("  finished in under 3 delays:", elapsed < 3 * DELAY)
    server.shutdown()


asyncio.run(main())
