"""The asyncio transport, over ``aiohttp``: the only module that imports it.

The same seam as the default transport (:mod:`flickr_api._transport`): it takes a signed
:class:`~flickr_api._transport.HTTPRequest` and an attempt's
:class:`~flickr_api._transport.Deadline` and returns a :class:`~flickr_api._transport.Reply`,
or yields an :class:`AsyncStreamedReply` for downloads, and it turns aiohttp's errors into the
library's. **The deadline is a wall clock**: a timer of the event loop cancels the attempt when
it passes, moved later for every byte a transfer moves, so a server that trickles bytes is cut
off whatever it does. Cancelling the caller's task cancels the exchange. An attempt cut off
either way aborts its connection (unsent bytes dropped, socket closed at once): aiohttp's
graceful close would hold it open for as long as a server that stopped reading an upload likes.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import os
import time
from typing import Any, AsyncIterator, Iterator, Mapping, Optional

import aiohttp

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
from flickr_api._requests_transport import USER_AGENT
from flickr_api._transport import Deadline, HTTPRequest, Reply

__all__ = ["AiohttpTransport", "AsyncStreamedReply"]

log = get_logger("flickr_api.http")
_CHUNK = 256 * 1024
_ATTEMPT: contextvars.ContextVar[Optional[_Guard]] = contextvars.ContextVar(
    "flickr_api_attempt", default=None)


class _Guard:
    """One attempt: its deadline and the bytes it moved (which earn a transfer more time).

    A timer of the event loop cancels the attempt's task when the deadline passes (moved
    later while a transfer makes progress); :meth:`watch` turns that cancellation into
    :class:`~flickr_api.errors.FlickrTimeoutError` and network errors into the library's.
    """

    def __init__(self, deadline: Deadline, url: str) -> None:
        self.deadline = deadline
        self.url = url
        self.moved = 0
        self.expired = False
        self._task: Optional[asyncio.Task[Any]] = None
        self._timer: Optional[asyncio.TimerHandle] = None
        self._connection: Any = None
        self._transport: Optional[asyncio.Transport] = None

    def got(self, connection: Any) -> None:
        """Note the connection the attempt was given (see :class:`_Connector`)."""
        self._connection = connection
        self._transport = getattr(connection, "transport", None)

    def _abort(self) -> None:
        """Drop the attempt's connection now, unsent bytes and all, unless it went back to the
        pool whole (then another attempt may be using it)."""
        transport, self._transport = self._transport, None
        held = getattr(self._connection, "transport", None) is transport
        if transport is not None and (held or transport.is_closing()):
            transport.abort()

    def _arm(self) -> None:
        stop = self.deadline.at(self.moved)
        if stop is None or self._task is None:
            return
        loop = asyncio.get_running_loop()
        self._timer = loop.call_at(loop.time() + stop - time.monotonic(), self._check)

    def _check(self) -> None:
        stop = self.deadline.at(self.moved)
        if stop is not None and stop <= time.monotonic():
            self.expired = True
            assert self._task is not None
            self._task.cancel()
        else:
            self._arm()

    @contextlib.contextmanager
    def watch(self) -> Iterator[None]:
        """Bound the block by the deadline; the library's errors for what goes wrong."""
        self._task = asyncio.current_task()
        self._arm()
        attempt = _ATTEMPT.set(self)
        try:
            with _errors(self.url):
                yield
        except asyncio.CancelledError:
            self._abort()
            if not self.expired:
                raise  # the caller's cancellation
            uncancel = getattr(self._task, "uncancel", None)
            if uncancel is not None:
                uncancel()
            raise late(self.url, self.deadline.budget) from None
        finally:
            _ATTEMPT.reset(attempt)
            if self._timer is not None:
                self._timer.cancel()
            self._timer = None
            # Callbacks the connection registered meanwhile keep a copy of the context, hence
            # of this guard, as long as the connection lives: the guard must not keep the task
            # (and the reply it returned) alive.
            self._task = None


class AsyncStreamedReply:
    """A reply whose body is read chunk by chunk (downloads)."""

    def __init__(self, response: aiohttp.ClientResponse, guard: _Guard) -> None:
        self._response = response
        self._guard = guard
        self.status: int = response.status
        self.headers: Mapping[str, str] = response.headers

    async def aiter_chunks(self, chunk_size: int = _CHUNK) -> AsyncIterator[bytes]:
        while True:
            with self._guard.watch():
                chunk = await self._response.content.read(chunk_size)
            if not chunk:
                return
            self._guard.moved += len(chunk)
            yield chunk

    async def read_all(self, limit: int) -> bytes:
        """The body, at most ``limit`` bytes (for error replies)."""
        with self._guard.watch():
            return await self._response.content.read(limit)


