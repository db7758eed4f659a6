# requires: python>=3.11
# en: Producer/consumer that terminates: wait with queue.join(), then cancel the workers.
# zh: 能正常结束的生产者-消费者：先用 queue.join() 等待，再取消各个 worker。
import asyncio
import time


async def worker(name: str, queue: asyncio.Queue, done: list) -> None:
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(job * 0.1)  # en: simulate I/O that takes job * 0.1 s | zh: 模拟耗时 job * 0.1 秒的 I/O
            done.append(name)
        finally:
            queue.task_done()  # en: exactly once per get(), even if the job fails | zh: 每次 get() 恰好对应一次，工作项出错也不例外


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    done: list[str] = []
    start = time.perf_counter()

    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    for job in [3, 1, 2, 1, 2, 3]:
        queue.put_nowait(job)

    await queue.join()  # en: returns when every item got its task_done() | zh: 队列里每一项都有了对应的 task_done() 才返回
    for w in workers:
        w.cancel()  # en: workers sit in queue.get() forever otherwise | zh: 否则 worker 会一直停在 queue.get() 上
    outcomes = await asyncio.gather(*workers, return_exceptions=True)

    print("jobs done:", len(done))
    print("worker outcomes:", [type(o).__name__ for o in outcomes])
    elapsed = time.perf_counter() - start
    print(f"finished in under 0.8s (one worker would need 1.2s): {elapsed < 0.8}")


asyncio.run(main())
