# requires: python>=3.11
# browser: no (uses threads)
# en: For small, local files a plain blocking read is fine: it takes microseconds,
# en: while a hop to a worker thread costs more than the read itself.
# zh: 对于本地的小文件，普通的阻塞读取就够了：它只需几微秒，
# zh: 而切换到 worker 线程的开销比读取本身还大。
import asyncio
import tempfile
import time
from pathlib import Path

READS = 500


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "settings.toml"
        config.write_text('name = "shop"\nworkers = 4\n')

        start = time.perf_counter()
        for _ in range(READS):
            config.read_text()  # en: blocks, but only for microseconds | zh: 会阻塞，但只有几微秒
        plain = time.perf_counter() - start

        start = time.perf_counter()
        for _ in range(READS):
            await asyncio.to_thread(config.read_text)
        threaded = time.perf_counter() - start

        print(f"plain read, per call under 1 ms: {plain / READS < 0.001}")
        print(f"to_thread is slower for tiny reads: {threaded > plain}")


asyncio.run(main())
