# requires: python>=3.11
# packages: websockets
# en: Broadcasting: every message a client sends goes to all connected clients.
# zh: 广播：任何客户端发来的消息都会转发给所有已连接的客户端。
import asyncio

from websockets.asyncio.client import connect
from websockets.asyncio.server import broadcast, serve

connected = set()


async def chat(websocket) -> None:
    connected.add(websocket)
    await websocket.send("welcome")  # en: tells the client it is registered | zh: 告诉客户端它已登记
    try:
        async for message in websocket:
            # en: broadcast() queues the frame on every connection without awaiting;
            # en: a slow or dead client cannot hold up the others.
            # zh: broadcast() 把帧放进每个连接的发送队列，不做任何 await；
            # zh: 慢的或已断开的客户端拖不住其他客户端。
            broadcast(connected, message)
    finally:
        connected.discard(websocket)


async def client(port: int, name: str, joined: asyncio.Barrier, expected: int) -> list[str]:
    async with connect(f"ws://127.0.0.1:{port}") as ws:
        assert await ws.recv() == "welcome"
        await joined.wait()  # en: everyone is registered before anyone talks | zh: 所有人都登记之后才开始说话
        await ws.send(f"{name} says hi")
        return sorted([await ws.recv() for _ in range(expected)])


async def main() -> None:
    names = ["ann", "bob", "cat"]
    async with serve(chat, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        joined = asyncio.Barrier(len(names))
        async with asyncio.TaskGroup() as tg:
            tasks = {n: tg.create_task(client(port, n, joined, len(names))) for n in names}
    for name, task in tasks.items():
        print(name, "received", task.result())


asyncio.run(main())
