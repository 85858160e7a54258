"""Emulator rules the method catalog states in its argument and error texts (the methods a
backup, sync-up and restore call)."""

from __future__ import annotations

import math
import time

import pytest
from handlers_support import ALICE, BOB, call, fail, new_store

from flickr_api.testing._records import Photoset
from flickr_api.testing._store import Store


@pytest.fixture
def store() -> Store:
    return new_store(photos=200)


def _total(reply: dict) -> int:
    return int(reply["photos"]["total"])


def test_order_sets_puts_the_unlisted_sets_last_ordered_by_id(store):
    user = store.users[ALICE]
    first = store.photosets[user.set_order[0]]
    for number in ("905", "1000", "99"):  # ids of several lengths, listed out of order
        store.photosets[number] = Photoset(number, ALICE, f"set {number}", "", first.primary,
                                           [first.primary], 1, 1)
        user.set_order.append(number)
    chosen = user.set_order[1]
    call(store, "flickr.photosets.orderSets", photoset_ids=chosen)
    rest = [s for s in user.set_order if s != chosen]
    assert user.set_order == [chosen, *sorted(rest, key=int)]


def test_photoset_list_without_page_returns_every_set(store):
    user = store.users[ALICE]
    first = store.photosets[user.set_order[0]]
    for n in range(501 - len(user.set_order)):
        number = str(900000 + n)
        store.photosets[number] = Photoset(number, ALICE, "t", "", first.primary,
                                           [first.primary], 1, 1)
        user.set_order.append(number)
    every = call(store, "flickr.photosets.getList", user_id=ALICE, per_page="10")["photosets"]
    assert len(every["photoset"]) == 501 and every["pages"] == 1
    paged = call(store, "flickr.photosets.getList", user_id=ALICE, page="1")["photosets"]
    assert len(paged["photoset"]) == 500 and paged["pages"] == 2


def test_privacy_filter_is_ignored_on_other_peoples_photos(store):
    seen = _total(call(store, "flickr.people.getPhotos", BOB, user_id=ALICE))
    assert seen > 0
    private_only = call(store, "flickr.people.getPhotos", BOB, user_id=ALICE, privacy_filter="5")
    assert _total(private_only) == seen
    own = call(store, "flickr.people.getPhotos", ALICE, user_id=ALICE, privacy_filter="5")
    assert all(p["ispublic"] == 0 for p in own["photos"]["photo"])
    assert _total(own) < _total(call(store, "flickr.people.getPhotos", ALICE, user_id=ALICE))


@pytest.mark.parametrize("method", ["flickr.people.getPhotos", "flickr.people.getPublicPhotos",
                                    "flickr.photos.search"])
def test_unsigned_calls_see_safe_photos_only(store, method):
    for photo in store.photos.values():
        if photo.owner == ALICE:
            photo.ispublic = 1
    moderate = [p for p in store.photos.values() if p.owner == ALICE][:3]
    for photo in moderate:
        photo.safety_level = 1
    listed = call(store, method, None, user_id=ALICE, safe_search="3", per_page="500")
    ids = {p["id"] for p in listed["photos"]["photo"]}
    assert ids and not ids & {p.id for p in moderate}
    signed = call(store, method, BOB, user_id=ALICE, safe_search="3", per_page="500")
    assert {p.id for p in moderate} <= {p["id"] for p in signed["photos"]["photo"]}


def test_exif_with_the_photo_secret_skips_the_permission_check(store):
    photo = store.photos[store.notable["alice_private_photo"]]
    assert fail(store, "flickr.photos.getExif", BOB, photo_id=photo.id).code == 1
    reply = call(store, "flickr.photos.getExif", BOB, photo_id=photo.id, secret=photo.secret)
    assert reply["photo"]["id"] == photo.id


def test_machine_tag_search_takes_a_quoted_value(store):
    photo_id = store.notable["alice_public_photo"]
    call(store, "flickr.photos.addTags", photo_id=photo_id, tags='"dc:title=mr. camera"')
    for query in ('dc:title="mr. camera"', '*:*="mr. camera"', "dc:title="):
        found = call(store, "flickr.photos.search", user_id=ALICE, machine_tags=query)
        assert [p["id"] for p in found["photos"]["photo"]] == [photo_id], query


@pytest.mark.parametrize("min_date", ["2001-01-01T00:00:00Z", "2001-01-01T02:00:00+02:00",
                                      "Mon, 01 Jan 2001 00:00:00 +0000", "978307200",
                                      "2001-01-01 00:00:00"])
def test_recently_updated_takes_textual_dates(store, min_date):
    reply = call(store, "flickr.photos.recentlyUpdated", min_date=min_date)
    assert _total(reply) == len([p for p in store.photos.values() if p.owner == ALICE])


def test_recently_updated_refuses_what_is_no_date(store):
    failure = fail(store, "flickr.photos.recentlyUpdated", min_date="not a date")
    assert (failure.code, failure.message) == (2, "Not a valid date")


def test_set_dates_refuses_a_date_taken_in_the_future(store):
    photo_id = store.notable["alice_public_photo"]
    future = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() + 30 * 86400))
    failure = fail(store, "flickr.photos.setDates", photo_id=photo_id, date_taken=future)
    assert (failure.code, failure.message) == (6, "Invalid Date Taken")
    call(store, "flickr.photos.setDates", photo_id=photo_id, date_taken="2001-02-03 04:05:06")


