# requires: python>=3.11
# packages: tornado
# browser: no (network)
# Tornado runs on asyncio's event loop: a handler awaits plain asyncio
# code, and asyncio.run() starts the whole server (no IOLoop.start()).
import asyncio
import time

import tornado.httpclient
import tornado.httpserver
import tornado.ioloop
import tornado.netutil
import tornado.web


class SlowHandler(tornado.web.RequestHandler):
    async def get(self, name: str) -> None:
        await asyncio.sleep(0.3)  # an asyncio coroutine inside Tornado
        self.write({"hello": name})


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("IOLoop wraps the running asyncio loop:",
          tornado.ioloop.IOLoop.current().asyncio_loop is loop)

    app = tornado.web.Application([(r"/hello/(\w+)", SlowHandler)])
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")  # port 0: OS picks
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]

    client = tornado.httpclient.AsyncHTTPClient()
    start = time.perf_counter()
    responses = await asyncio.gather(
        *(client.fetch(f"http://127.0.0.1:{port}/hello/{n}") for n in ("ann", "bob", "cy"))
    )
    elapsed = time.perf_counter() - start
    for response in responses:
        print(response.code, response.body.decode())
    # Sequential would take 0.9 s; concurrent takes about 0.3 s plus overhead.
    print("3 requests of 0.3 s finished together:", elapsed < 0.6)

    server.stop()
    await server.close_all_connections()


asyncio.run(main())
