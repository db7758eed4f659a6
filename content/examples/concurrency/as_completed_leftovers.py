# requires: python>=3.11
# After a break (or a timeout), as_completed cancels nothing: the other tasks keep running.
import asyncio


async def probe(host: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"  {host}: finished")
    return host


async def main() -> None:
    tasks = [asyncio.create_task(probe(h, s)) for h, s in [("db", 0.3), ("cache", 0.1), ("queue", 0.2)]]
    for next_done in asyncio.as_completed(tasks):
        print("first answer:", await next_done)
        break  # we only wanted the fastest one

    print("still running after the break:", sum(not t.done() for t in tasks))
    for t in tasks:  # they are ours to cancel
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("cancelled:", sum(t.cancelled() for t in tasks))


asyncio.run(main())
