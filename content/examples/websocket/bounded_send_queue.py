# requires: python>=3.11
# en: One bounded send queue and one writer task per connection: a broadcast never waits for a slow
# en: client, memory per client is capped, and a client that falls too far behind is disconnected.
# zh: 每个连接一个有界发送队列和一个写任务：广播从不等待慢客户端，
# zh: 每个客户端占用的内存有上限，落后太多的客户端会被断开。
import asyncio


class Connection:
    def __init__(self, name, seconds_per_message, queue_size=3):
        self.name = name
        self.seconds_per_message = seconds_per_message  # en: how fast this client reads | zh: 这个客户端读取的速度
        self.outbox = asyncio.Queue(maxsize=queue_size)
        self.received = 0
        self.closed_reason = None

    async def send_over_network(self, message):
        # en: stands for `await websocket.send(message)`
        # zh: 模拟 `await websocket.send(message)`
        await asyncio.sleep(self.seconds_per_message)
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
            # en: real code: close with code 1008 or 1013
            # zh: 真实代码里：以关闭码 1008 或 1013 关闭连接
            self.closed_reason = "too slow: send queue full"
            return False


async def main():
    clients = [Connection("fast", 0.001), Connection("normal", 0.01), Connection("stalled", 10)]
    writers = {c.name: asyncio.create_task(c.writer()) for c in clients}

    for i in range(20):  # en: the broadcaster: never awaits a client | zh: 广播方：从不 await 任何客户端
        for client in [c for c in clients if c.closed_reason is None]:
            if not client.enqueue(f"event {i}"):
                writers[client.name].cancel()  # en: drop the slow client, free its memory | zh: 断开慢客户端，释放它占用的内存
        await asyncio.sleep(0.02)

    await asyncio.sleep(0.1)
    for client in clients:
        state = client.closed_reason or "connected"
        print(f"{client.name:<8} received all 20: {client.received == 20!s:<5} state: {state}")
    for task in writers.values():
        task.cancel()


asyncio.run(main())
