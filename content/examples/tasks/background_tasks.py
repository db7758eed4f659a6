# requires: python>=3.11
import asyncio

background_tasks = set()  # en: strong references keep running tasks alive | zh: 保存强引用，运行中的任务才不会被回收


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    # en: Drop the reference once the task is done, and look at its outcome.
    # zh: 任务结束后删掉引用，并查看它的结果。
    task.add_done_callback(background_tasks.discard)
    task.add_done_callback(report)
    return task


def report(task):
    if task.cancelled():
        print(f"{task.get_name()}: cancelled")
    elif task.exception() is not None:
        print(f"{task.get_name()}: failed: {task.exception()!r}")


async def send_email(to, fail=False):
    await asyncio.sleep(0.1)
    if fail:
        raise ConnectionError(f"cannot reach mail server for {to}")
    print(f"email sent to {to}")


async def main():
    fire_and_forget(send_email("ada@example.com")).set_name("email-1")
    fire_and_forget(send_email("bob@example.com", fail=True)).set_name("email-2")
    print("running in background:", len(background_tasks))
    await asyncio.sleep(0.3)  # en: the request handler would go on with other work | zh: 请求处理函数这时可以继续做别的事
    print("running in background:", len(background_tasks))


asyncio.run(main())
