"""Emulator method handlers called directly: coverage, reply shapes, paging, visibility."""

from __future__ import annotations

import json

import pytest
from handlers_support import ALICE, BASE, BOB, DELETED, JURGEN, call, fail, new_store

from flickr_api import _catalog
from flickr_api.testing._handlers import HANDLERS
from flickr_api.testing._media import image
from flickr_api.testing._protocol import ApiFail
from flickr_api.testing._store import Store


@pytest.fixture(scope="module")
def store() -> Store:
    """A shared store for read-only tests."""
    return new_store()


@pytest.fixture(scope="module")
def big() -> Store:
    """More photos than photos.search will page through."""
    return new_store(photos=5000)


def test_every_catalog_method_has_a_handler():
    assert set(HANDLERS) == set(_catalog.methods())


def _sample_args(store: Store) -> dict:
    notable = store.notable
    photo = store.photos[notable["alice_public_photo"]]
    topic = store.groups[notable["group"]].topics[0]
    return {
        "photo_id": photo.id, "user_id": ALICE, "photoset_id": notable["alice_set"],
        "group_id": notable["group"], "gallery_id": notable["gallery"],
        "collection_id": notable["collection"], "topic_id": topic.id, "reply_id": "1",
        "comment_id": photo.comments[0].id, "note_id": photo.notes[0].id,
        "tag_id": photo.tags[0].id, "tags": "cat", "tag": "cat", "text": "sunset",
        "title": "T", "description": "D", "primary_photo_id": photo.id, "photo_ids": photo.id,
        "photoset_ids": notable["alice_set"], "comment_text": "hi", "message": "m",
        "subject": "s", "lat": "48.85", "lon": "2.29", "woe_id": photo.geo.place.woeid,
        "query": "Paris", "url": "https://www.flickr.com/photos/alice/", "username": "bob",
        "find_email": "bob@example.com", "method_name": "flickr.photos.getInfo",
        "date": "2024-12-01", "domain": "flickr.com", "brand": "canon", "panda_name": "ling ling",
        "tickets": "1", "license_id": "4", "is_public": "1", "is_friend": "0",
        "is_family": "0", "is_contact": "0", "content_type": "1", "degrees": "90",
        "note_x": "1", "note_y": "1", "note_w": "1", "note_h": "1", "note_text": "n",
        "context": "1", "bbox": "-10,40,20,60", "place_type_id": "7", "min_date": "1",
        "testimonial_text": "t", "testimonial_id": "1", "topic": "contacts_photos",
        "callback": "https://example.com/cb", "verify": "sync", "date_until": "2024-12-01",
        "num_days": "2", "cluster_id": "a-b-c", "namespace": "camera", "predicate": "make",
        "oauth_token": "t", "frob": "f", "mini_token": "m", "auth_token": "a",
        "suggestion_id": "1", "foursquare_id": "f", "continuation": "0", "short_limit": "2",
        "extras": "url_o,description,geo,tags,owner_name,date_taken,o_dims,original_format",
    }


def test_every_handler_answers_a_serialisable_payload_or_an_api_failure():
    store = new_store(photos=200)
    values = _sample_args(store)
    destructive = ("delete", "remove", "leave")
    for name in sorted(HANDLERS, key=lambda m: (any(w in m.lower() for w in destructive), m)):
        spec = _catalog.get(name)
        args = {a.name: values.get(a.name, "") for a in spec.arguments
                if a.name != "api_key" and (a.required or a.name in values)}
        try:
            payload = call(store, name, **args)
        except ApiFail as failure:
            assert isinstance(failure.code, int) and failure.message
            continue
        assert isinstance(payload, dict) and "stat" not in payload
        json.dumps(payload)


# ------------------------------------------------------------------ people


