"""Emulator write methods: each change shows in later reads; only owners may edit."""

from __future__ import annotations

import pytest
from handlers_support import ALICE, BOB, JURGEN, call, fail, new_store

from flickr_api.testing._store import Store


@pytest.fixture
def store() -> Store:
    """A fresh store per test (writes change it)."""
    return new_store(photos=200)


@pytest.fixture
def photo_id(store: Store) -> str:
    return store.notable["alice_public_photo"]


def info(store: Store, photo_id: str, user: str = ALICE) -> dict:
    return call(store, "flickr.photos.getInfo", user, photo_id=photo_id)["photo"]


def test_set_meta_tags_and_tag_removal(store, photo_id):
    call(store, "flickr.photos.setMeta", photo_id=photo_id, title="New", description="<i>x</i>")
    call(store, "flickr.photos.addTags", photo_id=photo_id, tags='extra "two words" ns:p=v')
    photo = info(store, photo_id)
    assert photo["title"] == {"_content": "New"} and photo["description"]["_content"] == "<i>x</i>"
    tags = {t["raw"]: t for t in photo["tags"]["tag"]}
    assert tags["two words"]["_content"] == "twowords" and tags["ns:p=v"]["machine_tag"] == 1
    call(store, "flickr.photos.removeTag", tag_id=tags["extra"]["id"])
    assert "extra" not in [t["raw"] for t in info(store, photo_id)["tags"]["tag"]]
    call(store, "flickr.photos.setTags", photo_id=photo_id, tags="only")
    assert [t["raw"] for t in info(store, photo_id)["tags"]["tag"]] == ["only"]
    assert fail(store, "flickr.photos.setMeta", photo_id=photo_id).code == 2


def test_only_the_owner_edits(store, photo_id):
    assert fail(store, "flickr.photos.setMeta", BOB, photo_id=photo_id, title="x").code == 1
    assert fail(store, "flickr.photos.delete", BOB, photo_id=photo_id).code == 1
    assert fail(store, "flickr.photosets.editMeta", BOB, photoset_id=store.notable["alice_set"],
                title="x").code == 1
    bob_private = store.notable["bob_private_photo"]
    assert fail(store, "flickr.photos.comments.addComment", ALICE, photo_id=bob_private,
                comment_text="hi").code == 1


def test_delete_then_get_info_fails_and_sets_forget_it(store, photo_id):
    call(store, "flickr.photos.delete", photo_id=photo_id)
    assert fail(store, "flickr.photos.getInfo", photo_id=photo_id).code == 1
    assert all(photo_id not in s.photos for s in store.photosets.values())
    assert all(photo_id not in f for f in store.faves.values())


def test_perms_dates_license_safety_and_rotation(store, photo_id):
    reply = call(store, "flickr.photos.setPerms", photo_id=photo_id, is_public="0",
                 is_friend="1", is_family="0")
    assert reply["photoid"]["_content"] == photo_id
    assert fail(store, "flickr.photos.getInfo", "10000020@N01", photo_id=photo_id).code == 1
    assert info(store, photo_id, BOB)["visibility"] == {"ispublic": 0, "isfriend": 1,
                                                        "isfamily": 0}
    call(store, "flickr.photos.setDates", photo_id=photo_id, date_taken="2001-02-03 04:05:06",
         date_posted="1000000000")
    dates = info(store, photo_id)["dates"]
    assert dates["taken"] == "2001-02-03 04:05:06" and dates["posted"] == "1000000000"
    call(store, "flickr.photos.licenses.setLicense", photo_id=photo_id, license_id="9")
    assert info(store, photo_id)["license"] == "9"
    history = call(store, "flickr.photos.licenses.getLicenseHistory", photo_id=photo_id)
    assert history["license_history"][-1]["new_license"] == "Public Domain Dedication (CC0)"
    assert fail(store, "flickr.photos.licenses.setLicense", photo_id=photo_id,
                license_id="99").code == 2
    safety = call(store, "flickr.photos.setSafetyLevel", photo_id=photo_id, safety_level="2")
    assert safety["photo"]["safety_level"] == "2" and info(store, photo_id)["safety_level"] == "1"
    old_secret = info(store, photo_id)["secret"]
    call(store, "flickr.photos.transform.rotate", photo_id=photo_id, degrees="90")
    rotated = info(store, photo_id)
    assert rotated["rotation"] == 90 and rotated["secret"] != old_secret


