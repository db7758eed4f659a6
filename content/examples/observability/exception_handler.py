# requires: python>=3.11
# browser: no (the browser event loop of Pyodide reports errors to the handler differently)
# loop.set_exception_handler: where errors go that no code awaits.
import asyncio
import gc


def report(loop, context):
    # In production: log with the request id, increment an error counter, send to error tracking.
    exc = context.get("exception")
    message = context["message"].split(" at ")[0]  # drop the source location, which differs per machine
    print(f"handler: {message} -> {type(exc).__name__}: {exc}")


def bad_callback():
    raise ValueError("bug in a callback")


async def fire_and_forget():
    raise RuntimeError("background task failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)

    loop.call_soon(bad_callback)  # an exception in a plain callback
    await asyncio.sleep(0)

    task = asyncio.create_task(fire_and_forget())  # nobody awaits it
    await asyncio.sleep(0)
    del task
    gc.collect()  # the unretrieved exception is reported when the task is destroyed
    await asyncio.sleep(0)


asyncio.run(main())
