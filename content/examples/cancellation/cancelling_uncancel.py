# requires: python>=3.11
import asyncio


async def count_requests():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("pending cancellation requests:", task.cancelling())
        raise


async def suppress_then_time_out(call_uncancel):
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.3):
            try:
                await asyncio.sleep(1)  # en: an outer cancel() arrives here | zh: 外部的 cancel() 在这里送达
            except asyncio.CancelledError:
                if call_uncancel:
                    task.uncancel()  # en: we really mean to suppress it | zh: 确实有意压下这次取消
                print("  suppressed a cancellation, cancelling() =", task.cancelling())
            await asyncio.sleep(1)  # en: now the timeout expires | zh: 这时超时到期
        return "finished"
    except TimeoutError:
        return "TimeoutError, as expected"


async def main():
    t = asyncio.create_task(count_requests())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()  # en: a second request is counted too | zh: 第二次取消请求同样会被计数
    await asyncio.gather(t, return_exceptions=True)

    for call_uncancel in (False, True):
        print(f"call_uncancel={call_uncancel}:")
        t = asyncio.create_task(suppress_then_time_out(call_uncancel))
        await asyncio.sleep(0.1)
        t.cancel()
        try:
            print("  result:", await t)
        except asyncio.CancelledError:
            print("  result: CancelledError instead of TimeoutError")


asyncio.run(main())
