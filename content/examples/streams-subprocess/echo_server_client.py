# requires: python>=3.11
# browser: no (uses sockets)
# en: An echo server and two clients in one program, on 127.0.0.1 with an OS-chosen port.
# zh: 一个程序里同时运行回显服务端和两个客户端，监听 127.0.0.1，端口由操作系统分配。
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while line := await reader.readline():  # en: b"" means the client sent EOF | zh: 读到 b"" 表示客户端发送了 EOF
            writer.write(line.upper())
            await writer.drain()  # en: wait if the client reads slower than we write | zh: 客户端读得比这边写得慢时，在这里等待
    finally:
        writer.close()
        await writer.wait_closed()


async def client(port: int, words: list[str]) -> list[str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    try:
        for word in words:
            writer.write(word.encode() + b"\n")
            await writer.drain()
            reply = await reader.readline()
            replies.append(reply.decode().rstrip("\n"))
        writer.write_eof()  # en: half-close: "I will send nothing more" | zh: 半关闭：“我不会再发送任何数据了”
        rest = await reader.read()  # en: returns b"" once the server has closed | zh: 服务端关闭连接后返回 b""
        replies.append(f"(server closed, {len(rest)} extra bytes)")
    finally:
        writer.close()
        await writer.wait_closed()
    return replies


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # en: port 0: let the OS pick | zh: 端口 0：由操作系统分配
    port = server.sockets[0].getsockname()[1]
    async with server:  # en: on exit: stop listening and wait until closed | zh: 退出时停止监听，并等待服务端完全关闭
        results = await asyncio.gather(
            client(port, ["hello", "streams"]),
            client(port, ["second", "client"]),
        )
    for r in results:
        print(r)


asyncio.run(main())
