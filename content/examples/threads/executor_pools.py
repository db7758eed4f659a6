# requires: python>=3.11
# browser: no (uses threads and processes)
# en: loop.run_in_executor with a thread pool (blocking I/O) and a process pool (CPU work).
# zh: loop.run_in_executor 搭配线程池（处理阻塞 I/O）和进程池（处理 CPU 密集型工作）。
import asyncio
import concurrent.futures
import functools
import time


def read_config(path: str, *, encoding: str = "utf-8") -> str:
    time.sleep(0.2)  # en: blocking I/O | zh: 阻塞 I/O
    return f"{path} ({encoding})"


def count_primes(limit: int) -> int:
    # en: Pure-Python CPU work: threads would not help because of the GIL.
    # zh: 纯 Python 的 CPU 密集型计算：受 GIL 限制，多线程帮不上忙。
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


async def main() -> None:
    loop = asyncio.get_running_loop()

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        # en: run_in_executor passes positional args only: use functools.partial for keywords.
        # zh: run_in_executor 只能传位置参数：关键字参数要借助 functools.partial。
        calls = [
            loop.run_in_executor(pool, functools.partial(read_config, f"app{i}.toml", encoding="ascii"))
            for i in range(4)
        ]
        print("threads:", await asyncio.gather(*calls))

    # en: The function and its arguments are pickled and sent to other processes,
    # en: so the function must be importable (defined at module top level).
    # zh: 函数及其参数会经 pickle 序列化后发送到其他进程，
    # zh: 所以函数必须能被导入（定义在模块顶层）。
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        limits = [20_000, 30_000]
        counts = await asyncio.gather(*(loop.run_in_executor(pool, count_primes, n) for n in limits))
        print("processes:", dict(zip(limits, counts)))


if __name__ == "__main__":  # en: required: pool workers re-import this module | zh: 必不可少：进程池的 worker 会重新导入本模块
    asyncio.run(main())
