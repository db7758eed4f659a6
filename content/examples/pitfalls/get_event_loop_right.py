# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# en: Right: asyncio.run() at the top, get_running_loop() inside coroutines.
# zh: 正确做法：顶层用 asyncio.run()，协程内部用 get_running_loop()。
import asyncio


async def main() -> str:
    loop = asyncio.get_running_loop()  # en: the loop that runs this coroutine | zh: 运行当前协程的事件循环
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "done")
    return await fut


print(asyncio.run(main()))  # en: creates the loop, runs main, closes the loop | zh: 创建事件循环，运行 main，最后关闭事件循环

# en: Several calls from sync code on one loop: asyncio.Runner (3.11+).
# zh: 在同步代码里多次调用、共用一个事件循环：用 asyncio.Runner（Python 3.11 起）。
with asyncio.Runner() as runner:
    print(runner.run(main()))
    print(runner.run(main()))
