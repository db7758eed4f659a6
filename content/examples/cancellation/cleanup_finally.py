# requires: python>=3.11
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        print(f"{name}: opened")

    async def close(self):
        await asyncio.sleep(0.05)  # en: an async cleanup step still works here | zh: 这里照样可以 await 异步清理步骤
        print(f"{self.name}: closed")


async def handle_request(name):
    conn = Connection(name)
    try:
        await asyncio.sleep(10)  # en: a slow query | zh: 一条慢查询
    # en: does NOT catch CancelledError (a BaseException)
    # zh: 捕获不到 CancelledError（它继承自 BaseException）
    except Exception as e:
        print(f"{name}: query failed: {e!r}")
    finally:
        await conn.close()  # en: runs on success, error and cancellation | zh: 成功、出错、被取消，都会执行


async def main():
    task = asyncio.create_task(handle_request("req-1"))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: req-1 was cancelled and cleaned up")


asyncio.run(main())
