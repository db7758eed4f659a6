# requires: python>=3.11
# browser: no (starts subprocesses)
# en: A timeout on a child process: kill it and reap it, so no zombie is left behind.
# zh: 子进程超时后：杀掉它并回收，不留下僵尸进程。
import asyncio
import sys
import time


async def run(code: str, timeout: float) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(timeout):
            out, _ = await proc.communicate()
    except TimeoutError:
        proc.kill()  # en: the timeout only stopped *waiting*; the child still runs | zh: 超时只是停止了“等待”，子进程仍在运行
        await proc.wait()  # en: reap it; returncode is now set | zh: 回收子进程；此后 returncode 才有值
        return f"timed out, killed (returncode {proc.returncode})"
    return f"finished: {out.decode().strip()} (returncode {proc.returncode})"


async def main() -> None:
    start = time.perf_counter()
    print(await run("print('quick')", timeout=5))
    print(await run("import time; time.sleep(10)", timeout=0.5))
    print(f"elapsed under 3s: {time.perf_counter() - start < 3}")


asyncio.run(main())
