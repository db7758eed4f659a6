# requires: python>=3.11
import asyncio

keep_running = True  # escape hatch so this demo can end at all


async def bad_worker():
    while keep_running:
        try:
            await asyncio.sleep(0.1)  # one unit of work
        except asyncio.CancelledError:
            print("bad_worker: ignoring cancellation")  # bug: swallowed


async def good_worker():
    while True:
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            print("good_worker: cleaning up, then re-raising")
            raise


async def stop(task):
    task.cancel()
    # asyncio.wait never cancels and never raises: good for checking.
    done, pending = await asyncio.wait({task}, timeout=0.25)
    state = "stopped" if task in done else "STILL RUNNING"
    print(f"{task.get_name()}: {state}")


async def main():
    global keep_running
    good = asyncio.create_task(good_worker(), name="good_worker")
    bad = asyncio.create_task(bad_worker(), name="bad_worker")
    await asyncio.sleep(0.05)
    await stop(good)
    await stop(bad)
    # Without the flag, asyncio.run() would hang here forever: at exit it
    # cancels leftover tasks and waits for them to finish.
    keep_running = False
    await bad
    print("bad_worker cancelled?", bad.cancelled())


asyncio.run(main())
