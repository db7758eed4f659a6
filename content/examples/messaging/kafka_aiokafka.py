# requires: python>=3.11
# packages: aiokafka
# services: kafka
# timeout: 60
# aiokafka: a producer and a consumer group member that commits only what it has processed.
import asyncio
import json
import os

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

BROKERS = os.environ["KAFKA_BOOTSTRAP"]  # e.g. "127.0.0.1:9092"
TOPIC = "orders"


async def create_topic() -> None:
    # Many clusters turn auto.create.topics.enable off: create topics on purpose, with their partition count.
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
        acks="all",  # wait until all in-sync replicas have the record
    )
    await producer.start()
    try:
        futures = []
        for order in orders:
            # Same key -> same partition -> order kept for that customer.
            key = order["customer"].encode()
            fut = await producer.send(TOPIC, order, key=key)  # queued in a batch, not yet acknowledged
            futures.append(fut)
        for order, meta in zip(orders, await asyncio.gather(*futures)):
            print(f"sent order {order['id']} to partition {meta.partition}")
    finally:
        await producer.stop()  # flushes pending records, closes connections


class CommitOnRevoke(ConsumerRebalanceListener):
    """Commits the processed offsets before a rebalance hands the partitions to another member."""

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
        auto_offset_reset="earliest",  # a new group starts at the beginning
        enable_auto_commit=False,  # commit only after the work is done
        value_deserializer=lambda b: json.loads(b),
    )
    processed: dict[TopicPartition, int] = {}  # next offset to read, per partition
    consumer.subscribe([TOPIC], listener=CommitOnRevoke(consumer, processed))
    await consumer.start()
    try:
        seen = 0
        async for r in consumer:
            print("billing order", r.value["id"])
            tp = TopicPartition(r.topic, r.partition)
            processed[tp] = r.offset + 1  # the offset of the next record, not of this one
            await consumer.commit({tp: r.offset + 1})
            seen += 1
            if seen == expected:
                break
    finally:
        # No bare commit() here: after a cancellation the position may include a record never processed.
        await consumer.stop()  # leaves the group so partitions are reassigned fast
    print("committed offset:", await committed(TopicPartition(TOPIC, 0)))


async def committed(tp: TopicPartition) -> int | None:
    """What a new member of the group would resume from."""
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
