# requires: python>=3.11
# The three asyncio queue classes differ only in the order items come out.
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

    # PriorityQueue returns the smallest entry first. A counter breaks ties,
    # so two jobs with equal priority never compare their payloads.
    prio = asyncio.PriorityQueue()
    counter = itertools.count()
    jobs = [(2, "send report"), (0, "page on-call"), (1, "retry upload"), (0, "restart db")]
    for priority, job in jobs:
        prio.put_nowait((priority, next(counter), job))
    print("PriorityQueue:", [job for _, _, job in await drain(prio)])

    # Without the counter, equal priorities fall back to comparing payloads.
    bad = asyncio.PriorityQueue()
    bad.put_nowait((0, {"job": "x"}))
    try:
        bad.put_nowait((0, {"job": "y"}))
    except TypeError as e:
        print("no tie-breaker:", type(e).__name__, "-", e)


asyncio.run(main())
