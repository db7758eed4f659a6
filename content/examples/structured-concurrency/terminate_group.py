# requires: python>=3.11
import asyncio


class StopSearch(Exception):
    """en: Raised on purpose to end the whole task group early.
    zh: 故意抛出，用来提前结束整个任务组。"""


cancelled = []


async def search(mirror, seconds, found):
    try:
        await asyncio.sleep(seconds)
        print(f"{mirror}: found the file")
        found.append(mirror)
        raise StopSearch  # en: enough: stop every other search | zh: 找到就够了：停止其他所有搜索
    except asyncio.CancelledError:
        cancelled.append(mirror)
        raise


async def main():
    found = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(search("mirror-eu", 0.3, found))
            tg.create_task(search("mirror-us", 0.1, found))
            tg.create_task(search("mirror-asia", 0.5, found))
    except* StopSearch:
        pass  # en: the expected way out; other exceptions still propagate | zh: 预期中的退出方式；其他异常照常向上抛出
    print("cancelled:", sorted(cancelled))  # en: the group cancels the others in no fixed order | zh: 任务组取消其他任务的顺序并不固定
    print("winner:", found)


asyncio.run(main())
