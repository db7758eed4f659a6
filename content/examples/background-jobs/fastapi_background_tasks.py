# requires: python>=3.11
# packages: fastapi, uvicorn, httpx2
# en: FastAPI BackgroundTasks: the work runs after the response has been sent,
# en: in the same process (lost if the process stops).
# zh: FastAPI 的 BackgroundTasks：任务在响应发出之后执行，
# zh: 仍在同一个进程里（进程一停，任务就丢了）。
import asyncio

import httpx2
import uvicorn
from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
log: list[str] = []
email_sent = asyncio.Event()


async def send_welcome_email(address: str) -> None:
    await asyncio.sleep(1.0)  # en: pretend to talk to a slow mail server | zh: 模拟与一台很慢的邮件服务器通信
    log.append(f"background: email sent to {address}")
    email_sent.set()


@app.post("/signup")
async def signup(email: str, background: BackgroundTasks) -> dict:
    background.add_task(send_welcome_email, email)  # en: runs after the response | zh: 在响应发出后执行
    return {"status": "created"}


async def main() -> None:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serve_task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]

    async with httpx2.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        response = await client.post("/signup", params={"email": "ada@example.com"})
        log.append(f"client: {response.status_code} {response.json()}")
        print("response came before the email was sent:", not email_sent.is_set())
    await asyncio.wait_for(email_sent.wait(), timeout=5)

    server.should_exit = True
    await serve_task
    print("\n".join(log))


asyncio.run(main())
