# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# en: Wrong: the pre-3.7 pattern get_event_loop() + run_until_complete().
# zh: 错误做法：Python 3.7 之前的写法，get_event_loop() 加 run_until_complete()。
import asyncio
import warnings


async def main() -> str:
    await asyncio.sleep(0.1)
    return "done"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        loop = asyncio.get_event_loop()  # en: no loop running or set at this point | zh: 此时既没有正在运行的事件循环，也没有设置过当前事件循环
        print(loop.run_until_complete(main()))
        loop.close()  # en: easy to forget | zh: 很容易忘记
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")  # en: Python 3.14+ | zh: Python 3.14 起

for w in caught:
    print(f"{w.category.__name__}: {w.message}")  # en: DeprecationWarning on 3.12-3.13 | zh: 3.12–3.13 上发出弃用警告
