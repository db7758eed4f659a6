# requires: python>=3.11
# packages: tornado
# browser: no (network)
# en: Tornado runs on asyncio's event loop: a handler awaits plain asyncio
# en: code, and asyncio.run() starts the whole server (no IOLoop.start()).
# zh: Tornado 运行在 asyncio 的事件循环上：处理函数里可以直接 await 普通的 asyncio 代码，
# zh: 整个服务由 asyncio.run() 启动（不必调用 IOLoop.start()）。
import asyncio
import time

import tornado.httpclient
import tornado.httpserver
import tornado.ioloop
import tornado.netutil
import tornado.web


class SlowHandler(tornado.web.RequestHandler):
    async def get(self, name: str) -> None:
        await asyncio.sleep(0.3)  # en: an asyncio coroutine inside Tornado | zh: 在 Tornado 里调用 asyncio 协程
        self.write({"hello": name})


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("IOLoop wraps the running asyncio loop:",
          tornado.ioloop.IOLoop.current().asyncio_loop is loop)

    app = tornado.web.Application([(r"/hello/(\w+)", SlowHandler)])
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")  # en: port 0: OS picks | zh: 端口 0：由操作系统分配
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
    # en: Sequential would take 0.9 s; concurrent takes about 0.3 s plus overhead.
    # zh: 依次请求要 0.9 秒；并发请求大约只要 0.3 秒，外加少许开销。
    print("3 requests of 0.3 s finished together:", elapsed < 0.6)

    server.stop()
    await server.close_all_connections()


asyncio.run(main())
