# requires: python>=3.11
# en: Error handling in queue workers: one bad job must not kill the worker.
# en: Transient errors are retried in place, by the same worker, a bounded number of times
# en: (putting the job back into a bounded queue could raise QueueFull or deadlock);
# en: other errors go to a dead-letter list. CancelledError is not caught by `except Exception`.
# zh: 队列 worker 的错误处理：一个工作项出错，不能拖垮整个 worker。
# zh: 临时性错误由同一个 worker 就地重试，次数有上限
# zh: （把工作项放回有界队列，可能抛出 QueueFull，甚至造成死锁）；
# zh: 其他错误记入死信列表。`except Exception` 捕获不到 CancelledError。
import asyncio

MAX_ATTEMPTS = 3
# en: job -> how many times it fails with ConnectionError
# zh: 工作项 -> 因 ConnectionError 失败的次数
failures_left = {3: 1, 5: 2, 7: 99}


async def process(job: int) -> str:
    await asyncio.sleep(0.02)
    if failures_left.get(job, 0) > 0:
        failures_left[job] -= 1
        raise ConnectionError(f"job {job}: connection reset")
    if job == 6:
        raise ValueError("job 6: malformed payload")  # en: retrying will not help | zh: 重试也没用
    return f"result-{job}"


async def process_with_retries(job: int) -> str:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return await process(job)
        except ConnectionError as e:  # en: transient: wait a little and try again | zh: 临时性错误：稍等片刻再试
            if attempt == MAX_ATTEMPTS:
                raise RuntimeError(f"gave up after {attempt} attempts: {e}") from e
            await asyncio.sleep(0.01 * 2**attempt)
    raise AssertionError("unreachable")


async def worker(queue: asyncio.Queue, results: dict, dead: dict) -> None:
    while True:
        job = await queue.get()
        try:
            results[job] = await process_with_retries(job)
        # en: permanent or exhausted: record it and keep the worker alive
        # zh: 永久性错误或重试次数用完：记录下来，worker 继续运行
        except Exception as e:
            dead[job] = str(e) if isinstance(e, RuntimeError) else f"{type(e).__name__}: {e}"
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)  # en: bounded, as a real pipeline should be | zh: 有界队列，真实的流水线都应如此
    results: dict = {}
    dead: dict = {}
    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(queue, results, dead)) for _ in range(3)]
        for job in range(1, 9):
            await queue.put(job)
        await queue.join()
        for w in workers:
            w.cancel()
    print("succeeded:", sorted(results))
    for job in sorted(dead):
        print(f"dead letter {job}: {dead[job]}")


asyncio.run(main())
