# requires: python>=3.11
# en: gather without return_exceptions: the first error propagates,
# en: but the other awaitables are NOT cancelled and keep running.
# zh: 不带 return_exceptions 时，gather 会把第一个异常向上抛出，
# zh: 但其余可等待对象不会被取消，仍在继续运行。
import asyncio


async def ok(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"  {name} finished")
    return name


async def fail(seconds: float) -> str:
    await asyncio.sleep(seconds)
    raise ValueError("bad input")


async def main() -> None:
    print("without return_exceptions:")
    try:
        await asyncio.gather(ok("a", 0.3), fail(0.05), ok("b", 0.5))
    except ValueError as e:
        print(f"  caught {type(e).__name__}: {e}")
    await asyncio.sleep(0.6)  # en: meanwhile a and b still complete | zh: 这期间 a 和 b 依然会执行完

    print("with return_exceptions=True:")
    results = await asyncio.gather(
        ok("c", 0.1), fail(0.05), ok("d", 0.2), return_exceptions=True
    )
    for r in results:
        print("  result:", repr(r))


asyncio.run(main())
