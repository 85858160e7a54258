"""Which failures are retried, how long the waits are, and how a deadline bounds a call."""

from __future__ import annotations

import itertools

import pytest

from flickr_api import _requestor
from flickr_api._retry import RetryConfig, should_retry
from flickr_api._transport import Deadline, MockTransport, Reply
from flickr_api.errors import (
    FlickrAPIError,
    FlickrAuthError,
    FlickrConnectionError,
    FlickrError,
    FlickrRateLimitError,
    FlickrServerError,
    FlickrTimeoutError,
    FlickrValidationError,
    _ReplyTooLargeError,
)

CONFIG = RetryConfig(max_retries=3, base_delay=1.0, max_delay=8.0)

TRANSIENT = [
    FlickrServerError(500, "oops"),
    FlickrServerError(502, "bad gateway"),
    FlickrServerError(503, "unavailable"),
    FlickrServerError(200, "<html>maintenance</html>"),
    FlickrRateLimitError(2.0, "slow down"),
    FlickrRateLimitError(None, "slow down"),
    FlickrAPIError(105, "Service currently unavailable"),
    FlickrAPIError(201, "Sorry, the Flickr API service is not currently available."),
    FlickrAPIError(0, "Sorry, the Flickr API service is not currently available."),
    FlickrTimeoutError("no reply"),
    FlickrConnectionError("reset"),
    FlickrAuthError("nonce_used"),
]
PERMANENT = [
    FlickrAPIError(1, "Photo not found"),
    FlickrAPIError(100, "Invalid API Key"),
    FlickrServerError(404, "not found"),
    FlickrServerError(400, "bad request"),
    FlickrAuthError("signature_invalid"),
    FlickrAuthError("token_rejected"),
    FlickrValidationError("unknown argument"),
    FlickrRateLimitError(3600.0, "come back in an hour"),
    _ReplyTooLargeError(200, "too large"),
    FlickrError("something else"),
]


@pytest.mark.parametrize("error", TRANSIENT, ids=repr)
def test_transient_failures_of_reads_are_retried(error):
    assert should_retry(error, is_write=False, config=CONFIG)


@pytest.mark.parametrize("error", PERMANENT, ids=repr)
def test_permanent_failures_are_not_retried(error):
    assert not should_retry(error, is_write=False, config=CONFIG)
    assert not should_retry(error, is_write=True, config=RetryConfig(retry_writes=True))


#: Failures after which Flickr surely did not carry a write out: retried like reads.
REFUSED = [
    FlickrRateLimitError(2.0, "slow down"),
    FlickrRateLimitError(None, "slow down"),
    FlickrAPIError(105, "Service currently unavailable"),
    FlickrAPIError(106, "Write operation failed"),
    FlickrAPIError(201, "Sorry, the Flickr API service is not currently available."),
    FlickrAPIError(0, "Sorry, the Flickr API service is not currently available."),
    FlickrAuthError("nonce_used"),
]


@pytest.mark.parametrize(
    "error", [e for e in TRANSIENT if repr(e) not in {repr(r) for r in REFUSED}], ids=repr)
def test_writes_that_may_have_reached_flickr_are_not_retried(error):
    assert not should_retry(error, is_write=True, config=CONFIG)


@pytest.mark.parametrize("error", REFUSED, ids=repr)
def test_writes_flickr_refused_are_retried(error):
    assert should_retry(error, is_write=True, config=CONFIG)


def test_tls_failures_are_not_retried():
    from flickr_api.errors import FlickrTLSError

    error = FlickrTLSError("certificate verify failed", request_sent=False)
    assert not should_retry(error, is_write=False, config=CONFIG)


def test_writes_are_retried_when_surely_not_sent_or_when_the_caller_opts_in():
    refused = FlickrConnectionError("refused", request_sent=False)
    assert should_retry(refused, is_write=True, config=CONFIG)
    assert should_retry(FlickrTimeoutError("connect", request_sent=False), True, CONFIG)
    opted_in = RetryConfig(retry_writes=True)
    assert should_retry(FlickrServerError(502, ""), is_write=True, config=opted_in)
    assert should_retry(FlickrConnectionError("reset"), is_write=True, config=opted_in)


