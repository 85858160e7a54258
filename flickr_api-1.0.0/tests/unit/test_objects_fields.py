"""Field conversion: one rule per field name, whatever JSON type Flickr used."""

from __future__ import annotations

import pytest

from flickr_api.objects import Info, Photo
from flickr_api.objects.fields import convert, convert_tree, to_bool, to_int


@pytest.mark.parametrize("value", ["12", 12, 12.0, " 12 "])
def test_counts_are_ints(value):
    for name in ("views", "comments", "count_views", "count_faves", "total", "perpage",
                 "width", "height_o", "posted", "dateupload", "safety_level"):
        assert convert(name, value) == 12


@pytest.mark.parametrize("value", [1, "1", True, "true"])
def test_flags_are_bools(value):
    for name in ("ispublic", "isfamily", "can_comment", "cancomment", "has_shapedata",
                 "geo_is_public", "friend", "needspassword"):
        assert convert(name, value) is True


@pytest.mark.parametrize("value", [0, "0", False, ""])
def test_false_flags(value):
    assert convert("isfriend", value) is False


def test_ids_stay_strings():
    assert convert("id", 53000000123) == "53000000123"
    assert convert("photo_id", 7) == "7"
    assert convert("farm", 5) == "5" and convert("server", "1234") == "1234"
    assert convert("license", 4) == "4" and convert("owner", "1@N01") == "1@N01"
    assert convert("photo_ids", 3) == "3"


def test_missing_sizes_are_none_and_odd_values_are_kept():
    assert convert("width", "") is None
    assert convert("remaining", "lots") == "lots"
    assert convert("datetaken", "2024-01-02 03:04:05") == "2024-01-02 03:04:05"
    assert to_int(None) is None and to_int([1]) == [1]
    assert to_bool("maybe") == "maybe"


def test_coordinates_are_floats():
    assert convert("latitude", "48.85") == 48.85
    assert convert("longitude", -2) == -2.0


def test_nested_values_convert_by_their_own_names():
    tree = {"stat": "ok", "stats": {"views": "3", "comments": 1, "id": 9},
            "list": [{"ispublic": "1"}]}
    assert convert_tree(tree) == {"stats": {"views": 3, "comments": 1, "id": "9"},
                                  "list": [{"ispublic": True}]}


def test_objects_read_converted_fields():
    photo = Photo(id=5, views="7", ispublic=1, latitude="1.5", title="T", width_o="")
    assert photo.id == "5" and photo.views == 7 and photo.ispublic is True
    assert photo["latitude"] == 1.5 and photo.get("width_o") is None
    assert photo.get("nope", "default") == "default"


def test_paging_info_is_ints_whatever_flickr_sent():
    info = Info.of({"page": "1", "pages": 13, "per_page": "8", "total": "97"}, 8)
    assert (info.page, info.pages, info.perpage, info.total) == (1, 13, 8, 97)
    empty = Info.of({}, 0)
    assert (empty.page, empty.pages, empty.perpage, empty.total) == (1, 1, 0, 0)
