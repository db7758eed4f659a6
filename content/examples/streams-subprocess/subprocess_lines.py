# requires: python>=3.11
# browser: no (starts subprocesses)
# en: Read a child's output line by line while it is still running.
# zh: 在子进程仍在运行时，逐行读取它的输出。
import asyncio
import sys

# en: The child flushes each line, or the lines would arrive all at once.
# zh: 子进程每打印一行都要 flush，否则这些行会一次性到达。
CHILD = """
import time
for step in range(1, 4):
    print(f"step {step}/3", flush=True)
    time.sleep(0.2)
print("done", flush=True)
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    assert proc.stdout is not None
    async for line in proc.stdout:  # en: a StreamReader: one line per iteration | zh: 它是一个 StreamReader：每次迭代得到一行
        print("child says:", line.decode().rstrip())
    # en: stdout is at EOF, so waiting cannot deadlock on a full pipe.
    # zh: stdout 已经读到 EOF，所以这里等待不会因为管道写满而死锁。
    print("exit code:", await proc.wait())


asyncio.run(main())
