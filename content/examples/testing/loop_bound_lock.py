# requires: python>=3.11
# browser: no (Pyodide reuses one event loop for every asyncio.run, so the error never shows)
# en: The test trap: a module-level asyncio.Lock binds to the first loop that waits on it.
# zh: 测试中的陷阱：模块级的 asyncio.Lock 会绑定到第一个在它上面等待的事件循环。
import asyncio
import re

lock = asyncio.Lock()  # en: created at import time, shared by every "test" | zh: 导入时创建，所有“测试”共用


async def update_shared() -> None:
    async with lock:
        await asyncio.sleep(0.01)


async def scenario() -> None:
    # en: Two tasks contend, so one has to wait: that binds the lock to this loop.
    # zh: 两个任务争用同一把锁，其中一个必须等待：这就把锁绑定到了当前事件循环。
    await asyncio.gather(update_shared(), update_shared())


class Service:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # en: fix: one lock per instance, built inside the test | zh: 修正方法：每个实例一把锁，在测试内部创建

    async def scenario(self) -> None:
        async def update() -> None:
            async with self.lock:
                await asyncio.sleep(0.01)

        await asyncio.gather(update(), update())


async def fixed_scenario() -> None:
    # en: a fresh Service (and lock) per test, like a fixture
    # zh: 每个测试都用新的 Service（和新的锁），就像 fixture 一样
    await Service().scenario()


def run_test(name: str, test) -> None:
    try:
        asyncio.run(test())  # en: test runners use a new event loop per test | zh: 测试运行器为每个测试使用新的事件循环
        print(f"{name}: ok")
    except RuntimeError as e:
        # en: The message contains the lock's repr (with a memory address): shorten it.
        # zh: 错误信息里含有锁的 repr（带内存地址），把它缩短。
        print(f"{name}: RuntimeError: {re.sub(r'<[^>]*>', '<Lock>', str(e))}")


run_test("test_one (module lock)", scenario)
run_test("test_two (module lock)", scenario)
run_test("test_one (lock per test)", fixed_scenario)
run_test("test_two (lock per test)", fixed_scenario)
