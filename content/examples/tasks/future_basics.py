# requires: python>=3.11
import asyncio


async def wait_for_reply(fut):
    print("waiting for the reply...")
    # en: suspends until someone calls set_result/set_exception
    # zh: 挂起，直到有人调用 set_result/set_exception
    reply = await fut
    print("reply:", reply)


async def main():
    loop = asyncio.get_running_loop()

    # en: A Future is a low-level "result that will exist later".
    # zh: Future 是底层的“将来才会有的结果”。
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: future is done"))
    waiter = asyncio.create_task(wait_for_reply(fut))
    await asyncio.sleep(0.1)
    print("done before set_result?", fut.done())
    fut.set_result("pong")  # en: normally called by a protocol or a callback | zh: 通常由协议或回调来调用
    await waiter

    # en: A Future can also carry an exception to whoever awaits it.
    # zh: Future 也可以把异常交给 await 它的一方。
    failed = loop.create_future()
    loop.call_later(0.1, failed.set_exception, TimeoutError("no reply"))
    try:
        await failed
    except TimeoutError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
