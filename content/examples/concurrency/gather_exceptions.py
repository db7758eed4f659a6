# requires: python>=3.11
# gather without return_exceptions: the first error propagates,
# but the other awaitables are NOT cancelled and keep running.
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
    await asyncio.sleep(0.6)  # meanwhile a and b still complete

    print("with return_exceptions=True:")
    results = await asyncio.gather(
        ok("c", 0.1), fail(0.05), ok("d", 0.2), return_exceptions=True
    )
    for r in results:
        print("  result:", repr(r))


asyncio.run(main())
