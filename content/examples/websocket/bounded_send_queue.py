# requires: python>=3.11
# One bounded send queue and one writer task per connection: a broadcast never waits for a slow
# client, memory per client is capped, and a client that falls too far behind is disconnected.
import asyncio


class Connection:
    def __init__(self, name, seconds_per_message, queue_size=3):
        self.name = name
        self.seconds_per_message = seconds_per_message  # how fast this client reads
        self.outbox = asyncio.Queue(maxsize=queue_size)
        self.received = 0
        self.closed_reason = None

    async def send_over_network(self, message):
        await asyncio.sleep(self.seconds_per_message)  # stands for `await websocket.send(message)`
        self.received += 1

    async def writer(self):
        while True:
            message = await self.outbox.get()
            await self.send_over_network(message)

    def enqueue(self, message):
        try:
            self.outbox.put_nowait(message)
            return True
        except asyncio.QueueFull:
            self.closed_reason = "too slow: send queue full"  # real code: close with code 1008 or 1013
            return False


async def main():
    clients = [Connection("fast", 0.001), Connection("normal", 0.01), Connection("stalled", 10)]
    writers = {c.name: asyncio.create_task(c.writer()) for c in clients}

    for i in range(20):  # the broadcaster: never awaits a client
        for client in [c for c in clients if c.closed_reason is None]:
            if not client.enqueue(f"event {i}"):
                writers[client.name].cancel()  # drop the slow client, free its memory
        await asyncio.sleep(0.02)

    await asyncio.sleep(0.1)
    for client in clients:
        state = client.closed_reason or "connected"
        print(f"{client.name:<8} received all 20: {client.received == 20!s:<5} state: {state}")
    for task in writers.values():
        task.cancel()


asyncio.run(main())
