# requires: python>=3.11
# packages: psycopg
# services: postgres
# Sync PostgreSQL with psycopg 3: connect, create, insert in a transaction, query.
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
