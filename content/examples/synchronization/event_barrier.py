# requires: python>=3.11
# en: Event: one task signals many. Barrier (3.11+): peers wait for each other.
# zh: Event：一个任务通知多个任务。Barrier（Python 3.11 起）：几个对等的任务互相等待。
import asyncio


async def worker(
    name: str, work: float, start: asyncio.Event, phase_end: asyncio.Barrier
) -> None:
    await start.wait()  # en: every worker waits for the same signal | zh: 所有 worker 等的是同一个信号
    await asyncio.sleep(work)  # en: phase 1 takes a different time per worker | zh: 每个 worker 完成阶段 1 的耗时各不相同
    print(f"{name}: phase 1 done")
    index = await phase_end.wait()  # en: nobody continues until all 3 arrive | zh: 3 个都到齐之前，谁也不能继续
    if index == 0:  # en: exactly one waiter gets index 0 | zh: 恰好有一个等待者拿到序号 0
        print("all workers finished phase 1")


async def main() -> None:
    start = asyncio.Event()
    phase_end = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("w1", 0.1, start, phase_end))
        tg.create_task(worker("w2", 0.3, start, phase_end))
        tg.create_task(worker("w3", 0.2, start, phase_end))
        await asyncio.sleep(0.1)  # en: e.g. load configuration first | zh: 比如先加载配置
        print("main: start.set()")
        start.set()  # en: wakes all waiters; later wait() calls return at once | zh: 唤醒所有等待者；之后再调用 wait() 会立即返回
    print("event set:", start.is_set(), "| barrier broken:", phase_end.broken)


asyncio.run(main())
