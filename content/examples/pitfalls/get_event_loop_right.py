# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# Right: asyncio.run() at the top, get_running_loop() inside coroutines.
import asyncio


async def main() -> str:
    loop = asyncio.get_running_loop()  # the loop that runs this coroutine
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "done")
    return await fut


print(asyncio.run(main()))  # creates the loop, runs main, closes the loop

# Several calls from sync code on one loop: asyncio.Runner (3.11+).
with asyncio.Runner() as runner:
    print(runner.run(main()))
    print(runner.run(main()))
