# requires: python>=3.11
# timeline: yes (tasks: download)
import asyncio


async def download():
    print("download: started")
    try:
        await asyncio.sleep(10)  # en: CancelledError is raised right here | zh: CancelledError 就在这里抛出
    except asyncio.CancelledError as e:
        print(f"download: got {type(e).__name__}, message={e.args}")
        raise  # en: let the cancellation continue | zh: 让取消继续向外传播
    print("download: never reached")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)  # en: let it start | zh: 先让它运行起来

    print("cancel() returned", task.cancel(msg="user pressed stop"))
    print("cancelled() right after cancel():", task.cancelled())  # en: only a request so far | zh: 目前还只是请求

    try:
        await task
    except asyncio.CancelledError:
        print("main: awaiting the task raised CancelledError")
    print("cancelled() now:", task.cancelled())
    print("cancel() on a finished task returns", task.cancel())
    print("CancelledError is an Exception?", issubclass(asyncio.CancelledError, Exception))
    print("CancelledError is a BaseException?", issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
