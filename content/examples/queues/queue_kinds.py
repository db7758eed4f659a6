# requires: python>=3.11
# en: The three asyncio queue classes differ only in the order items come out.
# zh: asyncio 的三种队列类只有一处不同：元素出队的顺序。
import asyncio
import itertools


async def drain(queue: asyncio.Queue) -> list:
    items = []
    while not queue.empty():
        items.append(queue.get_nowait())
    return items


async def main() -> None:
    words = ["a", "b", "c", "d"]

    fifo = asyncio.Queue()
    lifo = asyncio.LifoQueue()
    for w in words:
        fifo.put_nowait(w)
        lifo.put_nowait(w)
    print("Queue:        ", await drain(fifo))
    print("LifoQueue:    ", await drain(lifo))

    # en: PriorityQueue returns the smallest entry first. A counter breaks ties,
    # en: so two jobs with equal priority never compare their payloads.
    # zh: PriorityQueue 先返回最小的条目。计数器用来区分优先级相同的条目，
    # zh: 这样同优先级的两个工作项就不会去比较各自的数据。
    prio = asyncio.PriorityQueue()
    counter = itertools.count()
    jobs = [(2, "send report"), (0, "page on-call"), (1, "retry upload"), (0, "restart db")]
    for priority, job in jobs:
        prio.put_nowait((priority, next(counter), job))
    print("PriorityQueue:", [job for _, _, job in await drain(prio)])

    # en: Without the counter, equal priorities fall back to comparing payloads.
    # zh: 没有计数器，优先级相同时就只能接着比较数据本身。
    bad = asyncio.PriorityQueue()
    bad.put_nowait((0, {"job": "x"}))
    try:
        bad.put_nowait((0, {"job": "y"}))
    except TypeError as e:
        print("no tie-breaker:", type(e).__name__, "-", e)


asyncio.run(main())
