"""A token-bucket rate limiter shared by every client and thread using the same API key."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional

__all__ = ["RateLimiter", "RateLimitStatus", "limiter_for"]

DEFAULT_PER_HOUR = 3600.0
DEFAULT_BURST = 100


@dataclass(frozen=True)
class RateLimitStatus:
    requests_per_hour: float
    burst: int
    available: float
    total_waited: float
    acquired: int


class RateLimiter:
    """Sustains ``per_hour`` requests an hour with bursts of up to ``burst``.

    Callers reserve a slot under a short lock and sleep outside it, so a waiting thread never
    blocks others from reserving theirs.
    """

    def __init__(
        self,
        per_hour: float = DEFAULT_PER_HOUR,
        burst: int = DEFAULT_BURST,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._waited = 0.0
        self._acquired = 0
        self.configure(per_hour, burst)

    def configure(self, per_hour: float, burst: int = DEFAULT_BURST) -> None:
        if per_hour <= 0 or burst < 1:
            raise ValueError("the rate limit needs requests_per_hour > 0 and burst >= 1")
        with self._lock:
            self.per_hour = float(per_hour)
            self.burst = int(burst)
            self._rate = self.per_hour / 3600.0
            self._tokens = float(self.burst)
            self._stamp = self._clock()

    def _reserve(self) -> float:
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self._rate)
            self._stamp = now
            self._tokens -= 1.0
            self._acquired += 1
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self._rate
            self._waited += wait
            return wait

    def acquire(self) -> float:
        """Take one request slot, sleeping (without any lock held) until it is due."""
        wait = self._reserve()
        if wait > 0:
            self._sleep(wait)
        return wait

    def status(self) -> RateLimitStatus:
        with self._lock:
            now = self._clock()
            available = min(self.burst, self._tokens + (now - self._stamp) * self._rate)
            return RateLimitStatus(self.per_hour, self.burst, available, self._waited,
                                   self._acquired)


_registry: dict[str, RateLimiter] = {}
_registry_lock = threading.Lock()


def limiter_for(api_key: str, per_hour: Optional[float] = None,
                burst: Optional[int] = None) -> RateLimiter:
    """The limiter shared by every user of ``api_key``; reconfigured when a rate is given."""
    with _registry_lock:
        limiter = _registry.get(api_key)
        if limiter is None:
            limiter = _registry[api_key] = RateLimiter(
                per_hour or DEFAULT_PER_HOUR, burst or DEFAULT_BURST
            )
            return limiter
    if per_hour is not None and (per_hour != limiter.per_hour or
                                 (burst is not None and burst != limiter.burst)):
        limiter.configure(per_hour, burst or limiter.burst)
    return limiter
