"""Static images: Flickr's URL shape, 404s, byte ranges, and resuming after a reset."""

from __future__ import annotations

import pytest
import requests
from emulator_support import session

from flickr_api.testing import FlickrEmulator


@pytest.fixture
def url(emu: FlickrEmulator) -> str:
    photo = emu.store.photos[emu.store.notable["alice_public_photo"]]
    return f"{emu.base_url}/{photo.server}/{photo.id}_{photo.secret}_b.jpg"


def get(url: str, **headers: str) -> requests.Response:
    with session() as s:
        return s.get(url, headers=headers, timeout=10)


def test_whole_image(emu, url):
    reply = get(url)
    assert reply.status_code == 200
    assert reply.headers["Content-Type"] == "image/jpeg"
    assert reply.headers["Accept-Ranges"] == "bytes"
    assert int(reply.headers["Content-Length"]) == len(reply.content) > 100
    assert reply.content.startswith(b"\xff\xd8\xff")
    medium = url.replace("_b.jpg", ".jpg")  # the 500px size has no suffix
    assert get(medium).status_code == 200
    assert emu.count(path=url[len(emu.base_url):]) == 1
    with session() as s:
        head = s.head(url, timeout=10)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(reply.content))


def test_unknown_images(emu, url):
    assert get(url.replace("_b.jpg", "_b.png")).status_code == 404
    wrong_secret = url.rsplit("/", 1)[0] + "/" + url.rsplit("/", 1)[1].replace("_", "_0", 1)
    assert get(wrong_secret).status_code == 404
    assert get(emu.base_url + "/1/2_3_zz.jpg").status_code == 404


def test_ranges(url):
    whole = get(url).content
    size = len(whole)
    tail = get(url, Range="bytes=100-")
    assert tail.status_code == 206
    assert tail.headers["Content-Range"] == f"bytes 100-{size - 1}/{size}"
    assert tail.content == whole[100:]
    middle = get(url, Range="bytes=10-19")
    assert middle.content == whole[10:20] and middle.headers["Content-Length"] == "10"
    assert get(url, Range="bytes=-5").content == whole[-5:]
    assert get(url, Range=f"bytes=0-{size * 2}").content == whole
    refused = get(url, Range=f"bytes={size}-")
    assert refused.status_code == 416 and refused.headers["Content-Range"] == f"bytes */{size}"
    assert get(url, Range="bytes=0-1,5-6").status_code == 200  # several ranges: whole image


def test_resume_after_a_reset(emu, url):
    whole = get(url).content
    emu.add_fault("reset", path="/" + url.split("/")[3] + "/")
    received = b""
    with session() as s:
        reply = s.get(url, stream=True, timeout=10)
        with pytest.raises(requests.exceptions.RequestException):
            for chunk in reply.iter_content(64):
                received += chunk
    assert 0 < len(received) < len(whole) and whole.startswith(received)
    rest = get(url, Range=f"bytes={len(received)}-")
    assert rest.status_code == 206
    assert received + rest.content == whole


def test_video_files_behind_get_sizes_play_urls(emu):
    video = emu.store.photos[emu.store.notable["alice_video"]]
    page = f"{emu.base_url}/photos/alice/{video.id}/play"
    reply = get(f"{page}/sitemp4/{video.secret}/")
    assert reply.status_code == 200
    assert reply.headers["Content-Type"] == "video/mp4"
    assert reply.content[4:8] == b"ftyp"
    tail = get(f"{page}/sitemp4/{video.secret}/", Range="bytes=100-")
    assert tail.status_code == 206 and tail.content == reply.content[100:]
    assert get(f"{page}/sitemp4/wrongsecret/").status_code == 404
    assert get(f"{page}/nosuchsize/{video.secret}/").status_code == 404
