"""Static images (``/{server}/{id}_{secret}[_{suffix}].{ext}``) and video files
(``/photos/{user}/{id}/play/{label}/{secret}/``), with byte ranges for resuming."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Optional, Tuple

from flickr_api.testing._media import Body, image, video
from flickr_api.testing._render import Reply, plain
from flickr_api.testing._server import Exchange, Route

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator

__all__ = ["IMAGE_ROUTE", "VIDEO_ROUTE"]

_IMAGE = re.compile(r"^/(\w+)/(\d+)_([0-9a-zA-Z]+)(?:_([0-9a-z]+))?\.([0-9A-Za-z]+)$")
_VIDEO = re.compile(r"^/photos/[^/]+/(\d+)/play/([0-9a-z_]+)/([0-9a-zA-Z]+)/?$")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
}


def _identify(emu: FlickrEmulator, ex: Exchange) -> Optional[str]:
    return None


def _run(emu: FlickrEmulator, ex: Exchange) -> Reply:
    if ex.http_method not in ("GET", "HEAD"):
        return plain(405, "Method not allowed", {"Allow": "GET, HEAD"})
    match = _IMAGE.match(ex.path)
    assert match is not None
    server, photo_id, secret, suffix, ext = match.groups()
    data = image(emu.store, server, photo_id, secret, suffix or "", ext)
    return _serve(ex, data, _TYPES.get(ext.lower(), "application/octet-stream"))


def _run_video(emu: FlickrEmulator, ex: Exchange) -> Reply:
    if ex.http_method not in ("GET", "HEAD"):
        return plain(405, "Method not allowed", {"Allow": "GET, HEAD"})
    match = _VIDEO.match(ex.path)
    assert match is not None
    photo_id, label, secret = match.groups()
    return _serve(ex, video(emu.store, photo_id, label, secret), "video/mp4")


def _serve(ex: Exchange, data: Optional[Body], content_type: str) -> Reply:
    """``data`` (None: 404), whole or the byte range the request asks for (only if an
    ``If-Range`` it sends still matches the ETag)."""
    if data is None:
        body = b"<html><body><h1>404 Not Found</h1>No such image.</body></html>\n"
        return Reply(404, "text/html; charset=utf-8", body)
    ex.record.executed = True
    # Flickr's image hosts send a strong ETag with every file (headers not captured here:
    # assumed from common CDN practice); the file of a URL changes only when its secret does.
    etag = '"' + hashlib.sha256(f"{ex.path} {len(data)}".encode()).hexdigest()[:20] + '"'
    headers = {"Accept-Ranges": "bytes", "ETag": etag}
    if_range = ex.headers.get("If-Range")
    if if_range is not None and if_range.strip() != etag:
        return Reply(200, content_type, data, headers)  # changed: the whole file
    wanted = _byte_range(ex.headers.get("Range"), len(data))
    if wanted is None:
        return Reply(200, content_type, data, headers)
    start, end = wanted
    if start >= len(data) or start > end:
        headers["Content-Range"] = f"bytes */{len(data)}"
        return Reply(416, "text/plain;charset=UTF-8", b"", headers)
    headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
    return Reply(206, content_type, data[start : end + 1], headers)


def _byte_range(header: Optional[str], size: int) -> Optional[Tuple[int, int]]:
    """The single range a ``Range`` header asks for (inclusive), or None to send everything."""
    match = _RANGE.match((header or "").strip())
    if match is None:
        return None  # absent, malformed or several ranges: the whole image
    first, last = match.groups()
    if not first:
        if not last:
            return None
        return max(0, size - int(last)), size - 1  # the last N bytes
    end = min(int(last), size - 1) if last else size - 1
    return int(first), end


IMAGE_ROUTE = Route(_IMAGE, _identify, _run, pure=True)
VIDEO_ROUTE = Route(_VIDEO, _identify, _run_video, pure=True)
