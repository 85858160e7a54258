"""The asyncio driver of the library's flows: the same steps as :func:`flickr_api._requestor.run`
(pauses, attempts through the transport, results and errors fed back), with ``await``.

Everything else a request goes through (signing, the rate limit, the deadline of each attempt,
retries, reading replies) is the shared flow of :func:`flickr_api._requestor.exchange`, so an
:class:`~flickr_api.aio.AsyncClient` sends byte for byte what a :class:`~flickr_api.Client`
sends. Cancelling the task closes the flow: its open files close and no retry follows.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from typing import Any, AsyncContextManager, AsyncIterator, Optional, Protocol, TypeVar

from flickr_api._requestor import Attempt, Flow, Pause, raise_body_error
from flickr_api._transport import Deadline, HTTPRequest, MockTransport, Reply, StreamedReply

__all__ = ["AsyncMockTransport", "AsyncTransport", "run"]

T = TypeVar("T")


class AsyncTransport(Protocol):
    """What sends an :class:`~flickr_api.aio.AsyncClient`'s requests."""

    async def send(self, request: HTTPRequest, deadline: Deadline) -> Reply: ...

    def stream(self, request: HTTPRequest, deadline: Deadline) -> AsyncContextManager[Any]: ...

    async def aclose(self) -> None: ...


class AsyncMockTransport(MockTransport):
    """:class:`~flickr_api._transport.MockTransport` for an AsyncClient: answers every
    request with ``handler(request)``, without sockets, and keeps what it saw."""

    async def send(self, request: HTTPRequest, deadline: Deadline) -> Reply:  # type: ignore[override]
        return self._answer(request, deadline)

    @contextlib.asynccontextmanager
    async def stream(self, request: HTTPRequest, deadline: Deadline) -> Any:  # type: ignore[override]
        with super().stream(request, deadline) as streamed:
            yield _AsyncMockStream(streamed)

    async def aclose(self) -> None:
        self.close()


class _AsyncMockStream:
    """A mock reply read as the asyncio transport's are: ``aiter_chunks``, awaited
    ``read_all``."""

    def __init__(self, stream: StreamedReply) -> None:
        self._stream = stream
        self.status = stream.status
        self.headers = stream.headers

    async def aiter_chunks(self, chunk_size: int = 256 * 1024) -> AsyncIterator[bytes]:
        for chunk in self._stream.iter_chunks(chunk_size):
            yield chunk

    async def read_all(self, limit: int) -> bytes:
        return self._stream.read_all(limit)


async def run(transport: AsyncTransport, flow: Flow[T]) -> T:
    """Carry ``flow`` out in the running event loop."""
    value: Any = None
    error: Optional[Exception] = None
    try:
        while True:
            try:
                step = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            if isinstance(step, Pause):
                await asyncio.sleep(step.seconds)
                continue
            try:
                value = await _attempt(transport, step)
            except Exception as exc:  # back into the flow, which retries or lets it out
                error = exc
    finally:
        flow.close()


async def _attempt(transport: AsyncTransport, step: Attempt) -> Any:
    body: Any = step.request.body
    if body is not None:
        body.rewind()
    try:
        if step.request.stream:
            async with transport.stream(step.wire, step.deadline) as streamed:
                result = step.handle(streamed)
                return await result if inspect.isawaitable(result) else result
        reply = await transport.send(step.wire, step.deadline)
    except Exception:
        raise_body_error(body)
        raise
    return step.handle(reply)
