"""The bytes behind image and video URLs: generated JPEGs and MP4s, or the uploaded files.

Each lookup takes the store lock (see :class:`~flickr_api.testing._store.Store`) only to find
the photo; files are mapped and bytes made outside it.
"""

from __future__ import annotations

import hashlib
import os
import random
import struct
from typing import Optional, Tuple, Union

from flickr_api.testing._records import SIZES
from flickr_api.testing._render import FileSlice
from flickr_api.testing._store import Store

__all__ = ["VIDEO_LABELS", "VIDEO_SIZE_LABELS", "Body", "image", "image_dimensions", "video"]

#: Image bytes: made in memory, or an uploaded file served from disk (never read whole).
Body = Union[bytes, FileSlice]

#: The ``play/{label}/`` names of a video's files, from getSizes' video labels.
VIDEO_SIZE_LABELS = ("Site MP4", "Mobile MP4", "HD MP4", "700", "iphone_wifi")
VIDEO_LABELS = frozenset(label.lower().replace(" ", "") for label in VIDEO_SIZE_LABELS)

_BY_SUFFIX = {s.suffix: s for s in SIZES}


def image(store: Store, server: str, photo_id: str, secret: str, suffix: Optional[str],
          ext: str) -> Optional[Body]:
    """The bytes of one image URL, or None when Flickr would answer 404."""
    with store.lock:
        photo = store.photos.get(photo_id)
        spec = _BY_SUFFIX.get(suffix or "")
        if photo is None or spec is None or photo.server != server:
            return None
        if secret != photo.size_secret(spec):
            return None
        if ext.lower() != (photo.originalformat if spec.code == "o" else "jpg"):
            return None
        sizes = {s.code: (w, h) for s, w, h in photo.available_sizes()}
        if spec.code not in sizes:
            return None
        path = photo.original_path if spec.code == "o" else None
        width, height = sizes[spec.code]
        original = int((20_000 + _digest(store.seed, photo.id, photo.originalsecret) % 180_000)
                       * store.image_scale)
        key = _digest(store.seed, photo.id, secret, spec.code)
        long_edge = photo.long_edge
    if path:
        return _on_disk(path)
    length = max(64, 1000 + int(max(0, original - 1000) * (max(width, height) / long_edge)
                                ** 1.5))
    return _jpeg(key, length, f"{photo_id} {spec.code} {width}x{height}", width, height)


def video(store: Store, photo_id: str, label: str, secret: str) -> Optional[Body]:
    """The bytes of a video's ``play/{label}/{secret}/`` file, or None (404)."""
    with store.lock:
        photo = store.photos.get(photo_id)
        if photo is None or photo.media != "video" or secret != photo.secret:
            return None
        if label not in VIDEO_LABELS:
            return None
        path = photo.original_path
        length = int((40_000 + _digest(store.seed, photo.id, label) % 160_000)
                     * store.image_scale)
        key = _digest(store.seed, photo.id, secret, label)
    if path:
        return _on_disk(path)
    head = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    return head + random.Random(key).randbytes(max(0, length - len(head)))


def _on_disk(path: str) -> Optional[Body]:
    """The file at ``path``, to be sent from disk (None if it is gone)."""
    try:
        return FileSlice(path, 0, os.path.getsize(path))
    except OSError:
        return None


def _jpeg(key: int, length: int, note: str, width: int, height: int) -> bytes:
    """A JPEG-looking byte string of about ``length`` bytes, the same for the same key."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    text = f"flickr_api emulator {note}".encode()
    com = b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 8, 8, height, width, 1) + b"\x01\x11\x00"
    head = b"\xff\xd8" + app0 + com + sof + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    body = random.Random(key).randbytes(max(0, length - len(head) - 2))
    return head + body.replace(b"\xff", b"\xfe") + b"\xff\xd9"


_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def image_dimensions(path: str) -> Optional[Tuple[int, int]]:
    """Width and height of a JPEG, PNG or GIF file (None if unreadable or another format)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(1 << 18)
    except OSError:
        return None
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:4] in (b"GIF8",) and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return width, height
    i = 2 if data.startswith(b"\xff\xd8") else len(data)
    while i + 9 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker in _SOF_MARKERS:
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return (width, height) if width and height else None
        i += 2 + struct.unpack(">H", data[i + 2:i + 4])[0]
    return None


def _digest(*parts: object) -> int:
    name = "/".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")

