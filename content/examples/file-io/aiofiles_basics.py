# requires: python>=3.11
# packages: aiofiles
# en: aiofiles: file objects with awaitable methods. Each call runs in a thread pool;
# en: the gain is not blocking the event loop, not faster disks.
# zh: aiofiles 提供方法可以 await 的文件对象。每次调用都在线程池中运行；
# zh: 好处是不阻塞事件循环，而不是让磁盘变快。
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

        # en: Async iteration reads line by line (one thread hop per line).
        # zh: 异步迭代逐行读取（每读一行就切换一次线程）。
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