def test_comments_add_edit_delete(store, photo_id):
    added = call(store, "flickr.photos.comments.addComment", BOB, photo_id=photo_id,
                 comment_text="Nice one")["comment"]
    assert added["author"] == BOB and added["_content"] == "Nice one"
    assert added["permalink"].startswith(f"https://www.flickr.com/photos/alice/{photo_id}/")
    call(store, "flickr.photos.comments.editComment", BOB, comment_id=added["id"],
         comment_text="Edited")
    comments = call(store, "flickr.photos.comments.getList", None, photo_id=photo_id)
    assert comments["comments"]["comment"][-1]["_content"] == "Edited"
    assert fail(store, "flickr.photos.comments.editComment", JURGEN, comment_id=added["id"],
                comment_text="x").code == 2
    assert fail(store, "flickr.photos.comments.addComment", BOB, photo_id=photo_id,
                comment_text="  ").code == 8
    call(store, "flickr.photos.comments.deleteComment", ALICE, comment_id=added["id"])
    ids = [c["id"] for c in call(store, "flickr.photos.comments.getList", None,
                                 photo_id=photo_id)["comments"]["comment"]]
    assert added["id"] not in ids and info(store, photo_id)["comments"] == {"_content": "2"}


def test_favorites_notes_and_people(store, photo_id):
    call(store, "flickr.favorites.add", JURGEN, photo_id=store.notable["bob_public_photo"])
    faves = call(store, "flickr.favorites.getList", None, user_id=JURGEN, extras="date_upload")
    assert faves["photos"]["photo"][0]["id"] == store.notable["bob_public_photo"]
    assert "date_faved" in faves["photos"]["photo"][0]
    assert fail(store, "flickr.favorites.add", ALICE, photo_id=photo_id).code == 2
    call(store, "flickr.favorites.remove", JURGEN, photo_id=store.notable["bob_public_photo"])
    assert fail(store, "flickr.favorites.remove", JURGEN,
                photo_id=store.notable["bob_public_photo"]).code == 1
    note = call(store, "flickr.photos.notes.add", photo_id=photo_id, note_x="1", note_y="2",
                note_w="3", note_h="4", note_text="hi")["note"]["id"]
    call(store, "flickr.photos.notes.edit", note_id=note, note_x="5", note_y="6", note_w="7",
         note_h="8", note_text="changed")
    notes = {n["id"]: n for n in info(store, photo_id)["notes"]["note"]}
    assert notes[note]["_content"] == "changed" and notes[note]["x"] == "5"
    call(store, "flickr.photos.notes.delete", note_id=note)
    assert note not in [n["id"] for n in info(store, photo_id)["notes"]["note"]]
    call(store, "flickr.photos.people.add", photo_id=photo_id, user_id=JURGEN)
    people = call(store, "flickr.photos.people.getList", None, photo_id=photo_id)["people"]
    assert JURGEN in [p["nsid"] for p in people["person"]]
    call(store, "flickr.photos.people.delete", photo_id=photo_id, user_id=JURGEN)
    assert people["total"] - 1 == call(store, "flickr.photos.people.getList", None,
                                       photo_id=photo_id)["people"]["total"]


def test_geo_set_perms_and_remove(store):
    photo_id = store.notable["alice_png_photo"]
    store.photos[photo_id].geo = None
    assert fail(store, "flickr.photos.geo.getLocation", photo_id=photo_id).code == 2
    call(store, "flickr.photos.geo.setLocation", photo_id=photo_id, lat="48.86", lon="2.35",
         accuracy="16")
    location = call(store, "flickr.photos.geo.getLocation", None,
                    photo_id=photo_id)["photo"]["location"]
    assert location["locality"]["_content"] == "Paris" and location["accuracy"] == "16"
    assert fail(store, "flickr.photos.geo.setLocation", photo_id=photo_id, lat="91",
                lon="0").code == 3
    call(store, "flickr.photos.geo.setPerms", photo_id=photo_id, is_public="0", is_contact="0",
         is_friend="0", is_family="0")
    assert fail(store, "flickr.photos.geo.getLocation", None, photo_id=photo_id).code == 2
    call(store, "flickr.photos.geo.removeLocation", photo_id=photo_id)
    assert "location" not in info(store, photo_id)


