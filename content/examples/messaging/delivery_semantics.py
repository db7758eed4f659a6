# requires: python>=3.11
# en: At-least-once delivery with an in-memory stand-in for a Kafka partition:
# en: commit only the offsets of processed records, make the handler idempotent,
# en: and send a poison message to a dead-letter list instead of retrying it forever.
# zh: 至少一次投递（在内存里模拟一个 Kafka 分区）：
# zh: 只提交已处理记录的偏移量，处理函数要幂等，
# zh: 毒消息放进死信列表，而不是无休止地重试。
import asyncio

LOG = [  # en: the partition: (offset, message id, payload) | zh: 分区：（偏移量，消息 id，消息内容）
    (0, "m-a", "pay 10"),
    (1, "m-b", "pay 20"),
    (2, "m-c", "garbage"),  # en: a poison message: fails on every attempt | zh: 毒消息：每次尝试都会失败
    (3, "m-d", "pay 30"),
    (4, "m-e", "pay 40"),
]
MAX_ATTEMPTS = 3


class Store:
    """en: The consumer's database: the effects, plus the ids already applied (the idempotency key).
    zh: 消费者的数据库：处理的结果，加上已经应用过的消息 id（即幂等键）。"""

    def __init__(self):
        self.total = 0
        self.applied = set()
        self.dead_letters = []
        self.committed = 0  # en: the broker's committed offset for this group | zh: broker 为这个消费者组记录的已提交偏移量
        self.current = None  # en: the message being handled, for the demo | zh: 正在处理的消息，仅供演示


async def handle(store, msg_id, payload):
    if msg_id in store.applied:  # en: a redelivery: the effect is already there | zh: 重复投递：结果早已生效
        print(f"  {msg_id}: duplicate, skipped")
        return
    store.current = msg_id
    verb, _, amount = payload.partition(" ")
    if verb != "pay":
        raise ValueError(f"cannot parse {payload!r}")
    await asyncio.sleep(0.1)  # en: the slow part of the work | zh: 工作中较慢的部分
    store.total += int(amount)
    # en: in a real database: in the same transaction as the effect
    # zh: 在真实数据库中：与处理结果放在同一个事务里
    store.applied.add(msg_id)
    print(f"  {msg_id}: applied")


async def consume(store, crash_at=None):
    """en: Read from the committed offset; on cancellation commit what was processed, nothing more.
    zh: 从已提交的偏移量开始读；被取消时只提交已处理的部分，多一条也不提交。"""
    processed = store.committed
    try:
        for offset, msg_id, payload in LOG[store.committed :]:
            if offset == crash_at:
                print("  process killed: no cleanup, no commit")
                return
            for attempt in range(1, MAX_ATTEMPTS + 1):
                try:
                    await handle(store, msg_id, payload)
                    break
                except ValueError as e:  # en: a permanent error: retrying will not help | zh: 永久性错误：重试也没用
                    if attempt == MAX_ATTEMPTS:
                        store.dead_letters.append(msg_id)
                        print(f"  {msg_id}: dead-lettered after {attempt} attempts ({e})")
            processed = offset + 1  # en: the next offset to read | zh: 下一个要读的偏移量
        store.committed = processed
        print(f"  commit offset {processed}")
    except asyncio.CancelledError:
        store.committed = processed  # en: not the position of the record in progress | zh: 不是正在处理的那条记录的位置
        print(f"  cancelled: commit offset {processed}")
        raise


async def main():
    store = Store()

    print("consumer 1, cancelled in the middle of m-d (a rebalance):")
    task = asyncio.create_task(consume(store))
    while store.current != "m-d":
        await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass

    print("consumer 2, killed after applying m-d, before any commit:")
    await consume(store, crash_at=4)

    print("consumer 3:")
    await consume(store)
    print("total:", store.total, "| dead letters:", store.dead_letters)


asyncio.run(main())
