# requires: python>=3.11
# browser: no (builds its own selector event loop)
# A fake clock for tests: an event loop whose time() is virtual and whose selector, instead of
# sleeping until the next timer, jumps the clock forward. Sleeps of minutes take no real time.
import asyncio
import selectors
import time


class JumpingSelector(selectors.DefaultSelector):
    def __init__(self, clock):
        super().__init__()
        self.clock = clock

    def select(self, timeout=None):
        events = super().select(0)  # never block for real
        if not events and timeout:
            self.clock.now += timeout  # nothing ready: jump to the next timer
        return events


class Clock:
    now = 0.0


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self.clock = Clock()
        super().__init__(JumpingSelector(self.clock))

    def time(self):
        return self.clock.now


async def fetch_with_retries(attempts_until_success):
    """The code under test: exponential back-off of 1, 2, 4, 8... seconds."""
    for attempt in range(10):
        if attempt == attempts_until_success:
            return attempt
        await asyncio.sleep(2**attempt)
    raise RuntimeError("gave up")


async def test_backoff():
    loop = asyncio.get_running_loop()
    start = loop.time()
    assert await fetch_with_retries(4) == 4
    print("virtual seconds waited:", loop.time() - start)  # 1 + 2 + 4 + 8

    try:
        async with asyncio.timeout(60):  # timeouts use the same clock
            await fetch_with_retries(99)
    except TimeoutError:
        print("timed out after virtual seconds:", loop.time() - start - 15)


real_start = time.perf_counter()
with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
    runner.run(test_backoff())
print("real time under 1 s:", time.perf_counter() - real_start < 1)
