# requires: python>=3.11
# packages: fastapi, uvicorn, websockets
# en: A FastAPI (Starlette) WebSocket endpoint served by uvicorn, with a websockets client.
# zh: 由 uvicorn 提供服务的 FastAPI（Starlette）WebSocket 端点，配合 websockets 客户端。
import asyncio
import json

import uvicorn
from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from websockets.asyncio.client import connect

app = FastAPI()


@app.websocket("/ws/{room}")
async def room_socket(websocket: WebSocket, room: str) -> None:
    await websocket.accept()
    try:
        while True:
            text = await websocket.receive_text()
            await websocket.send_json({"room": room, "upper": text.upper()})
    except WebSocketDisconnect as e:
        print("server: client left with code", e.code)


async def main() -> None:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    serve_task = asyncio.create_task(server.serve())
    while not server.started:  # en: wait until uvicorn listens | zh: 等到 uvicorn 开始监听
        await asyncio.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]

    async with connect(f"ws://127.0.0.1:{port}/ws/lobby") as ws:
        for word in ("async", "python"):
            await ws.send(word)
            print("client:", json.loads(await ws.recv()))
    await asyncio.sleep(0.1)  # en: let the server handle the close frame | zh: 让服务端处理关闭帧

    server.should_exit = True  # en: uvicorn's graceful shutdown | zh: uvicorn 的优雅关闭
    await serve_task


asyncio.run(main())
