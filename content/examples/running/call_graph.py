# requires: python>=3.14
# asyncio.capture_call_graph() shows which coroutines a task is in
# and which tasks are waiting for it.
import asyncio


def show_graph(task: asyncio.Task) -> None:
    graph = asyncio.capture_call_graph(task)
    print(f"task {task.get_name()}")
    for entry in graph.call_stack:  # innermost frame first
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
        await asyncio.sleep(0.05)  # let the worker reach its await
        show_graph(worker)  # print_call_graph(worker) prints a similar tree


asyncio.run(main())
