# requires: python>=3.11
# packages: sqlalchemy, asyncpg
# services: postgres
# SQLAlchemy 2 with asyncio: typed models, AsyncEngine, async_sessionmaker, select(), a session per task.
import asyncio
import os

from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))  # not Optional, so NOT NULL


async def main() -> None:
    # postgresql://... -> postgresql+asyncpg://... selects the async driver.
    url = os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+asyncpg://", 1)
    engine = create_async_engine(url, pool_size=5)
    # expire_on_commit=False: objects stay readable after commit without another (awaited) load.
    Session = async_sessionmaker(engine, expire_on_commit=False)

    # engine.begin(): one connection, one transaction, committed at the end.
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)

    async with Session() as session:
        async with session.begin():
            session.add_all([User(name="ada"), User(name="linus"), User(name="guido")])

    async with Session() as session:
        result = await session.execute(select(User).where(User.name != "linus").order_by(User.name))
        for user in result.scalars():
            print(user.id > 0, user.name)

    # Concurrent tasks: one session each. A session is not safe to share between tasks.
    async def rename(old: str, new: str) -> None:
        async with Session() as session, session.begin():
            user = (await session.execute(select(User).where(User.name == old))).scalar_one()
            user.name = new

    async with asyncio.TaskGroup() as tg:
        tg.create_task(rename("ada", "ada lovelace"))
        tg.create_task(rename("guido", "guido van rossum"))
    async with Session() as session:
        print("renamed:", list(await session.scalars(select(User.name).order_by(User.name))))

    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
    # Close the pool's connections before the loop ends.
    await engine.dispose()


asyncio.run(main())
