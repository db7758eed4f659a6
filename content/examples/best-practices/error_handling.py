# requires: python>=3.11
# Error handling: specific exceptions, chaining with "from", TaskGroup + except*.
import asyncio


class InventoryError(Exception):
    pass


async def reserve(sku: str) -> str:
    await asyncio.sleep(0.1)
    if sku == "missing":
        try:
            raise KeyError(sku)  # what a lower layer might raise
        except KeyError as e:
            # Translate to a domain error but keep the cause.
            raise InventoryError(f"unknown product {sku!r}") from e
    if sku == "slow-db":
        raise ConnectionError("inventory database unreachable")
    return sku


async def checkout(skus: list[str]) -> list[str]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(reserve(s)) for s in skus]
    return [t.result() for t in tasks]


async def main() -> None:
    print("reserved:", await checkout(["book", "pen"]))
    try:
        await checkout(["book", "missing", "slow-db"])
    except* InventoryError as group:
        for e in group.exceptions:
            print("client error:", e, "| caused by", repr(e.__cause__))
    except* ConnectionError as group:
        for e in group.exceptions:
            print("retry later:", e)


asyncio.run(main())
