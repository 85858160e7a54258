"""The streamed multipart body: exact bytes, length, progress, errors, rewinding."""

from __future__ import annotations

import io
from email.parser import BytesParser
from email.policy import HTTP

import pytest

from flickr_api.errors import CancelUpload, FlickrTransferError
from flickr_api.transfer.multipart import MultipartBody

CONTENT = bytes(range(256)) * 1000


def make(fields=None, data=CONTENT, filename="photo.jpg", **kw):
    return MultipartBody(fields or {"title": "Dawn"}, io.BytesIO(data), len(data), filename, **kw)


def read_all(body, size):
    chunks = []
    while chunk := body.read(size):
        chunks.append(chunk)
    return b"".join(chunks)


def parse(body, raw):
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {body.content_type}\r\n\r\n".encode() + raw)
    return {part.get_param("name", header="content-disposition"): part
            for part in message.iter_parts()}


@pytest.mark.parametrize("size", [1, 7, 100, 16384, 10**9])
def test_reads_of_any_size_give_the_same_body_of_the_announced_length(size):
    body = make()
    reference = read_all(body, 10**9)
    body.rewind()
    raw = read_all(body, size)
    assert raw == reference
    assert len(raw) == len(body)


def test_parts_are_the_fields_then_the_file():
    body = make({"title": "Zürich ☀", "tags": '"a b" c'})
    parts = parse(body, body.read())
    assert list(parts) == ["title", "tags", "photo"]
    assert parts["title"].get_payload(decode=True).decode() == "Zürich ☀"
    photo = parts["photo"]
    assert photo.get_filename() == "photo.jpg"
    assert photo.get_content_type() == "application/octet-stream"
    assert photo.get_payload(decode=True) == CONTENT


def test_filename_quotes_and_line_breaks_cannot_break_the_header():
    body = make(filename='a"b\r\nc.jpg', file_type="image/jpeg")
    raw = body.read()
    assert b'filename="a%22b%0D%0Ac.jpg"' in raw
    assert b"Content-Type: image/jpeg" in raw


def test_non_ascii_filename_is_sent_as_utf8():
    raw = make(filename="été.jpg").read()
    assert 'filename="été.jpg"'.encode() in raw


def test_read_without_size_returns_everything():
    body = make()
    assert len(body.read()) == len(body)
    assert body.read() == b""


def test_progress_reports_every_read_up_to_the_total():
    seen = []
    body = make(progress=lambda sent, total: seen.append((sent, total)))
    read_all(body, 4096)
    assert seen[-1] == (len(body), len(body))
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)
    assert all(total == len(body) for _, total in seen)


def test_an_error_in_the_callback_is_kept_and_raised():
    def cancel(sent, total):
        if sent > 10_000:
            raise CancelUpload("stop")

    body = make(progress=cancel)
    with pytest.raises(CancelUpload):
        read_all(body, 4096)
    assert isinstance(body.error, CancelUpload)


def test_rewind_starts_again_from_where_the_file_was():
    data = b"HEADER" + CONTENT
    file = io.BytesIO(data)
    file.seek(6)
    body = MultipartBody({}, file, len(CONTENT), "x.jpg")
    first = read_all(body, 4096)
    body.error = ValueError("left over")
    body.rewind()
    assert body.error is None
    again = read_all(body, 4096)
    assert again == first
    assert parse(body, again)["photo"].get_payload(decode=True) == CONTENT


def test_a_file_shorter_than_announced_is_a_transfer_error():
    body = MultipartBody({}, io.BytesIO(b"abc"), 10, "x.jpg")
    with pytest.raises(FlickrTransferError, match="shorter"):
        body.read()
    assert isinstance(body.error, FlickrTransferError)


def test_a_read_error_of_the_file_is_a_transfer_error():
    class Broken(io.BytesIO):
        def read(self, size=-1):
            raise OSError(5, "Input/output error")

    body = MultipartBody({}, Broken(b"abc"), 3, "x.jpg")
    with pytest.raises(FlickrTransferError, match="Input/output error"):
        body.read()


def test_boundaries_differ_between_bodies():
    assert make().boundary != make().boundary
