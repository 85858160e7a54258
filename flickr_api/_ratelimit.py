"""A token-bucket rate limiter: each client has its own, or shares one it is given.

Flickr counts calls per API key, across every user of an app. To keep several clients (in any
threads) of one key under one budget, give them the same limiter::

    shared = flickr_api.RateLimiter(per_hour=3600, burst=100)
    alice = flickr_api.Client(KEY, SECRET, auth_handler="alice.txt", rate_limit=shared)
    bob = flickr_api.Client(KEY, SECRET, auth_handler="bob.txt", rate_limit=shared)
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional

from flickr_api.errors import FlickrTimeoutError

__all__ = ["DEFAULT_BURST", "DEFAULT_PER_HOUR", "RateLimitStatus", "RateLimiter"]

#: Flickr asks keys to stay under 3600 calls an hour.
DEFAULT_PER_HOUR = 3600.0
DEFAULT_BURST = 100


@dataclass(frozen=True)
class RateLimitStatus:
    """A snapshot of a limiter: its settings, the calls available now, and what it did."""

    requests_per_hour: float
    burst: int
    available: float
    total_waited: float
    acquired: int


class RateLimiter:
    """Sustains ``per_hour`` requests an hour with bursts of up to ``burst``.

    Each caller reserves the next free slot under a short lock and sleeps until it outside the
    lock, so waiting threads never block others, and slots are handed out first come, first
    served.
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
        self.sleep = sleep
        self._waited = 0.0
        self._acquired = 0
        self._tokens = float(burst)
        self._stamp = clock()
        self.per_hour = DEFAULT_PER_HOUR
        self.burst = DEFAULT_BURST
        self._rate = DEFAULT_PER_HOUR / 3600.0
        self.configure(per_hour, burst)

    def configure(self, per_hour: float, burst: int = DEFAULT_BURST) -> None:
        """Change the rate; calls already made still count (the bucket is not refilled)."""
        if not per_hour > 0 or burst < 1:
            raise ValueError("the rate limit needs requests_per_hour > 0 and burst >= 1")
        with self._lock:
            self._refill(self._clock())
            self.per_hour = float(per_hour)
            self.burst = int(burst)
            self._rate = self.per_hour / 3600.0
            self._tokens = min(self._tokens, float(self.burst))

    def _refill(self, now: float) -> None:
        self._tokens = min(float(self.burst), self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now

    def reserve(self, max_wait: Optional[float] = None) -> Optional[float]:
        """Take the next request slot and return how long to wait for it (an async caller
        sleeps that long itself); None, taking nothing, when it is further than ``max_wait``."""
        with self._lock:
            self._refill(self._clock())
            wait = 0.0 if self._tokens >= 1.0 else (1.0 - self._tokens) / self._rate
            if max_wait is not None and wait > max_wait:
                return None
            self._tokens -= 1.0
            self._acquired += 1
            self._waited += wait
            return wait

    def take(self, max_wait: Optional[float] = None) -> float:
        """Take one request slot and return the seconds to wait for it (the caller sleeps,
        blocking or in an event loop). Raises :class:`FlickrTimeoutError` when the slot is
        further away than ``max_wait`` seconds (nothing is taken then)."""
        wait = self.reserve(max_wait)
        if wait is None:
            raise FlickrTimeoutError(
                f"The rate limit of {self.per_hour:g} calls an hour would delay this call past "
                "its deadline: raise the deadline or spread the calls out.",
                request_sent=False,
            )
        return wait

    def acquire(self, max_wait: Optional[float] = None) -> float:
        """:meth:`take` a slot and sleep (with no lock held) until it is due; return the
        seconds waited."""
        wait = self.take(max_wait)
        if wait > 0:
            self.sleep(wait)
        return wait

    def status(self) -> RateLimitStatus:
        with self._lock:
            self._refill(self._clock())
            return RateLimitStatus(self.per_hour, self.burst, max(self._tokens, 0.0),
                                   self._waited, self._acquired)

    def __repr__(self) -> str:
        return f"RateLimiter(per_hour={self.per_hour:g}, burst={self.burst})"