def test_photoset_lifecycle(store):
    ids = [p["id"] for p in call(store, "flickr.people.getPhotos", user_id="me",
                                 per_page="4")["photos"]["photo"]]
    created = call(store, "flickr.photosets.create", title="Trip", description="d",
                   primary_photo_id=ids[0])["photoset"]
    set_id = created["id"]
    assert created["url"] == f"https://www.flickr.com/photos/alice/albums/{set_id}"
    sets = call(store, "flickr.photosets.getList", None, user_id=ALICE)["photosets"]["photoset"]
    assert sets[0]["id"] == set_id and sets[0]["title"] == {"_content": "Trip"}
    for photo in ids[1:]:
        call(store, "flickr.photosets.addPhoto", photoset_id=set_id, photo_id=photo)
    assert fail(store, "flickr.photosets.addPhoto", photoset_id=set_id, photo_id=ids[1]).code == 3

    def members() -> list:
        reply = call(store, "flickr.photosets.getPhotos", photoset_id=set_id, user_id=ALICE)
        return [p["id"] for p in reply["photoset"]["photo"]]

    assert members() == ids
    call(store, "flickr.photosets.reorderPhotos", photoset_id=set_id, photo_ids=f"{ids[3]}")
    assert members() == [ids[3], *ids[:3]]
    call(store, "flickr.photosets.setPrimaryPhoto", photoset_id=set_id, photo_id=ids[2])
    assert call(store, "flickr.photosets.getInfo", photoset_id=set_id,
                user_id=ALICE)["photoset"]["primary"] == ids[2]
    call(store, "flickr.photosets.removePhoto", photoset_id=set_id, photo_id=ids[0])
    call(store, "flickr.photosets.editPhotos", photoset_id=set_id, primary_photo_id=ids[1],
         photo_ids=f"{ids[1]},{ids[2]}")
    assert members() == [ids[1], ids[2]]
    call(store, "flickr.photosets.editMeta", photoset_id=set_id, title="Renamed")
    assert call(store, "flickr.photosets.getInfo", photoset_id=set_id,
                user_id=ALICE)["photoset"]["title"] == {"_content": "Renamed"}
    others = [s["id"] for s in sets[1:]]
    call(store, "flickr.photosets.orderSets", photoset_ids=",".join(reversed(others)))
    order = [s["id"] for s in call(store, "flickr.photosets.getList")["photosets"]["photoset"]]
    assert order[:len(others)] == list(reversed(others))
    comment = call(store, "flickr.photosets.comments.addComment", BOB, photoset_id=set_id,
                   comment_text="Good set")["comment"]["id"]
    listed = call(store, "flickr.photosets.comments.getList", None, photoset_id=set_id)
    assert listed["comments"]["comment"][0]["id"] == comment
    call(store, "flickr.photosets.delete", photoset_id=set_id)
    assert fail(store, "flickr.photosets.getInfo", photoset_id=set_id, user_id=ALICE).code == 1


def test_groups_join_leave_pools_and_discussions(store):
    group = "50000005@N02"  # Street Photography: public, has rules
    assert fail(store, "flickr.groups.join", group_id=group).code == 6
    call(store, "flickr.groups.join", group_id=group, accept_rules="1")
    assert fail(store, "flickr.groups.join", group_id=group, accept_rules="1").code == 4
    photo_id = store.notable["alice_public_photo"]
    call(store, "flickr.groups.pools.add", photo_id=photo_id, group_id=group)
    pool = call(store, "flickr.groups.pools.getPhotos", None, group_id=group)["photos"]
    assert pool["photo"][0]["id"] == photo_id
    assert fail(store, "flickr.groups.pools.add", photo_id=photo_id, group_id=group).code == 3
    call(store, "flickr.groups.pools.remove", photo_id=photo_id, group_id=group)
    call(store, "flickr.groups.discuss.topics.add", group_id=group, subject="Hello",
         message="First post")
    topics = call(store, "flickr.groups.discuss.topics.getList", group_id=group)["topics"]
    topic = next(t for t in topics["topic"] if t["subject"] == "Hello")
    call(store, "flickr.groups.discuss.replies.add", group_id=group, topic_id=topic["id"],
         message="A reply")
    replies = call(store, "flickr.groups.discuss.replies.getList", group_id=group,
                   topic_id=topic["id"], per_page="10")["replies"]
    reply = replies["reply"][-1]
    call(store, "flickr.groups.discuss.replies.edit", group_id=group, topic_id=topic["id"],
         reply_id=reply["id"], message="Edited reply")
    got = call(store, "flickr.groups.discuss.replies.getInfo", group_id=group,
               topic_id=topic["id"], reply_id=reply["id"])["reply"]
    assert got["message"] == {"_content": "Edited reply"}
    call(store, "flickr.groups.discuss.replies.delete", group_id=group, topic_id=topic["id"],
         reply_id=reply["id"])
    assert fail(store, "flickr.groups.discuss.replies.getInfo", group_id=group,
                topic_id=topic["id"], reply_id=reply["id"]).code == 2
    call(store, "flickr.groups.leave", group_id=group)
    assert fail(store, "flickr.groups.leave", group_id=group).code == 3
    assert fail(store, "flickr.groups.join", group_id="50000007@N02").code == 5


