# requires: python>=3.11
# en: Wrong: trusting gather() to stop everything on error, or ignoring its results.
# zh: 错误做法：以为 gather() 出错时会停下所有任务，或者对它返回的结果视而不见。
import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} broke")
    print(f"  {name} finished")
    return name


async def main() -> None:
    try:
        await asyncio.gather(job("a", 0.1), job("b", 0.1, fail=True), job("slow", 0.3))
    except ValueError as e:
        print("caught:", e, "- moving on, but 'slow' is still running")
    await asyncio.sleep(0.3)  # en: 'slow' prints although we have given up on it | zh: 我们已不再等 slow，它却照样会打印

    results = await asyncio.gather(job("c", 0.1, fail=True), job("d", 0.1),
                                   return_exceptions=True)
    print("saved", len(results), "results")  # en: the error hides in the list | zh: 错误藏在结果列表里


asyncio.run(main())
