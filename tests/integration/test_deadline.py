"""The deadline is a wall clock, whatever the server does.

A server that trickles its status line, its headers or its body a byte at a time, or reads an
upload slowly, never holds a call past its limit: the attempt's ``timeout`` (REST calls and
token exchanges) or the call's ``deadline`` (any request), plus a small margin. Each case here
would last tens of seconds without the watchdog; the margins are loose on purpose (a slow
machine makes the call end sooner, never later). Each test drives its client through ``kit``:
test_aio_deadline runs them again with an AsyncClient.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest
from hostile_support import (
    MARGIN,
    SLOW_HEAD,
    Handler,
    HostileServer,
    SyncKit,
    nothing_left,
    paced_body,
    sizes_then,
    took,
    trickle,
    trickled_body,
    trickled_image,
)

from flickr_api import AuthHandler, RetryConfig
from flickr_api.errors import FlickrConnectionError, FlickrTLSError

NO_RETRY = RetryConfig(max_retries=0)
GIB = 1024 * 1024 * 1024


def _client(kit: SyncKit, server: HostileServer, timeout: float = 30.0,
            deadline: float | None = None, **kw: Any) -> Any:
    retry = kw.pop("retry", None) or RetryConfig(max_retries=5, base_delay=0.01, max_delay=0.02,
                                                 deadline=deadline)
    return kit.client(server.base_url, retry=retry, timeout=timeout, **kw)


def test_a_trickled_status_line_and_headers_end_at_the_timeout(kit, server):
    server.behaviour = trickle(server, SLOW_HEAD)
    client = _client(kit, server, timeout=0.4, retry=NO_RETRY)
    assert took(lambda: kit.call(client, "flickr.test.echo")) < 0.4 + MARGIN


def test_trickled_headers_end_at_the_deadline_retries_included(kit, server):
    server.behaviour = trickle(server, SLOW_HEAD)
    client = _client(kit, server, timeout=30.0, deadline=0.6)
    assert took(lambda: kit.call(client, "flickr.test.echo")) < 0.6 + MARGIN
    assert server.connections == 1  # the attempt used up the call's time


def test_a_trickled_body_ends_at_the_timeout(kit, server):
    server.behaviour = trickled_body(server, 5000)
    client = _client(kit, server, timeout=0.4, retry=NO_RETRY)
    assert took(lambda: kit.call(client, "flickr.test.echo")) < 0.4 + MARGIN


def test_a_token_exchange_ends_at_the_timeout(kit, server):
    server.behaviour = trickle(server, SLOW_HEAD)
    client = _client(kit, server, timeout=0.4, retry=NO_RETRY)
    assert took(lambda: kit.request_token(client)) < 0.4 + MARGIN


def test_a_trickled_download_ends_at_the_deadline_and_leaves_no_file(kit, server, tmp_path):
    server.behaviour = sizes_then(server, trickled_image(server))
    client = _client(kit, server, timeout=30.0, deadline=0.8)
    elapsed = took(lambda: kit.download_photo("1", tmp_path / "photo.jpg", client=client))
    assert elapsed < 0.8 + MARGIN
    assert nothing_left(tmp_path)


def test_a_huge_body_ends_at_the_deadline_and_leaves_no_file(kit, server, tmp_path):
    """1 GiB sent at a steady pace (minutes of transfer, each byte earning its attempt time):
    the call's deadline still ends it."""
    server.behaviour = sizes_then(server, paced_body(server, GIB))
    client = _client(kit, server, timeout=30.0, deadline=0.8)
    elapsed = took(lambda: kit.download_photo("1", tmp_path / "photo.jpg", client=client,
                                              max_bytes=2 * GIB))
    assert elapsed < 0.8 + MARGIN
    assert nothing_left(tmp_path)


def test_a_download_that_crawls_is_cut_without_a_deadline(kit, server, tmp_path):
    """No deadline set: a transfer earns time for the bytes it moves, and a crawl earns little."""

    server.behaviour = sizes_then(server, trickled_image(server))
    client = _client(kit, server, timeout=0.5, retry=NO_RETRY)
    elapsed = took(lambda: kit.download_photo("1", tmp_path / "photo.jpg", client=client))
    assert elapsed < 0.5 * 3 + MARGIN  # the getSizes call, then the crawling download


def test_an_upload_read_slowly_ends_at_the_deadline(kit, server, tmp_path):
    def slow_reader(h: Handler) -> None:
        length = int(h.headers.get("Content-Length", "0"))
        while length > 0 and not server.stopping.wait(0.02):
            try:
                chunk = h.rfile.read(min(length, 4096))
            except OSError:
                return
            if not chunk:
                return
            length -= len(chunk)

    server.behaviour = slow_reader
    photo = tmp_path / "big.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"\0" * (24 * 1024 * 1024))
    client = _client(kit, server, timeout=30.0, deadline=0.8,
                     auth_handler=AuthHandler.create("token", "token-secret"))
    assert took(lambda: kit.upload(client, str(photo), title="slow")) < 0.8 + MARGIN


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_refused_connection_says_so_without_the_query(kit):
    client = kit.client(f"http://127.0.0.1:{_closed_port()}", key="the-api-key")
    with pytest.raises(FlickrConnectionError) as info:
        kit.call(client, "flickr.photos.search", text="private words")
    message = str(info.value)
    assert "Connection refused" in message
    assert "the-api-key" not in message and "private" not in message and "?" not in message
    assert info.value.request_sent is False


def test_a_tls_failure_is_typed_and_not_retried(kit, server):
    """https to a server that speaks plain http: the handshake fails, the same every time."""
    client = kit.client(server.base_url.replace("http:", "https:"),
                        retry=RetryConfig(max_retries=3, base_delay=0.01, max_delay=0.02))
    with pytest.raises(FlickrTLSError, match="secure connection"):
        kit.call(client, "flickr.test.echo")
    assert server.connections == 1
