# requires: python>=3.11
# browser: no (Pyodide already runs an event loop, the WebLoop, around your code)
"""en: Get the loop with asyncio.get_running_loop(), only where one is running.
zh: 用 asyncio.get_running_loop() 获取事件循环，只能在事件循环正在运行的地方调用。"""
import asyncio


def on_timer(fut: asyncio.Future) -> None:
    # en: Callbacks run inside the loop too, so this works here as well.
    # zh: 回调同样在事件循环中执行，所以这里也能这样获取。
    loop = asyncio.get_running_loop()
    print(f"callback: same loop = {loop is fut.get_loop()}")
    fut.set_result("value set by a callback")


async def main() -> asyncio.AbstractEventLoop:
    loop = asyncio.get_running_loop()
    print(f"inside main: running = {loop.is_running()}")
    fut = loop.create_future()  # en: a Future bound to this loop | zh: 绑定到当前事件循环的 Future
    loop.call_later(0.1, on_timer, fut)
    print(f"main awaits the Future: {await fut!r}")
    return loop


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(f"before asyncio.run: {type(e).__name__}: {e}")

loop = asyncio.run(main())
print(f"after asyncio.run: closed = {loop.is_closed()}")
