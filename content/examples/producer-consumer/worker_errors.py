# requires: python>=3.11
# Error handling in queue workers: one bad job must not kill the worker.
# Transient errors are retried by putting the job back (a bounded number of times);
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


async def worker(queue: asyncio.Queue, results: dict, dead: dict) -> None:
    while True:
        job, attempt = await queue.get()
        try:
            results[job] = await process(job)
        except ConnectionError as e:  # transient: try again later
            if attempt < MAX_ATTEMPTS:
                queue.put_nowait((job, attempt + 1))  # before task_done(): join() keeps waiting
            else:
                dead[job] = f"gave up after {attempt} attempts: {e}"
        except Exception as e:  # anything else: record it and keep the worker alive
            dead[job] = f"{type(e).__name__}: {e}"
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    results: dict = {}
    dead: dict = {}
    for job in range(1, 9):
        queue.put_nowait((job, 1))
    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(queue, results, dead)) for _ in range(3)]
        await queue.join()
        for w in workers:
            w.cancel()
    print("succeeded:", sorted(results))
    for job in sorted(dead):
        print(f"dead letter {job}: {dead[job]}")


asyncio.run(main())
