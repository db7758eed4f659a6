# requires: python>=3.11
# browser: no (Pyodide reuses one WebLoop for every asyncio.run, so no error)
# asyncio primitives bind to the first event loop that contends on them.
import asyncio

LOCK = asyncio.Lock()  # module level: shared by every asyncio.run() below


async def use_lock() -> None:
    async with LOCK:
        await asyncio.sleep(0.05)


async def contend() -> None:
    # Two tasks so the second one must wait: that binds LOCK to this loop.
    await asyncio.gather(use_lock(), use_lock())


asyncio.run(contend())  # first loop: fine
print("first run ok")
try:
    asyncio.run(contend())  # second loop, e.g. the next test case
except RuntimeError as e:
    # the message contains the object's address; show only the stable part
    print(f"{type(e).__name__}: ...{str(e).split('>', 1)[1]}")


# Fix: create the primitive inside the loop that uses it.
async def contend_fixed() -> None:
    lock = asyncio.Lock()

    async def use() -> None:
        async with lock:
            await asyncio.sleep(0.05)

    await asyncio.gather(use(), use())


asyncio.run(contend_fixed())
asyncio.run(contend_fixed())
print("fixed version ran twice")
