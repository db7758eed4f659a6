# requires: python>=3.11
# packages: aiohttp
# browser: no (runs a local HTTP server in a thread)
# Right: use an async client, or move the sync call into a thread.
import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp


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


def fetch_sync(url: str) -> str:
    with urllib.request.urlopen(url) as resp:
        return resp.read().decode()


async def main(url: str) -> None:
    # Option 1: an async HTTP client (aiohttp here; httpx.AsyncClient works too).
    async with aiohttp.ClientSession() as session:

        async def fetch(u: str) -> str:
            async with session.get(u) as resp:
                return await resp.text()

        bodies = await asyncio.gather(*(fetch(url) for _ in range(3)))
    print("aiohttp:", bodies, "requests overlapped at the server:", in_flight["most"] > 1)

    # Option 2: no async library available? Run the sync call in threads.
    in_flight["most"] = 0
    bodies = await asyncio.gather(*(asyncio.to_thread(fetch_sync, url) for _ in range(3)))
    print("to_thread:", bodies, "requests overlapped at the server:", in_flight["most"] > 1)


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
asyncio.run(main(f"http://127.0.0.1:{server.server_port}/"))
server.shutdown()
