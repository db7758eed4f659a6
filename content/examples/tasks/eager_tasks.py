# requires: python>=3.12
# timeline: yes (tasks: hit, miss)
import asyncio

cache = {"user:1": "Ada"}


async def lookup(key):
    print(f"  lookup({key}) starts")
    if key in cache:
        return cache[key]  # en: finishes without ever suspending | zh: 一次也不挂起就结束了
    await asyncio.sleep(0.1)  # en: cache miss: real I/O | zh: 缓存未命中：真正的 I/O
    return f"loaded {key}"


async def demo(label):
    print(label)
    hit = asyncio.create_task(lookup("user:1"), name="hit")
    miss = asyncio.create_task(lookup("user:2"), name="miss")
    print("  after create_task: hit done?", hit.done(), "| miss done?", miss.done())
    print("  results:", await hit, "|", await miss)


async def main():
    await demo("default tasks:")
    # en: Python 3.12+: start each new task eagerly, inside create_task itself.
    # zh: Python 3.12 起：每个新任务都在 create_task 内部急切地开始运行。
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await demo("eager tasks:")


asyncio.run(main())
