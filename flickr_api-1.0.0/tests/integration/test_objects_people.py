"""People, albums, groups and the small namespaces through the emulator."""

from __future__ import annotations

import pytest

from flickr_api import Client, FlickrList, FlickrValidationError
from flickr_api.auth import AuthHandler
from flickr_api.objects import Group, Person, Photo, Photoset, Place, Tag

ALICE, BOB = "10000001@N01", "10000002@N01"


@pytest.fixture
def objects(flickr_client):
    return flickr_client.objects


def test_find_a_user_and_read_their_profile(objects, flickr_emulator):
    user = objects.Person.findByUserName("alice")
    assert user == Person(id=ALICE) and user.username == "alice"
    assert flickr_emulator.count() == 1
    assert user.realname == "Alice Example" and user.photos_info["count"] > 0
    assert isinstance(user.ispro, bool) and flickr_emulator.count("flickr.people.getInfo") == 1
    assert user.getBuddyIconUrl().endswith(f"/buddyicons/{ALICE}.jpg")
    assert user.getPhotosUrl() == "https://www.flickr.com/photos/alice/"
    assert objects.Person.findByUrl("https://www.flickr.com/photos/bob/") == Person(id=BOB)
    assert objects.Person.findByEmail(find_email="bob@example.com") == Person(id=BOB)
    assert objects.Person.findByUserName("jürgen").username == "jürgen"


def test_people_with_no_icon_get_flickrs_default(objects, flickr_emulator):
    nobody = next(u for u in flickr_emulator.store.users.values()
                  if u.iconserver == "0" and not u.deleted)
    person = objects.Person(id=nobody.nsid)
    assert person.getBuddyIconUrl() == f"{flickr_emulator.base_url}/images/buddyicon.gif"


def test_the_authenticated_user(objects, flickr_emulator, flickr_client):
    me = objects.test.login()
    assert me == Person(id=ALICE) and me.client is flickr_client
    assert Person.getFromToken(client=flickr_client) == me


def test_the_owner_of_a_token_file_as_in_earlier_releases(flickr_emulator, flickr_client,
                                                          tmp_path):
    token_file = tmp_path / "bob.txt"
    AuthHandler.create(*flickr_emulator.token("read", user="bob")).save(token_file)
    bob = Person.getFromToken(filename=str(token_file), client=flickr_client)
    assert bob.id == "10000002@N01"
    assert Person.getFromToken(AuthHandler.load(token_file), client=flickr_client) == bob


def test_popular_tags_and_tags_of_a_user(objects):
    user = objects.Person(id=ALICE)
    popular = user.getPopularTags(count=5)
    assert 0 < len(popular) <= 5 and all(isinstance(t.count, int) for t in popular)
    assert all(isinstance(t, Tag) and t.text for t in user.getTags())


def test_contacts_need_no_stray_argument_but_accept_one(objects, flickr_emulator):
    contacts = objects.Contact.getList()
    assert isinstance(contacts, FlickrList) and contacts and isinstance(contacts[0], Person)
    assert objects.Contact.getList(None) == contacts
    assert isinstance(contacts.info.total, int)
    assert all(c.id and isinstance(c.friend, bool) for c in contacts)


def test_create_an_album_and_fill_it(objects, flickr_emulator):
    photos = objects.Person(id=ALICE).getPhotos(per_page=3)
    album = objects.Photoset.create(title="Trip", description="2024", primary_photo=photos[0])
    sent = flickr_emulator.calls("flickr.photosets.create")[-1].params
    assert sent["primary_photo_id"] == photos[0].id and sent["title"] == "Trip"
    assert isinstance(album, Photoset) and album.title == "Trip" and album.id
    for photo in photos[1:]:
        album.addPhoto(photo=photo)
    assert [p.id for p in album.getPhotos()] == [p.id for p in photos]
    assert album.count_photos == 3 and album.owner == Person(id=ALICE)
    album.editMeta(title="Trip!")
    album.load()
    assert album.title == "Trip!"
    album.delete()
    assert album not in objects.Person(id=ALICE).getPhotosets()


def test_albums_of_a_person_know_their_owner(objects, flickr_emulator):
    sets = objects.Person(id=ALICE).getPhotosets()
    assert sets and all(s.owner == Person(id=ALICE) for s in sets)
    sets[0].getPhotos(per_page=1)
    assert flickr_emulator.calls("flickr.photosets.getPhotos")[-1].params["user_id"] == ALICE


def test_group_topics_and_replies_carry_their_context(objects, flickr_emulator):
    group = objects.Group.getByUrl("https://www.flickr.com/groups/emulatortesters/")
    assert group.name == "Emulator Testers" and isinstance(group.members, int)
    topics = group.getDiscussTopics()
    topic = next(t for t in topics if t.count_replies)
    assert topic.group is group
    replies = topic.getReplies(per_page=5)
    assert replies and all(r.topic is topic for r in replies)
    reply = replies[0]
    reply.getInfo()
    sent = flickr_emulator.calls("flickr.groups.discuss.replies.getInfo")[-1].params
    assert (sent["reply_id"], sent["topic_id"], sent["group_id"]) == (
        reply.id, topic.id, group.id)
    assert isinstance(reply.author, Person)


def test_a_topic_without_its_group_says_what_is_missing(objects, flickr_emulator):
    with pytest.raises(FlickrValidationError, match=r"Group.Topic\(group=...\)"):
        objects.Group.Topic(id="1").getReplies()
    assert flickr_emulator.count() == 0


def test_group_pool_and_search(objects):
    found = objects.Group.search("Black")
    assert all(isinstance(g, Group) for g in found) and found
    pool = objects.Group(id=found[0].id).getPhotos(per_page=10)
    assert all(isinstance(p, Photo) for p in pool) and isinstance(pool.info.total, int)


def test_places(objects, flickr_emulator):
    paris = objects.Place.find("Paris")
    assert paris and all(isinstance(p, Place) for p in paris)
    place = objects.Place(id=paris[0].id)
    assert place.country.name and isinstance(place.latitude, float)
    assert flickr_emulator.count("flickr.places.getInfo") == 1


def test_two_clients_never_mix_credentials(flickr_emulator):
    def client(user: str) -> Client:
        return Client(api_key=flickr_emulator.api_key, api_secret=flickr_emulator.api_secret,
                      base_url=flickr_emulator.base_url, rate_limit=None,
                      auth_handler=AuthHandler.create(*flickr_emulator.token("write", user)))

    alice, bob = client("alice"), client("bob")
    alice_photos = alice.objects.Person(id=ALICE).getPhotos(per_page=2)
    bob_photo = bob.objects.Photo(id=alice_photos[0].id)
    flickr_emulator.reset_log()
    alice_photos[0].load()
    bob_photo.load()
    users = [r.user_nsid for r in flickr_emulator.calls("flickr.photos.getInfo")]
    assert users == [ALICE, BOB]
    assert alice_photos[0].owner.client is alice and bob_photo.owner.client is bob


def test_stats_prefs_and_reflection(objects):
    assert isinstance(objects.stats.getTotalViews()["total"]["views"], int)
    assert objects.prefs.getPrivacy() in range(1, 6)
    methods = objects.Reflection.getMethods()
    assert "flickr.photos.search" in methods
    assert objects.Reflection.getMethodInfo("flickr.photos.search")["method"]["name"] == (
        "flickr.photos.search")
    assert objects.test.echo(foo="bar")["foo"] == "bar"
