# requires: python>=3.11
# en: as_completed yields results in completion order.
# zh: as_completed 按完成的先后给出结果。
import asyncio


async def probe(host: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{host} answered after {seconds}s"


async def main() -> None:
    coros = [probe("db", 0.3), probe("cache", 0.1), probe("queue", 0.2)]
    # en: Classic form: a plain iterator of awaitables; await each one.
    # zh: 经典用法：普通迭代器，每次给出一个可等待对象，逐个 await。
    for next_done in asyncio.as_completed(coros, timeout=1.0):
        print(await next_done)  # en: fastest first, whatever the input order | zh: 最快的先出来，与传入顺序无关


asyncio.run(main())
