# requires: python>=3.11
import asyncio


async def download(part, fail=False):
    await asyncio.sleep(0.1)
    if fail:
        raise OSError(f"disk full while saving {part}")
    return part


async def fetch_album(name, fail=False):
    # en: Each album has its own inner group: its tasks finish before it returns.
    # zh: 每张专辑有自己的内层任务组：组里的任务全部结束，函数才返回。
    async with asyncio.TaskGroup() as tg:
        tracks = [tg.create_task(download(f"{name}/{i}", fail and i == 2)) for i in range(3)]
    return [t.result() for t in tracks]


def show(eg, indent=""):
    print(f"{indent}{type(eg).__name__}: {eg.message!r}")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + "  ")
        else:
            print(f"{indent}  {type(e).__name__}: {e}")


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch_album("blue"))
        b = tg.create_task(fetch_album("red"))
    print("ok:", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_album("blue"))
            tg.create_task(fetch_album("green", fail=True))
    except* OSError as eg:
        show(eg)  # en: the inner group's ExceptionGroup is nested inside the outer one | zh: 内层任务组的异常组嵌套在外层的异常组里


asyncio.run(main())
