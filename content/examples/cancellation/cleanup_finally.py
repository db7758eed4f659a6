# requires: python>=3.11
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        print(f"{name}: opened")

    async def close(self):
        await asyncio.sleep(0.05)  # an async cleanup step still works here
        print(f"{self.name}: closed")


async def handle_request(name):
    conn = Connection(name)
    try:
        await asyncio.sleep(10)  # a slow query
    except Exception as e:  # does NOT catch CancelledError (a BaseException)
        print(f"{name}: query failed: {e!r}")
    finally:
        await conn.close()  # runs on success, error and cancellation


async def main():
    task = asyncio.create_task(handle_request("req-1"))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: req-1 was cancelled and cleaned up")


asyncio.run(main())
