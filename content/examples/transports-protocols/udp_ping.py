# requires: python>=3.11
# browser: no (uses sockets)
# en: UDP with create_datagram_endpoint: no connection, no streams, one datagram at a time.
# zh: 用 create_datagram_endpoint 收发 UDP：没有连接，没有流，一次一个数据报。
import asyncio


class PongServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(b"pong " + data, addr)  # en: answer to whoever sent it | zh: 回复给发送方


class PingClient(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()  # en: datagrams from the callback, to the coroutine | zh: 把数据报从回调传给协程

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
            # en: UDP may lose datagrams: always wait with a timeout
            # zh: UDP 可能丢失数据报：等待时一定要设超时
            async with asyncio.timeout(1):
                print("client got:", (await client.replies.get()).decode())
    finally:
        transport.close()
        server.close()


asyncio.run(main())
