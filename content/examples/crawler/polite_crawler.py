# requires: python>=3.11
# packages: aiohttp
# browser: no (network)
# timeout: 30
# en: A polite crawler over three local sites: robots.txt (Disallow, Crawl-delay, RFC 9309 errors),
# en: a per-host concurrency limit and spacing between requests, an allow-list of hosts, per-request
# en: timeouts, retries with back-off for timeouts and 5xx answers, HTML only with a size cap,
# en: and errors caught per URL so one bad page cannot stop the crawl.
# zh: 一个礼貌的爬虫，抓取三个本地站点：遵守 robots.txt（Disallow、Crawl-delay、RFC 9309 规定的错误处理），
# zh: 按主机限制并发并拉开请求间隔，只访问允许列表里的主机，每个请求都有超时，
# zh: 超时和 5xx 响应会退避重试，只处理 HTML 并限制大小，
# zh: 并且按 URL 分别捕获错误，一个坏页面不会让整个抓取停下。
import asyncio
import urllib.robotparser
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from aiohttp import web

USER_AGENT = "guide-crawler/1.0"
PER_HOST = 2  # en: at most 2 requests in flight per host | zh: 每个主机同时最多 2 个请求
# en: our own spacing between requests to one host, if robots.txt sets none
# zh: robots.txt 没有规定时，我们自己对同一主机的请求间隔
MIN_DELAY = 0.05
ATTEMPTS = 2  # en: one retry | zh: 重试一次
MAX_BYTES = 100_000  # en: never keep more than this of one page in memory | zh: 单个页面在内存中最多只保留这么多


# en: ---- the two local sites ---- | zh: ---- 两个本地站点 ----
def make_site(pages: dict, robots: str | int, bases: dict, stats: dict) -> web.Application:
    stats.update(in_flight=0, peak=0, starts=[])  # en: what the server observed | zh: 服务器观察到的情况

    async def handler(request: web.Request) -> web.Response:
        # en: slower than the client's timeout; not counted below,
        # en: since it may outlive the client's request
        # zh: 比客户端的超时还慢；下面不统计它，
        # zh: 因为它可能在客户端的请求结束后还在运行
        if request.path == "/slow":
            await asyncio.sleep(1.0)
            return web.Response(text="too late")
        if request.path != "/robots.txt":
            stats["starts"].append(asyncio.get_running_loop().time())
        stats["in_flight"] += 1
        stats["peak"] = max(stats["peak"], stats["in_flight"])
        try:
            if request.path == "/robots.txt":  # en: its text, or an error status | zh: 返回它的文本，或者一个错误状态码
                return web.Response(text=robots) if isinstance(robots, str) else web.Response(status=robots)
            if request.path == "/broken":
                raise web.HTTPInternalServerError()
            if request.path == "/huge":  # en: bigger than the crawler reads | zh: 比爬虫愿意读取的还大
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
    # en: the last link is malformed
    # zh: 最后一个链接格式有误
    "/about": ["/", "/blog", "/huge", "/manual.pdf", "http://[::1"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3"],
    "/blog/1": ["/blog", "/broken"],
    "/blog/2": ["/blog/1"],
    "/blog/3": ["/blog/2", "{b}/docs"],
}
SITE_B = {"/": ["/docs", "{a}/about"], "/docs": ["/"]}
SITE_C = {"/": ["/news"], "/news": []}  # en: its robots.txt answers 503 | zh: 它的 robots.txt 返回 503


