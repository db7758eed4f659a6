# requires: python>=3.11
# A three-stage pipeline: download -> parse -> save, joined by bounded queues.
# Each stage has its own number of workers; maxsize gives back-pressure between stages;
# the pipeline shuts down stage by stage with join() and cancel().
import asyncio

peak: dict[str, int] = {}  # the largest size each queue reached


def note_size(name: str, queue: asyncio.Queue) -> None:
    peak[name] = max(peak.get(name, 0), queue.qsize())


async def download(inbox: asyncio.Queue, outbox: asyncio.Queue) -> None:
    while True:
        url = await inbox.get()
        try:
            await asyncio.sleep(0.05)  # network I/O
            await outbox.put((url, f"<html>{url}</html>"))  # waits while outbox is full
            note_size("pages", outbox)
        finally:
            inbox.task_done()


async def parse(inbox: asyncio.Queue, outbox: asyncio.Queue) -> None:
    while True:
        url, html = await inbox.get()
        try:
            await asyncio.sleep(0.1)  # the slow stage
            await outbox.put((url, len(html)))
        finally:
            inbox.task_done()


async def save(inbox: asyncio.Queue, saved: list) -> None:
    while True:
        url, size = await inbox.get()
        try:
            await asyncio.sleep(0.01)  # database write
            saved.append((url, size))
        finally:
            inbox.task_done()


async def main() -> None:
    urls: asyncio.Queue = asyncio.Queue(maxsize=4)
    pages: asyncio.Queue = asyncio.Queue(maxsize=2)
    records: asyncio.Queue = asyncio.Queue(maxsize=2)
    saved: list = []
    async with asyncio.TaskGroup() as tg:
        stages = [
            (urls, [tg.create_task(download(urls, pages)) for _ in range(3)]),
            (pages, [tg.create_task(parse(pages, records)) for _ in range(2)]),
            (records, [tg.create_task(save(records, saved))]),
        ]
        for n in range(12):  # the producer: waits whenever `urls` is full
            await urls.put(f"/page/{n}")
            note_size("urls", urls)
        for queue, workers in stages:  # upstream first: its output feeds the next stage
            await queue.join()  # every item of this stage is fully processed
            for worker in workers:
                worker.cancel()  # idle workers blocked in get(): safe to cancel
    print("saved:", len(saved), "records, e.g.", sorted(saved)[:2])
    print("peak queue sizes:", peak, "(full, but never above maxsize)")


asyncio.run(main())
