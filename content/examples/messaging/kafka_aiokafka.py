# requires: python>=3.11
# packages: aiokafka
# not-run: needs a Kafka broker
# aiokafka: a producer and a consumer group member, both shut down cleanly.
import asyncio
import json

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

BROKERS = "127.0.0.1:9092"
TOPIC = "orders"


async def produce(orders: list[dict]) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=BROKERS,
        value_serializer=lambda v: json.dumps(v).encode(),
        acks="all",  # wait until all in-sync replicas have the record
    )
    await producer.start()
    try:
        for order in orders:
            # Same key -> same partition -> order kept for that customer.
            key = order["customer"].encode()
            meta = await producer.send_and_wait(TOPIC, order, key=key)
            print(f"sent order {order['id']} to partition {meta.partition}")
    finally:
        await producer.stop()  # flushes pending records, closes connections


async def consume(expected: int) -> None:
    consumer = AIOKafkaConsumer(
        TOPIC,
        bootstrap_servers=BROKERS,
        group_id="billing",
        auto_offset_reset="earliest",  # a new group starts at the beginning
        enable_auto_commit=False,  # commit only after the work is done
        value_deserializer=lambda b: json.loads(b),
    )
    await consumer.start()
    try:
        seen = 0
        async for record in consumer:
            print("billing order", record.value["id"])
            await consumer.commit()
            seen += 1
            if seen == expected:
                break
    finally:
        await consumer.stop()  # leaves the group so partitions are reassigned fast


async def main() -> None:
    orders = [{"id": i, "customer": f"c{i % 2}"} for i in range(4)]
    await produce(orders)
    async with asyncio.timeout(30):
        await consume(len(orders))


asyncio.run(main())
