"""Clients shared by many threads: two accounts, eight threads, and the emulator checks who
signed every request. Not one call may carry one account's token for the other. The
``run_calls`` fixture makes the calls: test_aio_threads runs these tests again with tasks."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import pytest
from reliability_support import client_for

from flickr_api import RetryConfig, SimpleCache
from flickr_api.testing import Fault, FlickrEmulator

USERS = {"alice": "10000001@N01", "bob": "10000002@N01"}
THREADS = 8


def _run(emu: FlickrEmulator, calls_per_thread: int, **client_options) -> int:
    """Every thread calls through both clients in turn; return the calls made."""
    clients = {name: client_for(emu, user=name, **client_options) for name in USERS}
    start = threading.Barrier(THREADS)

    def work(thread: int) -> int:
        start.wait()
        for i in range(calls_per_thread):
            name = "alice" if (thread + i) % 2 else "bob"
            client = clients[name]
            marker = f"{name}-{thread}-{i}"
            assert client.call("flickr.test.echo", marker=marker)["marker"] == marker
            assert client.call("flickr.test.login")["user"]["id"] == USERS[name]
        return calls_per_thread * 2

    with ThreadPoolExecutor(THREADS) as pool:
        made = sum(pool.map(work, range(THREADS)))
    for client in clients.values():
        client.close()
    return made


def assert_every_request_signed_by_its_account(emu: FlickrEmulator, echoes: int) -> None:
    records = [r for r in emu.calls("flickr.test.echo") if r.fault is None]
    assert len(records) == echoes
    for record in records:
        owner = record.params["marker"].split("-", 1)[0]
        assert record.user_nsid == USERS[owner], record


@pytest.fixture
def run_calls() -> Callable[..., int]:
    """How the calls are made: from threads here; test_aio_threads makes them from tasks."""
    return _run


def test_two_accounts_from_eight_threads(emu, run_calls):
    made = run_calls(emu, 12)
    assert made == THREADS * 12 * 2
    assert_every_request_signed_by_its_account(emu, THREADS * 12)


def test_two_accounts_from_eight_threads_with_retries_and_a_shared_cache(emu, run_calls):
    emu.add_fault(Fault("http_502", times=25))
    emu.add_fault(Fault("reset", method="flickr.test.echo", times=15))
    patient = RetryConfig(max_retries=20, base_delay=0.001, max_delay=0.01)
    run_calls(emu, 15, cache=SimpleCache(), retry=patient)
    assert_every_request_signed_by_its_account(emu, THREADS * 15)
    assert emu.count("flickr.test.login") - 25 <= len(USERS) + THREADS  # mostly cache hits


@pytest.mark.slow
def test_two_accounts_from_eight_threads_at_length(emu, run_calls):
    calls = int(os.environ.get("FLICKR_API_THREAD_CALLS", "500"))
    made = run_calls(emu, calls)
    assert_every_request_signed_by_its_account(emu, THREADS * calls)
    print(f"\n{THREADS} threads (or tasks) x {made // THREADS} calls: no credential mix-up")
