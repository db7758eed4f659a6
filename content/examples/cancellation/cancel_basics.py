# requires: python>=3.11
import asyncio


async def download():
    print("download: started")
    try:
        await asyncio.sleep(10)  # CancelledError is raised right here
    except asyncio.CancelledError as e:
        print(f"download: got {type(e).__name__}, message={e.args}")
        raise  # let the cancellation continue
    print("download: never reached")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)  # let it start

    print("cancel() returned", task.cancel(msg="user pressed stop"))
    print("cancelled() right after cancel():", task.cancelled())  # only a request so far

    try:
        await task
    except asyncio.CancelledError:
        print("main: awaiting the task raised CancelledError")
    print("cancelled() now:", task.cancelled())
    print("cancel() on a finished task returns", task.cancel())
    print("CancelledError is an Exception?", issubclass(asyncio.CancelledError, Exception))
    print("CancelledError is a BaseException?", issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
