# requires: python>=3.11
# browser: no (uses threads)
# For small, local files a plain blocking read is fine: it takes microseconds,
# while a hop to a worker thread costs more than the read itself.
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
            config.read_text()  # blocks, but only for microseconds
        plain = time.perf_counter() - start

        start = time.perf_counter()
        for _ in range(READS):
            await asyncio.to_thread(config.read_text)
        threaded = time.perf_counter() - start

        print(f"plain read, per call under 1 ms: {plain / READS < 0.001}")
        print(f"to_thread is slower for tiny reads: {threaded > plain}")


asyncio.run(main())
