"""Which failures are retried, how long the waits are, and how a deadline bounds a call."""

from __future__ import annotations

import itertools

import pytest

from flickr_api._retry import RetryConfig, attempt_timeout, call_with_retries, should_retry
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


@pytest.mark.parametrize("error", TRANSIENT, ids=repr)
def test_writes_that_may_have_reached_flickr_are_not_retried(error):
    assert not should_retry(error, is_write=True, config=CONFIG)


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


def _failing(errors, spend=0.0, time=None, result="done"):
    budgets = []

    def attempt(remaining):
        budgets.append(remaining)
        if time is not None:  # an attempt keeps to its budget, as the transport's timeout does
            time.now += spend if remaining is None else min(spend, remaining)
        if errors:
            raise errors.pop(0)
        return result

    return attempt, budgets


def test_transient_failures_are_retried_until_success():
    t = FakeTime()
    attempt, budgets = _failing([FlickrServerError(502, ""), FlickrAPIError(105, "x")])
    result = call_with_retries(attempt, CONFIG, is_write=False, what="m",
                               clock=t.clock, sleep=t.sleep)
    assert result == "done"
    assert len(budgets) == 3 and budgets == [None, None, None]
    assert len(t.sleeps) == 2 and 0.5 <= t.sleeps[0] <= 1.0 and 1.0 <= t.sleeps[1] <= 2.0


def test_the_last_error_is_raised_when_retries_are_used_up():
    t = FakeTime()
    errors = [FlickrServerError(502, str(i)) for i in range(10)]
    attempt, budgets = _failing(errors)
    with pytest.raises(FlickrServerError, match="3"):
        call_with_retries(attempt, CONFIG, is_write=False, what="m", clock=t.clock, sleep=t.sleep)
    assert len(budgets) == CONFIG.max_retries + 1


def test_a_permanent_error_is_raised_at_once():
    t = FakeTime()
    attempt, budgets = _failing([FlickrAPIError(1, "Photo not found")])
    with pytest.raises(FlickrAPIError):
        call_with_retries(attempt, CONFIG, is_write=False, what="m", clock=t.clock, sleep=t.sleep)
    assert len(budgets) == 1 and t.sleeps == []


def test_a_write_that_reached_flickr_is_tried_once():
    t = FakeTime()
    attempt, budgets = _failing([FlickrTimeoutError("no reply")])
    with pytest.raises(FlickrTimeoutError):
        call_with_retries(attempt, CONFIG, is_write=True, what="m", clock=t.clock, sleep=t.sleep)
    assert len(budgets) == 1


def test_the_deadline_bounds_the_whole_call_and_each_attempt_gets_what_is_left():
    t = FakeTime()
    config = RetryConfig(max_retries=50, base_delay=1.0, max_delay=1.0, deadline=5.0)
    errors = [FlickrTimeoutError("slow") for _ in range(50)]
    attempt, budgets = _failing(errors, spend=1.5, time=t)
    with pytest.raises(FlickrTimeoutError):
        call_with_retries(attempt, config, is_write=False, what="m", clock=t.clock, sleep=t.sleep)
    assert t.now <= 5.0
    assert budgets[0] == 5.0
    assert all(b < a for a, b in itertools.pairwise(budgets))
    assert len(budgets) < 5


def test_a_retry_after_past_the_deadline_fails_at_once():
    t = FakeTime()
    config = RetryConfig(max_retries=3, base_delay=0.1, max_delay=30.0, deadline=2.0)
    attempt, budgets = _failing([FlickrRateLimitError(10.0, "later")])
    with pytest.raises(FlickrRateLimitError):
        call_with_retries(attempt, config, is_write=False, what="m", clock=t.clock, sleep=t.sleep)
    assert t.sleeps == [] and len(budgets) == 1


def test_each_retry_is_logged_as_a_warning(caplog):
    t = FakeTime()
    attempt, _ = _failing([FlickrServerError(503, "busy")])
    with caplog.at_level("WARNING", logger="flickr_api"):
        call_with_retries(attempt, CONFIG, is_write=False, what="flickr.photos.search",
                          clock=t.clock, sleep=t.sleep)
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


def test_an_attempt_gets_the_timeout_cut_to_the_time_left():
    assert attempt_timeout(30.0, None) == 30.0
    assert attempt_timeout(30.0, 2.5) == 2.5
    assert attempt_timeout(1.0, 2.5) == 1.0
    assert attempt_timeout(None, 2.5) == 2.5
    assert attempt_timeout(None, None) is None
