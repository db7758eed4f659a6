# requires: python>=3.14
# en: asyncio.capture_call_graph() shows which coroutines a task is in
# en: and which tasks are waiting for it.
# zh: asyncio.capture_call_graph() 显示一个任务当前停在哪些协程里，
# zh: 以及哪些任务在等待它。
import asyncio


def show_graph(task: asyncio.Task) -> None:
    graph = asyncio.capture_call_graph(task)
    print(f"task {task.get_name()}")
    for entry in graph.call_stack:  # en: innermost frame first | zh: 最内层的帧在前
        print("  in", entry.frame.f_code.co_name)
    for parent in graph.awaited_by:
        print("  awaited by", parent.future.get_name())


async def read_row() -> None:
    await asyncio.sleep(0.2)


async def load_user() -> None:
    await read_row()


async def main() -> None:
    asyncio.current_task().set_name("main")
    async with asyncio.TaskGroup() as tg:
        worker = tg.create_task(load_user(), name="worker")
        await asyncio.sleep(0.05)  # en: let the worker reach its await | zh: 让 worker 运行到它的 await 处
        show_graph(worker)  # en: print_call_graph(worker) prints a similar tree | zh: print_call_graph(worker) 会打印类似的树


asyncio.run(main())
