# requires: python>=3.11
# browser: no (Pyodide's asyncio.run may nest, so no RuntimeError is raised there)
# asyncio.run() refuses to start while a loop is already running in this thread.
import asyncio


async def helper() -> str:
    await asyncio.sleep(0.1)
    return "helper done"


async def main() -> None:
    coro = helper()
    try:
        asyncio.run(coro)  # wrong: we are already inside a running loop
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        coro.close()  # avoid a "never awaited" warning
    # Right: inside a coroutine, just await (or create a task).
    print(await helper())


asyncio.run(main())
