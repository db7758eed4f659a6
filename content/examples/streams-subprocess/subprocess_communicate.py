# requires: python>=3.11
# browser: no (starts subprocesses)
# en: Run child processes with pipes: send stdin, collect stdout/stderr and the exit code.
# zh: 通过管道运行子进程：写入 stdin，收集 stdout、stderr 和退出码。
import asyncio
import sys

CHILD = """
import sys
text = sys.stdin.read()
if not text:
    print("nothing to do", file=sys.stderr)
    sys.exit(3)
print(text.upper(), end="")
"""


async def run_child(data: bytes) -> tuple[int, bytes, bytes]:
    # en: exec, not shell: arguments go to the program as a list, no quoting issues.
    # zh: 用 exec 而不是 shell：参数以列表形式交给程序，不存在引号转义问题。
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    # en: communicate() writes stdin, closes it, reads both pipes to EOF and waits:
    # en: no deadlock even if the child writes a lot.
    # zh: communicate() 会写入 stdin 并关闭它，把两个管道都读到 EOF，再等待子进程结束：
    # zh: 即使子进程输出很多，也不会死锁。
    stdout, stderr = await proc.communicate(data)
    return proc.returncode, stdout, stderr


async def main() -> None:
    inputs = [b"first child\n", b"second child\n", b""]
    async with asyncio.TaskGroup() as tg:  # en: the three children run at the same time | zh: 三个子进程同时运行
        tasks = [tg.create_task(run_child(d)) for d in inputs]
    for t in tasks:
        code, out, err = t.result()
        print(f"exit={code} stdout={out!r} stderr={err!r}")


asyncio.run(main())
