# requires: python>=3.11
# browser: no (uses threads and processes)
# loop.run_in_executor with a thread pool (blocking I/O) and a process pool (CPU work).
import asyncio
import concurrent.futures
import functools
import time


def read_config(path: str, *, encoding: str = "utf-8") -> str:
    time.sleep(0.2)  # blocking I/O
    return f"{path} ({encoding})"


def count_primes(limit: int) -> int:
    # Pure-Python CPU work: threads would not help because of the GIL.
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


async def main() -> None:
    loop = asyncio.get_running_loop()

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        # run_in_executor passes positional args only: use functools.partial for keywords.
        calls = [
            loop.run_in_executor(pool, functools.partial(read_config, f"app{i}.toml", encoding="ascii"))
            for i in range(4)
        ]
        print("threads:", await asyncio.gather(*calls))

    # The function and its arguments are pickled and sent to other processes,
    # so the function must be importable (defined at module top level).
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        limits = [20_000, 30_000]
        counts = await asyncio.gather(*(loop.run_in_executor(pool, count_primes, n) for n in limits))
        print("processes:", dict(zip(limits, counts)))


if __name__ == "__main__":  # required: pool workers re-import this module
    asyncio.run(main())