def test_backoff_grows_exponentially_with_jitter_and_stops_at_max_delay():
    error = FlickrServerError(502, "")
    for retry, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = {CONFIG.delay(retry, error) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered


def test_retry_after_is_honoured():
    assert CONFIG.delay(1, FlickrRateLimitError(2.5, "")) == 2.5
    assert CONFIG.delay(1, FlickrRateLimitError(None, "")) <= 1.0


@pytest.mark.parametrize("kwargs", [
    {"max_retries": -1}, {"base_delay": -1.0}, {"base_delay": 5.0, "max_delay": 1.0},
    {"deadline": 0}, {"deadline": -2.0},
])
def test_invalid_configs_are_refused(kwargs):
    with pytest.raises(ValueError):
        RetryConfig(**kwargs)


class FakeTime:
    """A clock that only moves when slept on, or when an attempt spends time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Settings:
    """The least a client gives the requestor: a mock transport, no user, no rate limit."""

    def __init__(self, handler, retry=CONFIG, timeout=None):
        self.transport = MockTransport(handler)
        self.retry = retry
        self.timeout = timeout

    def keys(self):
        return ("key", "secret")

    def token(self):
        return None

    def rate_limiter(self):
        return None


def _failing(errors, spend=0.0, time=None, result=b"done", retry=CONFIG):
    """Settings whose transport raises ``errors`` in turn, then answers ``result``; each
    attempt spends ``spend`` fake seconds (at most what its deadline allows)."""

    def handler(request):
        deadline = settings.transport.deadlines[-1]
        if time is not None:
            stop = deadline.at()
            time.now = time.now + spend if stop is None else min(time.now + spend, stop)
        if errors:
            raise errors.pop(0)
        return Reply(200, {}, result)

    settings = Settings(handler, retry)
    return settings


def _call(settings, t, write=False, what="m"):
    request = _requestor.Request("GET", "https://api.flickr.com/services/rest/", what=what,
                                 write=write)
    return _requestor.send(settings, request, lambda reply: reply.content, clock=t.clock,
                           sleep=t.sleep)


def _budgets(settings: Settings, t: FakeTime) -> list:
    return [d.hard_stop for d in settings.transport.deadlines]


def test_transient_failures_are_retried_until_success():
    t = FakeTime()
    settings = _failing([FlickrServerError(502, ""), FlickrAPIError(105, "x")])
    assert _call(settings, t) == b"done"
    assert _budgets(settings, t) == [None, None, None]
    assert len(t.sleeps) == 2 and 0.5 <= t.sleeps[0] <= 1.0 and 1.0 <= t.sleeps[1] <= 2.0


def test_the_last_error_is_raised_when_retries_are_used_up():
    t = FakeTime()
    settings = _failing([FlickrServerError(502, str(i)) for i in range(10)])
    with pytest.raises(FlickrServerError, match="3"):
        _call(settings, t)
    assert len(settings.transport.requests) == CONFIG.max_retries + 1


def test_a_permanent_error_is_raised_at_once():
    t = FakeTime()
    settings = _failing([FlickrAPIError(1, "Photo not found")])
    with pytest.raises(FlickrAPIError):
        _call(settings, t)
    assert len(settings.transport.requests) == 1 and t.sleeps == []


def test_a_write_that_reached_flickr_is_tried_once():
    t = FakeTime()
    settings = _failing([FlickrTimeoutError("no reply")])
    with pytest.raises(FlickrTimeoutError):
        _call(settings, t, write=True)
    assert len(settings.transport.requests) == 1


def test_a_write_flickr_refused_is_tried_again():
    t = FakeTime()
    settings = _failing([FlickrRateLimitError(1.0, "busy"), FlickrAPIError(106, "failed")])
    assert _call(settings, t, write=True) == b"done"
    assert len(settings.transport.requests) == 3


def test_the_deadline_bounds_the_whole_call_and_each_attempt_gets_what_is_left():
    t = FakeTime()
    config = RetryConfig(max_retries=50, base_delay=1.0, max_delay=1.0, deadline=5.0)
    settings = _failing([FlickrTimeoutError("slow") for _ in range(50)], spend=1.5, time=t,
                        retry=config)
    with pytest.raises(FlickrTimeoutError):
        _call(settings, t)
    assert t.now <= 5.0
    deadlines = settings.transport.deadlines
    assert all(d.hard_stop == 5.0 for d in deadlines)  # one wall-clock limit for the call
    assert deadlines[0].timeout == 5.0
    assert all(b.timeout < a.timeout for a, b in itertools.pairwise(deadlines))
    assert len(deadlines) < 5


def test_a_retry_after_past_the_deadline_fails_at_once():
    t = FakeTime()
    config = RetryConfig(max_retries=3, base_delay=0.1, max_delay=30.0, deadline=2.0)
    settings = _failing([FlickrRateLimitError(10.0, "later")], retry=config)
    with pytest.raises(FlickrRateLimitError):
        _call(settings, t)
    assert t.sleeps == [] and len(settings.transport.requests) == 1


def test_each_retry_is_logged_as_a_warning(caplog):
    t = FakeTime()
    settings = _failing([FlickrServerError(503, "busy")])
    with caplog.at_level("WARNING", logger="flickr_api"):
        _call(settings, t, what="flickr.photos.search")
    (record,) = [r for r in caplog.records if r.name == "flickr_api"]
    assert "flickr.photos.search failed" in record.getMessage()
    assert "retry 1/3" in record.getMessage()


def test_client_and_module_level_settings():
    import flickr_api
    from flickr_api import Client

    client = Client("k", "s", rate_limit=None)
    client.set_retry_config(max_retries=5, base_delay=0.5, max_delay=4.0, deadline=60.0)
    assert client.get_retry_config() == {
        "max_retries": 5, "base_delay": 0.5, "max_delay": 4.0, "retry_writes": False,
        "deadline": 60.0,
    }
    flickr_api.set_retry_config(1, 0.1, 0.2, retry_writes=True)
    assert flickr_api.get_retry_config()["retry_writes"] is True
    assert flickr_api.get_retry_config()["max_retries"] == 1


@pytest.mark.parametrize("timeout, remaining, wait, stop, hard", [
    (30.0, None, 30.0, 130.0, None),
    (30.0, 2.5, 2.5, 130.0, 102.5),
    (1.0, 2.5, 1.0, 101.0, 102.5),
    (None, 2.5, 2.5, None, 102.5),
    (None, None, None, None, None),
])
def test_one_rule_gives_each_attempt_its_deadline(timeout, remaining, wait, stop, hard):
    request = _requestor.Request("GET", "https://api.flickr.com/services/rest/")
    deadline = _requestor.attempt_deadline(request, timeout, remaining, now=100.0)
    assert (deadline.timeout, deadline.stop, deadline.hard_stop) == (wait, stop, hard)
    assert deadline.per_byte == 0.0 and deadline.at(10**9) == (
        min(x for x in (stop, hard) if x is not None) if stop or hard else None)


def test_a_transfer_earns_time_for_the_bytes_it_moves():
    request = _requestor.Request("GET", "https://live.staticflickr.com/1.jpg", stream=True)
    deadline = _requestor.attempt_deadline(request, 10.0, None, now=0.0)
    assert deadline.at(0) == 10.0
    assert deadline.at(_requestor.MIN_TRANSFER_RATE * 5) == pytest.approx(15.0)
    capped = _requestor.attempt_deadline(request, 10.0, 12.0, now=0.0)
    assert capped.at(10**9) == 12.0
    assert isinstance(capped, Deadline)