def test_people_get_info_knows_alice_and_refuses_the_deleted_user(store):
    person = call(store, "flickr.people.getInfo", None, user_id=ALICE)["person"]
    assert person["nsid"] == ALICE and person["username"] == {"_content": "alice"}
    assert person["realname"] == {"_content": "Alice Example"} and person["path_alias"] == "alice"
    assert person["photosurl"]["_content"] == "https://www.flickr.com/photos/alice/"
    assert isinstance(person["photos"]["count"]["_content"], int)
    failure = fail(store, "flickr.people.getInfo", None, user_id=DELETED)
    assert (failure.code, failure.message) == (5, "User deleted")
    assert fail(store, "flickr.people.getInfo", None, user_id="1@N01").code == 1


def test_people_are_found_by_name_alias_and_unicode(store):
    assert call(store, "flickr.people.findByUsername", username="jürgen")["user"]["nsid"] == JURGEN
    assert store.find_user("alice").nsid == ALICE
    assert store.users[JURGEN].realname == "Jürgen Müller"
    found = call(store, "flickr.urls.lookupUser", url="https://www.flickr.com/photos/bob/")
    assert found == {"user": {"id": BOB, "username": {"_content": "bob"}}}


# ------------------------------------------------------------------ photos.getInfo / getSizes


def test_get_info_matches_flickrs_shape(store):
    photo_id = store.notable["alice_public_photo"]
    info = call(store, "flickr.photos.getInfo", None, photo_id=photo_id)["photo"]
    assert info["id"] == photo_id and isinstance(info["farm"], int)
    assert isinstance(info["server"], str) and isinstance(info["license"], str)
    assert info["title"] == {"_content": "Eiffel Tower at dusk"}
    assert "<b>" in info["description"]["_content"]
    assert info["owner"]["nsid"] == ALICE and info["owner"]["path_alias"] == "alice"
    assert info["visibility"] == {"ispublic": 1, "isfriend": 0, "isfamily": 0}
    assert info["dates"]["taken"].count(":") == 2 and info["dates"]["posted"].isdigit()
    assert info["comments"] == {"_content": "2"} and len(info["notes"]["note"]) == 1
    tags = {t["raw"]: t for t in info["tags"]["tag"]}
    assert tags["Eiffel Tower"]["_content"] == "eiffeltower"
    assert tags["geo:country=france"]["machine_tag"] == 1
    assert info["location"]["locality"]["_content"] == "Paris"
    assert info["location"]["country"]["_content"] == "France"
    assert info["urls"]["url"] == [{"type": "photopage", "_content":
                                    f"https://www.flickr.com/photos/alice/{photo_id}/"}]
    assert "permissions" not in info
    mine = call(store, "flickr.photos.getInfo", ALICE, photo_id=photo_id)["photo"]
    assert mine["permissions"] == {"permcomment": 3, "permaddmeta": 2}


def test_private_photos_are_not_found_by_others(store):
    private = store.notable["alice_private_photo"]
    for user in (None, BOB):
        failure = fail(store, "flickr.photos.getInfo", user, photo_id=private)
        assert (failure.code, failure.message) == (1, f'Photo "{private}" not found (invalid ID)')
        assert fail(store, "flickr.photos.getSizes", user, photo_id=private).code == 1
    assert call(store, "flickr.photos.getInfo", ALICE, photo_id=private)["photo"]["id"] == private
    friends = store.notable["alice_friends_photo"]
    stranger = "10000020@N01"
    assert call(store, "flickr.photos.getInfo", BOB, photo_id=friends)  # bob is alice's friend
    assert fail(store, "flickr.photos.getInfo", stranger, photo_id=friends).code == 1
    family = store.notable["alice_family_photo"]
    assert call(store, "flickr.photos.getInfo", JURGEN, photo_id=family)  # family
    assert fail(store, "flickr.photos.getInfo", BOB, photo_id=family).code == 1
    secret = store.photos[private].secret
    assert call(store, "flickr.photos.getInfo", None, photo_id=private, secret=secret)


