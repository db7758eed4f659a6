# requires: python>=3.11
# packages: uvloop
# browser: no (uvloop is a C extension for Linux and macOS)
"""Swap the loop implementation without policies: pass a loop factory."""
import asyncio

import uvloop


async def main() -> str:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.01)  # the same asyncio code runs on either loop
    return f"{type(loop).__module__}.{type(loop).__name__}"


# The default loop (on Linux a selector loop built on epoll).
print("default:", asyncio.run(main()))

# Python 3.11+: asyncio.Runner accepts a loop_factory.
with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
    print("uvloop: ", runner.run(main()))

# Python 3.12+ also allows: asyncio.run(main(), loop_factory=uvloop.new_event_loop)
# uvloop 0.18+ has the shortcut: uvloop.run(main())
