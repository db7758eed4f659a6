# requires: python>=3.11
# browser: no (starts subprocesses)
# Read a child's output line by line while it is still running.
import asyncio
import sys

CHILD = """
import time
for step in range(1, 4):
    print(f"step {step}/3", flush=True)  # flush, or the lines arrive all at once
    time.sleep(0.2)
print("done", flush=True)
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    assert proc.stdout is not None
    async for line in proc.stdout:  # a StreamReader: one line per iteration
        print("child says:", line.decode().rstrip())
    # stdout is at EOF, so waiting cannot deadlock on a full pipe.
    print("exit code:", await proc.wait())


asyncio.run(main())
