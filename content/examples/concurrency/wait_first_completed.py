# requires: python>=3.11
# asyncio.wait returns (done, pending) sets; it never cancels what is pending.
import asyncio


async def mirror(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name


async def main() -> None:
    # wait() needs tasks (bare coroutines are refused since 3.11)
    tasks = [
        asyncio.create_task(mirror("mirror-eu", 0.3), name="eu"),
        asyncio.create_task(mirror("mirror-us", 0.1), name="us"),
        asyncio.create_task(mirror("mirror-asia", 0.2), name="asia"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("winner:", [t.result() for t in done])
    print("still pending:", sorted(t.get_name() for t in pending))

    # Nothing was cancelled for us: do it explicitly and wait for it.
    for t in pending:
        t.cancel()
    if pending:  # wait() raises ValueError on an empty set
        await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))

    # With a timeout, wait() simply returns; unfinished tasks keep running.
    slow = asyncio.create_task(mirror("slow", 0.3))
    done, pending = await asyncio.wait({slow}, timeout=0.1)
    print(f"after timeout: done={len(done)} pending={len(pending)}")
    print("slow result later:", await slow)


asyncio.run(main())
