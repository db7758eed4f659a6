# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# timeout: 30
# A polite crawler over three local sites: robots.txt (Disallow, Crawl-delay, RFC 9309 errors),
# a per-host concurrency limit and spacing between requests, an allow-list of hosts, per-request
# timeouts, retries with back-off for timeouts and 5xx answers, HTML only with a size cap,
# and errors caught per URL so one bad page cannot stop the crawl.
import asyncio
import urllib.robotparser
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from aiohttp import web

USER_AGENT = "guide-crawler/1.0"
PER_HOST = 2  # at most 2 requests in flight per host
MIN_DELAY = 0.05  # our own spacing between requests to one host, if robots.txt sets none
ATTEMPTS = 2  # one retry
MAX_BYTES = 100_000  # never keep more than this of one page in memory


# ---- the two local sites ---------------------------------------------------------------
def make_site(pages: dict, robots: str | int, bases: dict, stats: dict) -> web.Application:
    stats.update(in_flight=0, peak=0, starts=[])  # what the server observed

    async def handler(request: web.Request) -> web.Response:
        if request.path == "/slow":  # slower than the client's timeout; not counted below,
            await asyncio.sleep(1.0)  # since it may outlive the client's request
            return web.Response(text="too late")
        if request.path != "/robots.txt":
            stats["starts"].append(asyncio.get_running_loop().time())
        stats["in_flight"] += 1
        stats["peak"] = max(stats["peak"], stats["in_flight"])
        try:
            if request.path == "/robots.txt":  # its text, or an error status
                return web.Response(text=robots) if isinstance(robots, str) else web.Response(status=robots)
            if request.path == "/broken":
                raise web.HTTPInternalServerError()
            if request.path == "/huge":  # bigger than the crawler reads
                return web.Response(text="<p>" + "x" * 2 * MAX_BYTES, content_type="text/html")
            if request.path == "/manual.pdf":
                return web.Response(body=b"%PDF-1.7", content_type="application/pdf")
            if request.path not in pages:
                raise web.HTTPNotFound()
            links = [href.format(**bases) for href in pages[request.path]]
            html = "".join(f'<a href="{href}">x</a>' for href in links)
            return web.Response(text=html, content_type="text/html")
        finally:
            stats["in_flight"] -= 1

    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    return app


SITE_A = {
    "/": ["/about", "/blog", "/private/admin", "/slow", "{b}/", "{c}/", "https://example.com/"],
    "/about": ["/", "/blog", "/huge", "/manual.pdf", "http://[::1"],  # the last link is malformed
    "/blog": ["/blog/1", "/blog/2", "/blog/3"],
    "/blog/1": ["/blog", "/broken"],
    "/blog/2": ["/blog/1"],
    "/blog/3": ["/blog/2", "{b}/docs"],
}
SITE_B = {"/": ["/docs", "{a}/about"], "/docs": ["/"]}
SITE_C = {"/": ["/news"], "/news": []}  # its robots.txt answers 503


# ---- the crawler -----------------------------------------------------------------------
@dataclass
class Host:
    robots: urllib.robotparser.RobotFileParser
    delay: float  # seconds between two request starts
    robots_note: str  # how robots.txt was obtained
    sem: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(PER_HOST))
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found += [v for k, v in attrs if tag == "a" and k == "href" and v]


