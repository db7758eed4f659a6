# requires: python>=3.11
# browser: no (Pyodide already runs an event loop, so IsolatedAsyncioTestCase cannot start its own)
# en: Testing timeout and cancellation behaviour with fakes instead of real waiting.
# zh: 用替身对象测试超时和取消行为，而不是真的等待。
import asyncio
import io
import re
import unittest


async def fetch_with_timeout(fetch, timeout: float):
    async with asyncio.timeout(timeout):
        return await fetch()


class Worker:
    def __init__(self) -> None:
        self.released = False

    async def run(self) -> None:
        try:
            await asyncio.sleep(3600)  # en: waits "forever" until cancelled | zh: “永远”等待，直到被取消
        finally:
            self.released = True  # en: clean-up must run on cancellation | zh: 被取消时必须执行清理


class SwallowingWorker(Worker):
    async def run(self) -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            self.released = True  # en: bug: cancellation is swallowed, not re-raised | zh: bug：取消被吞掉了，没有重新抛出


class BehaviourTests(unittest.IsolatedAsyncioTestCase):
    async def test_timeout_is_raised(self) -> None:
        never = asyncio.Event()  # en: a dependency that never answers | zh: 永远不会响应的依赖
        with self.assertRaises(TimeoutError):
            await fetch_with_timeout(never.wait, timeout=0.05)

    async def test_fast_dependency_returns(self) -> None:
        async def fast() -> str:
            return "pong"

        self.assertEqual(await fetch_with_timeout(fast, timeout=0.05), "pong")

    async def check_cancellation(self, worker: Worker) -> None:
        task = asyncio.create_task(worker.run())
        await asyncio.sleep(0)  # en: let the task start and reach its await | zh: 让任务启动并运行到它的 await 处
        task.cancel()
        with self.assertRaises(asyncio.CancelledError):
            await task
        self.assertTrue(task.cancelled())
        self.assertTrue(worker.released)

    async def test_worker_cancels_cleanly(self) -> None:
        await self.check_cancellation(Worker())

    @unittest.expectedFailure  # en: the test catches the bug in SwallowingWorker | zh: 这个测试能发现 SwallowingWorker 里的 bug
    async def test_swallowing_worker_is_caught(self) -> None:
        await self.check_cancellation(SwallowingWorker())


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    unittest.main(argv=["tests"], testRunner=runner, exit=False)
    print(re.sub(r"(Ran \d+ tests?) in [\d.]+s", r"\1", stream.getvalue()), end="")
