# requires: python>=3.11
import asyncio
import os
import warnings


def short_warning(message, category, filename, lineno, line=None):
    # Same format as Python's default, minus the directory part of the path,
    # so the output does not depend on where the file lives.
    return f"{os.path.basename(filename)}:{lineno}: {category.__name__}: {message}\n"


warnings.formatwarning = short_warning


async def save(record):
    print(f"saving {record}")  # never printed: the body never runs
    await asyncio.sleep(0.1)


async def main():
    result = save("order-42")  # bug: missing await
    print("got:", type(result).__name__)
    del result  # the unawaited coroutine object is destroyed here -> warning
    print("main finished, nothing was saved")


asyncio.run(main())
