# requires: python>=3.11
# packages: celery
# services: redis
# en: Calling Celery from async code: its client API is blocking, so keep it off the loop.
# zh: 在异步代码里调用 Celery：它的客户端 API 是阻塞的，所以不能放在事件循环上直接调用。
import asyncio
import os
import uuid

from celery import Celery
from celery.contrib.testing.worker import start_worker

# en: Redis as broker and result backend, e.g. redis://127.0.0.1:6379/0.
# zh: Redis 同时充当消息代理（broker）和结果后端，例如 redis://127.0.0.1:6379/0。
celery_app = Celery("shop", broker=os.environ["REDIS_URL"], backend=os.environ["REDIS_URL"])


@celery_app.task
def render_invoice(order_id: int) -> str:
    # en: Runs in a Celery worker process, not in the web service.
    # zh: 在 Celery 的 worker 进程中运行，不在 Web 服务里。
    return f"invoice-{order_id}.pdf"


async def enqueue_bad(order_id: int) -> str:
    # en: WRONG: .delay() does network I/O to the broker and .get() waits for the
    # en: worker; both block the event loop (every other request stalls meanwhile).
    # zh: 错误做法：.delay() 要通过网络访问消息代理，.get() 要等 worker 算完；
    # zh: 两者都会阻塞事件循环（在此期间其他请求全部卡住）。
    return render_invoice.delay(order_id).get(timeout=10)


async def enqueue(order_id: int) -> str:
    # en: Sending is usually quick, but it is still blocking I/O: use a thread.
    # zh: 发送通常很快，但仍然是阻塞 I/O：放到线程里执行。
    result = await asyncio.to_thread(render_invoice.delay, order_id)
    return result.id  # en: return the task id; let the client poll for the result | zh: 返回任务 id，让客户端自己轮询结果


async def wait_for_result(task_id: str) -> str:
    # en: Rarely needed in a request; if it is, wait in a thread, with a timeout.
    # zh: 在请求里很少需要等结果；真要等，就在线程里等，并设置超时。
    result = celery_app.AsyncResult(task_id)
    return await asyncio.to_thread(result.get, timeout=10)


async def main() -> None:
    task_id = await enqueue(42)
    print("queued; the task id is a UUID:", uuid.UUID(task_id).version == 4)
    print("result", await wait_for_result(task_id))


# en: In production the worker is its own process (`celery -A shop worker`); here one runs in a
# en: thread of this program so that the example is complete.
# zh: 生产环境中 worker 是独立进程（`celery -A shop worker`）；这里为了让示例完整，
# zh: 在本程序的一个线程里启动一个 worker。
with start_worker(celery_app, pool="solo", perform_ping_check=False, loglevel="WARNING"):
    asyncio.run(main())
