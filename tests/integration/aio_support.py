"""Helpers of the asyncio tests: each runs its coroutine in a fresh event loop with an
:class:`~flickr_api.aio.AsyncClient` closed afterwards; tasks play the part threads play for
the sync client. ``AsyncKit`` runs the hostile-server tests of the sync client with an
AsyncClient."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Awaitable, Callable, TypeVar

import pytest
from hostile_support import SyncKit

from flickr_api import AuthHandler
from flickr_api.aio import AsyncAuthHandler, AsyncClient, download_photo, download_photos
from flickr_api.testing import FlickrEmulator

pytest.importorskip("aiohttp", reason="the async client needs aiohttp (flickr_api[async])")

T = TypeVar("T")


def run_client(make: Callable[[AsyncClient], Awaitable[T]], **settings: Any) -> T:
    """``make(client)`` in a fresh event loop, with an AsyncClient of ``settings``."""

    async def main() -> T:
        async with AsyncClient(**settings) as client:
            return await make(client)

    return asyncio.run(main())


def run(make: Callable[[AsyncClient], Awaitable[T]], emu: FlickrEmulator, perms: str = "delete",
        **options: Any) -> T:
    """``make(client)`` with a client of ``emu`` signed in as alice (``auth_handler=None``:
    nobody), no rate limit unless given."""
    settings: dict[str, Any] = {"rate_limit": None, **options}
    if "auth_handler" not in settings:
        settings["auth_handler"] = AuthHandler.create(*emu.token(perms))
    return run_client(make, api_key=emu.api_key, api_secret=emu.api_secret,
                      base_url=emu.base_url, **settings)


def _blocking(client: AsyncClient, make: Callable[[], Awaitable[T]]) -> T:
    """``make()`` awaited in a fresh event loop, the client's connections closed after."""

    async def main() -> T:
        try:
            return await make()
        finally:
            await client.aclose()

    return asyncio.run(main())


class AsyncKit(SyncKit):
    """:class:`hostile_support.SyncKit` with an AsyncClient: each step awaited in an event
    loop of its own."""

    client_class = AsyncClient

    def close(self, client: Any) -> None:
        """Nothing left open: each step closed the client's connections."""

    def call(self, client: Any, method: str, **args: Any) -> Any:
        return _blocking(client, lambda: client.call(method, **args))

    def call_many(self, client: Any, method: str, times: int) -> list[Any]:
        async def many() -> list[Any]:
            return [await client.call(method) for _ in range(times)]

        return _blocking(client, many)

    def request_token(self, client: Any) -> Any:
        return _blocking(client, AsyncAuthHandler(client=client).get_request_token)

    def upload(self, client: Any, path: Any, **kw: Any) -> Any:
        return _blocking(client, lambda: client.upload(path, **kw))

    def replace(self, client: Any, path: Any, **kw: Any) -> Any:
        return _blocking(client, lambda: client.replace(path, **kw))

    def wait(self, client: Any, ticket: Any, **kw: Any) -> Any:
        return _blocking(client, lambda: ticket.wait(**kw))

    def run(self, client: Any, make: Callable[[], Any]) -> Any:
        return _blocking(client, make)

    def download_photo(self, photo: Any, target: Path, **kw: Any) -> Path:
        client = kw.get("client") or photo.client
        return _blocking(client, lambda: download_photo(photo, target, **kw))

    def download_photos(self, photos: Any, folder: Path, **kw: Any) -> Any:
        client = kw.get("client") or photos[0].client
        return _blocking(client, lambda: download_photos(photos, folder, **kw))
