# requires: python>=3.11
# packages: psycopg
# services: postgres
# en: Sync PostgreSQL with psycopg 3: connect, create, insert in a transaction, query.
# zh: 用 psycopg 3 同步访问 PostgreSQL：连接、建表、在事务中插入、查询。
import os

import psycopg


def main() -> None:
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        conn.execute("CREATE TABLE books (title text, year int)")
        with conn.transaction():
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO books VALUES (%s, %s)",
                    [("SICP", 1985), ("TAOCP", 1968), ("CLRS", 1990)],
                )
        rows = conn.execute("SELECT title, year FROM books WHERE year < %s ORDER BY year", (1989,)).fetchall()
        print(rows)
        conn.execute("DROP TABLE books")


main()
