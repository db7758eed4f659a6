# requires: python>=3.11
# One deadline for several awaits vs. a separate timeout per step.
import asyncio
import time


async def step(name: str) -> str:
    await asyncio.sleep(0.2)
    return name


async def per_step_timeouts() -> None:
    start = time.perf_counter()
    for name in ["auth", "load", "render"]:
        await asyncio.wait_for(step(name), timeout=0.3)  # each step fits...
    print(f"per-step: all done after {time.perf_counter() - start:.1f}s (budget was 0.5s)")


async def one_deadline() -> None:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    deadline = loop.time() + 0.5  # the whole request gets 0.5 s
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for name in ["auth", "load", "render"]:
                done.append(await step(name))
    except TimeoutError:
        print(f"deadline: stopped after {time.perf_counter() - start:.1f}s, done={done}")


async def main() -> None:
    await per_step_timeouts()
    await one_deadline()


asyncio.run(main())
