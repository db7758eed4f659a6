# requires: python>=3.11
"""en: I/O-bound coroutines interleave; CPU-bound ones run one after another.
zh: I/O 密集型协程交错执行；CPU 密集型协程一个接一个地运行。"""
import asyncio
import time


async def io_job(name: str, log: list[str]) -> None:
    log.append(f"{name} start")
    await asyncio.sleep(0.2)  # en: waiting: the loop can run other tasks | zh: 在等待：事件循环可以运行其他任务
    log.append(f"{name} end")


async def cpu_job(name: str, log: list[str]) -> None:
    log.append(f"{name} start")
    sum(i * i for i in range(300_000))  # en: computing: nobody else runs | zh: 在计算：别的任务都无法运行
    log.append(f"{name} end")


async def run(job) -> float:
    log: list[str] = []
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in ("A", "B", "C"):
            tg.create_task(job(name, log))
    elapsed = time.perf_counter() - start
    print(f"{job.__name__}: {', '.join(log)}")
    return elapsed


async def main() -> None:
    io_time = await run(io_job)
    # en: in a row they would take 0.6 s | zh: 依次执行的话要 0.6 秒
    took = "under 0.4s" if io_time < 0.4 else f"{io_time:.2f}s"
    print(f"  three 0.2 s waits overlapped: {took} in total")
    await run(cpu_job)
    print("  the CPU-bound jobs never overlapped: async adds no parallelism")


asyncio.run(main())
