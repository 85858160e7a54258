"""The emulator's streaming body readers and multipart parser (no sockets)."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from flickr_api.testing._multipart import (
    BodyReader,
    MultipartError,
    boundary_of,
    parse_multipart,
)

BOUNDARY = "----b0undary"


def body(*parts: tuple, epilogue: bytes = b"\r\n") -> bytes:
    out = b"preamble\r\n"
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
        out += data + b"\r\n"
    return out + f"--{BOUNDARY}--".encode() + epilogue


def chunked(data: bytes, size: int) -> bytes:
    pieces = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x;ext=1\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\nX-T: 1\r\n\r\n"


# A file whose content contains near-misses of the delimiter and bytes across read boundaries.
# The byte after the near-miss is fixed: a random one would complete the delimiter once in 256.
FILE = os.urandom(600_000) + b"\r\n--" + BOUNDARY[:-1].encode() + b"X" + os.urandom(300_000)


@pytest.mark.parametrize("transfer", ["length", "chunked"])
def test_fields_and_file(tmp_path, transfer):
    raw = body(("title", None, "Café".encode()), ("photo", "a b.jpg", FILE), ("tags", None, b""))
    if transfer == "length":
        reader = BodyReader(io.BytesIO(raw), len(raw), chunked=False)
    else:
        reader = BodyReader(io.BytesIO(chunked(raw, 70_001)), None, chunked=True)
    target = tmp_path / "upload"
    form = parse_multipart(reader, BOUNDARY, "photo", str(target))
    assert form.fields == {"title": "Café", "tags": ""}
    assert form.file is not None
    assert (form.file.filename, form.file.size) == ("a b.jpg", len(FILE))
    assert form.file.sha256 == hashlib.sha256(FILE).hexdigest()
    assert form.file.head == FILE[:64]
    assert target.read_bytes() == FILE
    assert reader.read() == b""


def test_no_file(tmp_path):
    raw = body(("title", None, b"x"))
    form = parse_multipart(BodyReader(io.BytesIO(raw), len(raw), False), BOUNDARY, "photo",
                           str(tmp_path / "f"))
    assert form.file is None and form.fields == {"title": "x"}


def test_broken_bodies_leave_no_file(tmp_path):
    raw = body(("photo", "x.jpg", FILE))[:400_000]
    with pytest.raises(MultipartError):
        parse_multipart(BodyReader(io.BytesIO(raw), len(raw) + 10, False), BOUNDARY, "photo",
                        str(tmp_path / "f"))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(MultipartError):
        parse_multipart(BodyReader(io.BytesIO(b"nothing"), 7, False), BOUNDARY, "photo",
                        str(tmp_path / "g"))


def test_fields_are_capped(tmp_path):
    raw = body(("description", None, b"x" * (2 * 1024 * 1024)))
    with pytest.raises(MultipartError):
        parse_multipart(BodyReader(io.BytesIO(raw), len(raw), False), BOUNDARY, "photo",
                        str(tmp_path / "f"))


def test_utf8_filename_star(tmp_path):
    raw = (
        f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"photo\"; "
        f"filename=\"x.jpg\"; filename*=UTF-8''%C3%A9t%C3%A9.jpg\r\n\r\nabc\r\n--{BOUNDARY}--"
    ).encode()
    form = parse_multipart(BodyReader(io.BytesIO(raw), len(raw), False), BOUNDARY, "photo",
                           str(tmp_path / "f"))
    assert form.file is not None and form.file.filename == "été.jpg"


def test_boundary_of():
    assert boundary_of('multipart/form-data; boundary="a b"') == "a b"
    assert boundary_of("Multipart/Form-Data; charset=utf-8; boundary=xyz") == "xyz"
    assert boundary_of("application/x-www-form-urlencoded") is None
    assert boundary_of("multipart/form-data") is None


def test_chunked_framing_wins_over_a_length():
    raw = chunked(b"hello world", 4)
    assert BodyReader(io.BytesIO(raw), 3, chunked=True).read_all(limit=100) == b"hello world"


def test_read_all_limit():
    with pytest.raises(MultipartError):
        BodyReader(io.BytesIO(b"x" * 100), 100, False).read_all(limit=10)
    assert BodyReader(io.BytesIO(b""), None, False).read_all(limit=10) == b""
