# requires: python>=3.11
# packages: aiokafka
# services: kafka
# timeout: 60
# en: Async Kafka with aiokafka: the same flow, awaited; start() and stop() are explicit.
# zh: 用 aiokafka 异步访问 Kafka：流程相同，只是每一步都要 await；start() 和 stop() 需要显式调用。
import asyncio
import json
import os

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

BROKERS = os.environ["KAFKA_BOOTSTRAP"]  # en: e.g. "127.0.0.1:9092" | zh: 例如 "127.0.0.1:9092"


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
            # en: send() queues the record and returns a Future for its acknowledgement.
            # zh: send() 把记录放入队列，返回一个代表其确认结果的 Future。
            await producer.send("events", key=b"user-1", value=json.dumps({"n": i}).encode())
    finally:
        await producer.stop()  # en: flushes what is still buffered | zh: 把缓冲区里剩下的记录发出去

    consumer = AIOKafkaConsumer(
        "events",
        bootstrap_servers=BROKERS,
        group_id="reporting",
        auto_offset_reset="earliest",  # en: same setting on the sync side | zh: 与同步版本的设置相同
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        seen = 0
        async for msg in consumer:
            print("got", json.loads(msg.value))
            # en: Like commit(message=msg) on the sync side: the offset after this record.
            # zh: 相当于同步版本中的 commit(message=msg)：提交这条记录之后的偏移量。
            await consumer.commit({TopicPartition(msg.topic, msg.partition): msg.offset + 1})
            seen += 1
            if seen == 3:
                break
    finally:
        await consumer.stop()


asyncio.run(main())
