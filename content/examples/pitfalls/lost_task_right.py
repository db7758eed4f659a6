# requires: python>=3.11
# Right: keep strong references to background tasks and collect their results.
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
    background.add(task)          # strong reference until it finishes
    task.add_done_callback(on_done)
    return task


async def main() -> None:
    spawn(send_email("ann"), "email")
    spawn(write_audit("login"), "audit")
    await asyncio.sleep(0.15)
    # Before shutting down, wait for whatever is still running.
    await asyncio.gather(*background, return_exceptions=True)
    print("audit log:", audit_log)

    # Simpler when the tasks belong to one scope: a TaskGroup keeps them alive.
    async with asyncio.TaskGroup() as tg:
        tg.create_task(write_audit("logout"))
    print("audit log:", audit_log)


asyncio.run(main())
