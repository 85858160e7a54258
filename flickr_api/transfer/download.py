"""Download one photo or video to disk: the right size and extension, streamed, resumable.

::

    path = download_photo(photo, "photos/dawn")              # largest size -> photos/dawn.jpg
    path = download_photo(photo, "dawn.jpg", size_label="Medium 800", progress=True)

``Photo.save(filename, size_label=None)`` calls :func:`download_photo`.

The extension comes from what Flickr declares (a video file is ``.mp4``, an original has its
``originalformat``, other sizes are JPEG), and only ever is one of :data:`EXTENSIONS`. A
download is refused past a size bound: ``max_bytes`` when given, else Flickr's own limits on
what it accepts (200 MB for a photo, 1 GB for a video), tightened by the size's width and
height when Flickr gave them.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generator, Mapping, Optional, Union
from urllib.parse import urlsplit

from flickr_api import _default
from flickr_api.errors import FlickrTransferError
from flickr_api.objects.base import FlickrObject
from flickr_api.objects.photo import Photo
from flickr_api.objects.sizes import find_size
from flickr_api.transfer._fetch import PartOwner, fetch
from flickr_api.transfer._progress import Progress, ProgressCallback, reporter

if TYPE_CHECKING:
    import os

    from flickr_api.client import Client

__all__ = ["EXTENSIONS", "Size", "SizeChoice", "as_photo", "choose_size", "client_of",
           "download_photo", "pick_size", "save_size", "size_choice"]

#: Video files, best first ("Video Player" is a Flash page, never a file).
VIDEO_LABELS = ("Video Original", "1080p", "HD MP4", "720p", "Site MP4", "700", "Mobile MP4",
                "iphone_wifi", "360p", "288p")
#: The extensions a download may get, by the format names Flickr uses.
EXTENSIONS = {"jpg": ".jpg", "jpeg": ".jpg", "png": ".png", "gif": ".gif", "mp4": ".mp4"}
#: Size bounds when the caller sets none: what Flickr accepts for upload, with a margin.
MAX_PHOTO_BYTES = 256 * 1024 * 1024
MAX_VIDEO_BYTES = 1280 * 1024 * 1024
#: Bytes per pixel of the largest image file of given dimensions (16-bit RGBA, uncompressed),
#: and room for metadata (EXIF, XMP, ICC profiles).
_BYTES_PER_PIXEL = 8
_METADATA_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Size:
    """One size of a photo, as ``Photo.getSizes()`` lists it."""

    label: str
    source: str
    media: str = "photo"
    width: int = 0
    height: int = 0
    #: The photo's ``originalformat`` (for the Original size), when known.
    original_format: str = ""

    @property
    def is_video(self) -> bool:
        """True for a video file (not the poster images of a video, which have photo labels)."""
        return self.media == "video" and self.label in VIDEO_LABELS

    @property
    def extension(self) -> str:
        """The file extension to save it with: ``.mp4`` for videos; for an original, its
        declared format; else the image's own if it is one of :data:`EXTENSIONS`, or
        ``.jpg`` (Flickr serves its resized sizes as JPEG)."""
        if self.is_video:
            return ".mp4"
        declared = self.original_format.lower() if self.label == "Original" else ""
        if declared in EXTENSIONS:
            return EXTENSIONS[declared]
        try:
            ext = posixpath.splitext(urlsplit(self.source).path)[1].lower()
        except ValueError:
            ext = ""
        found = EXTENSIONS.get(ext[1:])
        return found if found is not None and found != ".mp4" else ".jpg"

    def limit(self, max_bytes: Optional[int] = None) -> int:
        """The most bytes a download of this size may have (see the module's notes)."""
        if max_bytes is not None:
            return max_bytes
        if self.is_video:
            return MAX_VIDEO_BYTES
        bound = MAX_PHOTO_BYTES
        if self.width > 0 and self.height > 0:
            bound = min(bound, self.width * self.height * _BYTES_PER_PIXEL + _METADATA_BYTES)
        return bound


def _number(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) and value else default


def _sizes(entries: Mapping[str, Mapping[str, Any]], original_format: str) -> dict[str, Size]:
    return {
        str(label): Size(str(label), _text(e.get("source")), _text(e.get("media"), "photo"),
                         _number(e.get("width")), _number(e.get("height")), original_format)
        for label, e in entries.items() if isinstance(e, Mapping)
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


#: How :func:`pick_size` chooses, without I/O: a generator that yields whether
#: ``photo.getSizes`` must ask Flickr afresh (``force``), is sent the sizes it returns, and
#: returns the chosen :class:`Size`. :func:`pick_size` drives it blocking,
#: :func:`flickr_api.aio.download.pick_size` with ``await``.
SizeChoice = Generator[bool, Mapping[str, Any], Size]


def size_choice(photo: FlickrObject, size_label: Optional[str] = None) -> SizeChoice:
    """The choice of :func:`pick_size`, as a :data:`SizeChoice`."""
    photo_id = str(photo.id)
    has_format = isinstance(photo, FlickrObject) and "originalformat" in photo
    declared = photo["originalformat"] if has_format else None
    original_format = _text(declared)
    if size_label is None and "media" in photo and photo.media == "video":
        # A listing names only a video's poster images: the video files need getSizes.
        return choose_size(_sizes((yield True), original_format), None, photo_id)
    try:
        return choose_size(_sizes((yield False), original_format), size_label, photo_id)
    except FlickrTransferError:
        # A listing names only the sizes it was asked for, and no video files.
        return choose_size(_sizes((yield True), original_format), size_label, photo_id)


def pick_size(photo: FlickrObject, size_label: Optional[str] = None) -> Size:
    """The size of a Photo to download: from the sizes its listing carried (no request) when
    they include it, else from ``flickr.photos.getSizes``."""
    choice = size_choice(photo, size_label)
    force = next(choice)
    while True:
        try:
            force = choice.send(photo.getSizes(force=force))
        except StopIteration as chosen:
            return chosen.value  # type: ignore[no-any-return]


def download_photo(
    photo: Union[FlickrObject, str, int],
    filename: Union[str, os.PathLike[str]],
    size_label: Optional[str] = None,
    client: Optional[Client] = None,
    progress: Progress = None,
    max_bytes: Optional[int] = None,
) -> Path:
    """Save ``photo`` (a Photo, or a photo id) to ``filename``; return the path written.

    The largest size by default (``size_label`` picks another, e.g. ``"Medium 800"``); the
    extension Flickr declares (``.mp4`` for a video) is added when ``filename`` has none. The
    file appears under its name only once complete; an interrupted download resumes where it
    stopped, if the server still has the same file. ``progress``: a callable
    ``(bytes_done, total)`` or True for a progress bar. ``max_bytes``: refuse a larger file
    (default: Flickr's limits, see above). With an AsyncClient, use
    :func:`flickr_api.aio.download_photo` (or ``await client.download(...)``).
    """
    client = client_of(photo, client)
    photo = as_photo(photo, client)
    size = pick_size(photo, size_label)
    target = target_path(filename, size)
    with reporter(progress, target.name) as report:
        path: Path = save_size(client, photo, size, target, max_bytes, report)
        return path


def save_size(client: Client, photo: Any, size: Size, target: Path, max_bytes: Optional[int],
              progress: Optional[ProgressCallback] = None) -> Any:
    """Download one chosen size of ``photo`` to ``target``: the path, or with an AsyncClient
    an awaitable of it."""
    if not target.parent.is_dir():
        raise FlickrTransferError(f"Cannot save {target.name}: the folder {target.parent} does "
                                  "not exist.")
    try:
        path = urlsplit(size.source).path
    except ValueError:
        path = ""
    owner = PartOwner(str(photo.id), size.label, path)
    return fetch(client, size.source, target, owner, size.limit(max_bytes),
                 signed=size.is_video, progress=progress)


def target_path(filename: Union[str, os.PathLike[str]], size: Size) -> Path:
    """``filename``, with the size's extension when it has none."""
    target = Path(filename)
    return target if target.suffix else target.with_name(target.name + size.extension)


def as_photo(photo: Union[FlickrObject, str, int], client: Client) -> FlickrObject:
    """``photo``, or a Photo of ``client`` when it is an id."""
    return Photo(id=str(photo), client=client) if isinstance(photo, (str, int)) else photo


def client_of(photo: Union[FlickrObject, str, int], client: Optional[Client] = None,
              awaited: bool = False) -> Client:
    """The client to download with: the one given, the photo's, or the default client; an
    AsyncClient exactly when the download is ``awaited``."""
    found = _default.resolve(client if client is not None else getattr(photo, "client", None))
    if found.is_async and not awaited:
        raise TypeError("An AsyncClient's downloads are awaited: use 'await client.download()'"
                        " or 'await flickr_api.aio.download_photo()' / 'download_photos()'.")
    if awaited and not found.is_async:
        raise TypeError("flickr_api.aio downloads need an AsyncClient: with a Client, call "
                        "flickr_api.download_photo() / download_photos().")
    return found
