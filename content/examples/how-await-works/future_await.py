# requires: python>=3.11
# What a Task does with a Future: the coroutine yields the Future itself, and the Task
# resumes the coroutine when the Future is done.
import asyncio


async def wait_for_reply(fut):
    print("coroutine: awaiting the future")
    value = await fut  # Future.__await__: yields the Future if it is not done yet
    print("coroutine: resumed with", value)
    return value * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    coro = wait_for_reply(fut)

    # Drive the coroutine by hand, the way a Task's step does.
    yielded = coro.send(None)
    print("driver: the coroutine yielded the future itself:", yielded is fut)

    fut.set_result(21)  # normally a transport's callback does this when data arrives
    try:
        coro.send(None)  # the Task's next step
    except StopIteration as stop:
        print("driver: coroutine returned", stop.value)

    done = loop.create_future()
    done.set_result(5)
    coro = wait_for_reply(done)
    try:
        coro.send(None)  # a done Future does not yield: the coroutine runs straight through
    except StopIteration as stop:
        print("driver: finished in a single step with", stop.value)


asyncio.run(main())
