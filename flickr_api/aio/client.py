"""AsyncClient: a :class:`~flickr_api.Client` whose network methods are awaited."""

from __future__ import annotations

import asyncio
import inspect
import os
from typing import TYPE_CHECKING, Any, Awaitable, Iterable, Optional, TypeVar, Union

from flickr_api._ratelimit import DEFAULT_BURST, DEFAULT_PER_HOUR
from flickr_api._requestor import Flow
from flickr_api.aio._requestor import AsyncTransport, run
from flickr_api.aio.download import download_photo
from flickr_api.client import DEFAULT_TIMEOUT, Client, RateLimit

if TYPE_CHECKING:
    from pathlib import Path

    from flickr_api._retry import RetryConfig
    from flickr_api._transport import Transport
    from flickr_api.auth import AuthHandler
    from flickr_api.cache import CacheBackend

__all__ = ["AsyncClient", "bounded_gather"]

T = TypeVar("T")


class AsyncClient(Client):
    """One user's connection to Flickr for asyncio programs.

    Configured like :class:`~flickr_api.Client` (keys, auth handler, base URL, timeout, retries,
    rate limit, cache), and everything that reaches Flickr is awaited::

        async with AsyncClient(auth_handler="auth.txt") as client:
            photos = await client.api.photos.search(tags="cat")
            photo = client.objects.Photo(id=photos["photos"]["photo"][0]["id"])
            await photo.load()
            print(photo.title)

    The requests are the sync client's, byte for byte (the same signing, retries, deadline and
    rate limiter, which a sync client of the same key may share); only the transport differs:
    ``aiohttp`` (``pip install "flickr_api[async]"``), or ``transport=``: another client's
    ``async_transport`` to share its connections (a web app's users), or a mock for tests.
    """

    is_async = True

    def __init__(
        self,
        api_key: Optional[str] = None,
        api_secret: Optional[str] = None,
        auth_handler: Union[AuthHandler, str, os.PathLike[str], None] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = DEFAULT_TIMEOUT,
        *,
        retry: Optional[RetryConfig] = None,
        rate_limit: RateLimit = DEFAULT_PER_HOUR,
        burst: int = DEFAULT_BURST,
        cache: Optional[CacheBackend] = None,
        transport: Optional[AsyncTransport] = None,
        max_connections: int = 100,
    ) -> None:
        super().__init__(api_key, api_secret, auth_handler, base_url, timeout, retry=retry,
                         rate_limit=rate_limit, burst=burst, cache=cache)
        self._async_transport = transport
        self._own_transport = transport is None  # one given is shared: its owner closes it
        self._max_connections = max_connections

    @property
    def async_transport(self) -> AsyncTransport:
        """What sends this client's requests (``aiohttp`` by default)."""
        if self._async_transport is None:
            from flickr_api.aio._aiohttp_transport import AiohttpTransport

            self._async_transport = AiohttpTransport(max_connections=self._max_connections)
        return self._async_transport

    @property
    def transport(self) -> Transport:
        raise TypeError("an AsyncClient has no blocking transport: await its methods")

    def _run(self, flow: Flow[T]) -> Awaitable[T]:
        return run(self.async_transport, flow)

    async def call(self, method: str, **args: Any) -> Any:
        """Call any Flickr method (no catalog validation) and return the parsed reply."""
        return await super().call(method, **args)

    async def upload(self, photo_file: Any, **kw: Any) -> Any:
        """Upload a photo or video as this client's user (see :func:`flickr_api.upload`)."""
        return await super().upload(photo_file, **kw)

    async def replace(self, photo_file: Any, **kw: Any) -> Any:
        """Replace a photo's file (see :func:`flickr_api.replace`)."""
        return await super().replace(photo_file, **kw)

    async def download(  # type: ignore[override]
        self, photo: Any, filename: Union[str, os.PathLike[str]],
        size_label: Optional[str] = None, progress: Any = None,
    ) -> Path:
        """Save a photo or video (see :func:`flickr_api.aio.download_photo`)."""
        return await download_photo(photo, filename, size_label, client=self,
                                    progress=progress)

    async def aclose(self) -> None:
        """Close the HTTP connections of this client (not those of a transport it was given,
        which may serve other clients)."""
        transport = self._async_transport
        if transport is not None and self._own_transport:
            self._async_transport = None
            await transport.aclose()

    def close(self) -> None:
        raise TypeError("close an AsyncClient with 'await client.aclose()' or 'async with'")

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __enter__(self) -> AsyncClient:
        raise TypeError("use 'async with' with an AsyncClient")


async def bounded_gather(awaitables: Iterable[Awaitable[T]], limit: int = 16) -> list[T]:
    """Await every item of ``awaitables`` with at most ``limit`` running at once, and return
    their results in order; the first failure cancels the others and is raised. (The client's
    rate limit applies to each call too.)"""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    gate = asyncio.Semaphore(limit)

    async def one(item: Awaitable[T]) -> T:
        async with gate:
            return await item

    items = list(awaitables)
    tasks: list[asyncio.Future[T]] = []
    try:
        for item in items:
            tasks.append(asyncio.ensure_future(one(item)))
            # One start a turn of the loop: the first requests reach the server while the
            # next are being signed, instead of all being signed before any is sent.
            await asyncio.sleep(0)
        return list(await asyncio.gather(*tasks))
    finally:
        for task in tasks:
            task.cancel()
        for item in items[len(tasks):]:  # never started: the caller was cancelled meanwhile
            if inspect.iscoroutine(item):
                item.close()
