# requires: python>=3.11
# packages: celery
# not-run: needs Celery, a broker (Redis/RabbitMQ) and a running worker
# Calling Celery from async code: its client API is blocking, so keep it off the loop.
import asyncio

from celery import Celery

celery_app = Celery("shop", broker="redis://127.0.0.1:6379/0", backend="redis://127.0.0.1:6379/1")


@celery_app.task
def render_invoice(order_id: int) -> str:
    # Runs in a Celery worker process, not in the web service.
    return f"invoice-{order_id}.pdf"


async def enqueue_bad(order_id: int) -> str:
    # WRONG: .delay() does network I/O to the broker and .get() waits for the
    # worker; both block the event loop (every other request stalls meanwhile).
    return render_invoice.delay(order_id).get(timeout=10)


async def enqueue(order_id: int) -> str:
    # Sending is usually quick, but it is still blocking I/O: use a thread.
    result = await asyncio.to_thread(render_invoice.delay, order_id)
    return result.id  # return the task id; let the client poll for the result


async def wait_for_result(task_id: str) -> str:
    # Rarely needed in a request; if it is, wait in a thread, with a timeout.
    result = celery_app.AsyncResult(task_id)
    return await asyncio.to_thread(result.get, timeout=10)


async def main() -> None:
    task_id = await enqueue(42)
    print("queued", task_id)
    print("result", await wait_for_result(task_id))


asyncio.run(main())
