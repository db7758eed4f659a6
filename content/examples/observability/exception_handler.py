# requires: python>=3.11
# browser: no (the browser event loop of Pyodide reports errors to the handler differently)
# en: loop.set_exception_handler: where errors go that no code awaits.
# zh: loop.set_exception_handler：没有代码 await 的错误最终去了哪里。
import asyncio
import gc


def report(loop, context):
    # en: In production: log with the request id, increment an error counter, send to error tracking.
    # zh: 生产环境中：连同请求 id 一起记日志，错误计数器加一，上报给错误跟踪系统。
    exc = context.get("exception")
    # en: drop the source location, which differs per machine
    # zh: 去掉源码位置，它在每台机器上都不一样
    message = context["message"].split(" at ")[0]
    print(f"handler: {message} -> {type(exc).__name__}: {exc}")


def bad_callback():
    raise ValueError("bug in a callback")


async def fire_and_forget():
    raise RuntimeError("background task failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)

    loop.call_soon(bad_callback)  # en: an exception in a plain callback | zh: 普通回调中抛出的异常
    await asyncio.sleep(0)

    task = asyncio.create_task(fire_and_forget())  # en: nobody awaits it | zh: 没人 await 它
    await asyncio.sleep(0)
    del task
    gc.collect()  # en: the unretrieved exception is reported when the task is destroyed | zh: 任务被销毁时，才报告这个没人取走的异常
    await asyncio.sleep(0)


asyncio.run(main())
