# requires: python>=3.11
# browser: no (runs a local HTTP server in a thread)
# Wrong: a synchronous HTTP library (urllib, requests, ...) inside async code.
import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


in_flight = {"now": 0, "most": 0}  # requests the server is handling at the same time
counter = threading.Lock()


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        with counter:
            in_flight["now"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["now"])
        time.sleep(0.2)  # the server needs 0.2 s per request
        with counter:
            in_flight["now"] -= 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        pass  # keep the output quiet


async def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as resp:  # blocks the event loop
        return resp.read().decode()


async def main(url: str) -> None:
    bodies = await asyncio.gather(*(fetch(url) for _ in range(3)))
    # Each urlopen() blocks the loop until its response is in, so the server never sees two at once.
    print(bodies, "requests in flight at once:", in_flight["most"])


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
asyncio.run(main(f"http://127.0.0.1:{server.server_port}/"))
server.shutdown()
