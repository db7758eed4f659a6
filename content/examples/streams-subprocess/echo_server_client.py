# requires: python>=3.11
# browser: no (uses sockets)
# An echo server and two clients in one program, on 127.0.0.1 with an OS-chosen port.
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while line := await reader.readline():  # b"" means the client sent EOF
            writer.write(line.upper())
            await writer.drain()  # wait if the client reads slower than we write
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
        writer.write_eof()  # half-close: "I will send nothing more"
        rest = await reader.read()  # returns b"" once the server has closed
        replies.append(f"(server closed, {len(rest)} extra bytes)")
    finally:
        writer.close()
        await writer.wait_closed()
    return replies


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # port 0: let the OS pick
    port = server.sockets[0].getsockname()[1]
    async with server:  # on exit: stop listening and wait until closed
        results = await asyncio.gather(
            client(port, ["hello", "streams"]),
            client(port, ["second", "client"]),
        )
    for r in results:
        print(r)


asyncio.run(main())
