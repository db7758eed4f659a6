# requires: python>=3.11
# packages: sqlalchemy, asyncpg
# services: postgres
# en: SQLAlchemy 2 with asyncio: typed models, AsyncEngine, async_sessionmaker, select(), a session per task.
# zh: SQLAlchemy 2 配合 asyncio：带类型注解的模型、AsyncEngine、async_sessionmaker、select()，每个任务一个会话。
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
    name: Mapped[str] = mapped_column(String(50))  # en: not Optional, so NOT NULL | zh: 不是 Optional，所以是 NOT NULL


async def main() -> None:
    # en: postgresql://... -> postgresql+asyncpg://... selects the async driver.
    # zh: 把 postgresql://... 改成 postgresql+asyncpg://...，就选用了异步驱动。
    url = os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+asyncpg://", 1)
    engine = create_async_engine(url, pool_size=5)
    # en: expire_on_commit=False: objects stay readable after commit without another (awaited) load.
    # zh: expire_on_commit=False：提交之后对象仍然可读，不必再（用 await）加载一次。
    Session = async_sessionmaker(engine, expire_on_commit=False)

    # en: engine.begin(): one connection, one transaction, committed at the end.
    # zh: engine.begin()：一个连接、一个事务，结束时提交。
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)

    async with Session() as session:
        async with session.begin():
            session.add_all([User(name="ada"), User(name="linus"), User(name="guido")])

    async with Session() as session:
        result = await session.execute(select(User).where(User.name != "linus").order_by(User.name))
        for user in result.scalars():
            print(user.id > 0, user.name)

    # en: Concurrent tasks: one session each. A session is not safe to share between tasks.
    # zh: 并发任务各用各的会话：会话不能在多个任务之间共享，否则不安全。
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
    # en: Close the pool's connections before the loop ends.
    # zh: 在事件循环结束前关闭连接池里的连接。
    await engine.dispose()


asyncio.run(main())
