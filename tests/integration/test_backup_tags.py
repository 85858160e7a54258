"""A backup keeps a photo's tags and its machine tags apart, as Flickr lists both kinds in the
``tags`` extra."""

from __future__ import annotations

import json

import pytest
from backup_support import client_of, owned, small_images

from flickr_api.backup import backup


@pytest.fixture
def emu(flickr_emulator):
    small_images(flickr_emulator)
    return flickr_emulator


@pytest.mark.parametrize("details", [False, True])
def test_machine_tags_are_not_kept_as_tags(emu, tmp_path, details):
    with client_of(emu, "bob") as bob:
        photo = owned(emu, "bob")[0]
        bob.api.photos.setTags(photo_id=photo.id, tags='Sunset "dc:source=scan #4"')
        backup(tmp_path, client=bob, details=details)

    record = json.loads((tmp_path / f"store/{photo.id[-2:]}/{photo.id}.json").read_text())
    assert record["tags"] == (["Sunset"] if details else ["sunset"])
    assert record["machine_tags"] == (["dc:source=scan #4"] if details else ["dc:source=scan4"])
