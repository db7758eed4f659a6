# requires: python>=3.11
# en: Right: keep strong references to background tasks and collect their results.
# zh: 正确做法：对后台任务保持强引用，并取回它们的结果。
import asyncio

audit_log: list[str] = []
background: set[asyncio.Task] = set()


async def write_audit(event: str) -> None:
    await asyncio.sleep(0.2)
    audit_log.append(event)


async def send_email(user: str) -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError(f"mail server refused {user}")


def on_done(task: asyncio.Task) -> None:
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        print(f"{task.get_name()} failed: {task.exception()!r}")


def spawn(coro, name: str) -> asyncio.Task:
    task = asyncio.create_task(coro, name=name)
    background.add(task)          # en: strong reference until it finishes | zh: 任务结束前一直保持强引用
    task.add_done_callback(on_done)
    return task


async def main() -> None:
    spawn(send_email("ann"), "email")
    spawn(write_audit("login"), "audit")
    await asyncio.sleep(0.15)
    # en: Before shutting down, wait for whatever is still running.
    # zh: 关闭之前，先等仍在运行的任务结束。
    await asyncio.gather(*background, return_exceptions=True)
    print("audit log:", audit_log)

    # en: Simpler when the tasks belong to one scope: a TaskGroup keeps them alive.
    # zh: 任务都属于同一个作用域时更简单：TaskGroup 会持有它们，直到全部结束。
    async with asyncio.TaskGroup() as tg:
        tg.create_task(write_audit("logout"))
    print("audit log:", audit_log)


asyncio.run(main())
