"""The README's examples, as written there, against the emulator (the fixture plays the part
of the setup a reader does once: keys, token, and here the emulator's address)."""

from __future__ import annotations

import pytest

import flickr_api
from flickr_api.auth import AuthHandler


@pytest.fixture(autouse=True)
def flickr(flickr_emulator):
    flickr_api.set_keys(flickr_emulator.api_key, flickr_emulator.api_secret)
    flickr_api.set_auth_handler(AuthHandler.create(*flickr_emulator.token("write")))
    flickr_api.set_base_url(flickr_emulator.base_url)
    flickr_api.set_rate_limit(None)
    return flickr_emulator


def test_find_a_user(capsys):
    user = flickr_api.Person.findByUserName("alice")
    print(user.username, user.realname, user.location)

    assert capsys.readouterr().out == "alice Alice Example Paris, France\n"


def test_list_photos(capsys):
    user = flickr_api.Person.findByUserName("alice")
    photos = user.getPhotos(per_page=10)
    print(photos.info.total, "photos")
    for photo in photos:
        print(photo.title, photo.getPhotoFile("Medium"))

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(" photos") and int(lines[0].split()[0]) > 10
    assert len(lines) == 11 and all(".jpg" in line for line in lines[1:])


def test_walk_a_search(flickr, capsys):
    for photo in flickr_api.Walker(flickr_api.Photo.search, tags="cat"):
        print(photo.title, photo.owner.username)

    found = capsys.readouterr().out.splitlines()
    # the page, and the page again with the owners' names, which the loop reads
    assert found and flickr.count("flickr.photos.search") == 2


def test_create_an_album(flickr):
    user = flickr_api.Person.findByUserName("alice")
    photos = user.getPhotos(per_page=3)
    album = flickr_api.Photoset.create(title="Best of", primary_photo=photos[0])
    for photo in photos[1:]:
        album.addPhoto(photo=photo)

    assert [p.id for p in album.getPhotos()] == [p.id for p in photos]
    assert album in user.getPhotosets()


def test_download_a_photo(tmp_path):
    photo = flickr_api.Photo.search(user_id="me", tags="cat", per_page=1)[0]
    path = photo.save(tmp_path / "cat")

    assert path.exists() and path.suffix == ".jpg"


def test_one_client_per_user(flickr):
    client = flickr_api.Client(api_key=flickr.api_key, api_secret=flickr.api_secret,
                               auth_handler=AuthHandler.create(*flickr.token("read", "bob")),
                               base_url=flickr.base_url)
    bob = client.objects.test.login()
    print(bob.username, len(bob.getPhotos(per_page=5)))

    assert bob.username == "bob" and bob.client is client
