# requires: python>=3.11
# packages: uvloop
# browser: no (uvloop is a C extension for Linux and macOS)
"""en: Swap the loop implementation without policies: pass a loop factory.
zh: 不借助事件循环策略也能更换事件循环的实现：传入一个事件循环工厂即可。"""
import asyncio

import uvloop


async def main() -> str:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.01)  # en: the same asyncio code runs on either loop | zh: 同一份 asyncio 代码在两种事件循环上都能运行
    return f"{type(loop).__module__}.{type(loop).__name__}"


# en: The default loop (on Linux a selector loop built on epoll).
# zh: 默认的事件循环（在 Linux 上是基于 epoll 的选择器事件循环）。
print("default:", asyncio.run(main()))

# en: Python 3.11+: asyncio.Runner accepts a loop_factory.
# zh: Python 3.11 起，asyncio.Runner 接受 loop_factory 参数。
with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
    print("uvloop: ", runner.run(main()))

# en: Python 3.12+ also allows: asyncio.run(main(), loop_factory=uvloop.new_event_loop)
# en: uvloop 0.18+ has the shortcut: uvloop.run(main())
# zh: Python 3.12 起还可以写成：asyncio.run(main(), loop_factory=uvloop.new_event_loop)
# zh: uvloop 0.18 起另有简写：uvloop.run(main())
