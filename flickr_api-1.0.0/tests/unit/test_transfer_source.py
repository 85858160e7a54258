"""What an upload sends: paths and file objects, names, sizes, limits, and who closes what."""

from __future__ import annotations

import io
import os

import pytest

from flickr_api.errors import FlickrTransferError
from flickr_api.transfer._source import PHOTO_LIMIT, VIDEO_LIMIT, open_source

JPEG = b"\xff\xd8\xff\xe0" + b"x" * 100


@pytest.fixture
def jpeg(tmp_path):
    path = tmp_path / "Crème brûlée.JPG"
    path.write_bytes(JPEG)
    return path


@pytest.mark.parametrize("as_text", [True, False])
def test_a_path_is_opened_and_closed(jpeg, as_text):
    source = open_source(str(jpeg) if as_text else jpeg)
    assert (source.filename, source.size, source.title) == ("Crème brûlée.JPG", len(JPEG),
                                                             "Crème brûlée")
    assert source.content_type == "image/jpeg"
    with source:
        assert source.file.read() == JPEG
    assert source.file.closed


def test_an_open_file_keeps_its_name_and_position_and_stays_open(jpeg):
    with open(jpeg, "rb") as file:
        file.read(4)
        source = open_source(file)
        assert (source.filename, source.size) == (jpeg.name, len(JPEG) - 4)
        source.close()
        assert not file.closed
        assert file.tell() == 4


def test_photo_file_data_is_sent_under_the_name_photo_file():
    data = io.BytesIO(JPEG)
    source = open_source("/home/me/secret/place/sunset.jpg", data)
    assert (source.filename, source.title, source.size) == ("sunset.jpg", "sunset", len(JPEG))
    source.close()
    assert not data.closed


@pytest.mark.parametrize("content, name", [(JPEG, "photo.jpg"), (b"\x89PNG\r\n", "photo.png"),
                                           (b"GIF89a..", "photo.gif"), (b"????", "photo")])
def test_an_unnamed_stream_gets_a_name_from_its_first_bytes_and_no_title(content, name):
    source = open_source(io.BytesIO(content))
    assert (source.filename, source.title) == (name, None)
    assert source.file.read() == content


def test_bytes_are_accepted():
    source = open_source(JPEG)
    assert (source.size, source.filename) == (len(JPEG), "photo.jpg")


def test_a_stream_that_cannot_seek_is_spooled_and_the_spool_closed():
    read_end, write_end = os.pipe()
    os.write(write_end, JPEG)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        source = open_source(pipe)
        assert source.size == len(JPEG)
        assert source.file.read() == JPEG
        source.close()
        assert source.file.closed


def test_a_text_mode_file_is_refused(jpeg):
    with open(jpeg, encoding="latin-1") as file, pytest.raises(FlickrTransferError, match="'rb'"):
        open_source(file)


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.jpg", "No such file"),
    (lambda d: d, "is a directory"),
])
def test_missing_files_and_directories_are_refused(tmp_path, make, message):
    with pytest.raises(FlickrTransferError, match=message):
        open_source(make(tmp_path))


def test_a_file_that_cannot_be_opened_is_refused(tmp_path):
    with pytest.raises(FlickrTransferError, match=r"Cannot read .*: File name too long"):
        open_source(tmp_path / ("x" * 300 + ".jpg"))


def test_an_empty_file_is_refused_and_closed(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.touch()
    opened = []
    real_open = open

    def tracking_open(*args, **kw):
        opened.append(real_open(*args, **kw))
        return opened[-1]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("builtins.open", tracking_open)
        with pytest.raises(FlickrTransferError, match="empty"):
            open_source(empty)
    assert opened and all(f.closed for f in opened)


@pytest.mark.parametrize("name, size, refused", [
    ("a.jpg", PHOTO_LIMIT, False),
    ("a.jpg", PHOTO_LIMIT + 1, True),
    ("a.MP4", PHOTO_LIMIT + 1, False),
    ("a.mov", VIDEO_LIMIT, False),
    ("a.mov", VIDEO_LIMIT + 1, True),
])
def test_flickr_size_limits_by_extension(tmp_path, name, size, refused):
    path = tmp_path / name
    with open(path, "wb") as file:
        file.truncate(size)  # sparse: no disk used
    if refused:
        with pytest.raises(FlickrTransferError, match="check_size=False"):
            open_source(path)
        open_source(path, check_size=False).close()
    else:
        open_source(path).close()


def test_other_types_are_refused():
    with pytest.raises(TypeError):
        open_source(42)
