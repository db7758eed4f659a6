# requires: python>=3.11
# en: A coroutine is driven from outside with send(); its return value travels in StopIteration.
# zh: 协程由外部通过 send() 驱动；它的返回值装在 StopIteration 里传出来。
import types


@types.coroutine
def suspend(label):
    """en: The bottom of every await chain: a generator that yields a value to whoever drives it.
    zh: 每条 await 链的最底层：一个生成器，把值 yield 给驱动它的一方。"""
    # en: execution stops here until the driver calls send() again
    # zh: 执行停在这里，直到驱动方再次调用 send()
    reply = yield label
    return reply


async def child():
    reply = await suspend("child waits for I/O")
    return f"child got {reply!r}"


async def parent():
    result = await child()  # en: await passes send() down and yielded values up | zh: await 把 send() 往下传，把 yield 的值往上传
    print("parent:", result)
    return 42


coro = parent()
# en: start: runs until the first yield, deep inside child()
# zh: 启动：一直运行到 child() 深处的第一个 yield
yielded = coro.send(None)
print("driver received:", yielded)
try:
    # en: resume: the value comes back out of the yield
    # zh: 恢复：这个值从 yield 处返回
    coro.send("data from the socket")
except StopIteration as stop:
    print("coroutine finished, return value in StopIteration:", stop.value)
