# requires: python>=3.11
# packages: confluent-kafka
# services: kafka
# timeout: 60
# en: Sync Kafka with confluent-kafka: produce, flush, consume with manual commits.
# zh: 用 confluent-kafka 同步访问 Kafka：生产、flush，再以手动提交的方式消费。
import json
import os

from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic

BROKERS = os.environ["KAFKA_BOOTSTRAP"]  # en: e.g. "127.0.0.1:9092" | zh: 例如 "127.0.0.1:9092"


def main() -> None:
    admin = AdminClient({"bootstrap.servers": BROKERS})
    created = admin.create_topics([NewTopic("events", num_partitions=1, replication_factor=1)])
    # en: each topic gets a Future; result() waits for it
    # zh: 每个主题对应一个 Future；result() 等待它完成
    created["events"].result()

    producer = Producer({"bootstrap.servers": BROKERS, "acks": "all"})
    for i in range(3):
        producer.produce("events", key=b"user-1", value=json.dumps({"n": i}).encode())
    producer.flush(10)  # en: block until every message is delivered (at most 10 s) | zh: 阻塞到所有消息都投递完毕（最多 10 秒）

    consumer = Consumer({
        "bootstrap.servers": BROKERS,
        "group.id": "reporting",
        "auto.offset.reset": "earliest",  # en: same setting on the async side | zh: 与异步版本的设置相同
        "enable.auto.commit": False,
    })
    consumer.subscribe(["events"])
    try:
        seen = 0
        while seen < 3:
            msg = consumer.poll(1.0)  # en: blocks up to 1 s | zh: 最多阻塞 1 秒
            if msg is None or msg.error():
                continue
            print("got", json.loads(msg.value()))
            consumer.commit(message=msg)
            seen += 1
    finally:
        consumer.close()  # en: commits nothing more, leaves the group | zh: 不再提交任何偏移量，离开消费者组


main()
