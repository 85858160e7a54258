"""The emulator's data set: determinism, its documented facts, uploads and images."""

from __future__ import annotations

import pytest

from flickr_api.testing._dataset import seeded_store
from flickr_api.testing._media import image, image_dimensions
from flickr_api.testing._records import Photo, clean_tag, parse_tags
from flickr_api.testing._render import FileSlice
from flickr_api.testing._store import Store

ALICE = "10000001@N01"
BOB = "10000002@N01"


def _fingerprint(store: Store) -> list:
    return [(p.id, p.owner, p.secret, p.originalsecret, p.title, p.datetaken,
             [t.raw for t in p.tags], p.geo and (p.geo.latitude, p.geo.longitude))
            for p in store.photos.values()]


def test_the_same_seed_builds_the_same_data_set():
    first, second = seeded_store(seed=7, photos=400), seeded_store(seed=7, photos=400)
    assert _fingerprint(first) == _fingerprint(second)
    assert first.notable == second.notable
    assert list(first.photosets) == list(second.photosets)
    assert _fingerprint(seeded_store(seed=8, photos=400)) != _fingerprint(first)


def test_named_users_and_generated_ones():
    store = seeded_store(photos=100)
    alice = store.users[ALICE]
    assert (alice.username, alice.realname, alice.path_alias) == ("alice", "Alice Example",
                                                                  "alice")
    assert store.default_user_nsid == ALICE
    assert store.users[BOB].username == "bob"
    assert store.users["10000003@N01"].username == "jürgen"
    assert store.users["10000004@N01"].deleted
    assert len(store.users) == 24
    assert store.find_user("Alice") is alice and store.find_user("nobody") is None


@pytest.mark.parametrize("photos, alice_photos, album", [
    (300, 225, 225), (1300, 1300, 1200), (3000, 1300, 1200), (10_000, 4000, 1200)])
def test_counts_of_photos_and_the_big_album(photos, alice_photos, album):
    store = seeded_store(photos=photos)
    assert len(store.photos) == photos
    assert sum(p.owner == ALICE for p in store.photos.values()) == alice_photos
    big = store.photosets[store.notable["big_album"]]
    assert big.title == "Big album" and len(big.photos) == album
    if alice_photos > 1200:
        assert all(store.photos[p].ispublic for p in big.photos)


def test_the_data_set_has_the_variety_the_handlers_need():
    store = seeded_store(photos=3000)
    photos = list(store.photos.values())
    assert any(p.media == "video" for p in photos)
    assert any(not p.ispublic for p in photos) and any(p.geo for p in photos)
    assert {p.license for p in photos} == set(range(17))
    assert any(t.machine for p in photos for t in p.tags)
    assert any("<" in p.description for p in photos)
    assert any(p.comments for p in photos) and any(p.notes for p in photos)
    assert {p.originalformat for p in photos} == {"jpg", "png"}
    places = {p.place_type for p in store.places.values()}
    assert places == {"country", "region", "county", "locality"}
    assert store.groups and store.galleries and store.collections and store.testimonials
    assert store.faves[ALICE] and store.users[ALICE].contacts[BOB].friend
    ids = [int(p) for p in store.photos]
    assert ids == sorted(ids)


def _photo(width: int, height: int) -> Photo:
    return Photo("1", ALICE, "abc", "1", 1, "t", "", 1, 0, 0, 0, 0, "2020-01-01 00:00:00", width,
                 height, "orig")


def test_available_sizes_follow_the_original():
    sizes = {s.code: (w, h) for s, w, h in _photo(6000, 4000).available_sizes()}
    assert sizes["6k"] == (6000, 4000) and sizes["5k"] == (5120, 3413) and "f" not in sizes
    assert sizes["sq"] == (75, 75) and sizes["m"] == (500, 333) and sizes["o"] == (6000, 4000)
    small = {s.code for s, _, _ in _photo(640, 480).available_sizes()}
    assert "z" in small and "c" not in small
    assert "f" in {s.code for s, _, _ in _photo(8192, 4096).available_sizes()}
    photo = _photo(6000, 4000)
    secrets = {s.code: photo.size_secret(s) for s, _, _ in photo.available_sizes()}
    assert secrets["l"] == "abc" and secrets["o"] == "orig"
    assert len({secrets[c] for c in ("h", "k", "3k", "4k", "5k", "6k")}) == 6


