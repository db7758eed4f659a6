# requires: python>=3.11
# browser: no (starts subprocesses)
# A timeout on a child process: kill it and reap it, so no zombie is left behind.
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
        proc.kill()  # the timeout only stopped *waiting*; the child still runs
        await proc.wait()  # reap it; returncode is now set
        return f"timed out, killed (returncode {proc.returncode})"
    return f"finished: {out.decode().strip()} (returncode {proc.returncode})"


async def main() -> None:
    start = time.perf_counter()
    print(await run("print('quick')", timeout=5))
    print(await run("import time; time.sleep(10)", timeout=0.5))
    print(f"elapsed under 3s: {time.perf_counter() - start < 3}")


asyncio.run(main())
