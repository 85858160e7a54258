"""Helpers of the asyncio tests: each runs its coroutine in a fresh event loop with an
:class:`~flickr_api.aio.AsyncClient` closed afterwards; tasks play the part threads play for
the sync client."""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, TypeVar

import pytest

from flickr_api import AuthHandler
from flickr_api.aio import AsyncClient
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
