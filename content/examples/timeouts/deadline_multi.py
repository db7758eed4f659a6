# requires: python>=3.11
# en: One deadline for several awaits vs. a separate timeout per step.
# zh: 多个 await 共用一个截止时间，对比每一步单独设超时。
import asyncio
import time


async def step(name: str) -> str:
    await asyncio.sleep(0.2)
    return name


async def per_step_timeouts() -> None:
    start = time.perf_counter()
    for name in ["auth", "load", "render"]:
        await asyncio.wait_for(step(name), timeout=0.3)  # en: each step fits... | zh: 每一步都没超时……
    elapsed = time.perf_counter() - start
    over = "0.6s or more" if elapsed >= 0.59 else f"{elapsed:.2f}s"
    print(f"per-step: all done after {over} (budget was 0.5s)")


async def one_deadline() -> None:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    deadline = loop.time() + 0.5  # en: the whole request gets 0.5 s | zh: 整个请求一共只有 0.5 秒
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for name in ["auth", "load", "render"]:
                done.append(await step(name))
    except TimeoutError:
        elapsed = time.perf_counter() - start
        # en: The done list shows the deadline worked; the bound only catches a loop that is far behind.
        # zh: done 列表已能说明截止时间生效；这个区间只用来发现严重滞后的事件循环。
        when = "when the 0.5s budget ran out" if 0.49 <= elapsed < 0.8 else f"after {elapsed:.2f}s"
        print(f"deadline: stopped {when}, done={done}")


async def main() -> None:
    await per_step_timeouts()
    await one_deadline()


asyncio.run(main())
