# requires: python>=3.13
# en: Since 3.13, as_completed is also an async iterator that yields the
# en: original tasks, so you know which input finished.
# zh: Python 3.13 起，as_completed 也能当异步迭代器用，给出的是传入的任务本身，
# zh: 所以能知道完成的是哪一个。
import asyncio


async def probe(seconds: float) -> float:
    await asyncio.sleep(seconds)
    return seconds


async def main() -> None:
    tasks = [
        asyncio.create_task(probe(0.3), name="db"),
        asyncio.create_task(probe(0.1), name="cache"),
        asyncio.create_task(probe(0.2), name="queue"),
    ]
    async for task in asyncio.as_completed(tasks):
        print(f"{task.get_name()} done after {task.result()}s")


asyncio.run(main())
