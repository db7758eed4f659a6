# requires: python>=3.11
# browser: no (uses threads)
# Context variables: to_thread copies them, plain run_in_executor does not.
import asyncio
import contextvars
import functools

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def log_line(msg: str) -> str:
    # Runs in a worker thread; reads the context variable there.
    return f"[{request_id.get()}] {msg}"


async def handle(rid: str) -> None:
    request_id.set(rid)
    loop = asyncio.get_running_loop()

    print("to_thread:       ", await asyncio.to_thread(log_line, "saved"))
    print("run_in_executor: ", await loop.run_in_executor(None, log_line, "saved"))

    # Fix: copy the current context and run the function inside it.
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, log_line, "saved")
    print("ctx.run:         ", await loop.run_in_executor(None, call))


asyncio.run(handle("req-42"))
