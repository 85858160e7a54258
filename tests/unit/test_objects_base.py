"""Object manners that never touch the network: identity, repr, pickling, copying, errors.

The client points at a closed port: any request would fail the test.
"""

from __future__ import annotations

import copy
import pickle

import pytest

from flickr_api import Client
from flickr_api.objects import FlickrList, Group, Info, Person, Photo, Photoset, Tag


@pytest.fixture
def client():
    client = Client(api_key="k", api_secret="s", base_url="http://127.0.0.1:9", rate_limit=None)
    client.set_retry_config(max_retries=0)
    return client


def test_identity_is_class_and_id(client):
    a, b = Photo(id="1", title="a", client=client), Photo(id=1)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Person(id="1") and a != "1"
    assert Photo(id="2") != a
    loose1, loose2 = Tag(text="cat"), Tag(text="cat")
    assert loose1 != loose2 and loose1 == loose1 and len({loose1, loose2}) == 2


def test_repr_shows_known_fields_only(client):
    photo = Photo(id="1", title="A very long title " * 5, client=client)
    text = repr(photo)
    assert text.startswith("Photo(id='1', title='A very long") and text.endswith("...')")
    assert str(Photo(id="2")) == "Photo(id='2')"
    assert repr(Photo.Comment(id="c", text="hi")) == "Photo.Comment(id='c', text='hi')"
    assert repr(Photoset(id="1", owner=Person(id="9@N01"), title="t")) == (
        "Photoset(id='1', title='t')")


def test_hasattr_on_private_and_dunder_names_never_loads(client):
    photo = Photo(id="1", client=client)
    for name in ("__len__", "_private", "__array__", "_repr_html_"):
        assert not hasattr(photo, name)
    assert not photo.loaded


def test_misspelled_fields_fail_at_once_with_a_suggestion(client):
    photo = Photo(id="1", title="t", client=client)
    with pytest.raises(AttributeError, match="did you mean 'title'"):
        _ = photo.titel
    with pytest.raises(KeyError):
        photo["titel"]
    assert photo.get("titel", 3) == 3
    assert "titel" not in photo and "title" in photo


def test_objects_without_a_loader_fail_at_once(client):
    tag = Tag(text="cat", client=client)
    with pytest.raises(AttributeError, match="no attribute 'author'"):
        _ = tag.author
    with pytest.raises(AttributeError, match="cannot be loaded"):
        tag.load()


def test_fields_are_read_only(client):
    photo = Photo(id="1", client=client)
    with pytest.raises(AttributeError):
        photo.title = "x"  # type: ignore[misc]


def test_item_access_and_dict_view(client):
    photo = Photo(id="1", title="t", views="3", client=client)
    assert photo["title"] == "t" and dict(photo) == {"id": "1", "title": "t", "views": 3}
    assert set(photo.keys()) == {"id", "title", "views"}
    assert "title" in dir(photo)
    with pytest.raises(TypeError, match="not iterable"):
        list(photo)


def test_pickle_keeps_fields_not_the_client(client):
    photo = Photo(id="1", title="t", owner="9@N01", client=client)
    assert photo.owner.id == "9@N01"  # converted to a Person, and kept
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(photo, protocol))
        assert back == photo and back.title == "t" and back.owner == Person(id="9@N01")
        assert back._client is None
    comment = pickle.loads(pickle.dumps(Photo.Comment(id="c", text="x")))
    assert comment == Photo.Comment(id="c") and comment.text == "x"
    topic = Group.Topic(id="t", group=Group(id="g"))
    assert pickle.loads(pickle.dumps(topic)).group == Group(id="g")


def test_bound_objects_pickle_as_public_classes(client):
    photo = client.objects.Photo(id="1")
    back = pickle.loads(pickle.dumps(photo))
    assert type(back) is Photo and back == photo


def test_copies_keep_the_client(client):
    photo = Photo(id="1", tags="a b", client=client)
    shallow, deep = copy.copy(photo), copy.deepcopy(photo)
    assert shallow == deep == photo
    assert shallow.client is client and deep.client is client
    assert [t.text for t in deep.tags] == ["a", "b"]
    assert deep._fields is not photo._fields


def test_objects_pointing_at_each_other_pickle_and_copy(client):
    photo = Photo(id="1", tags={"tag": [{"id": "t1", "_content": "cat"}]}, client=client)
    assert photo.tags[0].photo is photo
    for twin in (pickle.loads(pickle.dumps(photo)), copy.deepcopy(photo)):
        assert twin.tags[0].photo is twin and twin.tags[0].text == "cat"


def test_flickr_list_pickles_with_its_info():
    page = FlickrList([Photo(id="1")], Info.of({"page": "2", "pages": 3, "total": "5"}, 1))
    back = pickle.loads(pickle.dumps(page))
    assert back == page and back.info.page == 2 and back.info.total == 5
    assert repr(back).startswith("FlickrList([Photo(id='1')], info=Info(page=2")


def test_unpickled_objects_use_the_default_client(client):
    import flickr_api

    back = pickle.loads(pickle.dumps(Photo(id="1", client=client)))
    assert back.client is flickr_api.default_client()


def test_objects_keep_their_own_client():
    first = Client(api_key="a", api_secret="x", rate_limit=None)
    second = Client(api_key="b", api_secret="y", rate_limit=None)
    assert first.objects.Photo(id="1").client is first
    assert second.objects.Photo(id="1").client is second
    assert second.objects.Photo(id="1") == first.objects.Photo(id="1")


def test_a_long_flickrlist_has_a_short_repr():
    from flickr_api.objects import FlickrList, Info, Photo

    page = FlickrList([Photo(id=str(n), title=f"photo {n}") for n in range(100)],
                      Info.of({"page": 1, "pages": 12, "total": 1200}, 100))
    text = repr(page)
    assert len(text) < 300 and "... 97 more" in text and "total=1200" in text


def test_iterating_an_album_points_at_walker():
    from flickr_api.objects import Photoset, Tag

    with pytest.raises(TypeError, match=r"Walker\(photoset.getPhotos\)"):
        list(Photoset(id="1"))
    with pytest.raises(TypeError, match=r"not iterable; \.keys"):
        list(Tag(id="1"))
