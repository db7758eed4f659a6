# requires: python>=3.11
# packages: tornado
# browser: no (network)
# en: Tornado's built-in WebSocket server and client on one asyncio loop.
# zh: Tornado 自带的 WebSocket 服务端和客户端，跑在同一个 asyncio 事件循环上。
import asyncio

import tornado.httpserver
import tornado.netutil
import tornado.web
import tornado.websocket


class EchoSocket(tornado.websocket.WebSocketHandler):
    def open(self) -> None:
        print("server: client connected")

    async def on_message(self, message: str | bytes) -> None:
        await asyncio.sleep(0.1)  # en: pretend to do async work | zh: 模拟一段异步工作
        await self.write_message(f"echo: {message}")

    def on_close(self) -> None:
        print("server: client left")


async def main() -> None:
    app = tornado.web.Application([(r"/ws", EchoSocket)])
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]

    conn = await tornado.websocket.websocket_connect(f"ws://127.0.0.1:{port}/ws")
    for word in ("one", "two", "three"):
        await conn.write_message(word)
        print("client got:", await conn.read_message())
    conn.close()
    await asyncio.sleep(0.1)  # en: let the server see the close | zh: 让服务端收到关闭帧

    server.stop()
    await server.close_all_connections()


asyncio.run(main())
