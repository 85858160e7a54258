"""The deadline is a wall clock for an AsyncClient too: every test of test_deadline, collected
here again with an async ``kit`` (the same trickling servers and limits, not a copy), and an
upload cut off, by its deadline or its caller, leaving no socket open behind it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
from pathlib import Path
from typing import Any, Awaitable, Callable

import pytest
from aio_support import AsyncKit
from hostile_support import HostileServer
from test_deadline import (  # noqa: F401  (collected here with the async kit)
    test_a_download_that_crawls_is_cut_without_a_deadline,
    test_a_huge_body_ends_at_the_deadline_and_leaves_no_file,
    test_a_refused_connection_says_so_without_the_query,
    test_a_tls_failure_is_typed_and_not_retried,
    test_a_token_exchange_ends_at_the_timeout,
    test_a_trickled_body_ends_at_the_timeout,
    test_a_trickled_download_ends_at_the_deadline_and_leaves_no_file,
    test_a_trickled_status_line_and_headers_end_at_the_timeout,
    test_an_upload_read_slowly_ends_at_the_deadline,
    test_trickled_headers_end_at_the_deadline_retries_included,
)

from flickr_api import AuthHandler, RetryConfig
from flickr_api.errors import FlickrTimeoutError


@pytest.fixture
def kit() -> AsyncKit:
    return AsyncKit()



def _sockets_to(port: int) -> list[int]:
    """This process's open file descriptors that are TCP sockets connected to ``port``."""
    fds = {}
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            fds[os.readlink(f"/proc/self/fd/{fd}")] = int(fd)
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return [fds[f"socket:[{row[9]}]"] for row in map(str.split, rows)
            if int(row[2].split(":")[1], 16) == port and f"socket:[{row[9]}]" in fds]


def _upload_to_a_server_that_stops_reading(
        server: HostileServer, tmp_path: Path, deadline: float,
        cut: Callable[[asyncio.Task[Any], Callable[[], list[int]]], Awaitable[None]]) -> list[int]:
    """Upload to ``server``, which reads the headers and never the body, ``cut`` the upload
    (given the client's sockets to the server), and return those still open once the event
    loop turned again."""
    if not Path("/proc/net/tcp").exists():
        pytest.skip("counting sockets needs Linux's /proc")
    server.behaviour = lambda h: server.stopping.wait(30)
    photo = tmp_path / "big.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"\0" * (24 * 1024 * 1024))  # more than socket buffers
    port = int(server.server_address[1])

    async def main() -> list[int]:
        async with AsyncKit().client(server.base_url, timeout=30.0,
                                     retry=RetryConfig(max_retries=0, deadline=deadline),
                                     auth_handler=AuthHandler.create("t", "s")) as client:
            upload = asyncio.create_task(client.upload(str(photo), title="deaf"))
            await cut(upload, lambda: _sockets_to(port))
            await asyncio.sleep(0)  # an aborted transport closes its socket on the next turn
            return _sockets_to(port)

    return asyncio.run(main())


def test_an_upload_cut_at_the_deadline_closes_its_socket_at_once(server, tmp_path):
    async def wait_for_the_deadline(upload: asyncio.Task[Any], _: Any) -> None:
        with pytest.raises(FlickrTimeoutError):
            await upload

    assert _upload_to_a_server_that_stops_reading(
        server, tmp_path, 0.5, wait_for_the_deadline) == []


def test_an_upload_cancelled_by_its_caller_closes_its_socket_at_once(server, tmp_path):
    async def cancel_once_stuck(upload: asyncio.Task[Any], sockets: Callable[[], list[int]]
                                ) -> None:
        # Stuck: the socket's send buffer is full, so the client holds unsent bytes itself.
        for _ in range(3000):
            stuck = [fd for fd in sockets() if not select.select([], [fd], [], 0)[1]]
            if stuck:
                break
            await asyncio.sleep(0.01)
        assert stuck, "the upload never filled its socket's send buffer"
        upload.cancel()
        with pytest.raises(asyncio.CancelledError):
            await upload

    assert _upload_to_a_server_that_stops_reading(
        server, tmp_path, 60.0, cancel_once_stuck) == []
