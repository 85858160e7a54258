"""When and how long to wait before trying a failed request again, within a deadline."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional, TypeVar

from flickr_api._logging import get_logger
from flickr_api.errors import (
    FlickrAPIError,
    FlickrAuthError,
    FlickrError,
    FlickrRateLimitError,
    FlickrServerError,
    _ReplyTooLargeError,
    _TransportError,
)

__all__ = ["RetryConfig", "attempt_timeout", "call_with_retries", "should_retry"]

T = TypeVar("T")
log = get_logger()


@dataclass(frozen=True)
class RetryConfig:
    """How failed calls are retried.

    ``max_retries`` extra attempts, waiting between ``base_delay`` and ``max_delay`` seconds
    (exponential backoff with jitter, or the server's ``Retry-After``). ``deadline`` bounds a
    whole call in seconds, retries and every wait included, the rate limiter's too (None: only
    ``max_retries`` and the timeout of each request bound it).
    Writes (POST methods, uploads) are retried only when the request surely never reached
    Flickr, unless ``retry_writes`` is set.
    """

    max_retries: int = 3
    base_delay: float = 1.0
    max_delay: float = 30.0
    retry_writes: bool = False
    deadline: Optional[float] = None

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.base_delay < 0 or self.max_delay < self.base_delay:
            raise ValueError(
                "retry config needs max_retries >= 0 and 0 <= base_delay <= max_delay"
            )
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("the retry deadline must be positive seconds (or None)")

    def delay(self, retry: int, error: FlickrError) -> float:
        """Seconds to wait before retry number ``retry`` (1-based)."""
        if isinstance(error, FlickrRateLimitError) and error.retry_after is not None:
            return error.retry_after
        ceiling = min(self.max_delay, self.base_delay * (2 ** (retry - 1)))
        return random.uniform(ceiling / 2, ceiling)


def should_retry(error: FlickrError, is_write: bool, config: RetryConfig) -> bool:
    """True when ``error`` is transient and repeating the request cannot do harm."""
    if isinstance(error, _TransportError):
        return not error.request_sent or not is_write or config.retry_writes
    if is_write and not config.retry_writes:
        return False  # the request reached Flickr and may have been carried out
    if isinstance(error, FlickrRateLimitError):
        # Waiting longer than max_delay is the caller's decision.
        return error.retry_after is None or error.retry_after <= config.max_delay
    if isinstance(error, _ReplyTooLargeError):
        return False
    if isinstance(error, FlickrServerError):
        # 200: an HTML page or a cut reply instead of Flickr's answer.
        return error.status_code >= 500 or error.status_code == 200
    if isinstance(error, FlickrAPIError):
        return error.transient
    if isinstance(error, FlickrAuthError):
        return error.problem == "nonce_used"  # a fresh nonce fixes it
    return False


def call_with_retries(
    attempt: Callable[[Optional[float]], T],
    config: RetryConfig,
    *,
    is_write: bool,
    what: str,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run ``attempt(remaining)`` until it succeeds or fails for good, and return its result.

    ``remaining`` is the time left before the deadline in seconds (None without a deadline);
    each attempt must build a fresh request (new nonce and timestamp) and stay within it. The
    last error is raised once it is permanent, the retries are used up, or the next wait would
    cross the deadline.
    """
    stop = None if config.deadline is None else clock() + config.deadline
    retries = 0
    while True:
        remaining = None if stop is None else max(stop - clock(), 0.001)
        try:
            return attempt(remaining)
        except FlickrError as error:
            if retries >= config.max_retries or not should_retry(error, is_write, config):
                raise
            retries += 1
            wait = config.delay(retries, error)
            if stop is not None and clock() + wait >= stop:
                raise
            if log.isEnabledFor(logging.WARNING):
                log.warning("%s failed (%s); retry %d/%d in %.2f s",
                            what, error, retries, config.max_retries, wait)
            sleep(wait)


def attempt_timeout(timeout: Optional[float], remaining: Optional[float]) -> Optional[float]:
    """The timeout of one attempt: the client's ``timeout``, cut to the ``remaining`` time
    before the deadline (either may be None: no limit)."""
    if remaining is None:
        return timeout
    return remaining if timeout is None else min(timeout, remaining)
