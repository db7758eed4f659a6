# requires: python>=3.11
import asyncio


async def job():
    print("job: first line")  # never printed: the body does not start
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("job: except CancelledError")
        raise
    finally:
        print("job: finally")


async def main():
    task = asyncio.create_task(job())
    task.cancel()  # before the task has had a single step
    try:
        await task
    except asyncio.CancelledError:
        print("main: task raised CancelledError")
    print("cancelled():", task.cancelled())


asyncio.run(main())
