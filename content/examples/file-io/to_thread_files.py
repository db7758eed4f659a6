# requires: python>=3.11
# browser: no (uses threads)
# en: asyncio has no async file API: run blocking file work in a thread with
# en: asyncio.to_thread, and the event loop stays free for other tasks.
# zh: asyncio 没有异步文件 API：用 asyncio.to_thread 把阻塞的文件操作放到线程里，
# zh: 事件循环就能腾出来运行其他任务。
import asyncio
import hashlib
import tempfile
from pathlib import Path


def checksum(path: Path) -> str:
    # en: Plain blocking code: read in chunks, hash. | zh: 普通的阻塞代码：分块读取，计算哈希。
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()[:12]


async def heartbeat(stop: asyncio.Event) -> int:
    beats = 0
    while not stop.is_set():
        beats += 1
        await asyncio.sleep(0.01)
    return beats


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.bin"
        # en: Writing 32 MB takes a moment: do it in a thread too.
        # zh: 写入 32 MB 需要一点时间：也放到线程里做。
        await asyncio.to_thread(big.write_bytes, bytes(32 * 1024 * 1024))

        stop = asyncio.Event()
        beat_task = asyncio.create_task(heartbeat(stop))
        digest = await asyncio.to_thread(checksum, big)
        stop.set()
        print("sha256:", digest)
        print("event loop kept running during the read:", await beat_task > 2)

        # en: Small files: several reads at once, each in its own worker thread.
        # zh: 小文件：同时读取多个，每个在各自的 worker 线程中进行。
        paths = [Path(tmp) / f"part{i}.txt" for i in range(3)]
        for i, p in enumerate(paths):
            p.write_text(f"part {i}\n")  # en: tiny writes: blocking is fine here | zh: 很小的写入：这里阻塞也没关系
        texts = await asyncio.gather(*(asyncio.to_thread(p.read_text) for p in paths))
        print("".join(texts), end="")


asyncio.run(main())
