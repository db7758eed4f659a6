# requires: python>=3.11
# browser: no (uses sockets)
"""Under the hood: the loop asks the selector which sockets are ready."""
import asyncio
import socket


async def main() -> None:
    loop = asyncio.get_running_loop()
    reader, writer = socket.socketpair()  # two connected sockets, no port
    reader.setblocking(False)
    got_data = loop.create_future()

    def on_readable() -> None:
        # Called by the loop only when the selector reports `reader` readable.
        data = reader.recv(100)
        print(f"on_readable: received {data!r}")
        loop.remove_reader(reader)
        got_data.set_result(len(data))

    loop.add_reader(reader, on_readable)
    print("reader registered; nothing to read yet")

    # Another part of the program sends data a little later.
    loop.call_later(0.2, writer.send, b"ping")
    await asyncio.sleep(0.1)
    print(f"after 0.1 s: data arrived = {got_data.done()}")
    print(f"bytes received: {await got_data}")
    reader.close()
    writer.close()


asyncio.run(main())
