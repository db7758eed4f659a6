# requires: python>=3.11
# browser: no (Pyodide's browser event loop is always running, so asyncio.run and Runner behave differently)
# Wrong: the pre-3.7 pattern get_event_loop() + run_until_complete().
import asyncio
import warnings


async def main() -> str:
    await asyncio.sleep(0.1)
    return "done"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        loop = asyncio.get_event_loop()  # no loop running or set at this point
        print(loop.run_until_complete(main()))
        loop.close()  # easy to forget
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")  # Python 3.14+

for w in caught:
    print(f"{w.category.__name__}: {w.message}")  # DeprecationWarning on 3.12-3.13
