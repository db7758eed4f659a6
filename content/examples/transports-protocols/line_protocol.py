# requires: python>=3.11
# browser: no (uses sockets)
# A line-based TCP server written as a Protocol: the loop calls its methods, nothing is awaited.
import asyncio


class UpperLineServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""
        print("server: connection_made")

    def data_received(self, data):
        # Called with whatever bytes arrived: half a line, or several lines at once.
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.transport.write(line.upper() + b"\n")  # buffered; never blocks, never awaited

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
        transport.write(b"hello\nwor")  # a line and a half
        transport.write(b"ld\n")
        transport.write_eof()  # half-close: we will send nothing more

    def data_received(self, data):
        self.received += data

    def connection_lost(self, exc):
        self.done.set_result(self.received)  # bridge from callbacks back to a coroutine


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
