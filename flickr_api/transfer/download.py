"""Download one photo or video to disk: the right size and extension, streamed, resumable.

::

    path = download_photo(photo, "photos/dawn")              # largest size -> photos/dawn.jpg
    path = download_photo(photo, "dawn.jpg", size_label="Medium 800", progress=True)

``Photo.save(filename, size_label=None)`` calls :func:`download_photo`.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union
from urllib.parse import urlsplit

from flickr_api import _default
from flickr_api.errors import FlickrTransferError
from flickr_api.objects.photo import Photo
from flickr_api.objects.sizes import find_size
from flickr_api.transfer._fetch import fetch
from flickr_api.transfer._progress import Progress, reporter

if TYPE_CHECKING:
    import os

    from flickr_api.client import Client
    from flickr_api.objects.base import FlickrObject

__all__ = ["Size", "choose_size", "client_of", "download_photo", "pick_size"]

#: Video files, best first ("Video Player" is a Flash page, never a file).
VIDEO_LABELS = ("Video Original", "1080p", "HD MP4", "720p", "Site MP4", "700", "Mobile MP4",
                "iphone_wifi", "360p", "288p")


@dataclass(frozen=True)
class Size:
    """One size of a photo, as ``Photo.getSizes()`` lists it."""

    label: str
    source: str
    media: str = "photo"
    width: int = 0
    height: int = 0

    @property
    def is_video(self) -> bool:
        """True for a video file (not the poster images of a video, which have photo labels)."""
        return self.media == "video" and self.label in VIDEO_LABELS

    @property
    def extension(self) -> str:
        """The file extension to save it with: the image's own, ``.mp4`` for videos."""
        if self.is_video:
            return ".mp4"
        ext = posixpath.splitext(urlsplit(self.source).path)[1].lower()
        return ext if 1 < len(ext) <= 5 else ".jpg"


def _number(value: Any) -> int:
    return value if isinstance(value, int) else 0


def _sizes(entries: Mapping[str, Mapping[str, Any]]) -> dict[str, Size]:
    return {
        str(label): Size(str(label), str(e.get("source") or ""), str(e.get("media") or "photo"),
                         _number(e.get("width")), _number(e.get("height")))
        for label, e in entries.items()
    }


def choose_size(sizes: Mapping[str, Size], size_label: Optional[str] = None,
                photo_id: str = "") -> Size:
    """The size called ``size_label`` (a label, or a suffix like ``"z"``); by default the
    largest: the best video file of a video, else the original, else the most pixels."""
    if size_label is not None:
        known = find_size(size_label)
        size = sizes.get(size_label) or (sizes.get(known.label) if known else None)
        if size is None or not size.source:
            raise FlickrTransferError(
                f"Photo {photo_id} has no size {size_label!r} you may download "
                f"(available: {', '.join(sizes) or 'none'}).")
        return size
    if any(s.media == "video" for s in sizes.values()):
        videos = [sizes[label] for label in VIDEO_LABELS if label in sizes]
        if not videos:
            raise FlickrTransferError(f"Video {photo_id} has no video file you may download.")
        return videos[0]
    original = sizes.get("Original")
    if original is not None and original.source:
        return original
    photos = [s for s in sizes.values() if s.source]
    if not photos:
        raise FlickrTransferError(f"Photo {photo_id} has no size you may download.")
    return max(photos, key=lambda s: s.width * s.height)


def pick_size(photo: FlickrObject, size_label: Optional[str] = None) -> Size:
    """The size of a Photo to download: from the sizes its listing carried (no request) when
    they include it, else from ``flickr.photos.getSizes``."""
    photo_id = str(photo.id)
    if size_label is None and "media" in photo and photo.media == "video":
        # A listing names only a video's poster images: the video files need getSizes.
        return choose_size(_sizes(photo.getSizes(force=True)), None, photo_id)
    try:
        return choose_size(_sizes(photo.getSizes()), size_label, photo_id)
    except FlickrTransferError:
        # A listing names only the sizes it was asked for, and no video files.
        return choose_size(_sizes(photo.getSizes(force=True)), size_label, photo_id)


def download_photo(
    photo: Union[FlickrObject, str, int],
    filename: Union[str, os.PathLike[str]],
    size_label: Optional[str] = None,
    client: Optional[Client] = None,
    progress: Progress = None,
) -> Path:
    """Save ``photo`` (a Photo, or a photo id) to ``filename``; return the path written.

    The largest size by default (``size_label`` picks another, e.g. ``"Medium 800"``); the
    image's extension (``.mp4`` for a video) is added when ``filename`` has none. The file
    appears under its name only once complete; an interrupted download resumes where it
    stopped. ``progress``: a callable ``(bytes_done, total)`` or True for a progress bar.
    """
    client = client_of(photo, client)
    if isinstance(photo, (str, int)):
        photo = Photo(id=str(photo), client=client)
    size = pick_size(photo, size_label)
    target = target_path(filename, size)
    with reporter(progress, target.name) as report:
        return fetch(client, size.source, target, signed=size.is_video, progress=report)


def target_path(filename: Union[str, os.PathLike[str]], size: Size) -> Path:
    """``filename``, with the size's extension when it has none."""
    target = Path(filename)
    return target if target.suffix else target.with_name(target.name + size.extension)


def client_of(photo: Union[FlickrObject, str, int], client: Optional[Client] = None) -> Client:
    """The client to download with: the one given, the photo's, or the default client."""
    return _default.resolve(client if client is not None else getattr(photo, "client", None))
