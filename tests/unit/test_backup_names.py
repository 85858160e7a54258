"""The two guards between names and files in a backup: ids and secrets from replies, and
paths from a backup's own manifest."""

from __future__ import annotations

from pathlib import Path

import pytest

from flickr_api.backup._files import inside, name_part
from flickr_api.errors import BackupError, FlickrReplyError


@pytest.mark.parametrize("value", ["53000012635", "f549cf808d", "6065-72157617483228192",
                                   "12037949754@N01"])
def test_flickrs_ids_and_secrets_name_files(value):
    assert name_part(value, "the id") == value


@pytest.mark.parametrize("value", ["", "..", "../x", "a/b", "a\\b", ".hidden", "a b", "x" * 101,
                                   "é", "a\x00"])
def test_anything_else_is_a_reply_error(value):
    with pytest.raises(FlickrReplyError, match=r"the id .* cannot name a file"):
        name_part(value, "the id")


def test_a_path_inside_the_backup():
    assert inside(Path("/b"), "store/37/1_a.jpg") == Path("/b/store/37/1_a.jpg")


@pytest.mark.parametrize("relative", ["", "/etc/passwd", "../x", "store/../../x",
                                      "store\\..\\..\\x", "C:x", "C:/x"])
def test_a_path_that_leaves_is_refused(relative):
    with pytest.raises(BackupError, match="outside it: refused"):
        inside(Path("/b"), relative)
