"""Choosing what to download and what to call it: sizes, extensions, safe file names."""

from __future__ import annotations

import pytest

from flickr_api.errors import FlickrTransferError
from flickr_api.transfer.bulk import DownloadSummary, _stem, _unique, safe_name
from flickr_api.transfer.download import Size, choose_size

STATIC = "https://live.staticflickr.com/65535/1_abc"


def sizes(*entries):
    return {s.label: s for s in entries}


PHOTO = sizes(
    Size("Square", f"{STATIC}_s.jpg", width=75, height=75),
    Size("Large", f"{STATIC}_b.jpg", width=1024, height=768),
    Size("Medium", f"{STATIC}.jpg", width=500, height=375),
)
VIDEO = sizes(
    *PHOTO.values(),
    Size("Original", f"{STATIC}_o.jpg", width=640, height=480),
    Size("Video Player", "https://www.flickr.com/apps/video/stewart.swf?v=1", "video"),
    Size("Site MP4", "https://www.flickr.com/photos/a/1/play/site/abc/", "video"),
    Size("Mobile MP4", "https://www.flickr.com/photos/a/1/play/mobile/abc/", "video"),
)


def test_the_largest_photo_size_by_default():
    assert choose_size(PHOTO).label == "Large"


def test_the_original_when_there_is_one():
    with_original = {**PHOTO, "Original": Size("Original", f"{STATIC}_o.png", width=10,
                                               height=10)}
    assert choose_size(with_original).label == "Original"


def test_the_best_video_file_of_a_video_not_its_poster_or_player():
    chosen = choose_size(VIDEO)
    assert (chosen.label, chosen.is_video, chosen.extension) == ("Site MP4", True, ".mp4")


def test_a_size_by_label():
    assert choose_size(PHOTO, "Medium").source == f"{STATIC}.jpg"


def test_a_missing_size_says_which_exist():
    with pytest.raises(FlickrTransferError, match=r"no size 'Original'.*Square, Large, Medium"):
        choose_size(PHOTO, "Original", "1")


def test_no_size_at_all():
    with pytest.raises(FlickrTransferError, match="no size"):
        choose_size({})


@pytest.mark.parametrize("source, ext", [
    (f"{STATIC}_o.PNG", ".png"), (f"{STATIC}.jpg?zz=1", ".jpg"), (f"{STATIC}_o.gif", ".gif"),
    ("https://example.com/noext", ".jpg"),
])
def test_extensions_come_from_the_image_url(source, ext):
    assert Size("x", source).extension == ext


@pytest.mark.parametrize("text, name", [
    ("Sunset over the bay", "Sunset over the bay"),
    ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"),
    ("  ..hidden.  ", "hidden"),
    ("tab\there\nnewline", "tab_here_newline"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("Jürgen's Straße 東京", "Jürgen's Straße 東京"),
    ("", ""),
])
def test_safe_names(text, name):
    assert safe_name(text) == name


def test_safe_names_are_cut_on_a_character_boundary():
    name = safe_name("é" * 300, 101)
    assert name == "é" * 50
    assert len(name.encode()) <= 101


class FakePhoto:
    def __init__(self, id, title):
        self.id, self.title = id, title

    def __contains__(self, name):
        return name in vars(self)


def test_stems_are_title_and_id_and_never_lose_the_id():
    assert _stem(FakePhoto("42", "Dawn / Dusk"), "42", "{title}_{id}") == "Dawn _ Dusk_42"
    assert _stem(FakePhoto("42", ""), "42", "{title}_{id}") == "42"
    assert _stem(FakePhoto("42", "x" * 500), "42", "{title}_{id}").endswith("_42")
    assert _stem(FakePhoto("42", "a"), "42", lambda p: f"../{p.id}") == "42"
    assert _stem(FakePhoto("42", "a"), "42", lambda p: "") == "42"


def test_two_photos_never_share_a_name():
    used = set()
    assert _unique("Sunset", "1", used) == "Sunset"
    assert _unique("sunset", "2", used) == "sunset_2"


def test_summary_reads_as_counts():
    summary = DownloadSummary(failed=[("1", "HTTP 404")])
    assert str(summary) == "0 downloaded, 0 skipped, 1 failed"
    assert not summary.ok
