# requires: python>=3.11
# browser: no (sockets)
# A minimal HTTP/1.1 server on asyncio streams, to see what frameworks do for you.
# Teaching code only: no keep-alive, no request bodies, no limits on header size.
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(5):  # a client that never finishes its headers is dropped
            request_line = (await reader.readline()).decode("latin-1").rstrip("\r\n")
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # skip the headers
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
    await writer.drain()  # wait until the OS accepted the bytes (back-pressure)
    writer.close()
    await writer.wait_closed()


async def request(port: int, raw: bytes) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    await writer.drain()
    response = await reader.read()  # the server closes the connection: read to EOF
    head, _, body = response.partition(b"\r\n\r\n")
    print(head.split(b"\r\n")[0].decode(), "|", body.decode().strip())
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:  # closes the listening socket on exit
        await request(port, b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await request(port, b"DELETE /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await request(port, b"nonsense\r\n\r\n")


asyncio.run(main())
