# requires: python>=3.11
# browser: no (uses sockets)
# What --limit-concurrency and --timeout-keep-alive do, on a tiny HTTP/1.1 server built on streams:
# over the limit a request gets 503 at once; an idle keep-alive connection is closed by the server.
import asyncio

LIMIT = 2  # like uvicorn --limit-concurrency 2
KEEP_ALIVE = 0.3  # like uvicorn --timeout-keep-alive (seconds); behind a load balancer: above the LB's idle timeout
in_flight = 0


async def handle(reader, writer):
    global in_flight
    try:
        while True:
            try:
                async with asyncio.timeout(KEEP_ALIVE):  # waiting for the next request on this connection
                    request_line = await reader.readline()
            except TimeoutError:
                break  # idle too long: close the connection
            if not request_line:
                break
            while (await reader.readline()) not in (b"\r\n", b""):
                pass  # skip the headers
            if in_flight >= LIMIT:
                status, body = "503 Service Unavailable", b"busy"
            else:
                in_flight += 1
                try:
                    await asyncio.sleep(0.2)  # the handler's work
                finally:
                    in_flight -= 1
                status, body = "200 OK", b"done"
            writer.write(f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def request(port, conn=None):
    reader, writer = conn or await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    status = (await reader.readline()).decode().split(" ", 1)[1].strip()
    while (await reader.readline()) != b"\r\n":
        pass
    await reader.readexactly(4)
    return status, (reader, writer)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(request(port) for _ in range(3)))
        print("three requests at once:", sorted(status for status, _ in results))

        status, (reader, writer) = await request(port)
        print("a request on a new connection:", status)
        await asyncio.sleep(KEEP_ALIVE + 0.3)  # the client stays idle longer than the keep-alive timeout
        print("server closed the idle connection:", await reader.read() == b"")
        writer.close()
        for _, (_, w) in results:
            w.close()


asyncio.run(main())