# en: ---- the crawler ---- | zh: ---- 爬虫 ----
@dataclass
class Host:
    robots: urllib.robotparser.RobotFileParser
    delay: float  # en: seconds between two request starts | zh: 两次请求开始之间的秒数
    robots_note: str  # en: how robots.txt was obtained | zh: robots.txt 是怎么获取的
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
        # en: One lock per host: while one host's robots.txt is slow, workers for other hosts go on.
        # zh: 每个主机一把锁：某个主机的 robots.txt 很慢时，其他主机的 worker 照常工作。
        self.robots_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.queue: asyncio.Queue = asyncio.Queue()
        self.seen: set[str] = set()
        self.report: dict[str, str] = {}

    def enqueue(self, url: str) -> None:
        # en: drop #fragment; raises ValueError for a malformed URL
        # zh: 去掉 #fragment；URL 格式有误时抛出 ValueError
        url = urldefrag(url).url
        if url in self.seen:  # en: deduplicate: each URL is queued once | zh: 去重：每个 URL 只入队一次
            return
        self.seen.add(url)
        if urlsplit(url).netloc in self.allowed:
            self.queue.put_nowait(url)
        else:
            self.report[url] = "skipped: host not on the allow-list"

    async def host_for(self, url: str) -> Host:
        netloc = urlsplit(url).netloc
        async with self.robots_locks[netloc]:  # en: fetch robots.txt once per host | zh: 每个主机只获取一次 robots.txt
            if netloc not in self.hosts:
                robots = urllib.robotparser.RobotFileParser()
                try:
                    async with self.session.get(f"http://{netloc}/robots.txt") as resp:
                        status, text = resp.status, await resp.text()
                except (aiohttp.ClientError, TimeoutError) as e:
                    status, text = 0, type(e).__name__
                if status == 200:
                    rules, note = text.splitlines(), "robots.txt"
                elif 400 <= status < 500:
                    # en: RFC 9309: no robots.txt, so no rules
                    # zh: RFC 9309：没有 robots.txt，也就没有规则
                    rules, note = [], f"robots.txt HTTP {status}: allow all"
                else:
                    # en: RFC 9309: 5xx or unreachable, so assume everything is disallowed
                    # zh: RFC 9309：5xx 或无法访问，视为全部禁止
                    rules = ["User-agent: *", "Disallow: /"]
                    note = f"robots.txt {'HTTP ' + str(status) if status else text}: disallow all"
                robots.parse(rules)
                delay = max(MIN_DELAY, robots.crawl_delay(USER_AGENT) or 0)  # en: whole seconds | zh: 整数秒
                self.hosts[netloc] = Host(robots, delay, note)
        return self.hosts[netloc]

    async def polite_get(self, host: Host, url: str) -> tuple[int, str | None]:
        """en: The status and the page's HTML (None if it is not HTML).
        zh: 返回状态码和页面的 HTML（不是 HTML 时为 None）。"""
        async with host.sem:  # en: per-host concurrency limit | zh: 按主机限制并发
            async with host.lock:  # en: per-host spacing between request starts | zh: 按主机拉开请求开始的间隔
                loop = asyncio.get_running_loop()
                await asyncio.sleep(max(0.0, host.next_start - loop.time()))
                host.next_start = loop.time() + host.delay
            async with self.session.get(url) as resp:
                if resp.content_type != "text/html":
                    return resp.status, None
                if (resp.content_length or 0) > MAX_BYTES:
                    raise ValueError(f"body over {MAX_BYTES} bytes")
                body = b""
                # en: read(n) returns what has arrived, at most n bytes, and b"" at the end of the body.
                # zh: read(n) 返回已经到达的数据，最多 n 字节；到达正文末尾时返回 b""。
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
            except TimeoutError:
                # en: aiohttp's timeouts are TimeoutError (or subclasses)
                # zh: aiohttp 的超时都是 TimeoutError（或其子类）
                problem = "timeout"
            if attempt < ATTEMPTS:
                await asyncio.sleep(0.1 * 2 ** attempt)  # en: back-off before the retry | zh: 重试前先退避
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
            except ValueError:
                # en: a malformed href such as http://[::1: skip the link, keep the page
                # zh: 格式有误的 href，例如 http://[::1：跳过这个链接，页面照常处理
                self.report[href] = "skipped: malformed URL"

    async def worker(self) -> None:
        while True:
            url = await self.queue.get()
            try:
                await self.fetch(url)
            except Exception as e:
                # en: One bad page must not end the crawl: an error leaving a worker
                # en: makes the TaskGroup cancel every worker. CancelledError is no Exception, so it passes.
                # zh: 一个坏页面不能让整个抓取停下：异常一旦逃出 worker，
                # zh: TaskGroup 就会取消所有 worker。CancelledError 不是 Exception，所以不会被这里捕获。
                self.report[url] = f"error: {type(e).__name__}: {e}"
            finally:
                self.queue.task_done()


async def main() -> None:
    robots_a = "User-agent: *\nDisallow: /private\n"
    # en: urllib.robotparser reads whole seconds
    # zh: urllib.robotparser 只读取整数秒
    robots_b = "User-agent: *\nCrawl-delay: 1\n"
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
        bases[key] = f"http://127.0.0.1:{runner.addresses[0][1]}"  # en: pages link across sites | zh: 页面会链接到别的站点

    allowed = {urlsplit(base).netloc for base in bases.values()}  # en: never leave these hosts | zh: 绝不离开这几个主机
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

    names = {urlsplit(base).netloc: name for name, base in bases.items()}  # en: hide the ports | zh: 隐藏端口号
    lines = []
    for url, outcome in crawler.report.items():
        # en: urlsplit() would raise on it again
        # zh: 对它再调用 urlsplit() 还会抛出异常
        if outcome == "skipped: malformed URL":
            lines.append((url, outcome))
            continue
        parts = urlsplit(url)
        lines.append((names.get(parts.netloc, parts.netloc) + parts.path, outcome))
    for where, outcome in sorted(lines):
        print(f"{where:<17} {outcome}")
    for name in ("a", "b"):
        print(f"site {name}: at most {PER_HOST} requests at once: {stats[name]['peak'] <= PER_HOST}")
    starts = stats["b"]["starts"]  # en: site b asked for Crawl-delay: 1 | zh: 站点 b 要求 Crawl-delay: 1
    spaced = all(t2 - t1 > 0.9 for t1, t2 in zip(starts, starts[1:]))
    print("site b: requests at least 1s apart:", spaced)


asyncio.run(main())
