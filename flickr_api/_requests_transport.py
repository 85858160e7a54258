"""The default transport, over ``requests``: the only module that imports it.

One keep-alive ``requests.Session`` per client, the library's User-Agent, replies read in
chunks under a size cap, and requests' exceptions turned into :mod:`flickr_api.errors`.
Environment settings (proxies, CA bundle) are read once, when the transport is made.

**The deadline is a wall clock.** Socket timeouts only bound each wait for data, so a server
sending one byte at a time could hold a request for ever. Each attempt is watched instead: its
sockets are registered as urllib3 opens or reuses them, and one watchdog thread shuts them down
when the attempt's :class:`~flickr_api._transport.Deadline` passes; the blocked read or write
then fails at once and is reported as :class:`~flickr_api.errors.FlickrTimeoutError`. (A
session passed in by the caller keeps its own adapters: only the socket timeouts bound it.)
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import os
import socket
import threading
import time
from typing import Any, Iterator, Mapping, Optional

import requests
import requests.adapters
import requests.utils
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions

from flickr_api._logging import get_logger
from flickr_api._net_errors import (
    broke_off,
    late,
    no_reply,
    refused,
    timed_out_connecting,
    tls_failed,
)
from flickr_api._parsing import MAX_REPLY_BYTES, too_large
from flickr_api._transport import Deadline, HTTPRequest, Reply
from flickr_api._version import __version__

__all__ = ["RequestsTransport", "USER_AGENT"]

USER_AGENT = f"flickr_api/{__version__} (+https://pypi.org/project/flickr_api/)"
log = get_logger("flickr_api.http")
_CHUNK = 64 * 1024


# -- the watchdog ----------------------------------------------------------------------------
class _Guard:
    """One attempt's sockets and deadline; :meth:`expire` shuts the sockets down."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.moved = 0
        self.expired = False
        self.done = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def stop(self) -> Optional[float]:
        return self.deadline.at(self.moved)

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                _shut(sock)
            elif not self.done:
                self._sockets.append(sock)

    def expire(self) -> None:
        with self._lock:
            if self.done:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def finish(self) -> None:
        with self._lock:
            self.done = True
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """A daemon thread expiring the guards whose deadline passed (started on first use)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Guard]] = []
        self._cond = threading.Condition(threading.Lock())
        self._count = itertools.count()
        self._thread: Optional[threading.Thread] = None
        self._finished = 0  # guards finished since the heap was last swept

    def finished(self, guard: _Guard) -> None:
        """``guard``'s attempt is over: once finished guards could be half the heap, sweep
        them out, so the heap holds the attempts under way, not every attempt of the last
        ``timeout`` seconds (the sweeps cost O(1) per attempt)."""
        guard.finish()
        with self._cond:
            self._finished += 1
            if self._finished > 64 and 2 * self._finished > len(self._heap):
                self._heap[:] = [entry for entry in self._heap if not entry[2].done]
                heapq.heapify(self._heap)
                self._finished = 0

    def watch(self, guard: _Guard) -> None:
        stop = guard.stop()
        if stop is None:
            return
        with self._cond:
            heapq.heappush(self._heap, (stop, next(self._count), guard))
            if self._thread is None or not self._thread.is_alive():  # none yet, or forked
                self._thread = threading.Thread(target=self._run, name="flickr_api-deadline",
                                                daemon=True)
                self._thread.start()
            elif self._heap[0][2] is guard:
                self._cond.notify()

    def _run(self) -> None:
        heap = self._heap
        with self._cond:
            while True:
                if not heap:
                    self._cond.wait()
                    continue
                when, _, guard = heap[0]
                now = time.monotonic()
                if guard.done:
                    heapq.heappop(heap)
                elif when > now:
                    self._cond.wait(when - now)
                else:
                    heapq.heappop(heap)
                    stop = guard.stop()  # a transfer that made progress earned more time
                    if stop is not None and stop > now:
                        heapq.heappush(heap, (stop, next(self._count), guard))
                    else:
                        guard.expire()


_watchdog = _Watchdog()
_current = threading.local()


def _attach(sock: Optional[socket.socket]) -> None:
    guard = getattr(_current, "guard", None)
    if guard is not None and sock is not None:
        guard.attach(sock)


class _Watched:
    """Registers the connection's socket with the current attempt's guard."""

    sock: Optional[socket.socket]

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        _attach(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self.sock)  # a kept-alive connection
        super().request(*args, **kwargs)  # type: ignore[misc]


class _HTTPConnection(_Watched, urllib3.connection.HTTPConnection):
    pass


class _HTTPSConnection(_Watched, urllib3.connection.HTTPSConnection):
    pass


class _HTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _POOLS
        return manager


# -- the transport ---------------------------------------------------------------------------
class RequestsTransport:
    """Sends requests with ``requests``; safe to share between threads."""

    def __init__(
        self,
        session: Optional[requests.Session] = None,
        user_agent: str = USER_AGENT,
        pool_size: int = 16,
    ) -> None:
        self._own_session = session is None
        if session is None:
            session = requests.Session()
            adapter = _WatchedAdapter(pool_connections=4, pool_maxsize=pool_size)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            # Read proxy and CA settings from the environment once, not on every request.
            session.proxies.update(requests.utils.get_environ_proxies("https://api.flickr.com"))
            bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
            if bundle:
                session.verify = bundle
            session.trust_env = False
        session.headers["User-Agent"] = user_agent
        self.session = session

    def send(self, request: HTTPRequest, deadline: Deadline) -> Reply:
        """Send ``request`` and read the whole reply (at most ``MAX_REPLY_BYTES``)."""
        with self._attempt(request, deadline) as guard:
            response = self._open(request, deadline, guard, redirects=False)
            try:
                content = _read_body(response, guard)
            finally:
                response.close()
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %s (%d bytes)", request.method, _redact_url(request.url),
                      response.status_code, len(content))
        return Reply(response.status_code, response.headers, content)

    @contextlib.contextmanager
    def stream(self, request: HTTPRequest, deadline: Deadline) -> Iterator[_Streamed]:
        """Send ``request`` and yield a reply whose body is read in chunks (redirects are the
        caller's to follow, each hop checked)."""
        with self._attempt(request, deadline) as guard:
            response = self._open(request, deadline, guard, redirects=False)
            try:
                if log.isEnabledFor(logging.DEBUG):
                    log.debug("%s %s -> %s (streamed)", request.method,
                              _redact_url(request.url), response.status_code)
                yield _Streamed(response, guard)
            finally:
                response.close()

    def _open(self, request: HTTPRequest, deadline: Deadline, guard: _Guard,
              redirects: bool) -> requests.Response:
        body: Any = request.body
        if body is not None and not isinstance(body, bytes):
            body = _Metered(body, guard)
        wait = deadline.timeout
        left = guard.stop()
        if left is not None:
            left = max(left - time.monotonic(), 0.001)
            wait = left if wait is None else min(wait, left)
        return self.session.request(
            request.method, request.url, data=body, headers=request.headers,
            timeout=wait, allow_redirects=redirects, stream=True,
        )

    @contextlib.contextmanager
    def _attempt(self, request: HTTPRequest, deadline: Deadline) -> Iterator[_Guard]:
        guard = _Guard(deadline)
        _current.guard = guard
        _watchdog.watch(guard)
        try:
            yield guard
        except requests.exceptions.RequestException as exc:
            raise _error(exc, request.url, guard) from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise _error(exc, request.url, guard) from None
        finally:
            _watchdog.finished(guard)
            _current.guard = None

    def close(self) -> None:
        if self._own_session:
            self.session.close()


class _Metered:
    """A request body that earns its attempt time for every byte read from it."""

    def __init__(self, body: Any, guard: _Guard) -> None:
        self._body = body
        self._guard = guard

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._body.read(size)
        self._guard.moved += len(data)
        return data

    def __len__(self) -> int:
        return len(self._body)


class _Streamed:
    """A reply whose body is read chunk by chunk (downloads)."""

    def __init__(self, response: requests.Response, guard: _Guard) -> None:
        self._response = response
        self._guard = guard
        self.status: int = response.status_code
        self.headers: Mapping[str, str] = response.headers

    def iter_chunks(self, chunk_size: int = 256 * 1024) -> Iterator[bytes]:
        """The body in pieces as they arrive (at most ``chunk_size`` bytes each): a reply cut
        short loses nothing it delivered."""
        with self._errors():
            for chunk in _available_chunks(self._response.raw, chunk_size):
                self._guard.moved += len(chunk)
                yield chunk
        _check_in_time(self._guard, self._response.url)

    def read_all(self, limit: int) -> bytes:
        """The body, at most ``limit`` bytes (for error replies)."""
        with self._errors():
            data: bytes = self._response.raw.read(limit, decode_content=True) or b""
        _check_in_time(self._guard, self._response.url)
        return data

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError,
                OSError) as exc:
            raise _error(exc, self._response.url, self._guard) from None


