# requires: python>=3.11
# asyncio.run(): create a loop, run one coroutine, close the loop.
import asyncio


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.1)  # stands in for network I/O
    return {"apple": 1.5, "pear": 2.0}[item]


async def main() -> float:
    loop = asyncio.get_running_loop()  # only valid inside a coroutine
    print("loop running:", loop.is_running())
    prices = await asyncio.gather(fetch_price("apple"), fetch_price("pear"))
    return sum(prices)


# The return value of main() comes back to synchronous code.
total = asyncio.run(main())
print("total:", total)

# Each asyncio.run() builds a brand-new loop and closes it afterwards.
total_again = asyncio.run(main())
print("second run:", total_again)
