# requires: python>=3.11
# en: asyncio.wait returns (done, pending) sets; it never cancels what is pending.
# zh: asyncio.wait 返回 (done, pending) 两个集合；没完成的任务，它一个也不会取消。
import asyncio


async def mirror(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name


async def main() -> None:
    # en: wait() needs tasks (bare coroutines are refused since 3.11)
    # zh: wait() 只接受任务（3.11 起直接传协程会报错）
    tasks = [
        asyncio.create_task(mirror("mirror-eu", 0.3), name="eu"),
        asyncio.create_task(mirror("mirror-us", 0.1), name="us"),
        asyncio.create_task(mirror("mirror-asia", 0.2), name="asia"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("winner:", [t.result() for t in done])
    print("still pending:", sorted(t.get_name() for t in pending))

    # en: Nothing was cancelled for us: do it explicitly and wait for it.
    # zh: wait() 不会替我们取消任何任务：要自己显式取消，并等取消完成。
    for t in pending:
        t.cancel()
    if pending:  # en: wait() raises ValueError on an empty set | zh: 传入空集合时，wait() 会抛出 ValueError
        await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))

    # en: With a timeout, wait() simply returns; unfinished tasks keep running.
    # zh: 设了超时，时间一到 wait() 就直接返回；没完成的任务继续运行。
    slow = asyncio.create_task(mirror("slow", 0.3))
    done, pending = await asyncio.wait({slow}, timeout=0.1)
    print(f"after timeout: done={len(done)} pending={len(pending)}")
    print("slow result later:", await slow)


asyncio.run(main())
