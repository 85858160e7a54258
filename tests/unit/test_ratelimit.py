"""The token bucket: burst, sustained rate (fake and real clock), sharing per API key, locking."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from flickr_api import Client
from flickr_api._ratelimit import RateLimiter
from flickr_api.errors import FlickrTimeoutError


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def _fake_limiter(per_hour=3600.0, burst=100):
    t = FakeTime()
    return RateLimiter(per_hour, burst, clock=t.clock, sleep=t.sleep), t


def test_a_full_burst_goes_at_once_then_one_call_a_second():
    limiter, t = _fake_limiter()
    assert [limiter.acquire() for _ in range(100)] == [0.0] * 100
    assert t.now == 1000.0
    waits = [limiter.acquire() for _ in range(5)]
    assert waits == pytest.approx([1.0] * 5)
    assert t.now == pytest.approx(1005.0)


def test_sustained_rate_with_a_fake_clock_is_the_configured_rate():
    limiter, t = _fake_limiter(3600.0, 100)
    stamps = []
    for _ in range(20_000):
        limiter.acquire()
        stamps.append(t.now)
    elapsed = stamps[-1] - stamps[0]
    achieved_per_hour = (len(stamps) - 100) / elapsed * 3600
    assert achieved_per_hour == pytest.approx(3600.0, rel=1e-6)
    # No hour-long window ever holds more than the rate plus one burst.
    start = 0
    for end, stamp in enumerate(stamps):
        while stamps[start] <= stamp - 3600.0:
            start += 1
        assert end - start + 1 <= 3600 + 100


def test_idle_time_refills_the_bucket_up_to_the_burst_only():
    limiter, t = _fake_limiter(3600.0, 10)
    for _ in range(10):
        limiter.acquire()
    t.now += 3.0
    assert limiter.status().available == pytest.approx(3.0)
    t.now += 3600.0
    assert limiter.status().available == 10.0


def test_reconfiguring_keeps_the_calls_already_made():
    limiter, _t = _fake_limiter(3600.0, 100)
    for _ in range(100):
        limiter.acquire()
    limiter.configure(7200.0, 100)
    assert limiter.acquire() == pytest.approx(0.5)  # not a fresh burst
    limiter.configure(3600.0, 5)
    assert limiter.status().burst == 5 and limiter.status().available <= 5


def test_a_slot_further_than_max_wait_is_refused_and_not_taken():
    limiter, _ = _fake_limiter(3600.0, 1)
    limiter.acquire()
    with pytest.raises(FlickrTimeoutError, match="rate limit") as info:
        limiter.acquire(max_wait=0.5)
    assert info.value.request_sent is False
    assert limiter.status().acquired == 1
    assert limiter.acquire(max_wait=1.0) == pytest.approx(1.0)


def test_status_counts_calls_and_waits():
    limiter, _ = _fake_limiter(3600.0, 2)
    for _ in range(4):
        limiter.acquire()
    status = limiter.status()
    assert (status.requests_per_hour, status.burst, status.acquired) == (3600.0, 2, 4)
    assert status.total_waited == pytest.approx(1.0 + 1.0)


@pytest.mark.parametrize("per_hour, burst", [(0, 1), (-5, 1), (10, 0), (float("nan"), 1)])
def test_invalid_settings_are_refused(per_hour, burst):
    with pytest.raises(ValueError):
        RateLimiter(per_hour, burst)


def test_it_never_sleeps_holding_its_lock():
    t = FakeTime()
    holder: list[RateLimiter] = []

    def sleep(seconds):
        lock = holder[0]._lock
        assert lock.acquire(blocking=False), "slept while holding the lock"
        lock.release()
        t.sleep(seconds)

    limiter = RateLimiter(3600.0, 1, clock=t.clock, sleep=sleep)
    holder.append(limiter)
    for _ in range(3):
        limiter.acquire()


def test_a_waiting_thread_does_not_block_the_others():
    t = FakeTime()
    sleeping, wake = threading.Event(), threading.Event()

    def sleep(seconds: float) -> None:  # sleeps until told to, whatever the machine's speed
        sleeping.set()
        wake.wait(30)
        t.sleep(seconds)

    limiter = RateLimiter(3600.0, 1, clock=t.clock, sleep=sleep)
    limiter.acquire()
    waiter = threading.Thread(target=limiter.acquire)
    waiter.start()
    assert sleeping.wait(30)
    other = threading.Thread(target=lambda: (limiter.status(), limiter.configure(3600.0, 1)))
    other.start()
    other.join(30)
    others_went_on = not other.is_alive()  # while the waiter still sleeps
    wake.set()
    waiter.join()
    assert others_went_on


def test_real_time_rate_at_3600_per_minute():
    limiter = RateLimiter(3600.0 * 60, 1)  # 60 calls a second
    began = time.monotonic()
    calls = 0
    while time.monotonic() - began < 0.5:
        limiter.acquire()
        calls += 1
    elapsed = time.monotonic() - began
    achieved = (calls - 1) / elapsed * 60
    # Never faster than the limit; how close it comes depends on the machine (the exact pace
    # is asserted on a fake clock above).
    assert achieved <= 3600 * 1.02


@pytest.mark.slow
def test_real_time_rate_shared_by_eight_threads_over_three_seconds():
    limiter = RateLimiter(3600.0 * 60, 1)
    stop = time.monotonic() + 3.0
    counts = [0] * 8

    def work(i):
        while time.monotonic() < stop:
            limiter.acquire()
            counts[i] += 1

    began = time.monotonic()
    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    achieved = (sum(counts) - 1 - 8) / (time.monotonic() - began) * 60
    assert achieved <= 3600 * 1.02
    assert min(counts) > 0


def test_each_client_has_its_own_limiter():
    a = Client("key", "secret", rate_limit=7200.0, burst=20)
    b = Client("key", "secret")
    assert a.rate_limiter() is not b.rate_limiter()
    assert (a.get_rate_limit(), b.get_rate_limit()) == (7200.0, 3600.0)
    status = a.get_rate_limit_status()
    assert status is not None and (status.requests_per_hour, status.burst) == (7200.0, 20)
    own = a.rate_limiter()
    a.set_rate_limit(1800.0, burst=5)
    assert a.rate_limiter() is own and own.per_hour == 1800.0  # calls made still count
    assert b.get_rate_limit() == 3600.0
    a.set_rate_limit(None)
    assert a.rate_limiter() is None and a.get_rate_limit_status() is None


def test_clients_given_one_limiter_share_it():
    shared = RateLimiter(per_hour=600.0, burst=2)
    a = Client("key", "secret", rate_limit=shared)
    b = Client("key", "secret", rate_limit=shared)
    assert a.rate_limiter() is shared and b.rate_limiter() is shared
    a.rate_limiter().acquire()
    b.rate_limiter().acquire()
    assert shared.status().acquired == 2
    b.set_rate_limit(1200.0)  # a number gives b a limiter of its own, and leaves the shared one
    assert b.rate_limiter() is not shared and shared.per_hour == 600.0


def test_module_level_rate_limit(monkeypatch):
    import flickr_api

    monkeypatch.setenv("FLICKR_API_KEY", uuid.uuid4().hex)
    monkeypatch.setenv("FLICKR_API_SECRET", "secret")
    assert flickr_api.get_rate_limit() == 3600.0
    flickr_api.set_rate_limit(600.0, burst=3)
    status = flickr_api.get_rate_limit_status()
    assert status is not None and (status.requests_per_hour, status.burst) == (600.0, 3)
    flickr_api.set_rate_limit(None)
    assert flickr_api.get_rate_limit() is None
    with pytest.raises(ValueError):
        flickr_api.set_rate_limit(0)
