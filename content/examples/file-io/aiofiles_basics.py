# requires: python>=3.11
# packages: aiofiles
# aiofiles: file objects with awaitable methods. Each call runs in a thread pool;
# the gain is not blocking the event loop, not faster disks.
import asyncio
import tempfile
from pathlib import Path

import aiofiles
import aiofiles.os


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "access.log"

        async with aiofiles.open(log, "w", encoding="utf-8") as f:
            for i in range(5):
                await f.write(f"GET /item/{i} {200 if i != 3 else 500}\n")

        # Async iteration reads line by line (one thread hop per line).
        errors = []
        async with aiofiles.open(log, encoding="utf-8") as f:
            async for line in f:
                if line.rstrip().endswith("500"):
                    errors.append(line.split()[1])
        print("errors:", errors)

        stat = await aiofiles.os.stat(log)
        print("size:", stat.st_size, "bytes")
        await aiofiles.os.rename(log, log.with_suffix(".old"))
        print("files:", sorted(p.name for p in Path(tmp).iterdir()))


asyncio.run(main())
