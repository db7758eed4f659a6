# requires: python>=3.11
# packages: websockets
# websockets: an echo server and a client in one program.
# websockets.serve / websockets.connect exist in old (10.x) and current (14+) releases.
import asyncio

import websockets


async def echo(websocket) -> None:
    # One call of the handler per connection; iterating ends when the client closes.
    async for message in websocket:
        await websocket.send(f"echo: {message}")


async def main() -> None:
    async with websockets.serve(echo, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]  # port 0 -> the OS picked one
        async with websockets.connect(f"ws://127.0.0.1:{port}") as ws:
            for text in ("hello", "你好"):
                await ws.send(text)
                print(await ws.recv())
        # Leaving the client block sent a close frame; leaving serve() stops the server.
    print("server closed")


asyncio.run(main())
