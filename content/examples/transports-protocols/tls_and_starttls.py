# requires: python>=3.11
# browser: no (uses sockets and ssl)
# en: TLS with asyncio: a server with ssl=, a client that verifies the certificate, and start_tls()
# en: upgrading a plain connection after a STARTTLS-style exchange. The self-signed certificate for
# en: localhost below is for this demo only (valid for 100 years); never ship a private key in code.
# zh: 用 asyncio 实现 TLS：带 ssl= 参数的服务端、校验证书的客户端，以及在一次类似 STARTTLS 的协商之后
# zh: 用 start_tls() 把明文连接升级为加密连接。下面为 localhost 签发的自签名证书仅供本示例使用
# zh: （有效期 100 年）；切勿在代码里附带私钥发布。
import asyncio
import os
import ssl
import tempfile

CERT = """\
-----BEGIN CERTIFICATE-----
MIIBmjCCAUGgAwIBAgIUQqHrMGIz3pjMqU2TMa7GfUqnb5AwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEzMDE0MjI0N1oYDzIxMjYxMTA2
MTQyMjQ3WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQ8quu/Q+xAb0UwXAjotJEs1YpUMLiWogm42UKuzUaaQT6cdrjFjrga
CEzCO89+w1nRlzwpEJHuKOr/c+em0z+xo28wbTAdBgNVHQ4EFgQU3xQ0f/MTSwEB
mt2DW/f75tpbofMwHwYDVR0jBBgwFoAU3xQ0f/MTSwEBmt2DW/f75tpbofMwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDRwAwRAIgZBZSz0Utr8gbqiv5LzuOLhUbzI1Z+G6p0CRf+AsO3PYCIGZB
fLoAx3rAp1pnLp+DJwVuKOX5+Xv4s7uKXtBZKrfV
-----END CERTIFICATE-----
"""
KEY = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQghrYyuyUIDyxY8owP
GAJEY3HAHspNtZm3VIWXow/nhAuhRANCAAQ8quu/Q+xAb0UwXAjotJEs1YpUMLiW
ogm42UKuzUaaQT6cdrjFjrgaCEzCO89+w1nRlzwpEJHuKOr/c+em0z+x
-----END PRIVATE KEY-----
"""


def contexts(directory):
    cert_file = os.path.join(directory, "cert.pem")
    key_file = os.path.join(directory, "key.pem")
    with open(cert_file, "w") as f:
        f.write(CERT)
    with open(key_file, "w") as f:
        f.write(KEY)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert_file, key_file)
    client_ctx = ssl.create_default_context()  # en: verifies the certificate and the host name | zh: 校验证书和主机名
    client_ctx.load_verify_locations(cert_file)  # en: trust our self-signed certificate | zh: 信任本示例的自签名证书
    return server_ctx, client_ctx


async def tls_echo(reader, writer):
    line = await reader.readline()
    writer.write(b"tls echo: " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def starttls_server(server_ctx, reader, writer):
    if await reader.readline() == b"STARTTLS\n":
        writer.write(b"OK\n")
        await writer.drain()
        await writer.start_tls(server_ctx)  # en: from here on the same connection is encrypted | zh: 从这里开始，同一个连接就是加密的了
        line = await reader.readline()
        writer.write(b"upgraded echo: " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    with tempfile.TemporaryDirectory() as directory:
        server_ctx, client_ctx = contexts(directory)

        server = await asyncio.start_server(tls_echo, "127.0.0.1", 0, ssl=server_ctx)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client_ctx, server_hostname="localhost"
        )
        print("TLS 1.2 or 1.3 negotiated:", writer.get_extra_info("ssl_object").version() in ("TLSv1.2", "TLSv1.3"))
        writer.write(b"hello\n")
        print((await reader.readline()).decode().strip())
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()

        plain = await asyncio.start_server(lambda r, w: starttls_server(server_ctx, r, w), "127.0.0.1", 0)
        port = plain.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)  # en: no TLS yet | zh: 此时还没有 TLS
        writer.write(b"STARTTLS\n")
        print("server says:", (await reader.readline()).decode().strip())
        await writer.start_tls(client_ctx, server_hostname="localhost")  # en: 3.11+ | zh: Python 3.11 起
        print("encrypted now:", writer.get_extra_info("ssl_object") is not None)
        writer.write(b"secret\n")
        print((await reader.readline()).decode().strip())
        writer.close()
        await writer.wait_closed()
        plain.close()
        await plain.wait_closed()

        try:  # en: a client that does not trust the certificate refuses to talk | zh: 不信任该证书的客户端会拒绝通信
            strict = ssl.create_default_context()
            server = await asyncio.start_server(tls_echo, "127.0.0.1", 0, ssl=server_ctx)
            port = server.sockets[0].getsockname()[1]
            await asyncio.open_connection("127.0.0.1", port, ssl=strict, server_hostname="localhost")
        except ssl.SSLCertVerificationError as e:
            print("untrusted certificate refused:", type(e).__name__)
        finally:
            server.close()


asyncio.run(main())
