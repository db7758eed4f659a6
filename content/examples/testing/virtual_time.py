# requires: python>=3.11
# browser: no (builds its own selector event loop)
# en: A fake clock for tests: an event loop whose time() is virtual and whose selector, instead of
# en: sleeping until the next timer, jumps the clock forward. Sleeps of minutes take no real time.
# zh: 测试用的假时钟：这个事件循环的 time() 是虚拟时间，它的 selector 不会真的休眠到下一个定时器到期，
# zh: 而是直接把时钟往前拨。于是长达数分钟的 sleep 也不花任何真实时间。
import asyncio
import selectors
import time


class JumpingSelector(selectors.DefaultSelector):
    def __init__(self, clock):
        super().__init__()
        self.clock = clock

    def select(self, timeout=None):
        events = super().select(0)  # en: never block for real | zh: 从不真正阻塞
        if not events and timeout:
            self.clock.now += timeout  # en: nothing ready: jump to the next timer | zh: 没有就绪的事件：直接跳到下一个定时器
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
    """en: The code under test: exponential back-off of 1, 2, 4, 8... seconds.
    zh: 被测代码：指数退避，依次等待 1、2、4、8……秒。"""
    for attempt in range(10):
        if attempt == attempts_until_success:
            return attempt
        await asyncio.sleep(2**attempt)
    raise RuntimeError("gave up")


async def test_backoff():
    loop = asyncio.get_running_loop()
    start = loop.time()
    assert await fetch_with_retries(4) == 4
    print("virtual seconds waited:", loop.time() - start)  # en: 1 + 2 + 4 + 8 seconds | zh: 1 + 2 + 4 + 8 秒

    try:
        async with asyncio.timeout(60):  # en: timeouts use the same clock | zh: 超时也使用同一个时钟
            await fetch_with_retries(99)
    except TimeoutError:
        print("timed out after virtual seconds:", loop.time() - start - 15)


real_start = time.perf_counter()
with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
    runner.run(test_backoff())
print("real time under 1 s:", time.perf_counter() - real_start < 1)
