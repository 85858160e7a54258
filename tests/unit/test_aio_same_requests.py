"""The sync and the async client send byte-identical requests for the same calls: one request
path, two transports. Nonces, timestamps and multipart boundaries are fixed so that the bytes
can be compared; the transports are mocks, no socket is opened."""

from __future__ import annotations

import asyncio
import itertools
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from flickr_api import AuthHandler, Client
from flickr_api._transport import HTTPRequest, MockTransport, Reply
from flickr_api.aio import AsyncAuthHandler, AsyncClient, AsyncMockTransport

PHOTOS = {"photos": {"page": 1, "pages": 1, "perpage": 5, "total": 1,
                     "photo": [{"id": "7", "owner": "1@N01", "title": "seven"}]}, "stat": "ok"}
TOKEN_REPLY = b"oauth_callback_confirmed=true&oauth_token=rt&oauth_token_secret=rs"
BASE = "http://127.0.0.1:1"
ACCESS_REPLY = (b"fullname=A&oauth_token=at&oauth_token_secret=as&user_nsid=1%40N01"
                b"&username=alice")


def answer(request: HTTPRequest) -> Reply:
    """Flickr's reply to each kind of request."""
    if "/oauth/request_token" in request.url:
        return Reply(200, {"Content-Type": "text/plain"}, TOKEN_REPLY)
    if "/oauth/access_token" in request.url:
        return Reply(200, {"Content-Type": "text/plain"}, ACCESS_REPLY)
    if request.url.endswith("_o.jpg"):
        return Reply(200, {"Content-Type": "image/jpeg", "ETag": '"v1"'},
                     b"\xff\xd8\xff" + bytes(600_000))
    if "/services/upload" in request.url:
        return Reply(200, {"Content-Type": "text/xml"},
                     b'<?xml version="1.0"?><rsp stat="ok"><photoid>9</photoid></rsp>')
    body = PHOTOS if b"photos.search" in (request.body or b"") + request.url.encode() else {
        "stat": "ok", "photo": {"id": "7", "title": {"_content": "seven"}}}
    return Reply(200, {"Content-Type": "application/json"}, json.dumps(body).encode())


class Nonces:
    """nonce0, nonce1, ... again from 0 after ``restart()``."""

    def __init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        self.numbers = itertools.count()

    def __call__(self) -> str:
        return f"nonce{next(self.numbers)}"


@pytest.fixture(autouse=True)
def nonces(monkeypatch: pytest.MonkeyPatch) -> Nonces:
    import oauthlib.oauth1.rfc5849 as rfc5849

    nonces = Nonces()
    monkeypatch.setattr(rfc5849, "generate_nonce", nonces)
    monkeypatch.setattr(rfc5849, "generate_timestamp", lambda: "1700000000")
    monkeypatch.setattr("flickr_api.transfer.multipart.secrets.token_hex", lambda n: "b" * n)
    return nonces


def calls(image: Path) -> list[Callable[[Any], Any]]:
    """The same calls, for either client (the async ones are awaited by the caller): REST
    calls, objects, an upload and a download."""
    return [
        lambda c: c.api.photos.search(tags="cat", per_page=5),
        lambda c: c.api.photos.setMeta(photo_id="7", title="Café ☕", description="a & b"),
        lambda c: c.call("flickr.test.echo", many=["a", "b"], flag=True),
        lambda c: c.objects.Photo(id="7").getInfo(),
        lambda c: c.objects.Photo.search(user_id="me", per_page=5),
        lambda c: c.upload(image, title="Up", tags=["x", "y"]),
        lambda c: c.download(c.objects.Photo(id="7", url_o=f"{BASE}/65535/7_a_o.jpg"),
                             image.with_name("saved")),
    ]


def test_both_clients_send_the_same_bytes(tmp_path: Path, nonces: Nonces):
    image = tmp_path / "photo.jpg"
    image.write_bytes(b"\xff\xd8\xff" + bytes(70_000))
    options: dict[str, Any] = {"base_url": BASE, "rate_limit": None}

    sync = MockTransport(answer)
    client = Client("key", "secret", auth_handler=AuthHandler.create("tok", "toksecret"),
                    transport=sync, **options)
    for call in calls(image):
        call(client)
    handler = AuthHandler(callback="http://app.example/back", client=client)
    handler.get_authorization_url("write")
    handler.set_verifier("http://app.example/back?oauth_token=rt&oauth_verifier=v")

    aio = AsyncMockTransport(answer)
    nonces.restart()

    async def run_async() -> None:
        async with AsyncClient("key", "secret", transport=aio,
                               auth_handler=AsyncAuthHandler.create("tok", "toksecret"),
                               **options) as async_client:
            for call in calls(image):
                await call(async_client)
            flow = AsyncAuthHandler(callback="http://app.example/back", client=async_client)
            await flow.get_authorization_url("write")
            await flow.set_verifier("http://app.example/back?oauth_token=rt&oauth_verifier=v")

    asyncio.run(run_async())
    assert len(sync.requests) == 9
    for sent, awaited in zip(sync.requests, aio.requests, strict=True):
        assert sent == awaited  # method, URL with query, every header, the body's bytes
    for first, second in zip(sync.deadlines, aio.deadlines, strict=True):
        assert (first.timeout, first.per_byte) == (second.timeout, second.per_byte)
