# requires: python>=3.11
# packages: celery
# services: redis
# Calling Celery from async code: its client API is blocking, so keep it off the loop.
import asyncio
import os
import uuid

from celery import Celery
from celery.contrib.testing.worker import start_worker

# Redis as broker and result backend, e.g. redis://127.0.0.1:6379/0.
celery_app = Celery("shop", broker=os.environ["REDIS_URL"], backend=os.environ["REDIS_URL"])


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
    print("queued; the task id is a UUID:", uuid.UUID(task_id).version == 4)
    print("result", await wait_for_result(task_id))


# In production the worker is its own process (`celery -A shop worker`); here one runs in a
# thread of this program so that the example is complete.
with start_worker(celery_app, pool="solo", perform_ping_check=False, loglevel="WARNING"):
    asyncio.run(main())
