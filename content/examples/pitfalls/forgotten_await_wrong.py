# requires: python>=3.11
# Wrong: calling a coroutine function without await never runs its body.
import asyncio
import gc
import warnings

saved = []


async def save(item: str) -> str:
    await asyncio.sleep(0.1)
    saved.append(item)
    return f"saved {item}"


async def main() -> None:
    result = save("order-1")  # missing await: just creates a coroutine object
    print("result is a", type(result).__name__)
    print("saved so far:", saved)
    del result  # the coroutine is dropped without ever running


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(main())
    gc.collect()

print("saved at exit:", saved)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
