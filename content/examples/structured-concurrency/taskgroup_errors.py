# requires: python>=3.11
# timeline: yes (tasks: quick, parse, upload, report)
import asyncio


async def step(name, seconds, error=None):
    try:
        await asyncio.sleep(seconds)
        if error:
            raise error
        print(f"{name}: done")
    except asyncio.CancelledError:
        print(f"{name}: cancelled because a sibling failed")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            # en: Three steps finish in the same loop turn, one is slow.
            # zh: 三个步骤在事件循环的同一轮里结束，另一个很慢。
            tg.create_task(step("quick", 0))
            tg.create_task(step("parse", 0, ValueError("parse: bad JSON")))
            tg.create_task(step("upload", 0, ConnectionError("upload: reset")))
            tg.create_task(step("report", 0.5))
    except* ValueError as eg:
        for e in eg.exceptions:
            print(f"handled ValueError: {e}")
    except* ConnectionError as eg:
        for e in eg.exceptions:
            print(f"handled ConnectionError: {e}")

    # en: Without except*, you get the ExceptionGroup itself.
    # zh: 不用 except* 时，拿到的就是 ExceptionGroup 本身。
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("a", 0, KeyError("a")))
            tg.create_task(step("b", 0, KeyError("b")))
    except ExceptionGroup as eg:
        print(f"{type(eg).__name__}: {eg}")
        print("  inside:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
