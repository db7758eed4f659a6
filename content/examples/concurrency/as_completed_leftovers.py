# requires: python>=3.11
# en: After a break (or a timeout), as_completed cancels nothing: the other tasks keep running.
# zh: 用 break 跳出（或超时）之后，as_completed 不会取消任何任务：其余任务照常运行。
import asyncio


async def probe(host: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"  {host}: finished")
    return host


async def main() -> None:
    tasks = [asyncio.create_task(probe(h, s)) for h, s in [("db", 0.3), ("cache", 0.1), ("queue", 0.2)]]
    for next_done in asyncio.as_completed(tasks):
        print("first answer:", await next_done)
        break  # en: we only wanted the fastest one | zh: 只要最快的那个

    print("still running after the break:", sum(not t.done() for t in tasks))
    for t in tasks:  # en: they are ours to cancel | zh: 得由我们自己取消
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("cancelled:", sum(t.cancelled() for t in tasks))


asyncio.run(main())
