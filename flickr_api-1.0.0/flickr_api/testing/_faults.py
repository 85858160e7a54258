"""Fault injection: which requests a fault strikes, and the replies that stand for it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable, List, Optional

from flickr_api.testing._render import Format, Reply, render_fail

__all__ = ["FAULT_KINDS", "Fault", "FaultPlan", "fault_reply"]

FAULT_KINDS = frozenset(
    {
        "http_500",
        "http_502",
        "http_503",
        "http_429",
        "slow",
        "reset",
        "truncated_json",
        "html_200",
        "stat_fail_105",
        "stat_fail_201",
    }
)

_HTTP_REASONS = {
    429: ("Too Many Requests", "You have sent too many requests in a given amount of time."),
    500: ("Internal Server Error", "The server encountered an internal error."),
    502: ("Bad Gateway", "The server received an invalid response from upstream."),
    503: ("Service Unavailable", "The service is temporarily unavailable."),
}
_HTML_200 = (
    b"<!DOCTYPE html>\n<html><head><title>Flickr: maintenance</title></head>"
    b"<body><h1>Flickr is having a massage</h1><p>Please try again later.</p></body></html>\n"
)
# What a reply looked like before it was cut, when the request was not carried out.
STAND_IN_BODY = (
    b'{"photos":{"page":1,"pages":1,"perpage":100,"total":"1",'
    b'"photo":[{"id":"1","owner":"1@N01","secret":"0123456789","server":"65535"}]},"stat":"ok"}'
)


@dataclass
class Fault:
    """One fault to inject.

    ``kind`` is one of :data:`FAULT_KINDS`. ``method`` matches the Flickr method name (or
    ``"upload"`` / ``"replace"``), ``path`` a path prefix (for example ``"/services/oauth/"`` or an
    image server ``"/65535/"``); None matches anything. ``times`` is how many matching requests it
    strikes. With ``after=True`` the request is carried out first and the fault replaces the reply.
    ``delay`` is the sleep of ``"slow"``; ``retry_after`` the ``Retry-After`` of ``"http_429"``.
    """

    kind: str
    method: Optional[str] = None
    path: Optional[str] = None
    times: int = 1
    after: bool = False
    delay: float = 5.0
    retry_after: int = 1

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {sorted(FAULT_KINDS)}")
        if self.times < 1:
            raise ValueError("times must be at least 1")

    def matches(self, flickr_method: Optional[str], path: str) -> bool:
        return (self.method is None or self.method == flickr_method) and (
            self.path is None or path.startswith(self.path)
        )


@dataclass
class _Pending:
    fault: Fault
    left: int


class FaultPlan:
    """The pending faults; each strike uses up one of a fault's ``times``."""

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self._lock = threading.Lock()
        self._pending: List[_Pending] = []
        for fault in faults:
            self.add(fault)

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._pending.append(_Pending(fault, fault.times))

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def pending(self) -> List[Fault]:
        with self._lock:
            return [p.fault for p in self._pending]

    def strike(self, flickr_method: Optional[str], path: str, *, after: bool) -> Optional[Fault]:
        """The first pending fault for this request and phase, used up once; None if none."""
        with self._lock:
            for pending in self._pending:
                if pending.fault.after == after and pending.fault.matches(flickr_method, path):
                    pending.left -= 1
                    if pending.left == 0:
                        self._pending.remove(pending)
                    return pending.fault
        return None


def fault_reply(fault: Fault, fmt: Format) -> Reply:
    """The reply standing for a fault that replaces the whole reply."""
    if fault.kind.startswith("http_"):
        status = int(fault.kind[5:])
        reason, text = _HTTP_REASONS[status]
        body = f"<html><body><h1>{status} {reason}</h1>{text}</body></html>\n".encode()
        headers = {"Retry-After": str(fault.retry_after)} if status == 429 else {}
        return Reply(status, "text/html; charset=utf-8", body, headers)
    if fault.kind == "html_200":
        return Reply(200, "text/html; charset=utf-8", _HTML_200)
    if fault.kind == "stat_fail_105":
        return render_fail(105, "Service currently unavailable", fmt)
    if fault.kind == "stat_fail_201":
        return render_fail(201, "Sorry, the Flickr API service is not currently available.", fmt)
    raise ValueError(f"fault {fault.kind!r} does not replace the reply")
