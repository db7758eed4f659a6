# requires: python>=3.11
# Error handling in queue workers: one bad job must not kill the worker.
# Transient errors are retried in place, by the same worker, a bounded number of times
# (putting the job back into a bounded queue could raise QueueFull or deadlock);
# other errors go to a dead-letter list. CancelledError is not caught by `except Exception`.
import asyncio

MAX_ATTEMPTS = 3
failures_left = {3: 1, 5: 2, 7: 99}  # job -> how many times it fails with ConnectionError


async def process(job: int) -> str:
    await asyncio.sleep(0.02)
    if failures_left.get(job, 0) > 0:
        failures_left[job] -= 1
        raise ConnectionError(f"job {job}: connection reset")
    if job == 6:
        raise ValueError("job 6: malformed payload")  # retrying will not help
    return f"result-{job}"


async def process_with_retries(job: int) -> str:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return await process(job)
        except ConnectionError as e:  # transient: wait a little and try again
            if attempt == MAX_ATTEMPTS:
                raise RuntimeError(f"gave up after {attempt} attempts: {e}") from e
            await asyncio.sleep(0.01 * 2**attempt)
    raise AssertionError("unreachable")


async def worker(queue: asyncio.Queue, results: dict, dead: dict) -> None:
    while True:
        job = await queue.get()
        try:
            results[job] = await process_with_retries(job)
        except Exception as e:  # permanent or exhausted: record it and keep the worker alive
            dead[job] = str(e) if isinstance(e, RuntimeError) else f"{type(e).__name__}: {e}"
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)  # bounded, as a real pipeline should be
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
