# requires: python>=3.11
import asyncio


async def save_payment(order):
    print(f"save_payment({order}): writing")
    await asyncio.sleep(0.3)  # must not be interrupted halfway
    print(f"save_payment({order}): committed")
    return "saved"


async def handler(order, background):
    inner = asyncio.create_task(save_payment(order))
    background.add(inner)  # keep a reference: it may outlive this handler
    inner.add_done_callback(background.discard)
    return await asyncio.shield(inner)


async def main():
    background = set()
    request = asyncio.create_task(handler("A-17", background))
    await asyncio.sleep(0.1)
    request.cancel()  # e.g. the client disconnected
    try:
        await request
    except asyncio.CancelledError:
        print("handler was cancelled; the save goes on in the background")
    print("still saving:", len(background))
    await asyncio.gather(*background)  # wait before shutting down
    print("still saving:", len(background))


asyncio.run(main())
