# requires: python>=3.11
# packages: websockets
# browser: no (uses threads)
# en: Heartbeats: the server pings every ping_interval seconds and closes
# en: connections whose pong does not come back within ping_timeout.
# zh: 心跳：服务端每隔 ping_interval 秒发一次 ping，
# zh: 如果 ping_timeout 之内收不到 pong，就关闭连接。
import asyncio
import time

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed

closed_at: list[float] = []


async def handler(websocket) -> None:
    try:
        async for message in websocket:
            await websocket.send(message)
    except ConnectionClosed:
        closed_at.append(time.perf_counter())  # en: the keepalive check gave up | zh: 保活检查放弃了这个连接


def frozen_client(port: int, woke_up: list[float]) -> None:
    # en: A client in its own thread and event loop that stops answering pings.
    # zh: 不再回应 ping 的客户端，运行在自己的线程和事件循环里。
    async def run() -> None:
        async with connect(f"ws://127.0.0.1:{port}", ping_interval=None) as ws:
            await ws.send("ping me")
            print("client got:", await ws.recv())
            time.sleep(1.5)  # en: blocks this client's loop: no pongs are sent | zh: 阻塞这个客户端的事件循环：不会再发出 pong
            woke_up.append(time.perf_counter())
            try:
                await ws.recv()
            except ConnectionClosed:
                print("client: connection closed by the server")

    asyncio.run(run())


async def main() -> None:
    # en: Short values for the demo; the defaults are 20 s (ping_interval, ping_timeout) and 10 s (close_timeout).
    # zh: 为了演示取了很小的值；默认值是 20 秒（ping_interval、ping_timeout）和 10 秒（close_timeout）。
    async with serve(
        handler, "127.0.0.1", 0, ping_interval=0.2, ping_timeout=0.2, close_timeout=0.2
    ) as server:
        port = server.sockets[0].getsockname()[1]
        woke_up: list[float] = []
        await asyncio.to_thread(frozen_client, port, woke_up)
    print("server dropped the client before it woke up:", closed_at[0] < woke_up[0])


asyncio.run(main())
