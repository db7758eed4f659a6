# requires: python>=3.11
# packages: aiokafka
# not-run: needs a Kafka broker
# Async Kafka with aiokafka: the same flow, awaited; start() and stop() are explicit.
import asyncio
import json

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

BROKERS = "127.0.0.1:9092"


async def main() -> None:
    producer = AIOKafkaProducer(bootstrap_servers=BROKERS, acks="all")
    await producer.start()
    try:
        for i in range(3):
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
            await consumer.commit()
            seen += 1
            if seen == 3:
                break
    finally:
        await consumer.stop()


asyncio.run(main())
