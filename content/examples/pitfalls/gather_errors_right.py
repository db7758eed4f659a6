# requires: python>=3.11
# en: Right: TaskGroup cancels the siblings and raises ExceptionGroup (handle with except*).
# zh: 正确做法：TaskGroup 会取消同组的其他任务，并抛出 ExceptionGroup（用 except* 处理）。
import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} broke")
    print(f"  {name} finished")
    return name


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 0.1))
            tg.create_task(job("b", 0.1, fail=True))
            tg.create_task(job("slow", 0.3))
    except* ValueError as group:
        for exc in group.exceptions:
            print("caught:", exc)
    await asyncio.sleep(0.3)  # en: nothing left running | zh: 已经没有任务在运行

    # en: If partial results are fine, use return_exceptions=True and check each one.
    # zh: 如果可以接受部分结果，就用 return_exceptions=True，再逐个检查。
    results = await asyncio.gather(job("c", 0.1, fail=True), job("d", 0.1),
                                   return_exceptions=True)
    for r in results:
        print("error:" if isinstance(r, Exception) else "ok:", r)


asyncio.run(main())
