# requires: python>=3.11
# en: What a Task does with a Future: the coroutine yields the Future itself, and the Task
# en: resumes the coroutine when the Future is done.
# zh: Task 如何处理 Future：协程把 Future 本身 yield 出去，
# zh: Future 完成后，Task 再恢复这个协程。
import asyncio


async def wait_for_reply(fut):
    print("coroutine: awaiting the future")
    # en: Future.__await__: yields the Future if it is not done yet
    # zh: Future.__await__：Future 尚未完成时，把它本身 yield 出去
    value = await fut
    print("coroutine: resumed with", value)
    return value * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    coro = wait_for_reply(fut)

    # en: Drive the coroutine by hand, the way a Task's step does.
    # zh: 像 Task 的每一步那样，手动驱动这个协程。
    yielded = coro.send(None)
    print("driver: the coroutine yielded the future itself:", yielded is fut)

    # en: normally a transport's callback does this when data arrives
    # zh: 通常由传输层的回调在数据到达时做这件事
    fut.set_result(21)
    try:
        coro.send(None)  # en: the Task's next step | zh: Task 的下一步
    except StopIteration as stop:
        print("driver: coroutine returned", stop.value)

    done = loop.create_future()
    done.set_result(5)
    coro = wait_for_reply(done)
    try:
        # en: a done Future does not yield: the coroutine runs straight through
        # zh: 已完成的 Future 不会 yield：协程一口气运行到底
        coro.send(None)
    except StopIteration as stop:
        print("driver: finished in a single step with", stop.value)


asyncio.run(main())
