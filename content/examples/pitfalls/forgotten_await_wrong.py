# requires: python>=3.11
# en: Wrong: calling a coroutine function without await never runs its body.
# zh: 错误做法：调用协程函数却不 await，函数体永远不会执行。
import asyncio
import gc
import warnings

saved = []


async def save(item: str) -> str:
    await asyncio.sleep(0.1)
    saved.append(item)
    return f"saved {item}"


async def main() -> None:
    result = save("order-1")  # en: missing await: just creates a coroutine object | zh: 漏了 await：只创建了一个协程对象
    print("result is a", type(result).__name__)
    print("saved so far:", saved)
    del result  # en: the coroutine is dropped without ever running | zh: 协程一次也没运行就被丢弃了


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(main())
    gc.collect()

print("saved at exit:", saved)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
