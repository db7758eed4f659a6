# requires: python>=3.11
# browser: no (Pyodide reuses one WebLoop for every asyncio.run, so no error)
# en: asyncio primitives bind to the first event loop that contends on them.
# zh: asyncio 的同步原语会绑定到第一个在它上面发生争用的事件循环。
import asyncio

LOCK = asyncio.Lock()  # en: module level: shared by every asyncio.run() below | zh: 模块级对象：下面每次 asyncio.run() 都共用它


async def use_lock() -> None:
    async with LOCK:
        await asyncio.sleep(0.05)


async def contend() -> None:
    # en: Two tasks so the second one must wait: that binds LOCK to this loop.
    # zh: 用两个任务，第二个就必须等待：正是这次等待把 LOCK 绑定到了当前事件循环。
    await asyncio.gather(use_lock(), use_lock())


asyncio.run(contend())  # en: first loop: fine | zh: 第一个事件循环：一切正常
print("first run ok")
try:
    asyncio.run(contend())  # en: second loop, e.g. the next test case | zh: 第二个事件循环，比如下一个测试用例
except RuntimeError as e:
    # en: the message contains the object's address; show only the stable part
    # zh: 错误信息里有对象的内存地址，只显示固定不变的部分
    print(f"{type(e).__name__}: ...{str(e).split('>', 1)[1]}")


# en: Fix: create the primitive inside the loop that uses it.
# zh: 修正方法：在使用同步原语的事件循环里创建它。
async def contend_fixed() -> None:
    lock = asyncio.Lock()

    async def use() -> None:
        async with lock:
            await asyncio.sleep(0.05)

    await asyncio.gather(use(), use())


asyncio.run(contend_fixed())
asyncio.run(contend_fixed())
print("fixed version ran twice")
