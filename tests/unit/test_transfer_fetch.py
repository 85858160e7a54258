"""Where downloads go and what they carry, through a fake transport: https on Flickr's media
hosts only, redirects checked hop by hop, the user's signature only for Flickr's API hosts."""

from __future__ import annotations

import pytest
from reply_fuzz import JPEG, REPLIES, FakeTransport, fake_client

import flickr_api
from flickr_api._transport import Reply
from flickr_api.errors import FlickrTransferError
from flickr_api.transfer import download_photo

PLAY = "https://www.flickr.com/photos/a/7/play/site/abc/"


def host(routes):
    """A fake transport serving ``routes``: URL -> Reply (an image for any other URL)."""
    image = Reply(200, {"Content-Type": "image/jpeg"}, JPEG)
    transport = FakeTransport(lambda method: REPLIES["login"],
                              lambda url: routes.get(url, image))
    return fake_client(transport, signed=True), transport


def redirect(location):
    return Reply(302, {"Location": location, "Content-Type": "text/html"}, b"")


def video(client, source=PLAY):
    return flickr_api.Photo(id="7", client=client, sizes={
        "Site MP4": {"source": source, "media": "video", "width": None, "height": None}})


def test_a_video_is_signed_for_flickr_and_not_for_the_file_host_it_redirects_to(tmp_path):
    file_url = "https://live.staticflickr.com/video/7/abc/site.mp4?s=token"
    client, transport = host({PLAY: redirect(file_url)})
    assert download_photo(video(client), tmp_path / "v").read_bytes() == JPEG
    (first, first_headers), (second, second_headers) = transport.streams
    assert (first, second) == (PLAY, file_url)
    assert first_headers["Authorization"].startswith("OAuth ")
    assert "Authorization" not in second_headers


@pytest.mark.parametrize("location", [
    "http://live.staticflickr.com/1/2_3.jpg",  # https -> http
    "https://video.example.com/7.mp4",  # another host
    "https://staticflickr.com.example.com/7.mp4",  # a look-alike
])
def test_redirects_off_https_or_off_flickr_are_refused(tmp_path, location):
    client, transport = host({PLAY: redirect(location)})
    with pytest.raises(FlickrTransferError, match="Refusing to download"):
        download_photo(video(client), tmp_path / "v")
    assert [url for url, _ in transport.streams] == [PLAY]
    assert list(tmp_path.iterdir()) == []


def test_an_old_http_url_of_flickr_is_fetched_over_https(tmp_path):
    client, transport = host({})
    photo = flickr_api.Photo(id="1", client=client,
                             url_o="http://farm8.staticflickr.com/7049/1_abc_o.jpg")
    download_photo(photo, tmp_path / "p")
    [(url, headers)] = transport.streams
    assert url == "https://farm8.staticflickr.com/7049/1_abc_o.jpg"
    assert "Authorization" not in headers  # photos are never signed
