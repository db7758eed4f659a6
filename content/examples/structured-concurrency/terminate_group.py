# requires: python>=3.11
import asyncio


class StopSearch(Exception):
    """Raised on purpose to end the whole task group early."""


cancelled = []


async def search(mirror, seconds, found):
    try:
        await asyncio.sleep(seconds)
        print(f"{mirror}: found the file")
        found.append(mirror)
        raise StopSearch  # enough: stop every other search
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
        pass  # the expected way out; other exceptions still propagate
    print("cancelled:", sorted(cancelled))  # the group cancels the others in no fixed order
    print("winner:", found)


asyncio.run(main())
