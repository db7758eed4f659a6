# requires: python>=3.11
# browser: no (uses threads)
# en: Synchronous code in the main thread drives an event loop running in another thread.
# zh: 主线程里的同步代码驱动运行在另一个线程中的事件循环。
import asyncio
import threading


async def lookup(user_id: int) -> str:
    await asyncio.sleep(0.1)
    return f"user-{user_id}"


def start_loop_thread() -> tuple[asyncio.AbstractEventLoop, threading.Thread]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    return loop, thread


loop, thread = start_loop_thread()

# en: run_coroutine_threadsafe returns a concurrent.futures.Future
# zh: run_coroutine_threadsafe 返回的是 concurrent.futures.Future
futures = [asyncio.run_coroutine_threadsafe(lookup(i), loop) for i in range(3)]
print([f.result(timeout=2) for f in futures])  # en: blocks this thread, not the loop | zh: 阻塞的是当前线程，而不是事件循环

# en: Plain callbacks cross threads with call_soon_threadsafe
# zh: 普通回调用 call_soon_threadsafe 跨线程调度
done = threading.Event()
loop.call_soon_threadsafe(done.set)
print("callback ran:", done.wait(timeout=2))

# en: Stop the loop from its own thread, then close it here
# zh: 在事件循环自己的线程里让它停下，再在这里关闭
loop.call_soon_threadsafe(loop.stop)
thread.join()
loop.close()
print("loop closed:", loop.is_closed())
