# requires: python>=3.11
# browser: no (Pyodide already runs an event loop, so IsolatedAsyncioTestCase cannot start its own)
# en: unittest.IsolatedAsyncioTestCase: async tests, async set-up and clean-up, one loop per test.
# zh: unittest.IsolatedAsyncioTestCase：异步测试、异步的准备和清理，每个测试一个事件循环。
import asyncio
import io
import re
import unittest


class FakeConnection:
    """en: Stands in for a client with async set-up and tear-down.
    zh: 模拟一个需要异步建立和关闭连接的客户端。"""

    def __init__(self) -> None:
        self.data: dict[str, int] = {}
        self.open = False

    async def __aenter__(self) -> "FakeConnection":
        await asyncio.sleep(0.01)
        self.open = True
        return self

    async def __aexit__(self, *exc) -> None:
        self.open = False

    async def incr(self, key: str) -> int:
        await asyncio.sleep(0.01)
        self.data[key] = self.data.get(key, 0) + 1
        return self.data[key]


class CounterTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        # en: enterAsyncContext (3.11+): enter now, exit automatically after the test.
        # zh: enterAsyncContext（Python 3.11 起）：现在进入，测试结束后自动退出。
        self.conn = await self.enterAsyncContext(FakeConnection())

    async def test_incr_starts_at_one(self) -> None:
        self.assertEqual(await self.conn.incr("hits"), 1)

    async def test_concurrent_incr(self) -> None:
        async with asyncio.TaskGroup() as tg:
            for _ in range(5):
                tg.create_task(self.conn.incr("hits"))
        self.assertEqual(self.conn.data["hits"], 5)

    async def test_debug_mode_is_on(self) -> None:
        loop = asyncio.get_running_loop()
        # en: IsolatedAsyncioTestCase enables debug mode
        # zh: IsolatedAsyncioTestCase 会开启调试模式
        self.assertTrue(loop.get_debug())
        self.assertTrue(self.conn.open)


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    unittest.main(argv=["tests"], testRunner=runner, exit=False)
    # en: Print the report without the run time, which differs on every run.
    # zh: 打印测试报告，但去掉每次都不一样的运行时间。
    print(re.sub(r"(Ran \d+ tests?) in [\d.]+s", r"\1", stream.getvalue()), end="")
