# requires: python>=3.11
# browser: no (Pyodide reuses one event loop for every asyncio.run, so the error never shows)
# The test trap: a module-level asyncio.Lock binds to the first loop that waits on it.
import asyncio
import re

lock = asyncio.Lock()  # created at import time, shared by every "test"


async def update_shared() -> None:
    async with lock:
        await asyncio.sleep(0.01)


async def scenario() -> None:
    # Two tasks contend, so one has to wait: that binds the lock to this loop.
    await asyncio.gather(update_shared(), update_shared())


class Service:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # fix: one lock per instance, built inside the test

    async def scenario(self) -> None:
        async def update() -> None:
            async with self.lock:
                await asyncio.sleep(0.01)

        await asyncio.gather(update(), update())


async def fixed_scenario() -> None:
    await Service().scenario()  # a fresh Service (and lock) per test, like a fixture


def run_test(name: str, test) -> None:
    try:
        asyncio.run(test())  # test runners use a new event loop per test
        print(f"{name}: ok")
    except RuntimeError as e:
        # The message contains the lock's repr (with a memory address): shorten it.
        print(f"{name}: RuntimeError: {re.sub(r'<[^>]*>', '<Lock>', str(e))}")


run_test("test_one (module lock)", scenario)
run_test("test_two (module lock)", scenario)
run_test("test_one (lock per test)", fixed_scenario)
run_test("test_two (lock per test)", fixed_scenario)
