"""What an upload sends: a path or an open binary file, with its name, size and Flickr's limits.

Problems are found before anything is sent: a missing, empty or unreadable file and a file
over Flickr's size limits are :class:`~flickr_api.errors.FlickrTransferError`.
"""

from __future__ import annotations

import io
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Optional, Union

from flickr_api.errors import FlickrTransferError

__all__ = [
    "PHOTO_LIMIT",
    "VIDEO_EXTENSIONS",
    "VIDEO_LIMIT",
    "PhotoFile",
    "UploadSource",
    "open_source",
]

PhotoFile = Union[str, "os.PathLike[str]", IO[bytes], bytes]

#: Flickr's size limits: 200 MB per photo, 1 GB per video.
PHOTO_LIMIT = 200 * 1024 * 1024
VIDEO_LIMIT = 1024 * 1024 * 1024
VIDEO_EXTENSIONS = frozenset({
    "3gp", "avi", "flv", "m2ts", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "mts", "ogg", "ogv",
    "webm", "wmv",
})
#: Unnamed streams are sent with a name their first bytes suggest.
_MAGIC = ((b"\xff\xd8\xff", "jpg"), (b"\x89PNG", "png"), (b"GIF8", "gif"), (b"II*\x00", "tif"),
          (b"MM\x00*", "tif"))
_SPOOL_IN_MEMORY = 8 * 1024 * 1024


@dataclass
class UploadSource:
    """An open binary file positioned at its first byte to send, and ``size`` bytes long."""

    file: BinaryIO
    filename: str
    size: int
    named: bool
    owned: bool

    def __post_init__(self) -> None:
        self.filename = _text_name(self.filename)

    @property
    def title(self) -> Optional[str]:
        """The default title: the file's name without its extension."""
        return os.path.splitext(self.filename)[0] if self.named else None

    @property
    def content_type(self) -> str:
        return mimetypes.guess_type(self.filename)[0] or "application/octet-stream"

    def close(self) -> None:
        if self.owned:
            self.file.close()

    def __enter__(self) -> UploadSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_source(photo_file: Any, photo_file_data: Any = None,
                check_size: bool = True) -> UploadSource:
    """Open what to upload: ``photo_file`` (a path, or an open binary file), or the content
    ``photo_file_data`` (a binary file or bytes) sent under the name ``photo_file``."""
    if photo_file_data is not None:
        name = os.fspath(photo_file) if photo_file is not None else None
        source = _from_stream(photo_file_data, name)
    elif isinstance(photo_file, (str, os.PathLike)):
        source = _from_path(Path(photo_file))
    elif isinstance(photo_file, bytes) or hasattr(photo_file, "read"):
        source = _from_stream(photo_file, None)
    else:
        raise TypeError("photo_file must be a path or an open binary file")
    try:
        if source.size == 0:
            raise FlickrTransferError(f"{source.filename} is empty: there is nothing to upload.")
        if check_size:
            _check_limit(source)
    except BaseException:
        source.close()
        raise
    return source


def _text_name(name: str) -> str:
    """``name`` as text a request can carry: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) become U+FFFD, so such a file can still be uploaded."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def _from_path(path: Path) -> UploadSource:
    try:
        file = open(path, "rb")  # noqa: SIM115 - UploadSource.close() closes it
    except FileNotFoundError:
        raise FlickrTransferError(f"No such file to upload: {path}") from None
    except IsADirectoryError:
        raise FlickrTransferError(f"{path} is a directory, not a file to upload") from None
    except OSError as exc:
        raise FlickrTransferError(f"Cannot read {path}: {exc.strerror or exc}") from None
    size = os.fstat(file.fileno()).st_size
    return UploadSource(file, path.name, size, named=True, owned=True)


def _from_stream(stream: Any, name: Optional[Union[str, bytes]]) -> UploadSource:
    if isinstance(stream, bytes):
        stream = io.BytesIO(stream)
    if isinstance(stream, io.TextIOBase):
        raise FlickrTransferError("The file to upload is open in text mode: open it with 'rb'.")
    if name is None:
        name = getattr(stream, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    owned = False
    if not _seekable(stream):
        stream, owned = _spool(stream), True
    start = stream.tell()
    size = stream.seek(0, io.SEEK_END) - start
    stream.seek(start)
    if isinstance(name, str) and os.path.basename(name):
        return UploadSource(stream, os.path.basename(name), size, named=True, owned=owned)
    head = stream.read(8)
    stream.seek(start)
    ext = next((e for magic, e in _MAGIC if head.startswith(magic)), None)
    return UploadSource(stream, f"photo.{ext}" if ext else "photo", size, named=False,
                        owned=owned)


def _seekable(stream: Any) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _spool(stream: Any) -> BinaryIO:
    """Copy a stream that cannot seek (a pipe, a socket) to a temporary file, to learn its size
    and to be able to send it again."""
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
    try:
        shutil.copyfileobj(stream, spool)
    except OSError as exc:
        spool.close()
        raise FlickrTransferError(f"Could not read the file to upload: {exc}") from exc
    spool.seek(0)
    return spool  # type: ignore[return-value]


def _check_limit(source: UploadSource) -> None:
    ext = os.path.splitext(source.filename)[1].lstrip(".").lower()
    kind, limit = ("video", VIDEO_LIMIT) if ext in VIDEO_EXTENSIONS else ("photo", PHOTO_LIMIT)
    if source.size > limit:
        raise FlickrTransferError(
            f"{source.filename} is {source.size / 2**20:,.0f} MiB, over Flickr's "
            f"{limit // 2**20:,} MiB limit for a {kind}: Flickr would refuse it "
            "(pass check_size=False to send it anyway)."
        )
