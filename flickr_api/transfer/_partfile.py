"""The ``.part`` file of a download and the record saying what it holds.

A download is written to ``.NAME.part`` beside its target and renamed into place once complete.
Beside it, ``.NAME.part.json`` records what the part belongs to (photo id, size label, and the
path of the file's URL, which holds the photo's secret) and the server's validator of the file
(``ETag`` or ``Last-Modified``). A later attempt resumes the part only when the record names
the same photo, size and secret and holds a validator,
which it sends as ``If-Range``: a file changed meanwhile comes back whole instead of being
spliced onto the old bytes. A part without such a record is deleted, never trusted.

Both files are opened without following symbolic links (``O_NOFOLLOW``) and must be regular
files, so a link planted under their name cannot make a download write elsewhere. Every local
failure (missing folder, full disk, no permission) is a
:class:`~flickr_api.errors.FlickrTransferError` naming the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Mapping, Optional

from flickr_api.errors import FlickrTransferError

__all__ = ["PartFile", "PartOwner", "disk_error"]

_RECORD_BYTES = 4096
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# Non-blocking for the open only: a FIFO planted under the name fails at once instead of
# waiting for a reader.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_WRITE = os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _NONBLOCK


@dataclass(frozen=True)
class PartOwner:
    """What a download is of: a photo id, a size label and the path of the file's URL (which
    holds the photo's secret: a photo replaced or with rotated secrets has another path)."""

    photo_id: str
    label: str
    url_path: str = ""


@dataclass(frozen=True)
class _Record:
    owner: PartOwner
    etag: str = ""
    last_modified: str = ""
    length: Optional[int] = None

    @property
    def validator(self) -> str:
        """What ``If-Range`` sends: a strong ETag, else the Last-Modified date."""
        if self.etag and not self.etag.startswith("W/"):
            return self.etag
        return self.last_modified


def disk_error(path: Path, exc: OSError) -> FlickrTransferError:
    """The error for a local file problem while downloading to ``path``."""
    reason = exc.strerror or type(exc).__name__
    return FlickrTransferError(
        f"Could not write the download {path.name} in {path.parent} ({reason}): check that the "
        "folder exists, is writable and has free space.")


def _open_regular(path: Path, flags: int) -> int:
    """A descriptor of ``path`` opened with ``flags``, refusing links and non-regular files."""
    fd = os.open(path, flags, 0o666)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FlickrTransferError(f"{path} is not a regular file: remove it and retry.")
        if flags & _NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


class PartFile:
    """The ``.part`` file of ``target``, for the download of ``owner``."""

    def __init__(self, target: Path, owner: PartOwner) -> None:
        self.target = target
        self.owner = owner
        self.path = target.with_name(f".{target.name}.part")
        self.record_path = target.with_name(f".{target.name}.part.json")
        self._record: Optional[_Record] = None
        #: Where the current attempt asked the file from (set by :meth:`resume_point`).
        self.offset = 0

    # -- resuming ------------------------------------------------------------------------------
    def resume_point(self) -> tuple[int, str]:
        """(bytes already there, validator to send as If-Range); (0, "") when there is nothing
        to resume, after deleting a part that cannot be trusted."""
        try:
            found = self.path.lstat()
            size = found.st_size if stat.S_ISREG(found.st_mode) else 0
        except OSError:
            size = 0
        record = self._read_record()
        if (size and record is not None and record.owner == self.owner and record.validator
                and (record.length is None or size <= record.length)):
            self._record, self.offset = record, size
            return size, record.validator
        self.discard()
        self.offset = 0
        return 0, ""

    def _read_record(self) -> Optional[_Record]:
        try:
            fd = _open_regular(self.record_path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
        except (OSError, FlickrTransferError):
            return None
        with os.fdopen(fd, "rb") as file:
            text = file.read(_RECORD_BYTES)
        try:
            data = json.loads(text)
            owner = PartOwner(**data.pop("owner"))
            record = _Record(owner, **data)
        except (ValueError, TypeError, AttributeError, KeyError):
            return None
        if not all(isinstance(v, str) for v in (*asdict(owner).values(), record.etag,
                                                 record.last_modified)):
            return None
        if record.length is not None and (not isinstance(record.length, int)
                                          or isinstance(record.length, bool)):
            return None
        return record

    # -- writing -------------------------------------------------------------------------------
    def begin(self, start: int, headers: Mapping[str, str], length: Optional[int]) -> IO[bytes]:
        """Open the part to write from ``start`` (0: from scratch) and record the reply's
        validator; returns the open file."""
        if start == 0 or self._record is None:
            self._record = _Record(self.owner, headers.get("ETag", "").strip(),
                                   headers.get("Last-Modified", "").strip(), length)
            self._write_record()
        flags = _WRITE | (os.O_APPEND if start else os.O_TRUNC)
        try:
            fd = _open_regular(self.path, flags)
        except OSError as exc:
            raise disk_error(self.target, exc) from None
        return os.fdopen(fd, "ab" if start else "wb")

    def _write_record(self) -> None:
        assert self._record is not None
        data = asdict(self._record)
        try:
            fd = _open_regular(self.record_path, _WRITE | os.O_TRUNC)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(data, file)
        except OSError as exc:
            raise disk_error(self.target, exc) from None

    @property
    def resumable(self) -> bool:
        """True when a later attempt may continue this part (its record has a validator)."""
        return self._record is not None and bool(self._record.validator)

    def finish(self) -> Path:
        """Move the complete part into place under the target's name. The record goes first:
        a process killed in between leaves a part without a record (downloaded again), never a
        record beside a finished file."""
        self._remove(self.record_path)
        try:
            os.replace(self.path, self.target)
        except OSError as exc:
            self.discard()
            raise disk_error(self.target, exc) from None
        return self.target

    def discard(self) -> None:
        """Delete the part and its record (what is left of them)."""
        self._record = None
        self._remove(self.path)
        self._remove(self.record_path)

    @staticmethod
    def _remove(path: Path) -> None:
        with contextlib.suppress(OSError):  # gone already, or nothing more to do about it
            path.unlink()
