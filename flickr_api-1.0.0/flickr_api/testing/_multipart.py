"""Streaming request bodies: Content-Length and chunked readers, and a multipart/form-data parser
that writes the file part straight to disk while hashing it, so no upload is held in memory."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from io import BufferedIOBase
from typing import Dict, List, Optional, Tuple, Union
from urllib.parse import unquote

__all__ = [
    "BodyReader",
    "MultipartError",
    "MultipartForm",
    "UploadedFile",
    "boundary_of",
    "parse_multipart",
]

CHUNK = 256 * 1024
MAX_FIELD = 1024 * 1024  # a non-file field larger than this is refused
MAX_HEADERS = 16 * 1024
_HEAD = 64  # bytes of the file kept to recognise its type
_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^;\s]+))', re.IGNORECASE)
_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))')


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data (or a field is too large)."""


class BodyReader:
    """Reads a request body of known length, or a chunked one, in pieces."""

    def __init__(self, stream: BufferedIOBase, length: Optional[int], chunked: bool) -> None:
        self._stream = stream
        # Bytes left in the body, or in the current chunk (chunked framing wins over a length).
        self._left = 0 if chunked else length or 0
        self._chunked = chunked
        self._done = not chunked and not length

    def read(self, size: int = CHUNK) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end of the body."""
        if self._done:
            return b""
        if self._chunked and self._left == 0:
            self._left = self._next_chunk_size()
            if self._left == 0:
                self._done = True
                return b""
        data = self._stream.read(min(size, self._left))
        if not data:
            raise MultipartError("connection closed before the end of the body")
        self._left -= len(data)
        if self._left == 0:
            if self._chunked:
                self._stream.readline()  # the CRLF after a chunk
            else:
                self._done = True
        return data

    def read_all(self, limit: int) -> bytes:
        """The whole body, refusing bodies over ``limit`` bytes."""
        parts: List[bytes] = []
        total = 0
        while True:
            data = self.read()
            if not data:
                return b"".join(parts)
            total += len(data)
            if total > limit:
                raise MultipartError("request body too large")
            parts.append(data)

    def drain(self) -> None:
        """Read and discard the rest of the body."""
        while self.read():
            pass

    def _next_chunk_size(self) -> int:
        line = self._stream.readline(1024)
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise MultipartError("bad chunk size line") from None
        if size == 0:  # the trailer section ends with an empty line
            while self._stream.readline(1024).strip():
                pass
        return size


@dataclass
class UploadedFile:
    """The file part, written to ``path``: its name, size, SHA-256 and first bytes."""

    filename: str
    path: str
    size: int
    sha256: str
    head: bytes


@dataclass
class MultipartForm:
    fields: Dict[str, str]
    file: Optional[UploadedFile]


class _FileSink:
    def __init__(self, path: str, filename: str) -> None:
        self.path = path
        self.filename = filename
        self._out = open(path, "wb")  # noqa: SIM115 - closed in finish()
        self._hash = hashlib.sha256()
        self._size = 0
        self._head = b""

    def write(self, data: Union[bytes, memoryview]) -> None:
        if len(self._head) < _HEAD:
            self._head += bytes(data[: _HEAD - len(self._head)])
        self._hash.update(data)
        self._out.write(data)
        self._size += len(data)

    def finish(self) -> UploadedFile:
        self._out.close()
        digest = self._hash.hexdigest()
        return UploadedFile(self.filename, self.path, self._size, digest, self._head)

    def discard(self) -> None:
        self._out.close()
        os.unlink(self.path)


class _FieldSink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: Union[bytes, memoryview]) -> None:
        self.data += data
        if len(self.data) > MAX_FIELD:
            raise MultipartError("form field too large")


def boundary_of(content_type: str) -> Optional[str]:
    """The boundary of a ``multipart/form-data`` content type, or None."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    match = _BOUNDARY.search(content_type)
    return (match.group(1) or match.group(2)) if match else None


