# requires: python>=3.12
# browser: no (Pyodide's event loop does not support task factories)
import asyncio
import time

CACHE = {n: n * n for n in range(1000)}


async def lookup(key, log=None):
    if log is not None:
        log.append(f"start {key}")
    if key in CACHE:  # en: cache hit: finishes without ever awaiting | zh: 缓存命中：一次 await 都没有就结束了
        return CACHE[key]
    await asyncio.sleep(0.01)  # en: cache miss: a real wait | zh: 缓存未命中：真正需要等待
    return key * key


async def show_order(eager):
    if eager:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    log = []
    a = asyncio.create_task(lookup(1, log))
    log.append("created task 1")
    b = asyncio.create_task(lookup(2, log))
    log.append("created task 2")
    await asyncio.gather(a, b)
    return log


async def many_lookups(eager, n=20_000):
    if eager:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    # en: CPU time of this process: what the loop spends, unaffected by other programs on the machine
    # zh: 本进程的 CPU 时间：即事件循环实际的开销，不受机器上其他程序影响
    start = time.process_time()
    tasks = [asyncio.create_task(lookup(i % 1000)) for i in range(n)]
    done_at_once = sum(t.done() for t in tasks)
    await asyncio.gather(*tasks)
    return time.process_time() - start, done_at_once


timings = {}
for eager in (False, True):
    label = "eager" if eager else "default"
    log = asyncio.run(show_order(eager))
    print(f"{label:7}: {' -> '.join(log)}")
    runs = [asyncio.run(many_lookups(eager)) for _ in range(3)]  # en: best of three | zh: 三次取最好成绩
    timings[label] = min(seconds for seconds, _ in runs)
    print(f"{label:7}: {runs[0][1]} of 20000 cache-hit tasks already done after create_task")
ratio = timings["default"] / timings["eager"]
print("eager factory at least 1.2x faster for cache hits:", "yes" if ratio >= 1.2 else "no")
