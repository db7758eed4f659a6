# requires: python>=3.11
import asyncio


async def job():
    print("job: first line")  # en: never printed: the body does not start | zh: 不会打印：协程体根本没有开始执行
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("job: except CancelledError")
        raise
    finally:
        print("job: finally")


async def main():
    task = asyncio.create_task(job())
    task.cancel()  # en: before the task has had a single step | zh: 此时任务还一步都没有执行
    try:
        await task
    except asyncio.CancelledError:
        print("main: task raised CancelledError")
    print("cancelled():", task.cancelled())


asyncio.run(main())
