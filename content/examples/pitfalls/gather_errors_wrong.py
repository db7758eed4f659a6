# requires: python>=3.11
# Wrong: trusting gather() to stop everything on error, or ignoring its results.
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
    await asyncio.sleep(0.3)  # 'slow' prints although we have given up on it

    results = await asyncio.gather(job("c", 0.1, fail=True), job("d", 0.1),
                                   return_exceptions=True)
    print("saved", len(results), "results")  # the error hides in the list


asyncio.run(main())
