# requires: python>=3.11
# en: Timeouts: one per external call, one deadline per request, and a timed fan-out.
# zh: 超时：每次外部调用一个超时，每个请求一个截止时间，再加一次限时的扇出。
import asyncio
import time


async def call(name: str, delay: float) -> str:
    await asyncio.sleep(delay)  # en: stands in for a network call | zh: 模拟一次网络调用
    return name


async def main() -> None:
    # en: 1) Every call to the outside world gets a timeout.
    # zh: 1）每次调用外部服务都要设超时。
    try:
        async with asyncio.timeout(0.1):
            await call("slow-api", 0.3)
    except TimeoutError:
        print("slow-api: gave up after 0.1s")

    # en: 2) One deadline for the whole request: later steps get what is left.
    # zh: 2）整个请求共用一个截止时间：后面的步骤只能用剩下的时间。
    deadline = asyncio.get_running_loop().time() + 0.35
    step = ""
    try:
        async with asyncio.timeout_at(deadline):
            for step, delay in [("auth", 0.1), ("query", 0.1), ("render", 0.2)]:
                await call(step, delay)
                print(f"{step}: done")
    except TimeoutError:
        print(f"{step}: request deadline passed")

    # en: 3) A timeout around a TaskGroup cancels every child when it expires.
    # zh: 3）包住 TaskGroup 的超时一到，就取消其中所有子任务。
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):
            async with asyncio.TaskGroup() as tg:
                for name, delay in [("a", 0.1), ("b", 0.5), ("c", 0.6)]:
                    tg.create_task(call(name, delay))
    except TimeoutError:
        elapsed = time.perf_counter() - start
        when = "in under 0.45s, before b (0.5s) could finish" if elapsed < 0.45 else f"after {elapsed:.2f}s"
        print(f"fan-out: timed out, all children stopped {when}")


asyncio.run(main())
