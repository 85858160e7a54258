"""Objects built from real Flickr replies (trimmed captures from 2012-2024), whose scalar types
vary: numbers as strings, strings as numbers, empty sizes, null path aliases."""

from __future__ import annotations

import json

import pytest

from flickr_api import Client
from flickr_api._parsing import parse_json_reply
from flickr_api.objects import FlickrList, Person, Photo, Photoset
from flickr_api.objects.methods import all_bindings
from flickr_api.objects.shapes import Call


@pytest.fixture
def client():
    """A client whose requests would fail at once: nothing here may ask Flickr."""
    client = Client(api_key="k", api_secret="s", base_url="http://127.0.0.1:9", rate_limit=None)
    client.set_retry_config(max_retries=0)
    return client


def shaped(client, owner, name, reply, obj=None):
    binding = next(b for b in all_bindings() if (b.owner, b.name) == (owner, name))
    parsed = parse_json_reply(json.dumps({**reply, "stat": "ok"}).encode())
    return binding.shape(parsed, Call(client, obj, {}))


def test_photo_get_info_2012(client):
    reply = {"photo": {
        "id": "6946979188", "secret": "25bb44852b", "server": "7049", "farm": 8,
        "dateuploaded": "1334832745", "isfavorite": 0, "license": "0", "safety_level": "0",
        "rotation": 90, "owner": {"nsid": "67131352@N04", "username": "Janko Marohnić",
                                  "realname": "Janko Marohnić", "iconserver": "5464",
                                  "iconfarm": 6},
        "title": {"_content": "IMG_0796"}, "description": {"_content": "Test"},
        "visibility": {"ispublic": 1, "isfriend": 0, "isfamily": 0},
        "dates": {"posted": "1334832745", "taken": "2011-03-20 17:00:05",
                  "takengranularity": "0", "lastupdate": "1338374853"},
        "permissions": {"permcomment": 3, "permaddmeta": 2}, "views": "5",
        "editability": {"cancomment": 1, "canaddmeta": 1}, "comments": {"_content": 1},
        "notes": {"note": [{"id": "72157629836536283", "author": "67131352@N04",
                            "authorname": "Janko Marohnić", "x": "140", "y": "199",
                            "w": "50", "h": "50", "_content": "Note"}]},
        "tags": {"tag": [{"id": "67131352-6946979188-9", "author": "67131352@N04",
                          "authorname": "Janko Marohnić", "raw": "Test", "_content": "test",
                          "machine_tag": 0}]},
        "urls": {"url": [{"type": "photopage",
                          "_content": "http://www.flickr.com/photos/67131352@N04/6946979188/"}]},
        "media": "photo"}}
    photo = Photo(id="6946979188", client=client)
    info = shaped(client, "Photo", "getInfo", reply, photo)
    assert info["title"] == "IMG_0796" and photo.loaded
    assert photo.farm == "8" and photo.license == "0" and photo.rotation == 90
    assert photo.safety_level == 1  # Flickr's 0 is "safe", our 1
    assert photo.views == 5 and photo.comments == 1 and photo.ispublic is True
    assert photo.posted == 1334832745 and photo.permcomment == 3 and photo.cancomment is True
    assert photo.owner == Person(id="67131352@N04") and photo.owner.iconfarm == "6"
    assert photo.notes[0].x == 140 and photo.notes[0].text == "Note"
    assert photo.tags[0].text == "test" and photo.tags[0].raw == "Test"
    assert photo.tags[0].author.username == "Janko Marohnić"
    assert photo.taken_datetime.year == 2011 and photo.posted_datetime.year == 2012


