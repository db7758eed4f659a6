# requires: python>=3.11
# browser: no (uses sockets)
# en: A line-based TCP server written as a Protocol: the loop calls its methods, nothing is awaited.
# zh: 用 Protocol 写的按行处理的 TCP 服务端：由事件循环调用它的方法，没有任何 await。
import asyncio


class UpperLineServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""
        print("server: connection_made")

    def data_received(self, data):
        # en: Called with whatever bytes arrived: half a line, or several lines at once.
        # zh: 收到多少字节就传入多少：可能是半行，也可能一次好几行。
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            # en: buffered; never blocks, never awaited
            # zh: 写入缓冲区；从不阻塞，也无需 await
            self.transport.write(line.upper() + b"\n")

    def eof_received(self):
        print("server: eof_received, closing")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: connection_lost, error:", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = b""

    def connection_made(self, transport):
        transport.write(b"hello\nwor")  # en: a line and a half | zh: 一行半
        transport.write(b"ld\n")
        transport.write_eof()  # en: half-close: we will send nothing more | zh: 半关闭：本端不再发送任何数据

    def data_received(self, data):
        self.received += data

    def connection_lost(self, exc):
        self.done.set_result(self.received)  # en: bridge from callbacks back to a coroutine | zh: 从回调回到协程的桥梁


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(UpperLineServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    done = loop.create_future()
    await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print("client got:", (await done).decode().split())

    server.close()
    await server.wait_closed()


asyncio.run(main())
