# requires: python>=3.11
import asyncio
import time


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)  # en: stands in for a slow network call | zh: 模拟一次很慢的网络调用
        return f"{name}: ok"
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the timeout, cleaning up")
        raise
    finally:
        print(f"{name}: finally block ran")


async def main():
    start = time.perf_counter()
    try:
        # en: Python 3.11+; 0.4 s to spare for "fast"
        # zh: Python 3.11 起可用；fast 还有 0.4 秒的余量
        async with asyncio.timeout(0.5) as cm:
            print(await fetch("fast", 0.1))
            print(await fetch("slow", 5))
    except TimeoutError:  # en: the builtin TimeoutError since 3.11 | zh: 3.11 起就是内置的 TimeoutError
        elapsed = time.perf_counter() - start
        when = "in under 2s, not after the 5s sleep" if elapsed < 2.0 else f"after {elapsed:.2f}s"
        print(f"timed out {when}, expired={cm.expired()}")

    # en: wait_for does the same for a single awaitable.
    # zh: wait_for 对单个可等待对象做同样的事。
    try:
        await asyncio.wait_for(fetch("slow-2", 5), timeout=0.2)
    except TimeoutError:
        print("wait_for: TimeoutError")


asyncio.run(main())
