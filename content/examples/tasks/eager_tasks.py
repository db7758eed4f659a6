# requires: python>=3.12
# browser: no (Pyodide's event loop does not support task factories)
import asyncio

cache = {"user:1": "Ada"}


async def lookup(key):
    print(f"  lookup({key}) starts")
    if key in cache:
        return cache[key]  # finishes without ever suspending
    await asyncio.sleep(0.1)  # cache miss: real I/O
    return f"loaded {key}"


async def demo(label):
    print(label)
    hit = asyncio.create_task(lookup("user:1"))
    miss = asyncio.create_task(lookup("user:2"))
    print("  after create_task: hit done?", hit.done(), "| miss done?", miss.done())
    print("  results:", await hit, "|", await miss)


async def main():
    await demo("default tasks:")
    # Python 3.12+: start each new task eagerly, inside create_task itself.
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await demo("eager tasks:")


asyncio.run(main())
