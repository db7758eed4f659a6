# requires: python>=3.11
# browser: no (uses signals)
# en: Code that runs on Linux, macOS and Windows: choose the loop with loop_factory, and fall back
# en: from add_signal_handler (Unix only) to signal.signal where it is missing.
# zh: 在 Linux、macOS 和 Windows 上都能运行的代码：用 loop_factory 选择事件循环，
# zh: 没有 add_signal_handler（仅限 Unix）的地方退回到 signal.signal。
import asyncio
import signal


def install_stop_handler(loop, stop):
    try:
        loop.add_signal_handler(signal.SIGTERM, stop.set)  # en: Unix event loops | zh: Unix 上的事件循环支持它
    except NotImplementedError:  # en: Windows: Proactor and Selector loops lack it | zh: Windows：Proactor 和 Selector 事件循环都没有它
        signal.signal(signal.SIGTERM, lambda signum, frame: loop.call_soon_threadsafe(stop.set))


async def main():
    loop = asyncio.get_running_loop()
    print("selector-based loop:", isinstance(loop, asyncio.SelectorEventLoop))

    stop = asyncio.Event()
    install_stop_handler(loop, stop)
    # en: what a container runtime sends | zh: 容器运行时发送的就是它
    loop.call_later(0.1, signal.raise_signal, signal.SIGTERM)
    await stop.wait()
    print("SIGTERM received: shutting down cleanly")


# en: asyncio.run(main(), loop_factory=asyncio.SelectorEventLoop) on 3.12+; Runner works from 3.11.
# en: On Windows this gives psycopg and aiomqtt the add_reader they need.
# zh: Python 3.12 起可以写 asyncio.run(main(), loop_factory=asyncio.SelectorEventLoop)；Runner 则 Python 3.11 起即可使用。
# zh: 在 Windows 上，这样 psycopg 和 aiomqtt 才有它们需要的 add_reader。
with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
    runner.run(main())
