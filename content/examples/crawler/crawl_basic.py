# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# A small concurrent crawler: a queue of URLs, a fixed number of workers, one shared
# ClientSession, deduplication with a `seen` set, a depth limit, same-site links only,
# HTML only with a size cap, and errors caught per URL so one bad page cannot stop the crawl.
import asyncio
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from aiohttp import web

SITE = {  # path -> links on that page
    "/": ["/about", "/blog", "/blog#comments", "https://example.com/"],
    "/about": ["/", "/blog", "/missing", "http://[::1"],  # the last link is malformed
    "/blog": ["/blog/1", "/blog/2", "/about", "/feed.xml", "/legacy"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog", "/archive"],
    "/archive": ["/archive/2019"],  # depth 3: deeper than we go
    "/archive/2019": [],
}
MAX_BYTES = 1_000_000  # never keep more than this of one page in memory


async def page(request: web.Request) -> web.Response:
    if request.path == "/feed.xml":  # not a page: the crawler must not parse it
        return web.Response(text="<rss/>", content_type="application/rss+xml")
    if request.path == "/legacy":  # says UTF-8 but is Latin-1: decoding fails
        return web.Response(body="<p>café</p>".encode("latin-1"), content_type="text/html", charset="utf-8")
    links = SITE.get(request.path)
    if links is None:
        raise web.HTTPNotFound()
    body = "".join(f'<a href="{href}">{href}</a>' for href in links)
    return web.Response(text=f"<html><body>{body}</body></html>", content_type="text/html")


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "a":
            self.links.extend(value for name, value in attrs if name == "href" and value)


async def read_capped(resp: aiohttp.ClientResponse, limit: int) -> bytes:
    """The body, or ValueError once it grows past limit bytes."""
    if (resp.content_length or 0) > limit:
        raise ValueError(f"body over {limit} bytes")
    body = b""
    # read(n) returns what has arrived, at most n bytes, and b"" at the end of the body.
    while chunk := await resp.content.read(limit + 1 - len(body)):
        body += chunk
        if len(body) > limit:
            raise ValueError(f"body over {limit} bytes")
    return body


async def fetch_html(session: aiohttp.ClientSession, url: str) -> tuple[int | str, str]:
    async with session.get(url) as resp:
        if resp.status != 200:
            return resp.status, ""
        if resp.content_type != "text/html":
            return f"skipped ({resp.content_type})", ""
        body = await read_capped(resp, MAX_BYTES)
        return resp.status, body.decode(resp.charset or "utf-8")  # a wrong charset raises here


async def worker(session, queue: asyncio.Queue, seen: set, results: dict, max_depth: int) -> None:
    while True:
        url, depth = await queue.get()
        try:
            status, html = await fetch_html(session, url)
            results[urlsplit(url).path] = (depth, status)
            parser = LinkParser()
            parser.feed(html)  # parsing is CPU work, but tiny; big pages -> to_thread
            for href in parser.links:
                try:
                    link = urldefrag(urljoin(url, href)).url  # absolute, without #fragment
                    same_site = urlsplit(link).netloc == urlsplit(url).netloc
                except ValueError:  # a malformed href such as http://[::1
                    results[href] = (depth + 1, "bad URL")
                    continue
                if same_site and depth < max_depth and link not in seen:
                    seen.add(link)  # mark when queued, so no URL is queued twice
                    queue.put_nowait((link, depth + 1))
        except Exception as e:  # one bad page must not end the crawl: an error leaving a worker
            # makes the TaskGroup cancel every worker. CancelledError is no Exception, so it passes.
            results[urlsplit(url).path] = (depth, type(e).__name__)
        finally:
            queue.task_done()


async def main() -> None:
    app = web.Application()
    app.router.add_get("/{tail:.*}", page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    start_url = f"http://127.0.0.1:{runner.addresses[0][1]}/"

    queue: asyncio.Queue = asyncio.Queue()
    seen = {start_url}
    results: dict = {}
    queue.put_nowait((start_url, 0))
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with asyncio.TaskGroup() as tg:
            workers = [tg.create_task(worker(session, queue, seen, results, max_depth=2))
                       for _ in range(3)]
            await queue.join()  # every queued URL fetched, no new ones coming
            for w in workers:
                w.cancel()
    await runner.cleanup()
    for path, (depth, status) in sorted(results.items()):
        print(f"depth {depth}  {status}  {path}")
    bad = sum(1 for _, status in results.values() if status == "bad URL")
    print(f"{len(results) - bad} URLs fetched, {len(seen)} URLs seen, {bad} malformed link skipped")


asyncio.run(main())
