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
    FlickrTLSError,
    _ReplyTooLargeError,
    _TransportError,
)

__all__ = ["Attempts", "RetryConfig", "should_retry"]

T = TypeVar("T")
log = get_logger()


@dataclass(frozen=True)
class RetryConfig:
    """How failed calls are retried.

    ``max_retries`` extra attempts, waiting between ``base_delay`` and ``max_delay`` seconds
    (exponential backoff with jitter, or the server's ``Retry-After``). ``deadline`` bounds a
    whole call in seconds, retries and every wait included, the rate limiter's too (None: only
    ``max_retries`` and the timeout of each request bound it).
    Writes (POST methods, uploads) are retried only when Flickr surely did not carry them out
    (see :func:`should_retry`), unless ``retry_writes`` is set.
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
    """True when ``error`` is transient and repeating the request cannot do harm.

    A write is repeated only when Flickr surely did not carry it out: the request never left
    (or never reached Flickr), Flickr refused it before doing anything (HTTP 429, a replayed
    nonce), or Flickr said it did not do it and to try again (codes 105, 106, 201, 0). The
    table, with the evidence for each row, is in docs/reliability.md.
    """
    if isinstance(error, FlickrTLSError):
        return False  # a certificate or TLS setup problem: the same next time
    if isinstance(error, _TransportError):
        return not error.request_sent or not is_write or config.retry_writes
    if isinstance(error, FlickrRateLimitError):
        # Waiting longer than max_delay is the caller's decision.
        return error.retry_after is None or error.retry_after <= config.max_delay
    if isinstance(error, FlickrAuthError):
        return error.problem == "nonce_used"  # refused before anything was done
    if isinstance(error, FlickrAPIError):
        return error.transient  # "not available" / "write failed": nothing was done
    if is_write and not config.retry_writes:
        return False  # the request reached Flickr and may have been carried out
    if isinstance(error, _ReplyTooLargeError):
        return False
    if isinstance(error, FlickrServerError):
        # 200: an HTML page or a cut reply instead of Flickr's answer.
        return error.status_code >= 500 or error.status_code == 200
    return False


class Attempts:
    """The attempts of one call: the deadline of each, and the wait before the next.

    Pure bookkeeping shared by every request loop (sync or async)::

        plan = Attempts(config, is_write, what)
        while True:
            try:
                return attempt(plan.remaining())
            except FlickrError as error:
                sleep(plan.wait_before_retry(error))    # re-raises when it is over
    """

    def __init__(self, config: RetryConfig, is_write: bool, what: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.is_write = is_write
        self.what = what
        self.clock = clock
        self.stop = None if config.deadline is None else clock() + config.deadline
        self.retries = 0

    def remaining(self) -> Optional[float]:
        """Seconds left before the call's deadline (None: no deadline)."""
        return None if self.stop is None else max(self.stop - self.clock(), 0.001)

    def wait_before_retry(self, error: FlickrError) -> float:
        """Seconds to wait before the next attempt; raises ``error`` when there is none
        (permanent, retries used up, or the wait would cross the deadline)."""
        config = self.config
        if self.retries >= config.max_retries or not should_retry(error, self.is_write, config):
            raise error
        self.retries += 1
        wait = config.delay(self.retries, error)
        if self.stop is not None and self.clock() + wait >= self.stop:
            raise error
        if log.isEnabledFor(logging.WARNING):
            log.warning("%s failed (%s); retry %d/%d in %.2f s",
                        self.what, error, self.retries, config.max_retries, wait)
        return wait
