# requires: python>=3.11
import asyncio

keep_running = True  # en: escape hatch so this demo can end at all | zh: 留一个出口，否则这个示例根本结束不了


async def bad_worker():
    while keep_running:
        try:
            await asyncio.sleep(0.1)  # en: one unit of work | zh: 一个工作单元
        except asyncio.CancelledError:
            print("bad_worker: ignoring cancellation")  # en: bug: swallowed | zh: bug：取消被吞掉了


async def good_worker():
    while True:
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            print("good_worker: cleaning up, then re-raising")
            raise


async def stop(task):
    task.cancel()
    # en: asyncio.wait never cancels and never raises: good for checking.
    # zh: asyncio.wait 既不取消任务，也不抛异常，正适合用来检查状态。
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
    # en: Without the flag, the program would hang here forever, and so would asyncio.run() at exit:
    # en: it cancels leftover tasks and waits for them to finish.
    # zh: 没有这个标志，程序会永远卡在这里；asyncio.run() 退出时也会卡住：
    # zh: 它会取消剩下的任务并等它们结束，而 bad_worker 永远不会结束。
    keep_running = False
    await bad
    print("bad_worker cancelled?", bad.cancelled())


asyncio.run(main())
