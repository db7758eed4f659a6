# requires: python>=3.11
# packages: aiokafka
# services: kafka
# timeout: 60
# en: aiokafka: a producer and a consumer group member that commits only what it has processed.
# zh: aiokafka：一个生产者，外加一个只提交已处理消息的消费者组成员。
import asyncio
import json
import os

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

BROKERS = os.environ["KAFKA_BOOTSTRAP"]  # en: e.g. "127.0.0.1:9092" | zh: 例如 "127.0.0.1:9092"
TOPIC = "orders"


async def create_topic() -> None:
    # en: Many clusters turn auto.create.topics.enable off: create topics on purpose, with their partition count.
    # zh: 很多集群会关掉 auto.create.topics.enable：应当显式创建主题，并指定分区数。
    admin = AIOKafkaAdminClient(bootstrap_servers=BROKERS)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(TOPIC, num_partitions=1, replication_factor=1)])
    finally:
        await admin.close()


async def produce(orders: list[dict]) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=BROKERS,
        value_serializer=lambda v: json.dumps(v).encode(),
        acks="all",  # en: wait until all in-sync replicas have the record | zh: 等到所有同步副本都收到这条记录
    )
    await producer.start()
    try:
        futures = []
        for order in orders:
            # en: Same key -> same partition -> order kept for that customer.
            # zh: 相同的键 -> 相同的分区 -> 同一客户的消息保持顺序。
            key = order["customer"].encode()
            # en: queued in a batch, not yet acknowledged
            # zh: 已放入批次排队，尚未得到确认
            fut = await producer.send(TOPIC, order, key=key)
            futures.append(fut)
        for order, meta in zip(orders, await asyncio.gather(*futures)):
            print(f"sent order {order['id']} to partition {meta.partition}")
    finally:
        await producer.stop()  # en: flushes pending records, closes connections | zh: 把缓冲区里剩下的记录发出去，再关闭连接


class CommitOnRevoke(ConsumerRebalanceListener):
    """en: Commits the processed offsets before a rebalance hands the partitions to another member.
    zh: 在重平衡把分区交给其他成员之前，提交已处理的偏移量。"""

    def __init__(self, consumer: AIOKafkaConsumer, processed: dict[TopicPartition, int]) -> None:
        self.consumer = consumer
        self.processed = processed

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        done = {tp: offset for tp, offset in self.processed.items() if tp in revoked}
        if done:
            await self.consumer.commit(done)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        pass


async def consume(expected: int) -> None:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=BROKERS,
        group_id="billing",
        auto_offset_reset="earliest",  # en: a new group starts at the beginning | zh: 新的消费者组从头开始读
        enable_auto_commit=False,  # en: commit only after the work is done | zh: 工作做完后才提交
        value_deserializer=lambda b: json.loads(b),
    )
    processed: dict[TopicPartition, int] = {}  # en: next offset to read, per partition | zh: 每个分区下一个要读的偏移量
    consumer.subscribe([TOPIC], listener=CommitOnRevoke(consumer, processed))
    await consumer.start()
    try:
        seen = 0
        async for r in consumer:
            print("billing order", r.value["id"])
            tp = TopicPartition(r.topic, r.partition)
            processed[tp] = r.offset + 1  # en: the offset of the next record, not of this one | zh: 下一条记录的偏移量，而不是这一条的
            await consumer.commit({tp: r.offset + 1})
            seen += 1
            if seen == expected:
                break
    finally:
        # en: No bare commit() here: after a cancellation the position may include a record never processed.
        # zh: 这里不要调用不带参数的 commit()：任务被取消后，消费位置可能已经越过一条从未处理过的记录。
        await consumer.stop()  # en: leaves the group so partitions are reassigned fast | zh: 离开消费者组，让分区尽快重新分配
    print("committed offset:", await committed(TopicPartition(TOPIC, 0)))


async def committed(tp: TopicPartition) -> int | None:
    """en: What a new member of the group would resume from.
    zh: 新加入消费者组的成员会从哪里继续读。"""
    consumer = AIOKafkaConsumer(bootstrap_servers=BROKERS, group_id="billing", enable_auto_commit=False)
    await consumer.start()
    try:
        return await consumer.committed(tp)
    finally:
        await consumer.stop()


async def main() -> None:
    orders = [{"id": i, "customer": f"c{i % 2}"} for i in range(4)]
    await create_topic()
    await produce(orders)
    async with asyncio.timeout(30):
        await consume(len(orders))


asyncio.run(main())
