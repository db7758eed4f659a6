# requires: python>=3.11
# Wrong: fire-and-forget create_task without keeping a reference.
import asyncio
import gc

audit_log: list[str] = []


async def write_audit(event: str) -> None:
    await asyncio.sleep(0.2)
    audit_log.append(event)


async def send_email(user: str) -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError(f"mail server refused {user}")


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    # The default handler logs "Task exception was never retrieved" to stderr.
    print("loop exception handler got:", repr(context.get("exception")))


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    asyncio.create_task(send_email("ann"))      # nobody keeps or awaits it
    asyncio.create_task(write_audit("login"))   # nobody keeps or awaits it
    await asyncio.sleep(0.15)
    gc.collect()  # the failed task is garbage; only now is its error reported
    print("main returns; audit log:", audit_log)


asyncio.run(main())  # cancels the still-pending audit task on exit
print("after run; audit log:", audit_log)
