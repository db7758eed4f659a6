# requires: python>=3.11
# At-least-once delivery with an in-memory stand-in for a Kafka partition:
# commit only the offsets of processed records, make the handler idempotent,
# and send a poison message to a dead-letter list instead of retrying it forever.
import asyncio

LOG = [  # the partition: (offset, message id, payload)
    (0, "m-a", "pay 10"),
    (1, "m-b", "pay 20"),
    (2, "m-c", "garbage"),  # a poison message: fails on every attempt
    (3, "m-d", "pay 30"),
    (4, "m-e", "pay 40"),
]
MAX_ATTEMPTS = 3


class Store:
    """The consumer's database: the effects, plus the ids already applied (the idempotency key)."""

    def __init__(self):
        self.total = 0
        self.applied = set()
        self.dead_letters = []
        self.committed = 0  # the broker's committed offset for this group
        self.current = None  # the message being handled, for the demo


async def handle(store, msg_id, payload):
    if msg_id in store.applied:  # a redelivery: the effect is already there
        print(f"  {msg_id}: duplicate, skipped")
        return
    store.current = msg_id
    verb, _, amount = payload.partition(" ")
    if verb != "pay":
        raise ValueError(f"cannot parse {payload!r}")
    await asyncio.sleep(0.1)  # the slow part of the work
    store.total += int(amount)
    store.applied.add(msg_id)  # in a real database: in the same transaction as the effect
    print(f"  {msg_id}: applied")


async def consume(store, crash_at=None):
    """Read from the committed offset; on cancellation commit what was processed, nothing more."""
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
                except ValueError as e:  # a permanent error: retrying will not help
                    if attempt == MAX_ATTEMPTS:
                        store.dead_letters.append(msg_id)
                        print(f"  {msg_id}: dead-lettered after {attempt} attempts ({e})")
            processed = offset + 1  # the next offset to read
        store.committed = processed
        print(f"  commit offset {processed}")
    except asyncio.CancelledError:
        store.committed = processed  # not the position of the record in progress
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