def test_galleries_create_add_edit_remove(store):
    others = store.notable["bob_public_photo"]
    created = call(store, "flickr.galleries.create", title="Mine", description="d")["gallery"]
    gallery = created["id"]
    call(store, "flickr.galleries.addPhoto", gallery_id=gallery, photo_id=others, comment="wow")
    assert fail(store, "flickr.galleries.addPhoto", gallery_id=gallery,
                photo_id=store.notable["alice_public_photo"]).code == 5
    photos = call(store, "flickr.galleries.getPhotos", None, gallery_id=gallery)["photos"]
    assert [p["id"] for p in photos["photo"]] == [others]
    assert photos["photo"][0]["comment"] == {"_content": "wow"}
    call(store, "flickr.galleries.editMeta", gallery_id=gallery, title="Better")
    listed = call(store, "flickr.galleries.getList", None, user_id=ALICE)["galleries"]
    assert listed["gallery"][0]["title"] == {"_content": "Better"}
    call(store, "flickr.galleries.removePhoto", gallery_id=gallery, photo_id=others)
    emptied = call(store, "flickr.galleries.getInfo", gallery_id=gallery)["gallery"]
    assert emptied["count_photos"] == 0


def test_testimonials_and_push(store):
    added = call(store, "flickr.testimonials.addTestimonial", JURGEN, user_id=BOB,
                 testimonial_text="Great")["testimonial"]["id"]
    pending = call(store, "flickr.testimonials.getPendingTestimonialsAbout", BOB)["testimonials"]
    assert [t["id"] for t in pending["testimonial"]] == [added]
    call(store, "flickr.testimonials.approveTestimonial", BOB, testimonial_id=added)
    about = call(store, "flickr.testimonials.getTestimonialsAbout", None, user_id=BOB)
    assert added in [t["id"] for t in about["testimonials"]["testimonial"]]
    call(store, "flickr.testimonials.deleteTestimonial", JURGEN, testimonial_id=added)
    assert added not in store.testimonials
    call(store, "flickr.push.subscribe", topic="my_photos", callback="https://e.com/x",
         verify="sync")
    topics = [s["topic"] for s in call(store, "flickr.push.getSubscriptions")["subscriptions"][
        "subscription"]]
    assert "my_photos" in topics
    call(store, "flickr.push.unsubscribe", topic="my_photos", callback="https://e.com/x",
         verify="sync")
    assert fail(store, "flickr.push.unsubscribe", topic="my_photos",
                callback="https://e.com/x", verify="sync").code == 7


def test_location_suggestions_are_approved_into_the_photo(store):
    photo_id = store.notable["alice_public_photo"]
    store.photos[photo_id].geo = None
    suggestion = call(store, "flickr.photos.suggestions.suggestLocation", BOB, photo_id=photo_id,
                      lat="40.71", lon="-74.0")["suggestion"]["id"]
    listed = call(store, "flickr.photos.suggestions.getList", photo_id=photo_id)["suggestions"]
    assert suggestion in [s["id"] for s in listed["suggestion"]]
    call(store, "flickr.photos.suggestions.approveSuggestion", suggestion_id=suggestion)
    assert info(store, photo_id)["location"]["locality"]["_content"] == "New York"