def test_tag_parsing_and_cleaning():
    assert parse_tags('a "New York" b:c=d a') == ["a", "New York", "b:c=d"]
    assert clean_tag("Doho Lodge") == "doholodge" and clean_tag("Über-Straße") == "überstraße"
    assert clean_tag("Geo:Country=France") == "geo:country=france"


def test_images_are_deterministic_jpegs_only_for_the_right_secret():
    store = seeded_store(photos=100, image_scale=0.5)
    photo = store.photos[store.notable["alice_public_photo"]]
    large = next(s for s, _, _ in photo.available_sizes() if s.code == "h")
    medium = image(store, photo.server, photo.id, photo.secret, "", "jpg")
    original = image(store, photo.server, photo.id, photo.originalsecret, "o", "jpg")
    assert medium is not None and original is not None
    assert medium.startswith(b"\xff\xd8\xff") and medium.endswith(b"\xff\xd9")
    assert len(medium) < len(original) <= 100_000
    assert image(store, photo.server, photo.id, photo.secret, "", "jpg") == medium
    assert image(store, photo.server, photo.id, photo.size_secret(large), "h", "jpg")
    assert image(store, photo.server, photo.id, photo.secret, "h", "jpg") is None
    assert image(store, photo.server, photo.id, "wrong", "", "jpg") is None
    assert image(store, photo.server, "1", photo.secret, "", "jpg") is None
    assert image(store, photo.server, photo.id, photo.originalsecret, "o", "png") is None


def test_uploads_become_photos_with_the_file_as_original(tmp_path):
    store = seeded_store(photos=50)
    path = tmp_path / "upload.bin"
    path.write_bytes(b"\xff\xd8\xffuploaded\xff\xd9")
    photo = store.add_upload(ALICE, {"tags": 'sea "blue sky"', "is_public": "0",
                                     "is_friend": "1", "safety_level": "2"},
                             "Holiday Snap.JPG", str(path), image_dimensions(str(path)))
    photo_id = photo.id
    assert photo.title == "Holiday Snap" and photo.originalformat == "jpg"
    assert [t.raw for t in photo.tags] == ["sea", "blue sky"]
    assert (photo.ispublic, photo.isfriend, photo.isfamily, photo.safety_level) == (0, 1, 0, 1)
    assert int(photo_id) > max(int(p) for p in store.photos if p != photo_id)
    original = bytes(image(store, photo.server, photo_id, photo.originalsecret, "o", "jpg"))
    assert original == path.read_bytes()
    assert image(store, photo.server, photo_id, photo.secret, "m", "jpg")[:2] == b"\xff\xd8"
    assert (photo.width, photo.height) == (4000, 3000)  # not a readable JPEG: the default


def test_uploaded_jpegs_keep_their_dimensions(tmp_path):
    store = seeded_store(photos=50)
    source = store.photos[store.notable["alice_public_photo"]]
    path = tmp_path / "small.jpg"
    path.write_bytes(image(store, source.server, source.id, source.secret, "z", "jpg"))
    photo = store.add_upload(ALICE, {}, "small.jpg", str(path), image_dimensions(str(path)))
    assert (photo.width, photo.height) == (640, 427)
    assert [s.code for s, _, _ in photo.available_sizes()][-2:] == ["z", "o"]


def test_replace_gives_new_secrets_and_serves_the_new_file(tmp_path):
    store = seeded_store(photos=50)
    photo = store.photos[store.notable["alice_public_photo"]]
    old = photo.secret
    path = tmp_path / "new.png"
    path.write_bytes(b"png")
    store.replace_photo(photo, "new.png", str(path), None)
    assert photo.secret != old and photo.originalformat == "png"
    served = image(store, photo.server, photo.id, photo.originalsecret, "o", "png")
    assert bytes(served) == b"png"


def test_uploaded_originals_are_sent_from_disk_not_memory(tmp_path):
    store = seeded_store(photos=50)
    data = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"
    path = tmp_path / "big.jpg"
    path.write_bytes(data)
    photo = store.add_upload(ALICE, {}, "big.jpg", str(path), None)
    photo_id = photo.id
    served = image(store, photo.server, photo_id, photo.originalsecret, "o", "jpg")
    assert isinstance(served, FileSlice) and len(served) == len(data)
    assert bytes(served[100:200]) == data[100:200]
    assert bytes(served[len(data) // 2:]) == data[len(data) // 2:]
    sent: list[bytes] = []
    served[10:].send(sent.append, chunk=1000)
    assert b"".join(sent) == data[10:] and len(sent) == 11
