# requires: python>=3.11
# FIRST_EXCEPTION returns as soon as a task fails (or all finish).
import asyncio


async def step(name: str, seconds: float, fail: bool = False) -> str:
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main() -> None:
    tasks = [
        asyncio.create_task(step("parse", 0.1), name="parse"),
        asyncio.create_task(step("upload", 0.2, fail=True), name="upload"),
        asyncio.create_task(step("index", 0.5), name="index"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in tasks:  # list order keeps the output stable
        if t not in done:
            print(f"{t.get_name()}: still running")
        elif t.exception() is not None:
            print(f"{t.get_name()}: error {t.exception()}")
        else:
            print(f"{t.get_name()}: ok")
    # As with every wait() call, pending tasks are ours to cancel.
    for t in pending:
        t.cancel()
    if pending:  # empty when nothing failed: wait() raises ValueError on an empty set
        await asyncio.wait(pending)


asyncio.run(main())
