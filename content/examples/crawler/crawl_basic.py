# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# A small concurrent crawler: a queue of URLs, a fixed number of workers, one shared
# ClientSession, deduplication with a `seen` set, a depth limit, same-site links only.
import asyncio
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from aiohttp import web

SITE = {  # path -> links on that page
    "/": ["/about", "/blog", "/blog#comments", "https://example.com/"],
    "/about": ["/", "/blog", "/missing"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog", "/archive"],
    "/archive": ["/archive/2019"],  # depth 3: deeper than we go
    "/archive/2019": [],
}


async def page(request: web.Request) -> web.Response:
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


async def worker(session, queue: asyncio.Queue, seen: set, results: dict, max_depth: int) -> None:
    while True:
        url, depth = await queue.get()
        try:
            async with session.get(url) as resp:
                html = await resp.text()
                results[urlsplit(url).path] = (depth, resp.status)
            parser = LinkParser()
            parser.feed(html)  # parsing is CPU work, but tiny; big pages -> to_thread
            for href in parser.links:
                link = urldefrag(urljoin(url, href)).url  # absolute, without #fragment
                same_site = urlsplit(link).netloc == urlsplit(url).netloc
                if same_site and depth < max_depth and link not in seen:
                    seen.add(link)  # mark when queued, so no URL is queued twice
                    queue.put_nowait((link, depth + 1))
        except aiohttp.ClientError as e:
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
    print(f"{len(results)} URLs fetched, {len(seen)} URLs seen")


asyncio.run(main())
