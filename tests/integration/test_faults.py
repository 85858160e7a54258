"""Every emulator fault on a read call and on an authenticated write call.

A read recovers (or fails with a typed error within its deadline); a write is carried out at
most once whatever the fault: sent once, unless Flickr said it refused it (HTTP 429, codes 105
and 201), which is retried like a read (the table is in docs/reliability.md). Each test drives
its client through ``kit``: test_aio_faults runs them again with an AsyncClient.
"""

from __future__ import annotations

import time
import uuid

import pytest
from reliability_support import SLOW, TIMEOUT, client_for, first_photo_id, wait_for_requests

from flickr_api import (
    FlickrError,
    FlickrRateLimitError,
    FlickrTimeoutError,
    RetryConfig,
)
from flickr_api.testing import Fault

FAULTS = ["http_500", "http_502", "http_503", "http_429", "slow", "reset", "truncated_json",
          "html_200", "stat_fail_105", "stat_fail_201"]
#: Replies by which Flickr refuses a request before carrying it out.
REFUSALS = ["http_429", "stat_fail_105", "stat_fail_201"]
READ = "flickr.photos.search"
WRITE = "flickr.photos.addTags"


def _fault(kind: str, method: str, after: bool = False, times: int = 1) -> Fault:
    return Fault(kind, method=method, after=after, times=times, delay=SLOW, retry_after=0)


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
@pytest.mark.parametrize("kind", FAULTS)
def test_a_read_recovers_from_one_fault(kit, emu, kind, after):
    client = client_for(emu, client_class=kit.client_class)
    emu.add_fault(_fault(kind, READ, after))
    reply = kit.call(client, READ, user_id="me", per_page=5)
    assert reply["stat"] == "ok" and len(reply["photos"]["photo"]) == 5
    wait_for_requests(emu, 2, flickr_method=READ)
    recorded = [str(r.fault) for r in emu.calls(READ)]
    # One fault, then a good reply (a busy machine may time out on a good one too, and retry).
    assert recorded.count(kind) == 1 and set(recorded) == {kind, "None"}


@pytest.mark.parametrize("kind", FAULTS)
def test_a_read_that_keeps_failing_fails_typed_within_its_deadline(kit, emu, kind):
    # Retries enough to take several seconds: only the deadline ends them sooner.
    retry = RetryConfig(max_retries=100, base_delay=0.05, max_delay=0.05, deadline=0.6)
    client = client_for(emu, client_class=kit.client_class, retry=retry)
    emu.add_fault(_fault(kind, READ, times=1000))
    began = time.monotonic()
    with pytest.raises(FlickrError) as info:
        kit.call(client, READ, user_id="me", per_page=5)
    assert time.monotonic() - began < 100 * 0.05
    assert type(info.value).__module__ == "flickr_api.errors"
    wait_for_requests(emu, 1, flickr_method=READ)
    assert emu.count(READ) >= 1
    if kind != "http_429":  # (a 429 saying "retry after 0 s" is retried at once, not timed)
        assert emu.count(READ) < 101  # the deadline ended the retries, not their number


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
@pytest.mark.parametrize("kind", [kind for kind in FAULTS if kind not in REFUSALS])
def test_a_write_is_never_sent_twice(kit, emu, kind, after):
    client = client_for(emu, client_class=kit.client_class)
    photo_id = first_photo_id(client_for(emu))
    tag = f"t{uuid.uuid4().hex[:8]}"
    emu.add_fault(_fault(kind, WRITE, after))
    with pytest.raises(FlickrError):
        kit.call(client, WRITE, photo_id=photo_id, tags=tag)
    wait_for_requests(emu, 1, flickr_method=WRITE)
    records = emu.calls(WRITE)
    assert len(records) == 1
    assert records[0].executed is (after or kind == "slow")
    assert emu.duplicates() == []
    tags = kit.call(client, "flickr.tags.getListPhoto", photo_id=photo_id)["photo"]["tags"]["tag"]
    assert (tag in {t["raw"] for t in tags}) is records[0].executed


@pytest.mark.parametrize("kind", REFUSALS)
def test_a_write_flickr_refused_is_retried_and_carried_out_once(kit, emu, kind):
    client = client_for(emu, client_class=kit.client_class)
    photo_id = first_photo_id(client_for(emu))
    emu.add_fault(_fault(kind, WRITE))
    assert kit.call(client, WRITE, photo_id=photo_id, tags="refused-once")["stat"] == "ok"
    wait_for_requests(emu, 2, flickr_method=WRITE)
    assert [r.executed for r in emu.calls(WRITE)] == [False, True]
    assert emu.duplicates() == []


def test_a_write_refused_before_it_ran_is_retried_when_the_caller_opts_in(kit, emu):
    retry = RetryConfig(max_retries=2, base_delay=0.01, max_delay=0.05, retry_writes=True)
    client = client_for(emu, client_class=kit.client_class, retry=retry)
    photo_id = first_photo_id(client_for(emu))
    emu.add_fault(_fault("http_503", WRITE))
    assert kit.call(client, WRITE, photo_id=photo_id, tags="opted")["stat"] == "ok"
    assert [r.executed for r in emu.calls(WRITE)] == [False, True]


def test_a_retry_after_longer_than_max_delay_is_left_to_the_caller(kit, emu):
    client = client_for(emu, client_class=kit.client_class)
    emu.add_fault(Fault("http_429", method=READ, retry_after=5))
    began = time.monotonic()
    with pytest.raises(FlickrRateLimitError) as info:
        kit.call(client, READ, user_id="me")
    assert info.value.retry_after == 5.0
    assert time.monotonic() - began < 5.0  # it did not sleep the 5 s itself
    assert emu.count(READ) == 1


def test_every_retry_is_signed_afresh(emu):
    """Sync only: it reads the signatures off the requests session."""
    nonces: list[str] = []
    client = client_for(emu)

    def remember_nonce(response, **kwargs):
        header = response.request.headers["Authorization"]
        nonces.append(header.split('oauth_nonce="', 1)[1].split('"', 1)[0])

    client.transport.session.hooks["response"].append(remember_nonce)
    emu.add_fault(_fault("http_502", READ, times=2))
    assert client.call(READ, user_id="me")["stat"] == "ok"
    assert len(nonces) == 3 and len(set(nonces)) == 3


def test_a_slow_server_never_holds_a_caller_past_the_deadline(kit, emu):
    retry = RetryConfig(max_retries=10, base_delay=0.01, max_delay=0.01, deadline=0.5)
    client = client_for(emu, client_class=kit.client_class, retry=retry, timeout=10.0)
    emu.add_fault(Fault("slow", method=READ, times=100, delay=5.0))
    began = time.monotonic()
    with pytest.raises(FlickrTimeoutError):
        kit.call(client, READ, user_id="me")
    assert time.monotonic() - began < 5.0  # gave up before the slow reply came


def test_a_stalled_oauth_exchange_times_out(kit, emu):
    client = kit.client(emu.base_url, key=emu.api_key, secret=emu.api_secret,
                        timeout=TIMEOUT, retry=RetryConfig())
    emu.add_fault(Fault("slow", path="/services/oauth/request_token", delay=5.0))
    began = time.monotonic()
    with pytest.raises(FlickrTimeoutError):
        kit.request_token(client)
    assert time.monotonic() - began < 5.0  # gave up before the slow reply came
