# requires: python>=3.11
# browser: no (uses threads)
# asyncio has no async file API: run blocking file work in a thread with
# asyncio.to_thread, and the event loop stays free for other tasks.
import asyncio
import hashlib
import tempfile
from pathlib import Path


def checksum(path: Path) -> str:
    # Plain blocking code: read in chunks, hash.
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
        # Writing 32 MB takes a moment: do it in a thread too.
        await asyncio.to_thread(big.write_bytes, bytes(32 * 1024 * 1024))

        stop = asyncio.Event()
        beat_task = asyncio.create_task(heartbeat(stop))
        digest = await asyncio.to_thread(checksum, big)
        stop.set()
        print("sha256:", digest)
        print("event loop kept running during the read:", await beat_task > 2)

        # Small files: several reads at once, each in its own worker thread.
        paths = [Path(tmp) / f"part{i}.txt" for i in range(3)]
        for i, p in enumerate(paths):
            p.write_text(f"part {i}\n")  # tiny writes: blocking is fine here
        texts = await asyncio.gather(*(asyncio.to_thread(p.read_text) for p in paths))
        print("".join(texts), end="")


asyncio.run(main())
