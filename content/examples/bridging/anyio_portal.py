# requires: python>=3.11
# packages: anyio
# browser: no (uses threads)
# AnyIO's bridges: a blocking portal for sync code outside any loop, and from_thread.run for
# worker threads started by to_thread.run_sync.
import anyio
import anyio.from_thread
import anyio.to_thread


async def lookup(key):
    await anyio.sleep(0.01)
    return key.upper()


def sync_helper(key):
    # Runs in a worker thread; calls back into the event loop that started it.
    return anyio.from_thread.run(lookup, key)


async def main():
    print("worker thread calling back into the loop:", await anyio.to_thread.run_sync(sync_helper, "abc"))


anyio.run(main)

# Sync code with no loop at all: the portal starts one in a thread and closes it on exit.
with anyio.from_thread.start_blocking_portal() as portal:
    print("sync code through a portal:", portal.call(lookup, "xyz"))
    future = portal.start_task_soon(lookup, "later")  # a concurrent.futures.Future
    print("a task started from sync code:", future.result(timeout=1))
