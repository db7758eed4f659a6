# requires: python>=3.11
# packages: asgiref
# browser: no (uses threads)
# en: asgiref's adapters, as Django uses them: async_to_sync in sync code, sync_to_async in async code.
# zh: asgiref 的适配器，用法同 Django：同步代码里用 async_to_sync，异步代码里用 sync_to_async。
import asyncio
import threading

from asgiref.sync import async_to_sync, sync_to_async


def orm_query():
    """en: Stands for a Django ORM call: sync, and bound to one thread's database connection.
    zh: 模拟一次 Django ORM 调用：同步执行，且绑定在某个线程的数据库连接上。"""
    return threading.current_thread()


async def async_view():
    # en: thread_sensitive=True (the default) sends every such call to one shared thread (the outer
    # en: sync thread if there is one), which Django's per-thread database connections need.
    # zh: thread_sensitive=True（默认值）把所有这类调用都交给同一个共享线程（如果外层有同步线程，就用它）。
    # zh: Django 的数据库连接按线程管理，必须这样做。
    first = await sync_to_async(orm_query)()
    second = await sync_to_async(orm_query)()
    anywhere = await sync_to_async(orm_query, thread_sensitive=False)()  # en: any thread of a pool | zh: 线程池中的任意线程
    return first, second, anywhere


def sync_view():
    # en: async_to_sync runs the coroutine on an event loop and blocks this thread until it is done.
    # zh: async_to_sync 在事件循环上运行协程，并阻塞当前线程直到协程结束。
    return async_to_sync(async_view)()


first, second, anywhere = sync_view()
main_thread = threading.main_thread()
print("sync code -> async_to_sync -> sync_to_async runs in the calling thread:", first is main_thread)


async def main():
    first, second, anywhere = await async_view()
    print("from async code, thread-sensitive calls share one thread:", first is second)
    print("... which is not the event loop's thread:", first is not threading.current_thread())
    print("thread_sensitive=False uses another thread:", anywhere is not first)


asyncio.run(main())
