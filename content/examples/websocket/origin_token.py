# requires: python>=3.11
# packages: websockets
# en: Refusing cross-site WebSocket hijacking: the server accepts a handshake only from its own
# en: front-end origin and only with a valid token, and refuses everything else before accepting.
# zh: 防范跨站 WebSocket 劫持：服务端只接受来自自家前端源的握手，而且必须带有效令牌；
# zh: 其他一律在接受握手之前拒绝。
import asyncio
import secrets
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
from websockets.exceptions import InvalidStatus

APP_ORIGIN = "https://app.example.com"  # en: the site whose pages may open connections | zh: 允许其页面建立连接的站点
# en: in production: short-lived tokens from your HTTP API
# zh: 生产环境中：由你的 HTTP 接口签发短期有效的令牌
TOKENS = {secrets.token_urlsafe(16): "alice"}


def check_token(connection, request):
    # en: Runs before the handshake is accepted: return None to go on, or a response to refuse.
    # zh: 在接受握手之前运行：返回 None 表示继续，返回一个响应表示拒绝。
    token = parse_qs(urlsplit(request.path).query).get("token", [""])[0]
    if token not in TOKENS:
        return connection.respond(HTTPStatus.UNAUTHORIZED, "missing or invalid token\n")
    return None


async def hello(websocket) -> None:
    token = parse_qs(urlsplit(websocket.request.path).query)["token"][0]
    await websocket.send(f"hello {TOKENS[token]}")


async def attempt(label: str, uri: str, origin: str) -> None:
    try:
        async with connect(uri, origin=origin) as ws:
            print(f"{label}: accepted, server says {await ws.recv()!r}")
    except InvalidStatus as e:  # en: the server answered the handshake with an HTTP error | zh: 服务端用 HTTP 错误回应了握手
        print(f"{label}: refused with HTTP {e.response.status_code}")


async def main() -> None:
    # en: origins=: a handshake whose Origin header is not in the list gets 403 Forbidden.
    # en: Add None to the list only if non-browser clients without an Origin header are allowed.
    # zh: origins=：Origin 请求头不在列表中的握手会得到 403 Forbidden。
    # zh: 只有在允许不带 Origin 请求头的非浏览器客户端时，才把 None 加进列表。
    async with serve(hello, "127.0.0.1", 0, origins=[APP_ORIGIN], process_request=check_token) as server:
        base = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
        token = next(iter(TOKENS))
        await attempt("own page, with token", f"{base}?token={token}", APP_ORIGIN)
        await attempt("another site's page, with token", f"{base}?token={token}", "https://evil.example")
        await attempt("own page, no token", base, APP_ORIGIN)


asyncio.run(main())
