"""A multipart/form-data body read piece by piece from the file, never held in memory.

``requests`` streams any object with ``read(n)`` and ``__len__`` and sends its length as the
Content-Length, so a 1 GiB upload costs a few kilobytes of buffers, not a gigabyte.
"""

from __future__ import annotations

import secrets
from typing import BinaryIO, Callable, Mapping, Optional

from flickr_api.errors import FlickrTransferError

__all__ = ["MultipartBody"]

ProgressCallback = Callable[[int, int], object]


def _quote(value: str) -> str:
    """A Content-Disposition parameter value, escaped the way browsers do (RFC 7578)."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody:
    """The text ``fields``, then ``file`` as the part ``file_field``, in one multipart body.

    ``file`` is read from its current position for ``file_size`` bytes. ``progress(sent, total)``
    is called after every read. An exception raised by the callback or by reading the file is
    kept in :attr:`error` before it propagates, so the caller can tell it from a network error
    even if the HTTP stack wraps it.
    """

    def __init__(
        self,
        fields: Mapping[str, str],
        file: BinaryIO,
        file_size: int,
        filename: str,
        *,
        file_field: str = "photo",
        file_type: str = "application/octet-stream",
        progress: Optional[ProgressCallback] = None,
    ) -> None:
        self.boundary = f"flickr-api-{secrets.token_hex(16)}"
        head = bytearray()
        for name, value in fields.items():
            head += self._part_header(name)
            head += value.encode("utf-8") + b"\r\n"
        head += self._part_header(file_field, filename, file_type)
        self._head = bytes(head)
        self._tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self._file = file
        self._file_start = file.tell()
        self._file_size = file_size
        self._length = len(self._head) + file_size + len(self._tail)
        self._pos = 0
        self._progress = progress
        self.error: Optional[BaseException] = None

    def _part_header(self, name: str, filename: Optional[str] = None,
                     file_type: Optional[str] = None) -> bytes:
        disposition = f'form-data; name="{_quote(name)}"'
        if filename is not None:
            disposition += f'; filename="{_quote(filename)}"'
        lines = [f"--{self.boundary}", f"Content-Disposition: {disposition}"]
        if file_type is not None:
            lines.append(f"Content-Type: {file_type}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")

    @property
    def content_type(self) -> str:
        """The request's Content-Type header value."""
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return self._length

    def read(self, size: Optional[int] = -1) -> bytes:
        """Up to ``size`` bytes of the body (all the rest if ``size`` is negative)."""
        try:
            data = self._read(self._length - self._pos if size is None or size < 0 else size)
            if data and self._progress is not None:
                self._progress(self._pos, self._length)
        except BaseException as exc:
            self.error = exc
            raise
        return data

    def rewind(self) -> None:
        """Start again from the first byte (to resend the body)."""
        self._file.seek(self._file_start)
        self._pos = 0
        self.error = None

    def _read(self, size: int) -> bytes:
        pieces = []
        size = min(size, self._length - self._pos)
        head, file_end = len(self._head), len(self._head) + self._file_size
        while size > 0:
            if self._pos < head:
                piece = self._head[self._pos : self._pos + size]
            elif self._pos < file_end:
                piece = self._read_file(min(size, file_end - self._pos))
            else:
                start = self._pos - file_end
                piece = self._tail[start : start + size]
            pieces.append(piece)
            self._pos += len(piece)
            size -= len(piece)
        return b"".join(pieces)

    def _read_file(self, size: int) -> bytes:
        try:
            data = self._file.read(size)
        except OSError as exc:
            raise FlickrTransferError(f"Could not read the file to upload: {exc}") from exc
        if not data:
            raise FlickrTransferError(
                "The file to upload became shorter while it was being sent: upload it again "
                "once nothing else is writing to it."
            )
        return data
