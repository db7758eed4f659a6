# requires: python>=3.11
# packages: websockets
# Refusing cross-site WebSocket hijacking: the server accepts a handshake only from its own
# front-end origin and only with a valid token, and refuses everything else before accepting.
import asyncio
import secrets
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.client import connect
from websockets.asyncio.server import serve
from websockets.exceptions import InvalidStatus

APP_ORIGIN = "https://app.example.com"  # the site whose pages may open connections
TOKENS = {secrets.token_urlsafe(16): "alice"}  # in production: short-lived tokens from your HTTP API


def check_token(connection, request):
    # Runs before the handshake is accepted: return None to go on, or a response to refuse.
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
    except InvalidStatus as e:  # the server answered the handshake with an HTTP error
        print(f"{label}: refused with HTTP {e.response.status_code}")


async def main() -> None:
    # origins=: a handshake whose Origin header is not in the list gets 403 Forbidden.
    # Add None to the list only if non-browser clients without an Origin header are allowed.
    async with serve(hello, "127.0.0.1", 0, origins=[APP_ORIGIN], process_request=check_token) as server:
        base = f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
        token = next(iter(TOKENS))
        await attempt("own page, with token", f"{base}?token={token}", APP_ORIGIN)
        await attempt("another site's page, with token", f"{base}?token={token}", "https://evil.example")
        await attempt("own page, no token", base, APP_ORIGIN)


asyncio.run(main())
