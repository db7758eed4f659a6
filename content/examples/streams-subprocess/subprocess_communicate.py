# requires: python>=3.11
# browser: no (starts subprocesses)
# Run child processes with pipes: send stdin, collect stdout/stderr and the exit code.
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
    # exec, not shell: arguments go to the program as a list, no quoting issues.
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    # communicate() writes stdin, closes it, reads both pipes to EOF and waits:
    # no deadlock even if the child writes a lot.
    stdout, stderr = await proc.communicate(data)
    return proc.returncode, stdout, stderr


async def main() -> None:
    inputs = [b"first child\n", b"second child\n", b""]
    async with asyncio.TaskGroup() as tg:  # the three children run at the same time
        tasks = [tg.create_task(run_child(d)) for d in inputs]
    for t in tasks:
        code, out, err = t.result()
        print(f"exit={code} stdout={out!r} stderr={err!r}")


asyncio.run(main())
