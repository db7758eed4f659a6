# requires: python>=3.11
# browser: no (uses sockets)
# Reading from a StreamReader: readline, readexactly, size limits, EOF and idle timeouts.
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(0.3):  # idle clients get dropped
            header = await reader.readline()  # e.g. b"ECHO 5\n"
        size = int(header.split()[1])
        body = await reader.readexactly(size)  # exactly `size` bytes, or an error
        writer.write(b"ok: " + body + b"\n")
    except TimeoutError:
        writer.write(b"error: idle timeout\n")
    except ValueError:  # readline() raises it when a line exceeds the limit
        writer.write(b"error: line too long\n")
    except asyncio.IncompleteReadError as e:  # EOF before `size` bytes arrived
        writer.write(f"error: got {len(e.partial)} of {e.expected} bytes\n".encode())
    finally:
        await writer.drain()
        writer.close()
        await writer.wait_closed()


async def talk(port: int, payload: bytes, send_eof: bool = True) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(payload)
    if send_eof:
        writer.write_eof()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()


async def main() -> None:
    # limit=64: the reader buffers at most 64 bytes while looking for a separator.
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=64)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print("framed message:", await talk(port, b"ECHO 5\nhello"))
        print("huge header:   ", await talk(port, b"X" * 200 + b"\n"))
        print("short body:    ", await talk(port, b"ECHO 10\nabc"))
        print("silent client: ", await talk(port, b"", send_eof=False))


asyncio.run(main())
