# requires: python>=3.11
# timeline: yes (tasks: parse, upload, index)
# en: FIRST_EXCEPTION returns as soon as a task fails (or all finish).
# zh: FIRST_EXCEPTION 在有任务失败时立即返回（或在全部完成时返回）。
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
    for t in tasks:  # en: list order keeps the output stable | zh: 按列表顺序遍历，输出才稳定
        if t not in done:
            print(f"{t.get_name()}: still running")
        elif t.exception() is not None:
            print(f"{t.get_name()}: error {t.exception()}")
        else:
            print(f"{t.get_name()}: ok")
    # en: As with every wait() call, pending tasks are ours to cancel.
    # zh: 和每次调用 wait() 一样，未完成的任务要由我们自己取消。
    for t in pending:
        t.cancel()
    # en: Empty when nothing failed: wait() raises ValueError on an empty set.
    # zh: 没有任务失败时 pending 为空，而 wait() 遇到空集合会抛出 ValueError。
    if pending:
        await asyncio.wait(pending)


asyncio.run(main())
