"""The public transfer functions say what they take and return: no ``Any`` where a photo, a
ticket or a path comes back (type checkers and editors read these annotations)."""

from __future__ import annotations

import inspect

import pytest

from flickr_api.transfer import (
    UploadTicket,
    check_tickets,
    download_photo,
    download_photos,
    replace,
    upload,
    wait_for_tickets,
)

PUBLIC = [upload, replace, download_photo, download_photos, check_tickets, wait_for_tickets,
          UploadTicket.wait, UploadTicket.check]


@pytest.mark.parametrize("function", PUBLIC, ids=lambda f: f.__qualname__)
def test_returns_are_typed(function):
    returned = str(inspect.signature(function).return_annotation)
    assert returned != inspect.Signature.empty and "Any" not in returned


def test_upload_says_which_it_returns():
    assert str(inspect.signature(upload).return_annotation) == "Union[Photo, UploadTicket]"
    taken = inspect.signature(download_photo).parameters["photo"].annotation
    assert taken == "Union[FlickrObject, str, int]"