def test_gallery_lists_page_by_continuation(store):
    for n in range(5):
        call(store, "flickr.galleries.create", title=f"G{n}", description="d")
    every = call(store, "flickr.galleries.getList", None, user_id=ALICE,
                 per_page="500")["galleries"]
    ids, token, seen = [g["id"] for g in every["gallery"]], "0", []
    while token != -1:
        reply = call(store, "flickr.galleries.getList", None, user_id=ALICE, per_page="2",
                     continuation=str(token), page="7")["galleries"]
        assert reply["pages"] == math.ceil(every["total"] / 2)
        seen += [g["id"] for g in reply["gallery"]]
        token = reply["continuation"]
    assert seen == ids and len(ids) > 2
    paged = call(store, "flickr.galleries.getList", None, user_id=ALICE, per_page="2",
                 page="2")["galleries"]
    assert "continuation" not in paged and [g["id"] for g in paged["gallery"]] == ids[2:4]


def test_all_contexts_leaves_out_pools_the_caller_may_not_see(store):
    group = store.groups[store.notable["private_group"]]
    photo_id = store.notable["alice_public_photo"]
    group.pool[photo_id] = (ALICE, 1)
    outsider = next(n for n in (ALICE, BOB) if n not in group.members)
    member = next(iter(group.members))
    pools = [p["id"] for p in call(store, "flickr.photos.getAllContexts", outsider,
                                   photo_id=photo_id)["pool"]]
    assert group.nsid not in pools
    pools = [p["id"] for p in call(store, "flickr.photos.getAllContexts", member,
                                   photo_id=photo_id)["pool"]]
    assert group.nsid in pools


def test_a_new_comment_makes_the_photo_recently_updated(store):
    photo = store.photos[store.notable["alice_public_photo"]]
    photo.lastupdate = 1
    since = str(int(time.time()) - 60)
    call(store, "flickr.photos.comments.addComment", BOB, photo_id=photo.id, comment_text="hi")
    listed = call(store, "flickr.photos.recentlyUpdated", min_date=since)["photos"]["photo"]
    assert photo.id in [p["id"] for p in listed]


@pytest.mark.parametrize("geoperms,seen_by_bob", [(1, True), (2, True), (4, True), (5, False),
                                                   (6, False)])
def test_a_new_location_follows_the_owners_geo_privacy(store, geoperms, seen_by_bob):
    store.users[ALICE].prefs["geoperms"] = geoperms  # bob is alice's friend, not family
    photo_id = store.notable["alice_public_photo"]
    call(store, "flickr.photos.geo.setLocation", photo_id=photo_id, lat="10", lon="20")
    location = call(store, "flickr.photos.getInfo", BOB, photo_id=photo_id)["photo"]
    assert ("location" in location) == seen_by_bob


def test_a_location_needs_the_owners_geo_privacy_set(store):
    store.users[ALICE].prefs["geoperms"] = 0
    failure = fail(store, "flickr.photos.geo.setLocation",
                   photo_id=store.notable["alice_public_photo"], lat="10", lon="20")
    assert failure.code == 7


def test_machine_tags_are_cleaned_and_listed_with_the_tags(store):
    photo_id = store.notable["alice_public_photo"]
    raw = "dc:identifier=https://biodiversitylibrary.org/page/33665645"
    call(store, "flickr.photos.addTags", photo_id=photo_id, tags=f'"{raw}"')
    info = call(store, "flickr.photos.getInfo", photo_id=photo_id)["photo"]["tags"]["tag"]
    [tag] = [t for t in info if t["raw"] == raw]
    assert tag["_content"] == "dc:identifier=httpsbiodiversitylibraryorgpage33665645"
    listed = call(store, "flickr.people.getPhotos", user_id=ALICE, extras="tags",
                  per_page="500")["photos"]["photo"]
    [entry] = [p for p in listed if p["id"] == photo_id]
    assert tag["_content"] in entry["tags"].split() and "paris" in entry["tags"].split()


def test_gallery_lists_say_per_page_only(store):
    listed = call(store, "flickr.galleries.getList", None, user_id=ALICE)["galleries"]
    assert "per_page" in listed and "perpage" not in listed


def test_a_photo_in_no_set_nor_pool_has_an_empty_context_reply(store):
    photo_id = store.notable["alice_public_photo"]
    for photoset in store.photo_sets(photo_id):
        photoset.photos.remove(photo_id)
    for group in store.groups.values():
        group.pool.pop(photo_id, None)
    assert call(store, "flickr.photos.getAllContexts", photo_id=photo_id) == {}


def test_photoset_photos_report_an_unknown_user_before_an_unknown_set(store):
    failure = fail(store, "flickr.photosets.getPhotos", photoset_id="1234",
                   user_id="1234567@N00")
    assert (failure.code, failure.message) == (2, "User not found")
    failure = fail(store, "flickr.photosets.getPhotos", photoset_id="1234", user_id=ALICE)
    assert (failure.code, failure.message) == (1, "Photoset not found")


def test_set_license_refuses_no_known_copyright_restrictions(store):
    photo_id = store.notable["alice_public_photo"]
    failure = fail(store, "flickr.photos.licenses.setLicense", photo_id=photo_id, license_id="7")
    assert (failure.code, failure.message) == (2, "License not found")
    call(store, "flickr.photos.licenses.setLicense", photo_id=photo_id, license_id="9")
    assert store.photos[photo_id].license == 9
