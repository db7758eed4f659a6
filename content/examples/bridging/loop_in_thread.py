# requires: python>=3.11
# browser: no (uses threads)
# en: Sync code that needs async libraries: one event loop in a background thread, shared by every call.
# zh: 同步代码要用异步库：在一个后台线程里运行一个事件循环，所有调用共用它。
import asyncio
import threading


class AsyncRunner:
    """en: Runs coroutines on a private event loop thread; call submit() from any sync code.
    zh: 在私有的事件循环线程上运行协程；任何同步代码都可以调用 submit()。"""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="asyncio-loop", daemon=True)
        self.thread.start()

    def submit(self, coro, timeout=None):
        # en: a concurrent.futures.Future
        # zh: 一个 concurrent.futures.Future
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return future.result(timeout)  # en: blocks this (sync) thread only | zh: 只阻塞当前这个（同步）线程

    def close(self):
        async def shutdown():
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.loop.shutdown_asyncgens()

        self.submit(shutdown())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


async def fetch(name):
    await asyncio.sleep(0.05)  # en: an async client call, a pool shared by all calls | zh: 一次异步客户端调用，所有调用共用一个连接池
    return f"{name} from {threading.current_thread().name}"


async def fetch_many(names):
    return await asyncio.gather(*(fetch(n) for n in names))


def legacy_sync_view():
    """en: A sync function (a Flask view, a CLI command, a Celery task) using async code.
    zh: 使用异步代码的同步函数（Flask 视图函数、CLI 命令、Celery 任务）。"""
    print(runner.submit(fetch("profile"), timeout=1))
    print(runner.submit(fetch_many(["orders", "invoices"]), timeout=1))


runner = AsyncRunner()
try:
    legacy_sync_view()
    legacy_sync_view()  # en: the same loop, and the same connection pools, on every call | zh: 每次调用都用同一个事件循环，也就用同一批连接池
finally:
    runner.close()
print("loop closed:", runner.loop.is_closed())
