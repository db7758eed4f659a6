# requires: python>=3.11
# en: An ASGI application is just an async callable app(scope, receive, send).
# en: Here we play the server ourselves: build the scope, feed events, collect what it sends.
# zh: ASGI 应用不过是一个异步可调用对象 app(scope, receive, send)。
# zh: 这里我们自己扮演服务端：构造 scope，送入事件，收集应用发回的内容。
import asyncio
import json


async def app(scope: dict, receive, send) -> None:
    if scope["type"] == "lifespan":  # en: startup/shutdown messages from the server | zh: 服务端发来的启动/关闭消息
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    assert scope["type"] == "http"
    body = b""
    while True:  # en: the request body may arrive in several chunks | zh: 请求体可能分成几块到达
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    payload = json.dumps({"method": scope["method"], "path": scope["path"], "got": len(body)})
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": payload.encode()})


async def call_http(method: str, path: str, chunks: list[bytes]) -> None:
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "path": path, "query_string": b"", "headers": []}
    incoming = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
                for i, c in enumerate(chunks)]

    async def receive() -> dict:
        return incoming.pop(0)

    async def send(message: dict) -> None:
        print("  app sent:", message["type"], message.get("status", message.get("body", b"")))

    print(f"{method} {path}")
    await app(scope, receive, send)


async def main() -> None:
    lifespan_inbox: asyncio.Queue = asyncio.Queue()

    async def send(message: dict) -> None:
        print("  app sent:", message["type"])

    # en: A server runs the lifespan call for the whole life of the app, next to the requests.
    # zh: 应用运行期间，服务端一直保持这次 lifespan 调用，与各个请求并行。
    lifespan = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}}, lifespan_inbox.get, send))
    print("startup")
    await lifespan_inbox.put({"type": "lifespan.startup"})
    await asyncio.sleep(0)  # en: let the app answer | zh: 让应用先回应
    await call_http("GET", "/", [b""])
    await call_http("POST", "/upload", [b"hello ", b"world"])
    print("shutdown")
    await lifespan_inbox.put({"type": "lifespan.shutdown"})
    await lifespan


asyncio.run(main())
