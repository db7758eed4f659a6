# requires: python>=3.11
# packages: anyio
# browser: no (uses threads)
# en: AnyIO's bridges: a blocking portal for sync code outside any loop, and from_thread.run for
# en: worker threads started by to_thread.run_sync.
# zh: AnyIO 的桥接工具：阻塞式 portal 供任何事件循环之外的同步代码使用；
# zh: from_thread.run 供 to_thread.run_sync 启动的工作线程使用。
import anyio
import anyio.from_thread
import anyio.to_thread


async def lookup(key):
    await anyio.sleep(0.01)
    return key.upper()


def sync_helper(key):
    # en: Runs in a worker thread; calls back into the event loop that started it.
    # zh: 在工作线程中运行，再回到启动这个线程的事件循环里执行调用。
    return anyio.from_thread.run(lookup, key)


async def main():
    print("worker thread calling back into the loop:", await anyio.to_thread.run_sync(sync_helper, "abc"))


anyio.run(main)

# en: Sync code with no loop at all: the portal starts one in a thread and closes it on exit.
# zh: 完全没有事件循环的同步代码：portal 在一个线程里启动事件循环，退出时关闭它。
with anyio.from_thread.start_blocking_portal() as portal:
    print("sync code through a portal:", portal.call(lookup, "xyz"))
    # en: a concurrent.futures.Future
    # zh: 一个 concurrent.futures.Future
    future = portal.start_task_soon(lookup, "later")
    print("a task started from sync code:", future.result(timeout=1))
