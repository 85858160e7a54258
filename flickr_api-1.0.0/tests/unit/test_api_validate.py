"""Argument checks of the direct API: what passes unchanged, what is rewritten, what is refused."""

from __future__ import annotations

import pytest

from flickr_api import FlickrValidationError, _catalog
from flickr_api._validate import ArgumentCheck, check_for, suggest


class Photo:
    def __init__(self, id: str) -> None:
        self.id = id


def check(method: str) -> ArgumentCheck:
    spec = _catalog.get(method)
    assert spec is not None
    return check_for(spec)


def test_known_arguments_pass_unchanged_and_uncopied():
    args = {"tags": "cat", "per_page": 10, "format": "json"}
    assert check("flickr.photos.search")(args) is args


def test_checks_are_shared_per_method():
    assert check("flickr.photos.search") is check("flickr.photos.search")


def test_unknown_argument_with_suggestion():
    with pytest.raises(FlickrValidationError, match=r"no argument 'tag'; did you mean 'tags'\?"):
        check("flickr.photos.search")({"tag": "cat"})
    with pytest.raises(FlickrValidationError, match=r"did you mean 'per_page'\?"):
        check("flickr.photos.search")({"perpage": 5})


def test_unknown_argument_without_suggestion_lists_the_arguments():
    with pytest.raises(FlickrValidationError) as caught:
        check("flickr.photos.getInfo")({"photo_id": "1", "zzz": 1})
    message = str(caught.value)
    assert "Its arguments: photo_id, secret." in message
    assert "flickr_api.call_api(method='flickr.photos.getInfo', ...)" in message


def test_missing_required_arguments_are_named_and_described():
    with pytest.raises(FlickrValidationError) as caught:
        check("flickr.photos.comments.addComment")({})
    assert str(caught.value).splitlines() == [
        "flickr.photos.comments.addComment needs the arguments comment_text, photo_id:",
        "  comment_text: Text of the comment",
        "  photo_id: The id of the photo to add a comment to.",
    ]


def test_none_does_not_count_as_given():
    with pytest.raises(FlickrValidationError, match="needs the argument photo_id"):
        check("flickr.photos.getInfo")({"photo_id": None})


def test_object_or_id_under_the_short_name():
    photo = Photo("42")
    assert check("flickr.photos.getInfo")({"photo": photo}) == {"photo_id": photo}
    assert check("flickr.photos.getInfo")({"photo": "42"}) == {"photo_id": "42"}
    assert check("flickr.photosets.create")({"title": "t", "primary_photo": photo}) == {
        "title": "t", "primary_photo_id": photo}


def test_short_and_long_name_together_are_refused():
    with pytest.raises(FlickrValidationError, match="photo= and photo_id= name the same"):
        check("flickr.photos.getInfo")({"photo": "1", "photo_id": "1"})


def test_raw_asks_for_xml():
    assert check("flickr.test.null")({"raw": True}) == {"format": "rest"}
    assert check("flickr.test.null")({"raw": False}) == {}
    assert check("flickr.test.null")({"raw": True, "format": "rest"}) == {"format": "rest"}
    with pytest.raises(FlickrValidationError, match="pass only one of them"):
        check("flickr.test.null")({"raw": True, "format": "json"})


def test_api_key_is_the_clients_job():
    with pytest.raises(FlickrValidationError, match=r"the client sends the API key"):
        check("flickr.test.null")({"api_key": "x"})


def test_echo_takes_anything():
    args = {"anything": 1, "at_all": "x"}
    assert check("flickr.test.echo")(args) == args


def test_suggest():
    assert suggest("getinfo", ["getInfo", "getSizes"]) == "getInfo"
    assert suggest("serch", ["search", "getInfo"]) == "search"
    assert suggest("xyzzy", ["search"]) is None
