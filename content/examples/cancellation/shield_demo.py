# requires: python>=3.11
# timeline: yes (tasks: handler, save_payment)
import asyncio


async def save_payment(order):
    print(f"save_payment({order}): writing")
    await asyncio.sleep(0.3)  # en: must not be interrupted halfway | zh: 不能写到一半被打断
    print(f"save_payment({order}): committed")
    return "saved"


async def handler(order, background):
    inner = asyncio.create_task(save_payment(order))
    background.add(inner)  # en: keep a reference: it may outlive this handler | zh: 保留引用：它可能比 handler 活得更久
    inner.add_done_callback(background.discard)
    return await asyncio.shield(inner)


async def main():
    background = set()
    request = asyncio.create_task(handler("A-17", background))
    await asyncio.sleep(0.1)
    request.cancel()  # en: e.g. the client disconnected | zh: 例如客户端断开了连接
    try:
        await request
    except asyncio.CancelledError:
        print("handler was cancelled; the save goes on in the background")
    print("still saving:", len(background))
    await asyncio.gather(*background)  # en: wait before shutting down | zh: 关闭前先等它完成
    print("still saving:", len(background))


asyncio.run(main())
