"""URLs built without asking Flickr: flic.kr, pages, buddy icons, sizes."""

from __future__ import annotations

import pytest

from flickr_api import Client
from flickr_api.objects import Person, Photo, base58_decode, base58_encode
from flickr_api.objects.sizes import SIZES, find_size, largest, sizes_from_extras
from flickr_api.objects.urls import buddy_icon_url, static_url


@pytest.mark.parametrize("number, code", [
    (4325695128, "7Afjsu"), (2811466321, "5hruZg"), (5169665786, "8SPTwJ"), (0, "1")])
def test_base58(number, code):
    assert base58_encode(number) == code
    assert base58_decode(code) == str(number)


def test_base58_refuses_bad_input():
    with pytest.raises(ValueError):
        base58_decode("0Il")
    with pytest.raises(ValueError):
        base58_encode(-1)


def test_short_and_page_urls_need_no_request():
    photo = Photo(id="4325695128", owner="1@N01", pathalias="alice")
    assert photo.shortUrl == "https://flic.kr/p/7Afjsu"
    assert photo.getPageUrl() == "https://www.flickr.com/photos/alice/4325695128/"
    bare = Photo(id="9", owner={"nsid": "2@N01", "path_alias": None})
    assert bare.getPageUrl() == "https://www.flickr.com/photos/2@N01/9/"


def test_buddy_icons():
    assert buddy_icon_url("12@N01", "1234", 5) == (
        "https://farm5.staticflickr.com/1234/buddyicons/12@N01.jpg")
    assert buddy_icon_url("12@N01", "0", 0) == "https://www.flickr.com/images/buddyicon.gif"
    assert buddy_icon_url("12@N01", None, None).endswith("buddyicon.gif")
    person = Person(id="12@N01", iconserver=1234, iconfarm=5, client=Client(base_url=None))
    assert person.getBuddyIconUrl().startswith("https://farm5.staticflickr.com/1234/")


def test_size_table_lookups():
    assert len(SIZES) == 18
    assert find_size("Medium 640").suffix == "z"
    assert find_size("z").label == "Medium 640"
    assert find_size("m").label == "Small"  # suffixes win over codes: "m" is Small's suffix
    assert find_size("url_m").label == "Medium"
    assert find_size("url_o").label == "Original" and find_size("nope") is None
    assert [s.label for s in SIZES if s.own_secret] == [
        "Large 1600", "Large 2048", "X-Large 3K", "X-Large 4K", "X-Large 4K 2:1", "X-Large 5K",
        "X-Large 6K", "Original"]


def test_static_urls():
    assert static_url("https://live.staticflickr.com", "7372", "12502775644", "acfd415fa7",
                      "w") == "https://live.staticflickr.com/7372/12502775644_acfd415fa7_w.jpg"
    assert static_url("S", "1", "2", "3", "").endswith("/1/2_3.jpg")


def test_sizes_from_extras_and_largest():
    fields = {"url_m": "https://live.staticflickr.com/1/2_s.jpg", "width_m": "500",
              "height_m": 375, "url_o": "https://live.staticflickr.com/1/2_o_o.png",
              "width_o": 4000, "height_o": "3000", "media": "photo"}
    sizes = sizes_from_extras(fields, lambda size: f"page/{size.code}", str)
    assert sizes["Medium"] == {"label": "Medium", "width": 500, "height": 375,
                               "source": fields["url_m"], "media": "photo",
                               "url": "page/m"}
    assert largest(sizes) == "Original"
    assert largest({"Video Player": {"width": None, "height": None}}) == "Video Player"


def test_photo_file_urls_from_secrets_without_request():
    client = Client(base_url="http://127.0.0.1:9")
    photo = Photo(id="2", server="1", secret="abc", originalsecret="def", originalformat="png",
                  o_width=800, o_height=600, client=client)
    assert photo.getPhotoFile("Medium") == "http://127.0.0.1:9/1/2_abc.jpg"
    assert photo.getPhotoFile("Square") == "http://127.0.0.1:9/1/2_abc_s.jpg"
    assert photo.getPhotoFile("o") == "http://127.0.0.1:9/1/2_def_o.png"


def test_photo_sizes_from_inline_extras():
    photo = Photo(id="2", owner="1@N01", url_sq="https://live.staticflickr.com/1/2_x_s.jpg",
                  width_sq=75, height_sq=75, client=Client())
    assert photo.getSizes() == {"Square": {
        "label": "Square", "width": 75, "height": 75, "source": "https://live.staticflickr.com/1/2_x_s.jpg",
        "url": "https://www.flickr.com/photos/1@N01/2/sizes/sq/", "media": "photo"}}
    assert photo.getPhotoFile() == photo.getPhotoFile("Square") == photo.sizes["Square"]["source"]
    assert photo.getPhotoUrl("s").endswith("/sizes/sq/")
    unknown_owner = Photo(id="3", url_sq="https://live.staticflickr.com/1/3_x_s.jpg")
    assert unknown_owner.getPhotoUrl("Square") == "https://www.flickr.com/photo.gne?id=3"
    from flickr_api import FlickrError

    with pytest.raises(FlickrError, match="not available"):
        photo.getPhotoFile("Original")
