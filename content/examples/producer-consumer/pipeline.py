# requires: python>=3.11
# en: A three-stage pipeline: download -> parse -> save, joined by bounded queues.
# en: Each stage has its own number of workers; maxsize gives back-pressure between stages;
# en: the pipeline shuts down stage by stage with join() and cancel().
# zh: 三级流水线：下载 -> 解析 -> 保存，各级之间用有界队列相连。
# zh: 每一级有各自数量的 worker；maxsize 在相邻两级之间形成背压；
# zh: 收尾时用 join() 和 cancel() 逐级关闭。
import asyncio

peak: dict[str, int] = {}  # en: the largest size each queue reached | zh: 每个队列达到过的最大长度


def note_size(name: str, queue: asyncio.Queue) -> None:
    peak[name] = max(peak.get(name, 0), queue.qsize())


async def download(inbox: asyncio.Queue, outbox: asyncio.Queue) -> None:
    while True:
        url = await inbox.get()
        try:
            await asyncio.sleep(0.05)  # en: network I/O | zh: 网络 I/O
            await outbox.put((url, f"<html>{url}</html>"))  # en: waits while outbox is full | zh: outbox 满时在此等待
            note_size("pages", outbox)
        finally:
            inbox.task_done()


async def parse(inbox: asyncio.Queue, outbox: asyncio.Queue) -> None:
    while True:
        url, html = await inbox.get()
        try:
            await asyncio.sleep(0.1)  # en: the slow stage | zh: 最慢的一级
            await outbox.put((url, len(html)))
        finally:
            inbox.task_done()


async def save(inbox: asyncio.Queue, saved: list) -> None:
    while True:
        url, size = await inbox.get()
        try:
            await asyncio.sleep(0.01)  # en: database write | zh: 写数据库
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
        for n in range(12):  # en: the producer: waits whenever `urls` is full | zh: 生产者：`urls` 一满就等待
            await urls.put(f"/page/{n}")
            note_size("urls", urls)
        for queue, workers in stages:  # en: upstream first: its output feeds the next stage | zh: 先处理上游：它的输出是下一级的输入
            await queue.join()  # en: every item of this stage is fully processed | zh: 这一级的每一项都已处理完毕
            for worker in workers:
                # en: idle workers blocked in get(): safe to cancel
                # zh: 空闲的 worker 都阻塞在 get() 上，可以放心取消
                worker.cancel()
    print("saved:", len(saved), "records, e.g.", sorted(saved)[:2])
    print("peak queue sizes:", peak, "(full, but never above maxsize)")


asyncio.run(main())