def test_get_sizes_lists_every_size_with_base_url_sources(store):
    photo = store.photos[store.notable["alice_public_photo"]]
    sizes = call(store, "flickr.photos.getSizes", None, photo_id=photo.id)["sizes"]
    by_label = {s["label"]: s for s in sizes["size"]}
    assert list(by_label)[:3] == ["Square", "Large Square", "Thumbnail"]
    assert by_label["Medium"]["source"] == f"{BASE}/{photo.server}/{photo.id}_{photo.secret}.jpg"
    assert by_label["Small"]["source"].endswith(f"{photo.id}_{photo.secret}_m.jpg")
    large = by_label["Large 1600"]["source"]
    assert large.endswith("_h.jpg") and f"_{photo.secret}_" not in large
    assert by_label["X-Large 6K"]["width"] == 6000 and by_label["X-Large 6K"]["height"] == 4000
    assert "X-Large 4K 2:1" not in by_label
    original = by_label["Original"]
    assert original["source"].endswith(f"{photo.id}_{photo.originalsecret}_o.jpg")
    assert original["url"] == f"https://www.flickr.com/photos/alice/{photo.id}/sizes/o/"
    assert all(s["media"] == "photo" and isinstance(s["width"], int) for s in sizes["size"])
    panorama = store.notable["alice_panorama"]
    labels = [s["label"] for s in call(store, "flickr.photos.getSizes",
                                       photo_id=panorama)["sizes"]["size"]]
    assert "X-Large 4K 2:1" in labels


def test_video_sizes_add_player_entries(store):
    video = store.notable["alice_video"]
    sizes = call(store, "flickr.photos.getSizes", None, photo_id=video)["sizes"]["size"]
    players = [s for s in sizes if s["media"] == "video"]
    assert players[0]["label"] == "Video Player"
    assert any(s["width"] == "" and s["height"] == "" for s in players)
    info = call(store, "flickr.photos.getInfo", None, photo_id=video)["photo"]
    assert info["media"] == "video" and info["video"]["ready"] == 1


def test_every_size_source_serves_a_jpeg(store):
    photo = store.photos[store.notable["alice_public_photo"]]
    sizes = call(store, "flickr.photos.getSizes", None, photo_id=photo.id)["sizes"]["size"]
    lengths = []
    for size in sizes:
        name = size["source"].rsplit("/", 1)[1]
        stem, ext = name.rsplit(".", 1)
        parts = stem.split("_")
        data = image(store, photo.server, parts[0], parts[1], parts[2] if len(parts) > 2 else "",
                           ext)
        assert data is not None and data[:3] == b"\xff\xd8\xff" and data[-2:] == b"\xff\xd9"
        lengths.append(len(data))
    assert lengths[2:] == sorted(lengths[2:]) and 20_000 <= lengths[-1] <= 200_000


# ------------------------------------------------------------------ lists, paging, extras


def test_extras_use_flickrs_attribute_names(store):
    extras = ("description,license,date_upload,date_taken,owner_name,icon_server,"
              "original_format,last_update,geo,tags,machine_tags,o_dims,views,media,"
              "path_alias,url_sq,url_t,url_s,url_q,url_m,url_n,url_z,url_c,url_l,url_o")
    photo_id = store.notable["alice_public_photo"]
    page = call(store, "flickr.people.getPublicPhotos", None, user_id=ALICE, extras=extras,
                per_page="1")["photos"]["photo"][0]
    assert page["id"] == photo_id
    for key in ("license", "dateupload", "datetaken", "datetakengranularity", "ownername",
                "iconserver", "iconfarm", "originalsecret", "originalformat", "lastupdate",
                "latitude", "longitude", "accuracy", "place_id", "woeid", "tags",
                "machine_tags", "o_width", "o_height", "views", "media", "pathalias",
                "url_sq", "height_sq", "width_sq", "url_o", "width_o", "height_o"):
        assert key in page, key
    assert page["description"] == {"_content": store.photos[photo_id].description}
    assert page["tags"] == "paris eiffeltower night geo:country=france"  # machine tags too
    assert page["machine_tags"] == "geo:country=france"
    assert page["url_s"].endswith("_m.jpg") and page["url_m"].endswith(f"{page['secret']}.jpg")
    assert page["url_l"].endswith("_b.jpg") and page["pathalias"] == "alice"
    assert isinstance(page["width_sq"], int) and page["dateupload"].isdigit()


