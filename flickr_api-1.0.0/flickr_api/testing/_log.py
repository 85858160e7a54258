"""The emulator's request log: one record per HTTP request, safe to append from many threads."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple, overload

__all__ = ["LogRecord", "RequestLog"]


@dataclass
class LogRecord:
    """What the emulator saw and did for one HTTP request.

    ``flickr_method`` is the REST method, ``"upload"``/``"replace"`` for those endpoints, or None
    (OAuth endpoints, images). ``params`` holds the non-OAuth parameters; for uploads the file
    appears as ``photo="sha256:<hex>"``. ``executed`` is True when the request took effect (a
    handler ran, a file was stored, an image was served), even if a fault replaced the reply.
    """

    path: str
    http_method: str
    flickr_method: Optional[str] = None
    params: Dict[str, str] = field(default_factory=dict)
    user_nsid: Optional[str] = None
    oauth_token: Optional[str] = None
    status: int = 0
    executed: bool = False
    fault: Optional[str] = None
    is_write: bool = False


class RequestLog:
    """A thread-safe, list-like sequence of :class:`LogRecord` with a few queries."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: List[LogRecord] = []

    def append(self, record: LogRecord) -> None:
        with self._lock:
            self._records.append(record)

    def snapshot(self) -> List[LogRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __iter__(self) -> Iterator[LogRecord]:
        return iter(self.snapshot())

    @overload
    def __getitem__(self, index: int) -> LogRecord: ...

    @overload
    def __getitem__(self, index: slice) -> List[LogRecord]: ...

    def __getitem__(self, index: int | slice) -> LogRecord | List[LogRecord]:
        with self._lock:
            return self._records[index]

    def calls(self, flickr_method: Optional[str] = None) -> List[LogRecord]:
        """Records of API calls (REST, upload, replace), optionally of one method."""
        return [
            r
            for r in self.snapshot()
            if r.flickr_method is not None
            and (flickr_method is None or r.flickr_method == flickr_method)
        ]

    def count(self, flickr_method: Optional[str] = None, path: Optional[str] = None) -> int:
        """How many requests match the method and the path prefix (None matches all)."""
        return sum(
            1
            for r in self.snapshot()
            if (flickr_method is None or r.flickr_method == flickr_method)
            and (path is None or r.path.startswith(path))
        )

    def duplicates(self) -> List[List[LogRecord]]:
        """Groups of executed write requests that carried the same method and parameters."""
        groups: Dict[Tuple[str, Tuple[Tuple[str, str], ...]], List[LogRecord]] = {}
        for r in self.snapshot():
            if r.executed and r.is_write and r.flickr_method is not None:
                key = (r.flickr_method, tuple(sorted(r.params.items())))
                groups.setdefault(key, []).append(r)
        return [g for g in groups.values() if len(g) > 1]
