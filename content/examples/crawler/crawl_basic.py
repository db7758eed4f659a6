# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# en: A small concurrent crawler: a queue of URLs, a fixed number of workers, one shared
# en: ClientSession, deduplication with a `seen` set, a depth limit, same-site links only,
# en: HTML only with a size cap, and errors caught per URL so one bad page cannot stop the crawl.
# zh: 一个小型并发爬虫：一个 URL 队列、固定数量的 worker、一个共享的 ClientSession，
# zh: 用 `seen` 集合去重，限制抓取深度，只跟随同站链接，只处理 HTML 并限制大小，
# zh: 并且按 URL 分别捕获错误，一个坏页面不会让整个抓取停下。
import asyncio
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from aiohttp import web

SITE = {  # en: path -> links on that page | zh: 路径 -> 该页面上的链接
    "/": ["/about", "/blog", "/blog#comments", "https://example.com/"],
    "/about": ["/", "/blog", "/missing", "http://[::1"],  # en: the last link is malformed | zh: 最后一个链接格式有误
    "/blog": ["/blog/1", "/blog/2", "/about", "/feed.xml", "/legacy"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog", "/archive"],
    "/archive": ["/archive/2019"],  # en: depth 3: deeper than we go | zh: 深度 3：超出了我们抓取的深度
    "/archive/2019": [],
}
MAX_BYTES = 1_000_000  # en: never keep more than this of one page in memory | zh: 单个页面在内存中最多只保留这么多


async def page(request: web.Request) -> web.Response:
    if request.path == "/feed.xml":  # en: not a page: the crawler must not parse it | zh: 不是网页：爬虫不能解析它
        return web.Response(text="<rss/>", content_type="application/rss+xml")
    if request.path == "/legacy":  # en: says UTF-8 but is Latin-1: decoding fails | zh: 声称是 UTF-8，实际是 Latin-1：解码会失败
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
    """en: The body, or ValueError once it grows past limit bytes.
    zh: 返回正文；正文一旦超过 limit 字节就抛出 ValueError。"""
    if (resp.content_length or 0) > limit:
        raise ValueError(f"body over {limit} bytes")
    body = b""
    # en: read(n) returns what has arrived, at most n bytes, and b"" at the end of the body.
    # zh: read(n) 返回已经到达的数据，最多 n 字节；到达正文末尾时返回 b""。
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
        # en: a wrong charset raises here
        # zh: 字符集不对时，这里会抛出异常
        return resp.status, body.decode(resp.charset or "utf-8")


async def worker(session, queue: asyncio.Queue, seen: set, results: dict, max_depth: int) -> None:
    while True:
        url, depth = await queue.get()
        try:
            status, html = await fetch_html(session, url)
            results[urlsplit(url).path] = (depth, status)
            parser = LinkParser()
            # en: parsing is CPU work, but tiny; big pages -> to_thread
            # zh: 解析是 CPU 工作，但量很小；大页面 -> to_thread
            parser.feed(html)
            for href in parser.links:
                try:
                    # en: absolute, without #fragment
                    # zh: 绝对 URL，去掉 #fragment
                    link = urldefrag(urljoin(url, href)).url
                    same_site = urlsplit(link).netloc == urlsplit(url).netloc
                except ValueError:  # en: a malformed href such as http://[::1 | zh: 格式有误的 href，例如 http://[::1
                    results[href] = (depth + 1, "bad URL")
                    continue
                if same_site and depth < max_depth and link not in seen:
                    seen.add(link)  # en: mark when queued, so no URL is queued twice | zh: 入队时就标记，同一个 URL 就不会入队两次
                    queue.put_nowait((link, depth + 1))
        except Exception as e:
            # en: One bad page must not end the crawl: an error leaving a worker
            # en: makes the TaskGroup cancel every worker. CancelledError is no Exception, so it passes.
            # zh: 一个坏页面不能让整个抓取停下：异常一旦逃出 worker，
            # zh: TaskGroup 就会取消所有 worker。CancelledError 不是 Exception，所以不会被这里捕获。
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
            await queue.join()  # en: every queued URL fetched, no new ones coming | zh: 入队的 URL 都已抓取，也不会再有新的
            for w in workers:
                w.cancel()
    await runner.cleanup()
    for path, (depth, status) in sorted(results.items()):
        print(f"depth {depth}  {status}  {path}")
    bad = sum(1 for _, status in results.values() if status == "bad URL")
    print(f"{len(results) - bad} URLs fetched, {len(seen)} URLs seen, {bad} malformed link skipped")


asyncio.run(main())
