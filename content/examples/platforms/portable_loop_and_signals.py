# requires: python>=3.11
# browser: no (uses signals)
# Code that runs on Linux, macOS and Windows: choose the loop with loop_factory, and fall back
# from add_signal_handler (Unix only) to signal.signal where it is missing.
import asyncio
import signal


def install_stop_handler(loop, stop):
    try:
        loop.add_signal_handler(signal.SIGTERM, stop.set)  # Unix event loops
    except NotImplementedError:  # Windows: Proactor and Selector loops lack it
        signal.signal(signal.SIGTERM, lambda signum, frame: loop.call_soon_threadsafe(stop.set))


async def main():
    loop = asyncio.get_running_loop()
    print("selector-based loop:", isinstance(loop, asyncio.SelectorEventLoop))

    stop = asyncio.Event()
    install_stop_handler(loop, stop)
    loop.call_later(0.1, signal.raise_signal, signal.SIGTERM)  # what a container runtime sends
    await stop.wait()
    print("SIGTERM received: shutting down cleanly")


# asyncio.run(main(), loop_factory=asyncio.SelectorEventLoop) on 3.12+; Runner works from 3.11.
# On Windows this gives psycopg and aiomqtt the add_reader they need.
with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
    runner.run(main())
