# requires: python>=3.11
# browser: no (uses threads)
# Sync code that needs async libraries: one event loop in a background thread, shared by every call.
import asyncio
import threading


class AsyncRunner:
    """Runs coroutines on a private event loop thread; call submit() from any sync code."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="asyncio-loop", daemon=True)
        self.thread.start()

    def submit(self, coro, timeout=None):
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)  # a concurrent.futures.Future
        return future.result(timeout)  # blocks this (sync) thread only

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
    await asyncio.sleep(0.05)  # an async client call, a pool shared by all calls
    return f"{name} from {threading.current_thread().name}"


async def fetch_many(names):
    return await asyncio.gather(*(fetch(n) for n in names))


def legacy_sync_view():
    """A sync function (a Flask view, a CLI command, a Celery task) using async code."""
    print(runner.submit(fetch("profile"), timeout=1))
    print(runner.submit(fetch_many(["orders", "invoices"]), timeout=1))


runner = AsyncRunner()
try:
    legacy_sync_view()
    legacy_sync_view()  # the same loop, and the same connection pools, on every call
finally:
    runner.close()
print("loop closed:", runner.loop.is_closed())