def test_get_sizes_with_mixed_types(client):
    reply = {"sizes": {"canblog": 1, "size": [
        {"label": "Square", "width": 75, "height": 75, "media": "photo",
         "source": "http://farm8.staticflickr.com/7049/6946979188_25bb44852b_s.jpg",
         "url": "http://www.flickr.com/photos/67131352@N04/6946979188/sizes/sq/"},
        {"label": "Large Square", "width": "150", "height": "150", "media": "photo",
         "source": "http://farm8.staticflickr.com/7049/6946979188_25bb44852b_q.jpg",
         "url": "http://www.flickr.com/photos/67131352@N04/6946979188/sizes/q/"},
        {"label": "Video Player", "width": "", "height": "", "media": "video",
         "source": "https://www.flickr.com/apps/video/stewart.swf?v=2968162862",
         "url": "https://www.flickr.com/photos/x/4960396261/"}]}}
    sizes = shaped(client, "Photo", "_getSizes", reply, Photo(id="6946979188"))
    assert sizes["Square"]["width"] == 75 and sizes["Large Square"]["height"] == 150
    assert sizes["Video Player"]["width"] is None
    assert sizes["Square"]["source"] == "http://127.0.0.1:9/7049/6946979188_25bb44852b_s.jpg"


def test_search_2024_total_as_number(client):
    reply = {"photos": {"page": 1, "pages": 22461, "perpage": 5, "total": 112301, "photo": [
        {"id": "53624890009", "owner": "105731165@N07", "secret": "5cd918efcd",
         "server": "65535", "farm": 66, "title": "Andrea", "ispublic": 1, "isfriend": 0,
         "isfamily": 0}]}}
    photos = shaped(client, "Photo", "search", reply)
    assert isinstance(photos, FlickrList) and photos.info.total == 112301
    assert photos[0].farm == "66" and photos[0].owner == Person(id="105731165@N07")
    assert photos[0].client is client


def test_album_photos_2012_paging_as_strings(client):
    reply = {"photoset": {"id": "72157629851991663", "primary": "6946979188",
                          "owner": "67131352@N04", "ownername": "Janko Marohnić",
                          "page": "1", "per_page": "8", "perpage": "8", "pages": 13,
                          "total": "97", "photo": [
                              {"id": "6946979188", "secret": "25bb44852b", "server": "7049",
                               "farm": 8, "title": "IMG_0796", "isprimary": "1",
                               "media": "photo"}]}}
    photos = shaped(client, "Photoset", "getPhotos", reply, Photoset(id="72157629851991663"))
    info = photos.info
    assert (info.page, info.pages, info.perpage, info.total) == (1, 13, 8, 97)
    assert photos[0].isprimary is True
    assert photos[0].owner.username == "Janko Marohnić"
    assert photos[0].getPageUrl() == (
        "https://www.flickr.com/photos/67131352@N04/6946979188/")


def test_albums_and_people(client):
    reply = {"photosets": {"cancreate": 1, "page": 1, "pages": 1, "perpage": 1, "total": 1,
                           "photoset": [{"id": "72157629851991663", "photos": 97,
                                         "videos": "1", "title": {"_content": "Speleologija"},
                                         "count_views": "2", "can_comment": 1,
                                         "date_create": "1334832826"}]}}
    person = Person(id="67131352@N04", client=client)
    albums = shaped(client, "Person", "getPhotosets", reply, person)
    album = albums[0]
    assert album.title == "Speleologija" and album.photos == 97 and album.videos == 1
    assert album.count_views == 2 and album.can_comment is True and album.owner is person
    assert albums.info.cancreate is True
    info = {"person": {"id": "67131352@N04", "nsid": "67131352@N04", "ispro": 0,
                       "iconserver": "5464", "iconfarm": 6, "path_alias": None,
                       "username": {"_content": "Janko"},
                       "photos": {"firstdate": {"_content": "1334832745"},
                                  "count": {"_content": 98}}}}
    shaped(client, "Person", "getInfo", info, person)
    assert person.ispro is False and person.path_alias is None
    assert person.photos_info == {"firstdate": 1334832745, "count": 98}
    login = shaped(client, "test", "login", {"user": {"id": "67131352@N04",
                                                       "username": {"_content": "Janko"}}})
    assert login == person and login.username == "Janko"


def test_upload_tickets(client):
    reply = {"uploader": {"ticket": [{"id": "67099213-72157629966030528", "complete": 1,
                                      "photoid": "7301022850", "imported": "1338374836"}]}}
    (ticket,) = shaped(client, "Photo", "checkUploadTickets", reply)
    assert ticket.id == "67099213-72157629966030528" and ticket.done
    assert ticket.photo_id == "7301022850"