def parse_multipart(
    body: BodyReader, boundary: str, file_field: str, file_path: str
) -> MultipartForm:
    """Parse a multipart body; the part named ``file_field`` is streamed to ``file_path``.

    Other parts are returned as text fields. The file is removed again if parsing fails.
    """
    parser = _Parser(body, ("\r\n--" + boundary).encode("latin-1"))
    fields: Dict[str, str] = {}
    sink: Optional[_FileSink] = None
    uploaded: Optional[UploadedFile] = None
    try:
        parser.skip_preamble()
        while parser.next_part():
            headers = parser.part_headers()
            name, filename = _disposition(headers.get("content-disposition", ""))
            if name == file_field and uploaded is None:
                sink = _FileSink(file_path, filename or "")
                parser.copy_part(sink)
                uploaded, sink = sink.finish(), None
            else:
                field_sink = _FieldSink()
                parser.copy_part(field_sink)
                fields[name] = field_sink.data.decode("utf-8", "replace")
    except BaseException:
        if sink is not None:
            sink.discard()
        elif uploaded is not None:
            os.unlink(uploaded.path)
        raise
    return MultipartForm(fields, uploaded)


class _Parser:
    """A forward-only scanner over the body for ``CRLF--boundary`` delimiters."""

    def __init__(self, body: BodyReader, delimiter: bytes) -> None:
        self._body = body
        self._delimiter = delimiter
        self._buf = bytearray(b"\r\n")  # so that the first delimiter also starts with CRLF

    def _fill(self) -> bool:
        data = self._body.read()
        self._buf += data
        return bool(data)

    def skip_preamble(self) -> None:
        while True:
            at = self._buf.find(self._delimiter)
            if at >= 0:
                del self._buf[: at + len(self._delimiter)]
                return
            keep = len(self._delimiter) - 1
            if len(self._buf) > keep:
                del self._buf[: len(self._buf) - keep]
            if not self._fill():
                raise MultipartError("no multipart boundary found")

    def next_part(self) -> bool:
        """After a delimiter: True if a part follows, False at the closing ``--``."""
        while len(self._buf) < 2 and self._fill():
            pass
        if self._buf[:2] == b"--":
            self._body.drain()  # the epilogue
            return False
        while True:  # transport padding, then CRLF
            at = self._buf.find(b"\r\n")
            if at >= 0:
                del self._buf[: at + 2]
                return True
            if len(self._buf) > 1024 or not self._fill():
                raise MultipartError("bad multipart delimiter line")

    def part_headers(self) -> Dict[str, str]:
        while True:
            at = self._buf.find(b"\r\n\r\n")
            if at >= 0:
                raw = bytes(self._buf[:at]).decode("utf-8", "replace")
                del self._buf[: at + 4]
                break
            if self._buf.startswith(b"\r\n"):  # a part without headers
                raw = ""
                del self._buf[:2]
                break
            if len(self._buf) > MAX_HEADERS or not self._fill():
                raise MultipartError("bad multipart part headers")
        headers = {}
        for line in raw.split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        return headers

    def copy_part(self, sink: Union[_FileSink, _FieldSink]) -> None:
        """Move the part's content into ``sink``, up to and past the next delimiter."""
        keep = len(self._delimiter) - 1
        while True:
            at = self._buf.find(self._delimiter)
            if at >= 0:
                with memoryview(self._buf) as view:
                    sink.write(view[:at])
                del self._buf[: at + len(self._delimiter)]
                return
            if len(self._buf) > keep:
                with memoryview(self._buf) as view:
                    sink.write(view[: len(self._buf) - keep])
                del self._buf[: len(self._buf) - keep]
            if not self._fill():
                raise MultipartError("body ended inside a part")


def _disposition(value: str) -> Tuple[str, Optional[str]]:
    """``name`` and ``filename`` of a Content-Disposition header (RFC 7578, RFC 5987 filename*)."""
    params: Dict[str, str] = {}
    for match in _PARAM.finditer(value):
        key = match.group(1).lower()
        quoted, bare = match.group(2), match.group(3)
        params[key] = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else bare.strip()
    filename = params.get("filename")
    extended = params.get("filename*")
    if extended and "''" in extended:
        charset, _, encoded = extended.partition("''")
        filename = unquote(encoded, encoding=charset or "utf-8", errors="replace")
    return params.get("name", ""), filename
