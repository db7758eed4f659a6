# requires: python>=3.11
import asyncio


async def wait_for_reply(fut):
    print("waiting for the reply...")
    reply = await fut  # suspends until someone calls set_result/set_exception
    print("reply:", reply)


async def main():
    loop = asyncio.get_running_loop()

    # A Future is a low-level "result that will exist later".
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: future is done"))
    waiter = asyncio.create_task(wait_for_reply(fut))
    await asyncio.sleep(0.1)
    print("done before set_result?", fut.done())
    fut.set_result("pong")  # normally called by a protocol or a callback
    await waiter

    # A Future can also carry an exception to whoever awaits it.
    failed = loop.create_future()
    loop.call_later(0.1, failed.set_exception, TimeoutError("no reply"))
    try:
        await failed
    except TimeoutError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
