"""A server that misbehaves on purpose: huge, bomb, trickling and silent replies end as typed
errors within the timeout and with bounded memory; good replies reuse one connection. Each test
drives its client through ``kit``: test_aio_hostile_server runs them again with an
AsyncClient."""

from __future__ import annotations

import gzip
import time
from typing import Any

import pytest
from hostile_support import (
    OK,
    Handler,
    HostileServer,
    SyncKit,
    cut_short,
    declared_huge,
    endless,
    ok,
    serve,
    trickled_body,
)

from flickr_api import RetryConfig
from flickr_api._parsing import MAX_REPLY_BYTES
from flickr_api.errors import FlickrConnectionError, FlickrServerError, FlickrTimeoutError

NO_RETRY = RetryConfig(max_retries=0)


@pytest.fixture(autouse=True)
def _replies_ok(server):
    server.behaviour = ok


def _client(kit: SyncKit, server: HostileServer, retry: RetryConfig = NO_RETRY,
            timeout: float = 0.3) -> Any:
    return kit.client(server.base_url, retry=retry, timeout=timeout)


def _echo(kit: SyncKit, client: Any) -> Any:
    return kit.call(client, "flickr.test.echo")


def test_good_replies_reuse_one_connection(kit, server):
    replies = kit.call_many(_client(kit, server), "flickr.test.echo", 20)
    assert [reply["stat"] for reply in replies] == ["ok"] * 20
    assert server.connections == 1


def test_a_declared_huge_reply_is_refused_before_reading(kit, server):
    server.behaviour = declared_huge(server, MAX_REPLY_BYTES * 4)
    client = _client(kit, server, RetryConfig(max_retries=3, base_delay=0.01, max_delay=0.01))
    began = time.monotonic()
    with pytest.raises(FlickrServerError, match="too large"):
        _echo(kit, client)
    assert time.monotonic() - began < 5  # did not read on while the server held the line
    assert server.connections == 1  # not retried


def test_an_undeclared_huge_reply_is_cut_at_the_cap(kit, server):
    server.behaviour = endless(server, "application/json", b"a" * 65536)
    with pytest.raises(FlickrServerError, match="too large"):
        _echo(kit, _client(kit, server, timeout=5))


def test_a_compression_bomb_is_cut_at_the_cap(kit, server):
    bomb = gzip.compress(b"\0" * (MAX_REPLY_BYTES * 2), compresslevel=9)
    assert len(bomb) < MAX_REPLY_BYTES // 100

    server.behaviour = serve(bomb, content_type="application/json", Content_Encoding="gzip")
    with pytest.raises(FlickrServerError, match="too large"):
        _echo(kit, _client(kit, server, timeout=5))


def test_a_trickling_reply_times_out_as_a_whole(kit, server):
    server.behaviour = trickled_body(server, 1000)
    began = time.monotonic()
    with pytest.raises(FlickrTimeoutError, match=r"longer than 0\.3 s"):
        _echo(kit, _client(kit, server, timeout=0.3))
    assert time.monotonic() - began < 5  # the trickle goes on until the server stops


def test_a_silent_server_times_out_and_the_deadline_bounds_the_retries(kit, server):
    server.behaviour = lambda h: server.stopping.wait(5)
    retry = RetryConfig(max_retries=20, base_delay=0.01, max_delay=0.02, deadline=0.5)
    client = _client(kit, server, retry, timeout=0.2)
    began = time.monotonic()
    with pytest.raises(FlickrTimeoutError):
        _echo(kit, client)
    assert time.monotonic() - began < 21 * 0.2  # what the 21 attempts would take
    assert 1 <= server.connections <= 4  # a slow machine makes fewer, never more


def test_a_reply_cut_by_the_server_is_a_connection_error(kit, server):
    server.behaviour = cut_short(OK, len(OK) * 2)
    with pytest.raises(FlickrConnectionError, match="broke off"):
        _echo(kit, _client(kit, server))


def test_content_type_is_not_trusted_but_the_content_is(kit, server):
    def mislabelled(h: Handler) -> None:
        h.head(length=len(OK), content_type="text/html")
        h.wfile.write(OK)

    server.behaviour = mislabelled
    assert _echo(kit, _client(kit, server))["user"]["id"] == "1@N01"

    def invalid_utf8(h: Handler) -> None:
        body = b'{"stat":"ok","title":"\xff"}'
        h.head(length=len(body))
        h.wfile.write(body)

    server.behaviour = invalid_utf8
    with pytest.raises(FlickrServerError, match="not valid UTF-8"):
        _echo(kit, _client(kit, server))
