# requires: python>=3.11
# timeline: yes
# en: asyncio.timeout() cancels the block when time is up and raises TimeoutError.
# zh: asyncio.timeout() 在时间到时取消代码块，并抛出 TimeoutError。
import asyncio
import time


async def slow_query() -> str:
    try:
        await asyncio.sleep(1.0)  # en: pretend the database is slow | zh: 假装数据库很慢
        return "rows"
    finally:
        print("slow_query: cleanup runs even when cancelled")


async def main() -> None:
    print("same class:", asyncio.TimeoutError is TimeoutError)  # en: True since 3.11 | zh: Python 3.11 起为 True

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2) as cm:
            result = await slow_query()
            print("never printed", result)
    except TimeoutError:  # en: the builtin; no need for asyncio.TimeoutError | zh: 内置异常，不必写 asyncio.TimeoutError
        elapsed = time.perf_counter() - start
        print("timed out in under 0.5s (the query needed 1s)" if elapsed < 0.5 else f"timed out after {elapsed:.2f}s")
    print("expired:", cm.expired())

    # en: A block that finishes in time is not affected.
    # zh: 按时完成的代码块不受影响。
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.1)
    print("fast block expired:", cm.expired())


asyncio.run(main())
