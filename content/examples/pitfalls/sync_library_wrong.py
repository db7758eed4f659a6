# requires: python>=3.11
# browser: no (runs a local HTTP server in a thread)
# Wrong: a synchronous HTTP library (urllib, requests, ...) inside async code.
import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(0.2)  # the server needs 0.2 s per request
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        pass  # keep the output quiet


async def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as resp:  # blocks the event loop
        return resp.read().decode()


async def main(url: str) -> None:
    start = time.perf_counter()
    bodies = await asyncio.gather(*(fetch(url) for _ in range(3)))
    print(bodies, f"elapsed: {time.perf_counter() - start:.1f}s")


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
asyncio.run(main(f"http://127.0.0.1:{server.server_port}/"))
server.shutdown()
