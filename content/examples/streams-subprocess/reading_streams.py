# requires: python>=3.11
# browser: no (uses sockets)
# en: Reading from a StreamReader: readline, readexactly, size limits, EOF and idle timeouts.
# zh: 从 StreamReader 读取数据：readline、readexactly、长度上限、EOF 和空闲超时。
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        async with asyncio.timeout(0.3):  # en: idle clients get dropped | zh: 空闲的客户端会被断开
            header = await reader.readline()  # en: e.g. b"ECHO 5\n" | zh: 例如 b"ECHO 5\n"
        size = int(header.split()[1])
        body = await reader.readexactly(size)  # en: exactly `size` bytes, or an error | zh: 恰好读取 size 个字节，否则报错
        writer.write(b"ok: " + body + b"\n")
    except TimeoutError:
        writer.write(b"error: idle timeout\n")
    except ValueError:  # en: readline() raises it when a line exceeds the limit | zh: 一行超过长度上限时，readline() 会抛出这个异常
        writer.write(b"error: line too long\n")
    except asyncio.IncompleteReadError as e:  # en: EOF before `size` bytes arrived | zh: 收满 size 个字节之前就遇到了 EOF
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
    # en: limit=64: the reader buffers at most 64 bytes while looking for a separator.
    # zh: limit=64：查找分隔符时，读取器最多缓冲 64 个字节。
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=64)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print("framed message:", await talk(port, b"ECHO 5\nhello"))
        print("huge header:   ", await talk(port, b"X" * 200 + b"\n"))
        print("short body:    ", await talk(port, b"ECHO 10\nabc"))
        print("silent client: ", await talk(port, b"", send_eof=False))


asyncio.run(main())
