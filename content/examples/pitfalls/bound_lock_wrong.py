# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# en: Wrong: a module-level asyncio.Lock reused by two asyncio.run() calls.
# zh: 错误做法：两次 asyncio.run() 调用共用一个模块级的 asyncio.Lock。
import asyncio
import re

lock = asyncio.Lock()  # en: created at import time, not bound to a loop yet | zh: 导入时创建，此时尚未绑定事件循环


async def worker(n: int) -> None:
    async with lock:  # en: the first contended acquire binds the lock to this loop | zh: 第一次发生争用的 acquire 把锁绑定到当前事件循环
        await asyncio.sleep(0.1)


async def job() -> str:
    await asyncio.gather(worker(1), worker(2))
    return "ok"


print("first run:", asyncio.run(job()))  # en: a new event loop | zh: 新的事件循环
try:
    print("second run:", asyncio.run(job()))  # en: another new event loop | zh: 又一个新的事件循环
except RuntimeError as e:
    print("second run:", type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))
