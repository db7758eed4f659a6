# requires: python>=3.11
"""en: The order in which the event loop runs callbacks and coroutine steps.
zh: 事件循环按什么顺序执行回调和协程的各个步骤。"""
import asyncio


def callback(label: str) -> None:
    print(f"callback {label}")


async def coro(label: str) -> None:
    print(f"coroutine {label}: step 1")
    await asyncio.sleep(0)  # en: yield to the loop once | zh: 把控制权交还给事件循环一次
    print(f"coroutine {label}: step 2")


async def main() -> None:
    loop = asyncio.get_running_loop()
    # en: Timers run by due time, not in the order they were scheduled.
    # zh: 定时回调按到期时间执行，与安排的先后无关。
    loop.call_later(0.5, callback, "C (call_later 0.5 s)")
    loop.call_later(0.1, callback, "B (call_later 0.1 s)")
    loop.call_soon(callback, "A1 (call_soon)")
    task = asyncio.create_task(coro("T"))
    loop.call_soon(callback, "A2 (call_soon)")
    print("main: everything scheduled, nothing has run yet")

    await asyncio.sleep(0.6)  # en: main suspends; the loop runs the rest | zh: main 挂起，其余的交给事件循环执行
    print(f"main: task done = {task.done()}")


asyncio.run(main())
