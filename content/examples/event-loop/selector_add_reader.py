# requires: python>=3.11
# browser: no (uses sockets)
"""en: Under the hood: the loop asks the selector which sockets are ready.
zh: 底层原理：事件循环向选择器询问哪些套接字已经就绪。"""
import asyncio
import socket


async def main() -> None:
    loop = asyncio.get_running_loop()
    reader, writer = socket.socketpair()  # en: two connected sockets, no port | zh: 一对互相连接的套接字，不占端口
    reader.setblocking(False)
    got_data = loop.create_future()

    def on_readable() -> None:
        # en: Called by the loop only when the selector reports `reader` readable.
        # zh: 只有选择器报告 `reader` 可读时，事件循环才会调用它。
        data = reader.recv(100)
        print(f"on_readable: received {data!r}")
        loop.remove_reader(reader)
        got_data.set_result(len(data))

    loop.add_reader(reader, on_readable)
    print("reader registered; nothing to read yet")

    # en: Another part of the program sends data a little later.
    # zh: 程序的另一部分稍后发来数据。
    loop.call_later(0.2, writer.send, b"ping")
    await asyncio.sleep(0.1)
    print(f"after 0.1 s: data arrived = {got_data.done()}")
    print(f"bytes received: {await got_data}")
    reader.close()
    writer.close()


asyncio.run(main())