class Crawler:
    def __init__(self, session: aiohttp.ClientSession, allowed: set[str]) -> None:
        self.session, self.allowed = session, allowed
        self.hosts: dict[str, Host] = {}
        # One lock per host: while one host's robots.txt is slow, workers for other hosts go on.
        self.robots_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.queue: asyncio.Queue = asyncio.Queue()
        self.seen: set[str] = set()
        self.report: dict[str, str] = {}

    def enqueue(self, url: str) -> None:
        url = urldefrag(url).url  # drop #fragment; raises ValueError for a malformed URL
        if url in self.seen:  # deduplicate: each URL is queued once
            return
        self.seen.add(url)
        if urlsplit(url).netloc in self.allowed:
            self.queue.put_nowait(url)
        else:
            self.report[url] = "skipped: host not on the allow-list"

    async def host_for(self, url: str) -> Host:
        netloc = urlsplit(url).netloc
        async with self.robots_locks[netloc]:  # fetch robots.txt once per host
            if netloc not in self.hosts:
                robots = urllib.robotparser.RobotFileParser()
                try:
                    async with self.session.get(f"http://{netloc}/robots.txt") as resp:
                        status, text = resp.status, await resp.text()
                except (aiohttp.ClientError, TimeoutError) as e:
                    status, text = 0, type(e).__name__
                if status == 200:
                    rules, note = text.splitlines(), "robots.txt"
                elif 400 <= status < 500:  # RFC 9309: no robots.txt, so no rules
                    rules, note = [], f"robots.txt HTTP {status}: allow all"
                else:  # RFC 9309: 5xx or unreachable, so assume everything is disallowed
                    rules = ["User-agent: *", "Disallow: /"]
                    note = f"robots.txt {'HTTP ' + str(status) if status else text}: disallow all"
                robots.parse(rules)
                delay = max(MIN_DELAY, robots.crawl_delay(USER_AGENT) or 0)  # whole seconds
                self.hosts[netloc] = Host(robots, delay, note)
        return self.hosts[netloc]

    async def polite_get(self, host: Host, url: str) -> tuple[int, str | None]:
        """The status and the page's HTML (None if it is not HTML)."""
        async with host.sem:  # per-host concurrency limit
            async with host.lock:  # per-host spacing between request starts
                loop = asyncio.get_running_loop()
                await asyncio.sleep(max(0.0, host.next_start - loop.time()))
                host.next_start = loop.time() + host.delay
            async with self.session.get(url) as resp:
                if resp.content_type != "text/html":
                    return resp.status, None
                if (resp.content_length or 0) > MAX_BYTES:
                    raise ValueError(f"body over {MAX_BYTES} bytes")
                body = b""
                # read(n) returns what has arrived, at most n bytes, and b"" at the end of the body.
                while chunk := await resp.content.read(MAX_BYTES + 1 - len(body)):
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise ValueError(f"body over {MAX_BYTES} bytes")
                return resp.status, body.decode(resp.charset or "utf-8")

    async def fetch(self, url: str) -> None:
        host = await self.host_for(url)
        if not host.robots.can_fetch(USER_AGENT, url):
            self.report[url] = f"skipped: disallowed ({host.robots_note})"
            return
        for attempt in range(1, ATTEMPTS + 1):
            try:
                status, html = await self.polite_get(host, url)
                if status < 500:
                    break
                problem = f"HTTP {status}"
            except TimeoutError:  # aiohttp's timeouts are TimeoutError (or subclasses)
                problem = "timeout"
            if attempt < ATTEMPTS:
                await asyncio.sleep(0.1 * 2 ** attempt)  # back-off before the retry
        else:
            self.report[url] = f"failed after {ATTEMPTS} attempts: {problem}"
            return
        if html is None:
            self.report[url] = f"HTTP {status}, skipped: not HTML"
            return
        self.report[url] = f"HTTP {status}"
        parser = Links()
        parser.feed(html)
        for href in parser.found:
            try:
                self.enqueue(urljoin(url, href))
            except ValueError:  # a malformed href such as http://[::1: skip the link, keep the page
                self.report[href] = "skipped: malformed URL"

    async def worker(self) -> None:
        while True:
            url = await self.queue.get()
            try:
                await self.fetch(url)
            except Exception as e:  # one bad page must not end the crawl: an error leaving a worker
                # makes the TaskGroup cancel every worker. CancelledError is no Exception, so it passes.
                self.report[url] = f"error: {type(e).__name__}: {e}"
            finally:
                self.queue.task_done()


async def main() -> None:
    robots_a = "User-agent: *\nDisallow: /private\n"
    robots_b = "User-agent: *\nCrawl-delay: 1\n"  # urllib.robotparser reads whole seconds
    bases: dict[str, str] = {}
    stats: dict[str, dict] = {"a": {}, "b": {}, "c": {}}
    apps = {"a": make_site(SITE_A, robots_a, bases, stats["a"]),
            "b": make_site(SITE_B, robots_b, bases, stats["b"]),
            "c": make_site(SITE_C, 503, bases, stats["c"])}
    runners = []
    for key, app in apps.items():
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        runners.append(runner)
        bases[key] = f"http://127.0.0.1:{runner.addresses[0][1]}"  # pages link across sites

    allowed = {urlsplit(base).netloc for base in bases.values()}  # never leave these hosts
    timeout = aiohttp.ClientTimeout(total=0.3)
    async with aiohttp.ClientSession(timeout=timeout, headers={"User-Agent": USER_AGENT}) as session:
        crawler = Crawler(session, allowed)
        crawler.enqueue(bases["a"] + "/")
        async with asyncio.TaskGroup() as tg:
            workers = [tg.create_task(crawler.worker()) for _ in range(4)]
            await crawler.queue.join()
            for w in workers:
                w.cancel()
    for runner in runners:
        await runner.cleanup()

    names = {urlsplit(base).netloc: name for name, base in bases.items()}  # hide the ports
    lines = []
    for url, outcome in crawler.report.items():
        if outcome == "skipped: malformed URL":  # urlsplit() would raise on it again
            lines.append((url, outcome))
            continue
        parts = urlsplit(url)
        lines.append((names.get(parts.netloc, parts.netloc) + parts.path, outcome))
    for where, outcome in sorted(lines):
        print(f"{where:<17} {outcome}")
    for name in ("a", "b"):
        print(f"site {name}: at most {PER_HOST} requests at once: {stats[name]['peak'] <= PER_HOST}")
    starts = stats["b"]["starts"]  # site b asked for Crawl-delay: 1
    spaced = all(t2 - t1 > 0.9 for t1, t2 in zip(starts, starts[1:]))
    print("site b: requests at least 1s apart:", spaced)


asyncio.run(main())
