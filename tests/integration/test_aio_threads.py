"""Threads become tasks: test_threads with an AsyncClient per account shared by eight tasks of
one event loop; the emulator checks who signed every request. Not one call may carry one
account's token for the other."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import pytest
from reliability_support import client_for
from test_threads import THREADS, USERS, assert_every_request_signed_by_its_account

from flickr_api import RetryConfig, SimpleCache
from flickr_api.aio import AsyncClient
from flickr_api.testing import Fault, FlickrEmulator

pytest.importorskip("aiohttp", reason="the async client needs aiohttp (flickr_api[async])")

TASKS = THREADS


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
            return sum(await asyncio.gather(*(work(task) for task in range(TASKS))))
        finally:
            for client in clients.values():
                await client.aclose()

    return asyncio.run(main())


def test_two_accounts_from_eight_tasks(emu):
    made = _run(emu, calls_per_task=12)
    assert made == TASKS * 12 * 2
    assert_every_request_signed_by_its_account(emu, TASKS * 12)


def test_two_accounts_from_eight_tasks_with_retries_and_a_shared_cache(emu):
    emu.add_fault(Fault("http_502", times=25))
    emu.add_fault(Fault("reset", method="flickr.test.echo", times=15))
    patient = RetryConfig(max_retries=20, base_delay=0.001, max_delay=0.01)
    _run(emu, calls_per_task=15, cache=SimpleCache(), retry=patient)
    assert_every_request_signed_by_its_account(emu, TASKS * 15)
    assert emu.count("flickr.test.login") - 25 <= len(USERS) + TASKS  # mostly cache hits


@pytest.mark.slow
def test_two_accounts_from_eight_tasks_at_length(emu):
    calls = int(os.environ.get("FLICKR_API_THREAD_CALLS", "500"))
    made = _run(emu, calls_per_task=calls)
    assert_every_request_signed_by_its_account(emu, TASKS * calls)
    print(f"\n{TASKS} tasks x {made // TASKS} calls: no credential mix-up")
