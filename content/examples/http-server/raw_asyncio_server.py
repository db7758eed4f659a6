# requires: python>=3.11
# browser: no (sockets)
# en: A minimal HTTP/1.1 server on asyncio streams, to see what frameworks do for you.
# en: Teaching code only: no keep-alive, no request bodies, no limits on header size.
# zh: 基于 asyncio 流的极简 HTTP/1.1 服务端，看看框架替你做了哪些事。
# zh: 仅用于教学：不支持 keep-alive，不读请求体，也不限制请求头大小。
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(5):  # en: a client that never finishes its headers is dropped | zh: 迟迟发不完请求头的客户端会被断开
            request_line = (await reader.readline()).decode("latin-1").rstrip("\r\n")
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # en: skip the headers | zh: 跳过请求头
        method, path, _version = request_line.split(" ", 2)
        if method == "GET" and path == "/":
            status, body = "200 OK", "hello from asyncio streams\n"
        else:
            status, body = "404 Not Found", f"no route for {method} {path}\n"
    except (TimeoutError, ValueError):
        status, body = "400 Bad Request", "bad request\n"
    data = body.encode()
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data
    )
    # en: wait while the write buffer is above its high-water mark (back-pressure)
    # zh: 写缓冲区超过高水位时在这里等待（背压）
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def request(port: int, raw: bytes) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    await writer.drain()
    response = await reader.read()  # en: the server closes the connection: read to EOF | zh: 服务端会关闭连接：一直读到 EOF
    head, _, body = response.partition(b"\r\n\r\n")
    print(head.split(b"\r\n")[0].decode(), "|", body.decode().strip())
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:  # en: closes the listening socket on exit | zh: 退出时关闭监听套接字
        await request(port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await request(port, b"DELETE /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await request(port, b"nonsense\r\n\r\n")


asyncio.run(main())
