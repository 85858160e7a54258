"""Threads become tasks: every test of test_threads, collected here again with a ``run_calls``
that shares an AsyncClient per account between eight tasks of one event loop; the emulator
checks who signed every request."""

from __future__ import annotations

import asyncio
from typing import Any, Callable

import pytest
from reliability_support import client_for
from test_threads import (  # noqa: F401  (collected here with tasks)
    THREADS,
    USERS,
    test_two_accounts_from_eight_threads,
    test_two_accounts_from_eight_threads_at_length,
    test_two_accounts_from_eight_threads_with_retries_and_a_shared_cache,
)

from flickr_api.aio import AsyncClient
from flickr_api.testing import FlickrEmulator

pytest.importorskip("aiohttp", reason="the async client needs aiohttp (flickr_api[async])")


def _run(emu: FlickrEmulator, calls_per_task: int, **client_options: Any) -> int:
    """Every task calls through both clients in turn; return the calls made."""

    async def main() -> int:
        clients = {name: client_for(emu, user=name, client_class=AsyncClient, **client_options)
                   for name in USERS}

        async def work(task: int) -> int:
            for i in range(calls_per_task):
                name = "alice" if (task + i) % 2 else "bob"
                client = clients[name]
                marker = f"{name}-{task}-{i}"
                assert (await client.call("flickr.test.echo", marker=marker))["marker"] == marker
                assert (await client.call("flickr.test.login"))["user"]["id"] == USERS[name]
            return calls_per_task * 2

        try:
            return sum(await asyncio.gather(*(work(task) for task in range(THREADS))))
        finally:
            for client in clients.values():
                await client.aclose()

    return asyncio.run(main())


@pytest.fixture
def run_calls() -> Callable[..., int]:
    return _run