class AiohttpTransport:
    """Sends requests with one ``aiohttp.ClientSession`` (made in the running event loop on
    first use); shared by the tasks of that loop."""

    def __init__(self, session: Optional[aiohttp.ClientSession] = None, *,
                 user_agent: str = USER_AGENT, max_connections: int = 100) -> None:
        self._own_session = session is None
        self._session = session
        self._user_agent = user_agent
        self._max_connections = max_connections

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = _Connector(limit=self._max_connections)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self._user_agent},
                timeout=aiohttp.ClientTimeout(total=None), trust_env=True)
        return self._session

    async def send(self, request: HTTPRequest, deadline: Deadline) -> Reply:
        """Send ``request`` and read the whole reply (at most ``MAX_REPLY_BYTES``)."""
        guard = _Guard(deadline, request.url)
        with guard.watch():
            response = await self._open(request, deadline, guard, redirects=False)
            try:
                content = await _read_body(response)
            finally:
                response.release()
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %s (%d bytes)", request.method, _redact(request.url),
                      response.status, len(content))
        return Reply(response.status, response.headers, content)

    @contextlib.asynccontextmanager
    async def stream(self, request: HTTPRequest, deadline: Deadline
                     ) -> AsyncIterator[AsyncStreamedReply]:
        """Send ``request`` and yield a reply whose body is read in chunks (redirects are the
        caller's to check and follow, hop by hop)."""
        guard = _Guard(deadline, request.url)
        with guard.watch():
            response = await self._open(request, deadline, guard, redirects=False)
        try:
            yield AsyncStreamedReply(response, guard)
        finally:
            response.release()

    async def _open(self, request: HTTPRequest, deadline: Deadline, guard: _Guard,
                    redirects: bool) -> aiohttp.ClientResponse:
        headers = dict(request.headers)
        body: Any = request.body
        if body is not None and not isinstance(body, bytes):
            headers["Content-Length"] = str(len(body))
            body = _metered(body, guard)
        wait = deadline.timeout
        return await self.session.request(
            request.method, request.url, headers=headers, data=body,
            allow_redirects=redirects,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=wait, sock_read=wait),
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and self._own_session:
            await session.close()


class _Connector(aiohttp.TCPConnector):
    """A ``TCPConnector`` that hands each attempt the connection it gets, so that an attempt
    cut off can abort it (a session given by the caller keeps aiohttp's graceful close).

    No public hook names the connection while the body is sent: trace signals carry none, and
    ``ClientResponse.connection`` comes after the upload. Should aiohttp stop calling
    ``connect`` or drop ``Connection.transport``, nothing is aborted: its close, as before."""

    async def connect(self, *args: Any, **kwargs: Any) -> Any:
        connection = await super().connect(*args, **kwargs)
        guard = _ATTEMPT.get()
        if guard is not None:
            guard.got(connection)
        return connection


async def _metered(body: Any, guard: _Guard) -> AsyncIterator[bytes]:
    """A request body read off the event loop, earning its attempt time for every byte."""
    while True:
        chunk: bytes = await asyncio.to_thread(body.read, _CHUNK)
        if not chunk:
            return
        guard.moved += len(chunk)
        yield chunk


async def _read_body(response: aiohttp.ClientResponse) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_REPLY_BYTES:
        raise too_large(response.status, int(declared))
    data = bytearray()
    async for chunk in response.content.iter_chunked(64 * 1024):
        data += chunk
        if len(data) > MAX_REPLY_BYTES:
            raise too_large(response.status, len(data))
    return bytes(data)


@contextlib.contextmanager
def _errors(url: str) -> Iterator[None]:
    """aiohttp's network errors as the library's."""
    try:
        yield
    except aiohttp.ClientSSLError as exc:
        raise tls_failed(url, type(exc).__name__) from None
    except aiohttp.ConnectionTimeoutError:
        raise timed_out_connecting(url) from None
    except (aiohttp.ServerTimeoutError, asyncio.TimeoutError):
        raise no_reply(url) from None
    except aiohttp.ClientConnectorError as exc:
        # asyncio words it "Connect call failed (host, port)": the errno says what happened.
        reason = os.strerror(exc.errno) if exc.errno else exc.strerror
        raise refused(url, reason or type(exc).__name__) from None
    except (aiohttp.ClientError, OSError) as exc:
        raise broke_off(url, type(exc).__name__) from None


def _redact(url: str) -> str:
    return url.split("?", 1)[0]
