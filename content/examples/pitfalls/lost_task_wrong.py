# requires: python>=3.11
# en: Wrong: fire-and-forget create_task without keeping a reference.
# zh: 错误做法：调用 create_task 后不保留引用，“发出去就不管”。
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
    # en: The default handler logs "Task exception was never retrieved" to stderr.
    # zh: 默认的异常处理函数会把“Task exception was never retrieved”写到 stderr。
    print("loop exception handler got:", repr(context.get("exception")))


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    asyncio.create_task(send_email("ann"))      # en: nobody keeps or awaits it | zh: 没人保存它，也没人 await 它
    asyncio.create_task(write_audit("login"))   # en: nobody keeps or awaits it | zh: 没人保存它，也没人 await 它
    await asyncio.sleep(0.15)
    gc.collect()  # en: the failed task is garbage; only now is its error reported | zh: 失败的任务已成垃圾，回收时才报告它的错误
    print("main returns; audit log:", audit_log)


asyncio.run(main())  # en: cancels the still-pending audit task on exit | zh: 退出时取消仍未完成的审计任务
print("after run; audit log:", audit_log)