def _read_body(response: requests.Response, guard: _Guard) -> bytes:
    """The body of ``response``, refused past ``MAX_REPLY_BYTES``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_REPLY_BYTES:
        raise too_large(response.status_code, int(declared))
    chunks: list[bytes] = []
    size = 0
    for chunk in _available_chunks(response.raw):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise too_large(response.status_code, size)
        chunks.append(chunk)
    _check_in_time(guard, response.url)
    return b"".join(chunks)


def _available_chunks(raw: Any, size: int = _CHUNK) -> Iterator[bytes]:
    """The body in pieces of at most ``size`` bytes as they arrive (``read1``); whole chunks
    with urllib3 releases that lack ``read1``."""
    read1 = getattr(raw, "read1", None)
    if read1 is None:
        yield from raw.stream(size, decode_content=True)
        return
    while True:
        chunk = read1(size, decode_content=True)
        if not chunk:
            return
        yield chunk


def _check_in_time(guard: _Guard, url: str) -> None:
    """A body cut by the watchdog may look complete (no length announced): it is not."""
    if guard.expired:
        raise _late(url, guard)


def _late(url: str, guard: _Guard) -> Exception:
    return late(url, guard.deadline.budget)


def _error(exc: BaseException, url: str, guard: _Guard) -> Exception:
    """The library's error for a network failure of ``requests`` or urllib3."""
    if guard.expired:
        return _late(url, guard)
    if isinstance(exc, requests.exceptions.SSLError) or _caused_by(exc, ssl_error=True):
        return tls_failed(url, _cause(exc))
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return timed_out_connecting(url)
    if isinstance(exc, (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError,
                        TimeoutError)):
        return no_reply(url)
    if isinstance(exc, requests.exceptions.ConnectionError) and _caused_by(exc, refused=True):
        return refused(url, _cause(exc))
    return broke_off(url, _cause(exc))


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what caused it, outermost first (urllib3 keeps causes in odd places)."""
    seen: set[int] = set()
    current: Optional[BaseException] = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        if isinstance(current, urllib3.exceptions.MaxRetryError) and current.reason:
            current = current.reason
            continue
        nxt: Any = current.args[0] if current.args else None
        current = (
            nxt if isinstance(nxt, BaseException) else (current.__cause__ or current.__context__)
        )


def _caused_by(exc: BaseException, *, refused: bool = False, ssl_error: bool = False) -> bool:
    import ssl

    kinds: tuple[type[BaseException], ...] = (
        (urllib3.exceptions.NewConnectionError, ConnectionRefusedError, socket.gaierror)
        if refused else (ssl.SSLError, urllib3.exceptions.SSLError) if ssl_error else ()
    )
    return any(isinstance(link, kinds) for link in _chain(exc))


def _cause(exc: BaseException) -> str:
    """What went wrong at the bottom, in words, without the URL (its query holds the key)."""
    reason = type(exc).__name__
    for link in _chain(exc):
        if isinstance(link, OSError) and link.strerror:
            reason = link.strerror
        elif isinstance(link, (OSError, urllib3.exceptions.HTTPError)):
            reason = type(link).__name__
    if "?" in reason or "://" in reason:
        return type(exc).__name__
    return reason[:120]


def _redact_url(url: str) -> str:
    return url.split("?", 1)[0]
