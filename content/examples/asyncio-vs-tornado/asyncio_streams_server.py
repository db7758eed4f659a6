# requires: python>=3.11
# browser: no (network)
# en: asyncio itself stops at TCP: start_server hands you byte streams, and
# en: any protocol on top (here a one-line "PING name" -> "PONG name") is yours.
# zh: asyncio 本身只管到 TCP 这一层：start_server 交给你的是字节流，
# zh: 上面跑什么协议（这里是单行的 `PING name` -> `PONG name`）由你自己实现。
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    line = await reader.readline()
    command, _, name = line.decode().strip().partition(" ")
    reply = f"PONG {name}" if command == "PING" else "ERROR unknown command"
    writer.write(reply.encode() + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port: int, message: str) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(message.encode() + b"\n")
    await writer.drain()
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return answer.decode().strip()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # en: port 0: OS picks | zh: 端口 0：由操作系统分配
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(ask(port, msg)) for msg in ("PING ann", "PING bob", "HELLO")]
        for task in tasks:
            print(task.result())


asyncio.run(main())
