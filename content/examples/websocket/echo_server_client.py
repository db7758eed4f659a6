# requires: python>=3.11
# packages: websockets
# websockets: an echo server and a client in one program.
import asyncio

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve


async def echo(websocket) -> None:
    # One call of the handler per connection; iterating ends when the client closes.
    async for message in websocket:
        await websocket.send(f"echo: {message}")


async def main() -> None:
    async with serve(echo, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]  # port 0 -> the OS picked one
        async with connect(f"ws://127.0.0.1:{port}") as ws:
            for text in ("hello", "你好"):
                await ws.send(text)
                print(await ws.recv())
        # Leaving the client block sent a close frame; leaving serve() stops the server.
    print("server closed")


asyncio.run(main())
