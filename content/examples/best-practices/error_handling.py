# requires: python>=3.11
# en: Error handling: specific exceptions, chaining with "from", TaskGroup + except*.
# zh: 错误处理：捕获具体的异常，用 from 子句串联异常链，TaskGroup 配合 except*。
import asyncio


class InventoryError(Exception):
    pass


async def reserve(sku: str) -> str:
    await asyncio.sleep(0.1)
    if sku == "missing":
        try:
            raise KeyError(sku)  # en: what a lower layer might raise | zh: 底层代码可能抛出的异常
        except KeyError as e:
            # en: Translate to a domain error but keep the cause.
            # zh: 转换成业务异常，但保留原始异常。
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
