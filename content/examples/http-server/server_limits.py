# requires: python>=3.11
# browser: no (uses sockets)
# en: What --limit-concurrency and --timeout-keep-alive do, on a tiny HTTP/1.1 server built on streams:
# en: over the limit a request gets 503 at once; an idle keep-alive connection is closed by the server.
# zh: 用一个基于流的小型 HTTP/1.1 服务端，演示 --limit-concurrency 和 --timeout-keep-alive 的作用：
# zh: 超过上限的请求立即得到 503；空闲的 keep-alive 连接由服务端关闭。
import asyncio

LIMIT = 2  # en: like uvicorn --limit-concurrency 2 | zh: 相当于 uvicorn --limit-concurrency 2
# en: like uvicorn --timeout-keep-alive (seconds); behind a load balancer: above the LB's idle timeout
# zh: 相当于 uvicorn --timeout-keep-alive（秒）；放在负载均衡器后面时，要大于负载均衡器的空闲超时
KEEP_ALIVE = 0.3
in_flight = 0


async def handle(reader, writer):
    global in_flight
    try:
        while True:
            try:
                # en: waiting for the next request on this connection
                # zh: 等待这个连接上的下一个请求
                async with asyncio.timeout(KEEP_ALIVE):
                    request_line = await reader.readline()
            except TimeoutError:
                break  # en: idle too long: close the connection | zh: 空闲太久：关闭连接
            if not request_line:
                break
            while (await reader.readline()) not in (b"\r\n", b""):
                pass  # en: skip the headers | zh: 跳过请求头
            if in_flight >= LIMIT:
                status, body = "503 Service Unavailable", b"busy"
            else:
                in_flight += 1
                try:
                    await asyncio.sleep(0.2)  # en: the handler's work | zh: 处理函数的工作
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
        # en: the client stays idle longer than the keep-alive timeout
        # zh: 客户端空闲的时间超过 keep-alive 超时
        await asyncio.sleep(KEEP_ALIVE + 0.3)
        print("server closed the idle connection:", await reader.read() == b"")
        writer.close()
        for _, (_, w) in results:
            w.close()


asyncio.run(main())
