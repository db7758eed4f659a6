# requires: python>=3.11
# packages: asgiref
# browser: no (uses threads)
# asgiref's adapters, as Django uses them: async_to_sync in sync code, sync_to_async in async code.
import asyncio
import threading

from asgiref.sync import async_to_sync, sync_to_async


def orm_query():
    """Stands for a Django ORM call: sync, and bound to one thread's database connection."""
    return threading.current_thread()


async def async_view():
    # thread_sensitive=True (the default) sends every such call to one shared thread (the outer
    # sync thread if there is one), which Django's per-thread database connections need.
    first = await sync_to_async(orm_query)()
    second = await sync_to_async(orm_query)()
    anywhere = await sync_to_async(orm_query, thread_sensitive=False)()  # any thread of a pool
    return first, second, anywhere


def sync_view():
    # async_to_sync runs the coroutine on an event loop and blocks this thread until it is done.
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
