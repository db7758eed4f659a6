# requires: python>=3.11
# packages: confluent-kafka
# services: kafka
# timeout: 60
# Sync Kafka with confluent-kafka: produce, flush, consume with manual commits.
import json
import os

from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic

BROKERS = os.environ["KAFKA_BOOTSTRAP"]  # e.g. "127.0.0.1:9092"


def main() -> None:
    admin = AdminClient({"bootstrap.servers": BROKERS})
    created = admin.create_topics([NewTopic("events", num_partitions=1, replication_factor=1)])
    created["events"].result()  # each topic gets a Future; result() waits for it

    producer = Producer({"bootstrap.servers": BROKERS, "acks": "all"})
    for i in range(3):
        producer.produce("events", key=b"user-1", value=json.dumps({"n": i}).encode())
    producer.flush(10)  # block until every message is delivered

    consumer = Consumer({
        "bootstrap.servers": BROKERS,
        "group.id": "reporting",
        "auto.offset.reset": "earliest",  # same setting on the async side
        "enable.auto.commit": False,
    })
    consumer.subscribe(["events"])
    try:
        seen = 0
        while seen < 3:
            msg = consumer.poll(1.0)  # blocks up to 1 s
            if msg is None or msg.error():
                continue
            print("got", json.loads(msg.value()))
            consumer.commit(message=msg)
            seen += 1
    finally:
        consumer.close()  # commits nothing more, leaves the group


main()
