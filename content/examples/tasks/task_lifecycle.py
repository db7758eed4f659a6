# requires: python>=3.11
import asyncio


async def work(value, fail=False):
    await asyncio.sleep(0.1)
    if fail:
        raise ValueError(f"bad value {value}")
    return value * 2


def describe(task):
    if not task.done():
        return "pending"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed with {task.exception()!r}"
    return f"finished, result={task.result()}"


async def main():
    ok = asyncio.create_task(work(21), name="ok")
    bad = asyncio.create_task(work(0, fail=True), name="bad")
    slow = asyncio.create_task(asyncio.sleep(10), name="slow")
    for t in (ok, bad, slow):
        t.add_done_callback(lambda task: print(f"  (done callback: {task.get_name()})"))

    for t in (ok, bad, slow):
        print(f"{t.get_name()}: {describe(t)}")
    try:
        ok.result()  # en: asking too early | zh: 过早读取结果
    except asyncio.InvalidStateError as e:
        print(f"{type(e).__name__}: {e}")

    await asyncio.sleep(0.2)  # en: let ok and bad finish | zh: 等 ok 和 bad 执行完
    slow.cancel()
    await asyncio.sleep(0.1)  # en: let the cancellation be delivered | zh: 等取消送达
    print("--- later")
    for t in (ok, bad, slow):
        print(f"{t.get_name()}: {describe(t)}")


asyncio.run(main())
