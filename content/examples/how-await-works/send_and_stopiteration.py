# requires: python>=3.11
# A coroutine is driven from outside with send(); its return value travels in StopIteration.
import types


@types.coroutine
def suspend(label):
    """The bottom of every await chain: a generator that yields a value to whoever drives it."""
    reply = yield label  # execution stops here until the driver calls send() again
    return reply


async def child():
    reply = await suspend("child waits for I/O")
    return f"child got {reply!r}"


async def parent():
    result = await child()  # await passes send() down and yielded values up
    print("parent:", result)
    return 42


coro = parent()
yielded = coro.send(None)  # start: runs until the first yield, deep inside child()
print("driver received:", yielded)
try:
    coro.send("data from the socket")  # resume: the value comes back out of the yield
except StopIteration as stop:
    print("coroutine finished, return value in StopIteration:", stop.value)
