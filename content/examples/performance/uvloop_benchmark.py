# requires: python>=3.11
# packages: uvloop
# browser: no (uses sockets and uvloop)
# timeout: 30
import asyncio
import os
import time

import uvloop

CLIENTS, ROUND_TRIPS, MSG = 20, 200, b"x" * 64


async def handle(reader, writer):
    while data := await reader.read(4096):
        writer.write(data)  # en: echo back what we got | zh: 收到什么就回送什么
        await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(ROUND_TRIPS):
        writer.write(MSG)
        await reader.readexactly(len(MSG))
    writer.close()
    await writer.wait_closed()


async def echo_bench():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # en: CPU time, not wall time: client and server share this thread, and CPU time
    # en: stays meaningful when other programs keep the machine busy
    # zh: 用 CPU 时间而不是墙钟时间：客户端和服务端共用这个线程，
    # zh: 而且即使其他程序把机器占满，CPU 时间依然可信
    start = time.process_time()
    async with asyncio.TaskGroup() as tg:
        for _ in range(CLIENTS):
            tg.create_task(client(port))
    elapsed = time.process_time() - start
    server.close()
    await server.wait_closed()
    return elapsed


def run_once(factory, bench):
    # en: Runner(loop_factory=...) works on 3.11; on 3.12+ asyncio.run(..., loop_factory=...) too
    # zh: 3.11 起可用 Runner(loop_factory=...)；3.12 起也可用 asyncio.run(..., loop_factory=...)
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(bench())


def compare(bench, runs=4):
    std, uv = [], []
    for _ in range(runs):  # en: interleave the runs, keep the best of each | zh: 交替运行，各取最好成绩
        std.append(run_once(asyncio.new_event_loop, bench))
        uv.append(run_once(uvloop.new_event_loop, bench))
    return min(std), min(uv)


std, uv = compare(echo_bench)
ratio = std / uv
if os.environ.get("BENCH_VERBOSE"):  # en: raw numbers vary from run to run | zh: 原始数字每次运行都不同
    print(f"  stdlib {std * 1000:.0f} ms, uvloop {uv * 1000:.0f} ms, ratio {ratio:.2f}")
print(f"{CLIENTS} clients x {ROUND_TRIPS} echo round trips on each loop")
print("uvloop faster:", "yes" if ratio > 1 else "no")
print("speed-up of 1.2x or more:", "yes" if ratio >= 1.2 else "no")
print("speed-up of 2x or more:", "yes" if ratio >= 2 else "no")