def test_paging_attributes_defaults_and_repeated_last_page(store):
    photos = call(store, "flickr.people.getPhotos", ALICE, user_id="me")["photos"]
    total = photos["total"]
    assert isinstance(total, int) and photos["perpage"] == 100
    assert photos["pages"] == -(-total // 100) and len(photos["photo"]) == min(100, total)
    capped = call(store, "flickr.people.getPhotos", ALICE, user_id="me", per_page="900")
    assert capped["photos"]["perpage"] == 500
    last = call(store, "flickr.people.getPhotos", ALICE, user_id="me", per_page="7",
                page=str(-(-total // 7)))["photos"]["photo"]
    past = call(store, "flickr.people.getPhotos", ALICE, user_id="me", per_page="7",
                page="999")["photos"]
    assert past["photo"] == last and past["page"] == 999
    empty = call(store, "flickr.photos.search", None, tags="nosuchtag")["photos"]
    assert empty["pages"] == 0 and empty["total"] == 0 and empty["photo"] == []


def test_big_album_pages_like_flickr(big):
    album = big.notable["big_album"]
    pages = [call(big, "flickr.photosets.getPhotos", None, photoset_id=album, user_id=ALICE,
                  page=str(n))["photoset"] for n in (1, 2, 3)]
    first = pages[0]
    assert first["title"] == "Big album" and first["total"] == "1200" and first["pages"] == 3
    assert (first["page"], first["per_page"], first["perpage"]) == ("1", "500", "500")
    assert first["owner"] == ALICE and first["ownername"] == "alice"
    assert [len(p["photo"]) for p in pages] == [500, 500, 200]
    ids = [photo["id"] for p in pages for photo in p["photo"]]
    assert len(set(ids)) == 1200 and pages[0]["photo"][0]["isprimary"] == "1"
    listed = call(big, "flickr.photosets.getList", None, user_id=ALICE)["photosets"]["photoset"]
    assert (listed[0]["photos"], listed[0]["videos"]) == (1200, "0")
    videos = next(s for s in listed if s["title"]["_content"] == "Videos")
    info = call(big, "flickr.photosets.getInfo", None, photoset_id=videos["id"],
                user_id=ALICE)["photoset"]
    assert (videos["photos"], videos["videos"]) == (0, "1")
    assert (info["photos"], info["count_photos"], info["count_videos"]) == (1, 0, "1")


def test_search_stops_at_4000_distinct_results(big):
    def page(n: int) -> dict:
        return call(big, "flickr.photos.search", ALICE, min_upload_date="1", per_page="500",
                    page=str(n))["photos"]

    first = page(1)
    assert first["total"] > 4000 and first["pages"] > 8
    assert page(9)["photo"] == page(8)["photo"]
    seen = {p["id"] for n in range(1, 12) for p in page(n)["photo"]}
    assert len(seen) == 4000


def test_search_filters(store):
    def ids(**args):
        return [p["id"] for p in call(store, "flickr.photos.search", ALICE, per_page="500",
                                      **args)["photos"]["photo"]]

    public = store.notable["alice_public_photo"]
    assert public in ids(tags="paris,eiffeltower", tag_mode="all")
    assert public in ids(machine_tags="geo:country=")
    assert public in ids(text="eiffel tower")
    assert public in ids(bbox="2.2,48.8,2.4,48.9", has_geo="1")
    assert public not in ids(user_id="me", has_geo="0")
    mine = ids(user_id="me")
    assert mine and all(store.photos[p].owner == ALICE for p in mine)
    assert store.notable["alice_private_photo"] in ids(user_id="me", privacy_filter="5")
    assert store.notable["alice_private_photo"] not in [
        p["id"] for p in call(store, "flickr.photos.search", BOB, user_id=ALICE,
                              per_page="500")["photos"]["photo"]]
    assert all(store.photos[p].license == 4 for p in ids(license="4"))
    assert all(store.photos[p].media == "video" for p in ids(user_id="me", media="videos"))
    oldest = ids(user_id="me", sort="date-posted-asc")
    assert oldest == list(reversed(mine))
    early = ids(max_upload_date="1300000000")
    assert early and all(store.photos[p].dateupload <= 1300000000 for p in early)
    assert fail(store, "flickr.photos.search", None, user_id="nobody").code == 2


def test_a_search_without_a_limiting_argument_fails_as_on_flickr(store):
    refused = fail(store, "flickr.photos.search", None, sort="interestingness-desc",
                   media="photos", has_geo="1", extras="tags", per_page="5")
    assert (refused.code, refused.message) == (
        3, "Parameterless searches have been disabled. Please use flickr.photos.getRecent "
           "instead.")
    assert call(store, "flickr.photos.search", None, license="4")["photos"]["photo"]


def test_photo_lists_of_the_caller(store, big):
    assert call(store, "flickr.photos.getWithGeoData")["photos"]["photo"]
    untagged = call(store, "flickr.photos.getUntagged", per_page="500")["photos"]["photo"]
    assert all(not store.photos[p["id"]].tags for p in untagged)
    not_in_set = call(big, "flickr.photos.getNotInSet", per_page="500")["photos"]["photo"]
    in_sets = {p for s in big.photosets.values() for p in s.photos}
    assert not_in_set and not in_sets & {p["id"] for p in not_in_set}
    recent = call(store, "flickr.photos.recentlyUpdated", min_date="1")["photos"]["photo"][0]
    assert "lastupdate" in recent
    contacts = call(store, "flickr.photos.getContactsPhotos", count="5")["photos"]["photo"]
    assert 0 < len(contacts) <= 5 and all(p["owner"] != ALICE for p in contacts)


def test_contexts(store):
    photos = call(store, "flickr.people.getPhotos", None, user_id=ALICE, per_page="3")
    middle = photos["photos"]["photo"][1]["id"]
    context = call(store, "flickr.photos.getContext", None, photo_id=middle)
    assert context["prevphoto"]["id"] == photos["photos"]["photo"][0]["id"]
    assert context["nextphoto"]["id"] == photos["photos"]["photo"][2]["id"]
    newest = photos["photos"]["photo"][0]["id"]
    assert call(store, "flickr.photos.getContext", None, photo_id=newest)["prevphoto"]["id"] == 0
    contexts = call(store, "flickr.photos.getAllContexts", photo_id=store.notable["alice_set"]
                    and store.photosets[store.notable["alice_set"]].photos[0])
    assert any(s["id"] == store.notable["alice_set"] for s in contexts["set"])


# ------------------------------------------------------------------ sets, groups, galleries...


def test_photosets_list_and_info(store):
    sets = call(store, "flickr.photosets.getList", None, user_id=ALICE)["photosets"]
    titles = [s["title"]["_content"] for s in sets["photoset"]]
    assert titles[0] == "Big album" and "Ünïcødé ✓ 東京" in titles
    assert sets["total"] == len(titles) and sets["cancreate"] == 0
    info = call(store, "flickr.photosets.getInfo", None, photoset_id=store.notable["alice_set"],
                user_id=ALICE)["photoset"]
    assert info["owner"] == ALICE and info["count_views"].isdigit()
    assert fail(store, "flickr.photosets.getPhotos", None, photoset_id="1",
                user_id=ALICE).message == "Photoset not found"


def test_groups_pools_and_discussions(store):
    group = store.notable["group"]
    info = call(store, "flickr.groups.getInfo", None, group_id=group)["group"]
    assert info["name"] == {"_content": "Emulator Testers"} and info["privacy"]["_content"] == "3"
    pool = call(store, "flickr.groups.pools.getPhotos", None, group_id=group, per_page="5")
    assert int(pool["photos"]["total"]) > 100 and "dateadded" in pool["photos"]["photo"][0]
    topics = call(store, "flickr.groups.discuss.topics.getList", None, group_id=group)["topics"]
    assert topics["name"] == "Emulator Testers" and topics["topic"][0]["message"]["_content"]
    private = store.notable["private_group"]
    assert fail(store, "flickr.groups.getInfo", None, group_id=private).code == 2
    assert fail(store, "flickr.groups.pools.getPhotos", ALICE, group_id=private).code == 2


def test_galleries_places_and_stats(store):
    gallery = call(store, "flickr.galleries.getInfo", None,
                   gallery_id=store.notable["gallery"])["gallery"]
    assert gallery["owner"] == ALICE and gallery["title"]["_content"] == "Sunsets I love"
    photos = call(store, "flickr.galleries.getPhotos", None, gallery_id=store.notable["gallery"])
    assert photos["photos"]["photo"][0]["has_comment"] == 1
    place = store.photos[store.notable["alice_public_photo"]].geo.place
    info = call(store, "flickr.places.getInfo", None, place_id=place.place_id)["place"]
    assert info["region"]["_content"] == "Île-de-France" and info["place_type"] == "locality"
    found = call(store, "flickr.places.find", None, query="Paris")["places"]
    assert found["total"] >= 1
    stats = call(store, "flickr.stats.getPhotoStats", date="2024-12-01",
                 photo_id=store.notable["alice_public_photo"])["stats"]
    assert set(stats) == {"views", "comments", "favorites"}
    assert fail(store, "flickr.stats.getTotalViews", BOB).code == 1  # bob has no stats


def test_reflection_shapes(store):
    methods = call(store, "flickr.reflection.getMethods", None)["methods"]["method"]
    assert len(methods) == 224 and {"_content": "flickr.photos.search"} in methods
    info = call(store, "flickr.reflection.getMethodInfo", None, method_name="flickr.photos.delete")
    method = info["method"]
    assert method["name"] == "flickr.photos.delete" and method["needslogin"] == 1
    assert method["requiredperms"] == 3 and method["description"]["_content"]
    argument = info["arguments"]["argument"][1]
    assert (argument["name"], argument["optional"]) == ("photo_id", 0) and argument["_content"]
    assert info["errors"]["error"][0]["code"] == 1
    assert fail(store, "flickr.reflection.getMethodInfo", None, method_name="x").code == 1


def test_check_tickets_reports_each_state(store):
    store.tickets.update({"t1": {"complete": 1, "photoid": "42"}, "t2": {"complete": 0},
                          "t3": {"photo_id": "43", "complete_at": 0.0}})
    reply = call(store, "flickr.photos.upload.checkTickets", None, tickets="t1,t2,t3,t4")
    tickets = {t["id"]: t for t in reply["uploader"]["ticket"]}
    assert tickets["t1"]["complete"] == 1 and tickets["t1"]["photoid"] == "42"
    assert tickets["t2"] == {"id": "t2", "complete": 0}
    assert tickets["t3"]["photoid"] == "43" and tickets["t4"] == {"id": "t4", "invalid": 1}


def test_oauth_check_token_reports_perms_and_user(store):
    reply = call(store, "flickr.auth.oauth.checkToken", ALICE, perms=2, signed_with="tok",
                 oauth_token="tok")
    assert reply["oauth"]["token"] == {"_content": "tok"}
    assert reply["oauth"]["perms"] == {"_content": "write"}
    assert reply["oauth"]["user"] == {"nsid": ALICE, "username": "alice",
                                      "fullname": "Alice Example"}


def test_oauth_check_token_reads_its_argument_not_the_signature(store):
    for args in ({}, {"oauth_token": "another"}):
        failure = fail(store, "flickr.auth.oauth.checkToken", ALICE, signed_with="tok", **args)
        assert (failure.code, failure.message) == (98, "Invalid token")
