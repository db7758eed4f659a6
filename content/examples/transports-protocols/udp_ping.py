# requires: python>=3.11
# browser: no (uses sockets)
# UDP with create_datagram_endpoint: no connection, no streams, one datagram at a time.
import asyncio


class PongServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(b"pong " + data, addr)  # answer to whoever sent it


class PingClient(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()  # datagrams from the callback, to the coroutine

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        print("client: error", exc)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(PongServer, local_addr=("127.0.0.1", 0))
    address = server.get_extra_info("sockname")

    transport, client = await loop.create_datagram_endpoint(PingClient, remote_addr=address)
    try:
        for i in range(3):
            transport.sendto(f"{i}".encode())
            async with asyncio.timeout(1):  # UDP may lose datagrams: always wait with a timeout
                print("client got:", (await client.replies.get()).decode())
    finally:
        transport.close()
        server.close()


asyncio.run(main())
