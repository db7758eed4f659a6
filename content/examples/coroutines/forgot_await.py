# requires: python>=3.11
import asyncio
import os
import warnings


def short_warning(message, category, filename, lineno, line=None):
    # en: Same format as Python's default, minus the directory part of the path, | zh: 格式与 Python 默认的相同，
    # en: so the output does not depend on where the file lives. | zh: 只是去掉路径中的目录部分，这样输出就与文件放在哪里无关。
    return f"{os.path.basename(filename)}:{lineno}: {category.__name__}: {message}\n"


warnings.formatwarning = short_warning


async def save(record):
    print(f"saving {record}")  # en: never printed: the body never runs | zh: 不会打印：函数体根本没有运行
    await asyncio.sleep(0.1)


async def main():
    result = save("order-42")  # en: bug: missing await | zh: 错误：漏写了 await
    print("got:", type(result).__name__)
    del result  # en: the unawaited coroutine object is destroyed here -> warning | zh: 没被 await 的协程对象在这里销毁 -> 警告
    print("main finished, nothing was saved")


asyncio.run(main())
