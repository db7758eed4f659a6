# requires: python>=3.11
# packages: sqlalchemy, asyncpg
# services: postgres
# SQLAlchemy's asyncio extension: AsyncEngine, AsyncSession, select().
# Written to run on SQLAlchemy 1.4 and 2.x.
import asyncio
import os

from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)


async def main() -> None:
    # postgresql://... -> postgresql+asyncpg://... selects the async driver.
    url = os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+asyncpg://", 1)
    engine = create_async_engine(url, pool_size=5)
    # 2.x also offers async_sessionmaker; sessionmaker(class_=AsyncSession) works on both.
    Session = sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

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

    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
    # Close the pool's connections before the loop ends.
    await engine.dispose()


asyncio.run(main())
