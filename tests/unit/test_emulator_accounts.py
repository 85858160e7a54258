"""`FlickrEmulator.add_account`: a quick account of plain photos in albums."""

from __future__ import annotations

import pytest

from flickr_api.testing import FlickrEmulator


def test_an_account_of_photos_in_albums():
    emu = FlickrEmulator(photos=50)
    nsid = emu.add_account("archivist", photos=40, albums=3)
    user = emu.store.users[nsid]
    photos = emu.store.photos_of(nsid, nsid)
    albums = [emu.store.photosets[i] for i in user.set_order]
    assert len(photos) == 40 and len(albums) == 3
    in_albums = {p for a in albums for p in a.photos}
    assert len(in_albums) == 36  # one photo in ten is in no album
    assert all(p.owner == nsid and p.lastupdate > p.dateupload for p in photos)
    assert emu.token("read", user="archivist")


def test_a_username_is_taken_once():
    emu = FlickrEmulator(photos=50)
    with pytest.raises(ValueError, match="already"):
        emu.add_account("alice", photos=1)
