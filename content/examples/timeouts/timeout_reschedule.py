# requires: python>=3.11
# en: An idle timeout: every chunk that arrives pushes the deadline further.
# zh: 空闲超时：每收到一块数据，截止时间就往后推一次。
import asyncio


async def stream(delays: list[float]):
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        yield f"chunk-{i}"


async def read_all(delays: list[float], idle: float) -> None:
    loop = asyncio.get_running_loop()
    received = []
    try:
        async with asyncio.timeout(None) as cm:  # en: no deadline yet | zh: 暂不设截止时间
            cm.reschedule(loop.time() + idle)
            async for chunk in stream(delays):
                received.append(chunk)
                cm.reschedule(loop.time() + idle)  # en: progress: extend | zh: 有进展：延后截止时间
    except TimeoutError:
        print(f"  stalled after {received}")
    else:
        print(f"  complete: {received}")


async def main() -> None:
    print("steady stream (total 0.6s, gaps 0.1s):")
    await read_all([0.1] * 6, idle=0.25)
    print("stream that stalls (gap of 0.5s):")
    await read_all([0.1, 0.1, 0.5, 0.1], idle=0.25)


asyncio.run(main())
