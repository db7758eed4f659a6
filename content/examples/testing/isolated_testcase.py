# requires: python>=3.11
# browser: no (Pyodide already runs an event loop, so IsolatedAsyncioTestCase cannot start its own)
# unittest.IsolatedAsyncioTestCase: async tests, async set-up and clean-up, one loop per test.
import asyncio
import io
import re
import unittest


class FakeConnection:
    """Stands in for a client with async set-up and tear-down."""

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
        # enterAsyncContext (3.11+): enter now, exit automatically after the test.
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
        self.assertTrue(loop.get_debug())  # IsolatedAsyncioTestCase enables debug mode
        self.assertTrue(self.conn.open)


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    unittest.main(argv=["tests"], testRunner=runner, exit=False)
    # Print the report without the run time, which differs on every run.
    print(re.sub(r"(Ran \d+ tests?) in [\d.]+s", r"\1", stream.getvalue()), end="")
