"""The I/O seam: what a transport receives and returns, and :class:`MockTransport`.

A transport is the only part of the library that does I/O. It takes an :class:`HTTPRequest`
(already signed: method, URL, headers, body) and an attempt's :class:`Deadline`, and returns a
:class:`Reply` (``send``) or a :class:`StreamedReply` (``stream``, for downloads). It raises
:class:`~flickr_api.errors.FlickrTimeoutError` past the deadline, whatever the server does, and
turns its library's network errors into :class:`~flickr_api.errors.FlickrConnectionError`.
Everything else (signing, retries, the rate limit, reading replies) happens before and after it,
in plain functions of data, so an asyncio transport is the same two methods with ``async``.

:class:`flickr_api._requests_transport.RequestsTransport` is the default; :class:`MockTransport`
answers from a function, for tests that need no sockets::

    def flickr(request):
        return flickr_api.Reply(200, {}, b'{"stat": "ok", "user": {"id": "1@N01"}}')

    client = flickr_api.Client("key", "secret", transport=flickr_api.MockTransport(flickr))
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from typing import Any, Callable, ContextManager, Iterator, Mapping, Optional, Protocol, Union

__all__ = ["Deadline", "HTTPRequest", "MockTransport", "Reply", "StreamedReply", "Transport"]


class Body(Protocol):
    """A request body read piece by piece (a multipart upload): ``read(n)`` and ``len()``."""

    def read(self, size: int = -1) -> bytes: ...

    def __len__(self) -> int: ...


@dataclass(frozen=True)
class HTTPRequest:
    """One HTTP request, ready to go: signed, with its query in ``url``."""

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Union[bytes, Body, None] = None


@dataclass(frozen=True)
class Reply:
    """A complete HTTP reply."""

    status: int
    headers: Mapping[str, str]
    content: bytes


class StreamedReply(Protocol):
    """A reply whose body the caller reads in chunks (downloads)."""

    status: int
    headers: Mapping[str, str]

    def iter_chunks(self, chunk_size: int = ...) -> Iterator[bytes]: ...

    def read_all(self, limit: int) -> bytes: ...


@dataclass(frozen=True)
class Deadline:
    """When one attempt must be over, in ``time.monotonic()`` seconds.

    ``stop`` is the attempt's own limit (None: none); a transfer moves it ``per_byte`` seconds
    later for every byte sent or received, so a large file may take its time while a server
    that trickles bytes is still cut off. ``hard_stop`` (the call's deadline) never moves.
    ``timeout`` bounds each connect and each wait for data.
    """

    stop: Optional[float]
    hard_stop: Optional[float] = None
    per_byte: float = 0.0
    timeout: Optional[float] = None
    budget: Optional[float] = None  # the seconds the attempt was given, for messages

    def at(self, moved: int = 0) -> Optional[float]:
        """The time the attempt must be over by once ``moved`` bytes went through."""
        stop = None if self.stop is None else self.stop + moved * self.per_byte
        if self.hard_stop is None:
            return stop
        return self.hard_stop if stop is None else min(stop, self.hard_stop)


class Transport(Protocol):
    """Sends requests; safe to share between threads."""

    def send(self, request: HTTPRequest, deadline: Deadline) -> Reply: ...

    def stream(self, request: HTTPRequest, deadline: Deadline) -> ContextManager[StreamedReply]:
        ...

    def close(self) -> None: ...


class _MockStream:
    def __init__(self, reply: Reply) -> None:
        self.status = reply.status
        self.headers = reply.headers
        self._content = reply.content
        self._pos = 0

    def iter_chunks(self, chunk_size: int = 256 * 1024) -> Iterator[bytes]:
        while self._pos < len(self._content):
            chunk = self._content[self._pos : self._pos + chunk_size]
            self._pos += len(chunk)
            yield chunk

    def read_all(self, limit: int) -> bytes:
        chunk = self._content[self._pos : self._pos + limit]
        self._pos += len(chunk)
        return chunk


class MockTransport:
    """A transport that answers every request with ``handler(request)``, without sockets.

    The handler gets the :class:`HTTPRequest` with its body read into bytes (so an upload's
    progress callbacks run) and returns a :class:`Reply`, or raises a
    :class:`~flickr_api.errors.FlickrError` to play a network failure. Requests seen are kept
    in :attr:`requests`, with the :class:`Deadline` each had in :attr:`deadlines`.
    """

    def __init__(self, handler: Callable[[HTTPRequest], Reply]) -> None:
        self.handler = handler
        self.requests: list[HTTPRequest] = []
        self.deadlines: list[Deadline] = []

    def _answer(self, request: HTTPRequest, deadline: Deadline) -> Reply:
        body: Any = request.body
        if body is not None and not isinstance(body, bytes):
            request = replace(request, body=body.read(-1))
        self.requests.append(request)
        self.deadlines.append(deadline)
        return self.handler(request)

    def send(self, request: HTTPRequest, deadline: Deadline) -> Reply:
        return self._answer(request, deadline)

    @contextlib.contextmanager
    def stream(self, request: HTTPRequest, deadline: Deadline) -> Iterator[StreamedReply]:
        yield _MockStream(self._answer(request, deadline))

    def close(self) -> None:
        pass
