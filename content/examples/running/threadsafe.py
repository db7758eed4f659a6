# requires: python>=3.11
# browser: no (uses threads)
# Synchronous code in the main thread drives an event loop running in another thread.
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

# run_coroutine_threadsafe returns a concurrent.futures.Future
futures = [asyncio.run_coroutine_threadsafe(lookup(i), loop) for i in range(3)]
print([f.result(timeout=2) for f in futures])  # blocks this thread, not the loop

# Plain callbacks cross threads with call_soon_threadsafe
done = threading.Event()
loop.call_soon_threadsafe(done.set)
print("callback ran:", done.wait(timeout=2))

# Stop the loop from its own thread, then close it here
loop.call_soon_threadsafe(loop.stop)
thread.join()
loop.close()
print("loop closed:", loop.is_closed())
