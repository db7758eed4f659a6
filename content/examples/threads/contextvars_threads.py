# requires: python>=3.11
# browser: no (uses threads)
# en: Context variables: to_thread copies them, plain run_in_executor does not.
# zh: 上下文变量：to_thread 会复制它们，直接调用 run_in_executor 则不会。
import asyncio
import contextvars
import functools

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def log_line(msg: str) -> str:
    # en: Runs in a worker thread; reads the context variable there.
    # zh: 在工作线程中运行，并在那里读取上下文变量。
    return f"[{request_id.get()}] {msg}"


async def handle(rid: str) -> None:
    request_id.set(rid)
    loop = asyncio.get_running_loop()

    print("to_thread:       ", await asyncio.to_thread(log_line, "saved"))
    print("run_in_executor: ", await loop.run_in_executor(None, log_line, "saved"))

    # en: Fix: copy the current context and run the function inside it.
    # zh: 修正方法：复制当前上下文，在这个上下文里运行函数。
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, log_line, "saved")
    print("ctx.run:         ", await loop.run_in_executor(None, call))


asyncio.run(handle("req-42"))
