"""Python values -> Flickr argument strings."""

from __future__ import annotations

import datetime as dt

from flickr_api._convert import to_params, to_value

UTC = dt.timezone.utc


class Photo:
    def __init__(self, id: str) -> None:
        self.id = id


def test_scalars():
    assert to_params({"a": True, "b": False, "c": 3, "d": 1.5, "e": "x", "f": None}) == {
        "a": "1", "b": "0", "c": "3", "d": "1.5", "e": "x"}
    assert to_value(b"caf\xc3\xa9") == "café"


def test_lists_are_comma_joined_and_objects_become_ids():
    assert to_value(["a", "b"], "extras") == "a,b"
    assert to_value([Photo("1"), Photo("2")], "photo_ids") == "1,2"
    assert to_value({"b", "a"}, "extras") == "a,b"


def test_tag_lists_are_space_joined_with_multiword_tags_quoted():
    assert to_params({"tags": ["cat", "big dog"]}, "flickr.photos.addTags") == {
        "tags": 'cat "big dog"'}
    assert to_params({"tags": ["cat", "dog"]}, "flickr.photos.search") == {"tags": "cat,dog"}


def test_objects_go_under_their_id_argument():
    assert to_params({"photo": Photo("42")}) == {"photo_id": "42"}
    assert to_params({"photo_id": Photo("42")}) == {"photo_id": "42"}


def test_dates_unix_time_by_default():
    moment = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert to_value(moment, "min_upload_date") == str(int(moment.timestamp()))
    assert to_value(dt.date(2024, 1, 2), "min_upload_date") == str(
        int(dt.datetime(2024, 1, 2, tzinfo=UTC).timestamp()))


def test_taken_dates_are_mysql_datetimes():
    moment = dt.datetime(2024, 1, 2, 3, 4, 5)
    assert to_value(moment, "min_taken_date") == "2024-01-02 03:04:05"
    assert to_value([moment, dt.date(2024, 2, 1)], "taken_dates") == (
        "2024-01-02 03:04:05,2024-02-01 00:00:00")


def test_day_arguments_are_yyyy_mm_dd():
    assert to_value(dt.date(2024, 1, 2), "date") == "2024-01-02"
    assert to_value(dt.datetime(2024, 1, 2, 23, 0), "date_until") == "2024-01-02"
    assert to_params({"date": dt.date(2024, 1, 2)}, "flickr.interestingness.getList") == {
        "date": "2024-01-02"}


def test_text_no_request_can_carry_is_refused_before_sending():
    import pytest

    from flickr_api.errors import FlickrValidationError

    with pytest.raises(FlickrValidationError, match=r"argument user_id of flickr\.x is not"):
        to_params({"user_id": "1@N0\ud800"}, "flickr.x")
