"""asyncio: :class:`AsyncClient`, the library's client for event loops.

Install with ``pip install "flickr_api[async]"`` (it brings aiohttp). Everything that reaches
Flickr is awaited; requests are built, signed, limited and retried by the same code as the
sync :class:`~flickr_api.Client`'s, only the transport differs.
"""

from __future__ import annotations

from flickr_api.aio._requestor import AsyncMockTransport, AsyncTransport
from flickr_api.aio.auth import AsyncAuthHandler
from flickr_api.aio.client import AsyncClient, bounded_gather
from flickr_api.aio.download import DownloadSummary, download_photo, download_photos
from flickr_api.errors import NotLoadedError

__all__ = [
    "AsyncAuthHandler",
    "AsyncClient",
    "AsyncMockTransport",
    "AsyncTransport",
    "DownloadSummary",
    "NotLoadedError",
    "bounded_gather",
    "download_photo",
    "download_photos",
]
