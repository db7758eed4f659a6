# requires: python>=3.11
# packages: aiokafka
# services: kafka
# timeout: 60
# Async Kafka with aiokafka: the same flow, awaited; start() and stop() are explicit.
import asyncio
import json
import os

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

BROKERS = os.environ["KAFKA_BOOTSTRAP"]  # e.g. "127.0.0.1:9092"


async def main() -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=BROKERS)
    await admin.start()
    try:
        await admin.create_topics([NewTopic("events", num_partitions=1, replication_factor=1)])
    finally:
        await admin.close()

    producer = AIOKafkaProducer(bootstrap_servers=BROKERS, acks="all")
    await producer.start()
    try:
        for i in range(3):
            # send() queues the record and returns a Future for its acknowledgement.
            await producer.send("events", key=b"user-1", value=json.dumps({"n": i}).encode())
    finally:
        await producer.stop()  # flushes what is still buffered

    consumer = AIOKafkaConsumer(
        "events",
        bootstrap_servers=BROKERS,
        group_id="reporting",
        auto_offset_reset="earliest",  # same setting on the sync side
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        seen = 0
        async for msg in consumer:
            print("got", json.loads(msg.value))
            # Like commit(message=msg) on the sync side: the offset after this record.
            await consumer.commit({TopicPartition(msg.topic, msg.partition): msg.offset + 1})
            seen += 1
            if seen == 3:
                break
    finally:
        await consumer.stop()


asyncio.run(main())
