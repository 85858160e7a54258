"""When and how long to wait before trying a failed request again."""

from __future__ import annotations

import random
from dataclasses import dataclass

from flickr_api.errors import (
    FlickrAPIError,
    FlickrError,
    FlickrRateLimitError,
    FlickrServerError,
    _TransportError,
)

__all__ = ["RetryConfig", "should_retry"]


@dataclass(frozen=True)
class RetryConfig:
    """Retry limits: ``max_retries`` extra attempts, exponential backoff with full jitter
    between ``base_delay`` and ``max_delay`` seconds. Writes (POST methods, uploads) are retried
    only when the request surely never reached Flickr, unless ``retry_writes`` is set."""

    max_retries: int = 3
    base_delay: float = 1.0
    max_delay: float = 30.0
    retry_writes: bool = False

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.base_delay < 0 or self.max_delay < self.base_delay:
            raise ValueError(
                "retry config needs max_retries >= 0 and 0 <= base_delay <= max_delay"
            )

    def delay(self, attempt: int, error: FlickrError) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if isinstance(error, FlickrRateLimitError) and error.retry_after is not None:
            return error.retry_after
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return random.uniform(ceiling / 2, ceiling)


def should_retry(error: FlickrError, is_write: bool, config: RetryConfig) -> bool:
    """True when ``error`` is transient and repeating the request cannot do harm."""
    if isinstance(error, FlickrRateLimitError) and (error.retry_after or 0) > config.max_delay:
        return False  # waiting that long is the caller's decision
    if isinstance(error, _TransportError):
        return not is_write or not error.request_sent or config.retry_writes
    if is_write and not config.retry_writes:
        return False
    if isinstance(error, FlickrServerError):
        return error.status_code == 429 or error.status_code >= 500 or error.status_code == 200
    if isinstance(error, FlickrAPIError):
        return error.transient
    return False
