# requires: python>=3.11
# packages: websockets
# en: websockets: an echo server and a client in one program.
# zh: websockets：在同一个程序里运行回显服务端和客户端。
import asyncio

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve


async def echo(websocket) -> None:
    # en: One call of the handler per connection; iterating ends when the client closes.
    # zh: 每个连接调用一次处理函数；客户端关闭连接时迭代结束。
    async for message in websocket:
        await websocket.send(f"echo: {message}")


async def main() -> None:
    async with serve(echo, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]  # en: port 0 -> the OS picked one | zh: 端口 0：由操作系统分配
        async with connect(f"ws://127.0.0.1:{port}") as ws:
            for text in ("hello", "你好"):
                await ws.send(text)
                print(await ws.recv())
        # en: Leaving the client block sent a close frame; leaving serve() stops the server.
        # zh: 离开客户端代码块时已发出关闭帧；离开 serve() 时服务端停止。
    print("server closed")


asyncio.run(main())
