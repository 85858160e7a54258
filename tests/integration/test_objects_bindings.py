"""Every binding of the object table, called through the emulator: the request it sends
(method, identity arguments) and the objects built from the reply.

Read methods share one emulator; each write method gets a fresh one, so no test depends on
what another changed.
"""

from __future__ import annotations

from typing import Any

import pytest

from flickr_api import Client, FlickrList
from flickr_api._catalog import get as catalog_get
from flickr_api.auth import AuthHandler
from flickr_api.objects import FlickrObject
from flickr_api.objects.base import object_class
from flickr_api.objects.methods import Binding, all_bindings
from flickr_api.objects.shapes import (
    Fields,
    Many,
    Nothing,
    One,
    Pair,
    Raw,
    Secrets,
    Sizes,
    Tickets,
    Value,
    dig,
)
from flickr_api.testing import FlickrEmulator

ALICE, BOB = "10000001@N01", "10000002@N01"


def _client(emu: FlickrEmulator) -> Client:
    return Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                  auth_handler=AuthHandler.create(*emu.token("delete")), rate_limit=None)


def _samples(emu: FlickrEmulator) -> dict[str, Any]:
    """Values of Flickr arguments that the emulator's data set accepts."""
    store, notable = emu.store, emu.store.notable
    photo = store.photos[notable["alice_public_photo"]]
    group = store.groups[notable["group"]]
    topic = next(t for t in group.topics if t.replies)
    gallery = store.galleries[notable["gallery"]]
    place = photo.geo.place
    return {
        "photo_id": photo.id, "user_id": ALICE, "photoset_id": notable["alice_set"],
        "group_id": group.nsid, "gallery_id": gallery.id,
        "collection_id": notable["collection"], "topic_id": topic.id,
        "reply_id": topic.replies[0].id, "comment_id": photo.comments[0].id,
        "note_id": photo.notes[0].id, "tag_id": photo.tags[0].id, "tags": "cat", "tag": "cat",
        "text": "sunset", "title": "T", "description": "D", "primary_photo_id": photo.id,
        "photo_ids": photo.id, "photoset_ids": notable["alice_set"], "comment_text": "hi",
        "message": "m", "subject": "s", "lat": str(photo.geo.latitude),
        "lon": str(photo.geo.longitude), "accuracy": "16", "comment": "c",
        "woe_id": place.woeid, "place_id": place.place_id, "query": "Paris",
        "url": "https://www.flickr.com/photos/alice/", "username": "bob",
        "find_email": "bob@example.com", "method_name": "flickr.photos.getInfo",
        "date": "2024-12-01", "domain": "flickr.com", "brand": "canon",
        "panda_name": "ling ling", "license_id": "4", "is_public": "1", "is_friend": "0",
        "is_family": "0", "is_contact": "0", "content_type": "1", "degrees": "90",
        "note_x": "1", "note_y": "1", "note_w": "1", "note_h": "1", "note_text": "n",
        "context": "1", "bbox": "2,48,3,49", "place_type": "locality", "place_type_id": "7",
        "min_date": "1", "testimonial_text": "t", "topic": "contacts_photos",
        "callback": "https://example.com/cb", "verify": "sync", "date_until": "2024-12-01",
        "num_days": "2", "cluster_id": "a-b-c", "namespace": "camera", "predicate": "make",
        "suggestion_id": next(iter(store.suggestions)), "foursquare_id": "f",
        "continuation": "0", "short_limit": "2", "per_page": "10", "full_response": "0",
        "blog_id": "73", "person_x": "1", "person_y": "1", "person_w": "1", "person_h": "1",
        "accept_rules": "1", "dates": "1262304000,1735689600", "date_posted": "1600000000",
        "safety_level": "2", "gallery_url": f"https://www.flickr.com/photos/alice/galleries/"
                                           f"{gallery.short_id}/",
        "group_url": f"https://www.flickr.com/groups/{group.path_alias}/",
        "place_url": place.place_url, "tickets": "1",
    }


#: Identity fields of the receiver of instance methods, per class (field -> sample name).
_RECEIVERS = {
    "Photo": {"id": "photo_id"},
    "Person": {"id": "user_id"},
    "Photoset": {"id": "photoset_id", "owner": "user_id"},
    "Group": {"id": "group_id"},
    "Gallery": {"id": "gallery_id"},
    "Collection": {"id": "collection_id"},
    "Place": {"id": "place_id"},
    "Tag": {"id": "tag_id"},
    "Tag.Cluster": {"id": "cluster_id", "source": "tag"},
    "Photo.Note": {"id": "note_id"},
    "Photo.Suggestion": {"id": "suggestion_id"},
    "Group.Topic": {"id": "topic_id", "group": "group_id"},
    "Blog": {"id": "blog_id"},
    "Camera.Brand": {"id": "brand"},
    "Panda": {"id": "panda_name"},
}


def _alice_photo_not_in(members: Any, emu: FlickrEmulator) -> str:
    return next(p.id for p in emu.store.photos.values()
                if p.owner == ALICE and p.id not in members)


def _set_photo(emu: FlickrEmulator) -> str:
    return str(emu.store.photosets[emu.store.notable["alice_set"]].photos[-1])


def _bob_photo(emu: FlickrEmulator) -> str:
    return emu.store.notable["bob_public_photo"]


def _fave_photo(emu: FlickrEmulator) -> str:
    return next(iter(emu.store.faves[ALICE]))


def _faver(emu: FlickrEmulator) -> str:
    photo_id = emu.store.notable["alice_public_photo"]
    return next(user for user, photos in emu.store.faves.items() if photo_id in photos)


def _tagged_person(emu: FlickrEmulator) -> str:
    return str(emu.store.photos[emu.store.notable["alice_public_photo"]].people[0]["nsid"])


def _gallery_photo(emu: FlickrEmulator) -> str:
    return next(iter(emu.store.galleries[emu.store.notable["gallery"]].photos))


def _other_group(emu: FlickrEmulator, privacy: int) -> str:
    return next(g.nsid for g in emu.store.groups.values()
                if ALICE not in g.members and g.privacy == privacy)


def _testimonial(emu: FlickrEmulator, author: str, subject: str) -> str:
    return next(k for k, t in emu.store.testimonials.items()
                if t["author"] == author and t["subject"] == subject)


def _legacy_token(client: Client) -> str:
    frob = client.call("flickr.auth.getFrob")["frob"]
    return str(client.call("flickr.auth.getToken", frob=frob)["auth"]["token"])


#: Receivers other than the class's sample: binding -> function(client, emu) -> object.
_SPECIAL_RECEIVERS: dict[str, Any] = {
    "Photo.addToFavorites": lambda c, e: c.objects.Photo(id=_bob_photo(e)),
    "Photo.removeFromFavorites": lambda c, e: c.objects.Photo(id=_fave_photo(e)),
    "Person.addTestimonial": lambda c, e: c.objects.Person(id=BOB),
    "Group.join": lambda c, e: c.objects.Group(id=_other_group(e, privacy=3)),
    "Group.joinRequest": lambda c, e: c.objects.Group(id=_other_group(e, privacy=2)),
    "BlogService.postPhoto": lambda c, e: c.objects.BlogService(id="MetaWeblogAPI"),
    "BlogService.getList": lambda c, e: c.objects.BlogService(id="MetaWeblogAPI"),
    "Photo.Comment.edit": lambda c, e: c.objects.Photo(id=_samples(e)["photo_id"]).addComment(
        "mine"),
    "Photo.Comment.delete": lambda c, e: c.objects.Photo(id=_samples(e)["photo_id"]).addComment(
        "mine"),
    "Photoset.Comment.edit": lambda c, e: c.objects.Photoset(
        id=_samples(e)["photoset_id"]).addComment("mine"),
    "Photoset.Comment.delete": lambda c, e: c.objects.Photoset(
        id=_samples(e)["photoset_id"]).addComment("mine"),
    "Photo.Suggestion.remove": lambda c, e: c.objects.Photo(id=_bob_photo(e)).suggestLocation(
        lat=1, lon=2),
    "Group.Topic.Reply.getInfo": lambda c, e: _reply(c, e),
    "Group.Topic.Reply.edit": lambda c, e: _reply(c, e, mine=True),
    "Group.Topic.Reply.delete": lambda c, e: _reply(c, e, mine=True),
    "Testimonial.approve": lambda c, e: c.objects.Testimonial(id=next(
        k for k, t in e.store.testimonials.items() if t["subject"] == ALICE
        and not t["approved"])),
    "Testimonial.delete": lambda c, e: c.objects.Testimonial(id=_testimonial(e, BOB, ALICE)),
    "Testimonial.edit": lambda c, e: c.objects.Testimonial(id=_testimonial(e, ALICE, BOB)),
}


def _reply(client: Client, emu: FlickrEmulator, mine: bool = False) -> Any:
    samples = _samples(emu)
    topic = client.objects.Group.Topic(id=samples["topic_id"], group=samples["group_id"])
    if mine:
        topic.addReply("mine")
    replies = topic.getReplies(per_page=100)
    return next(r for r in replies if not mine or r.author.id == ALICE)


#: Arguments a binding needs besides the catalog's required ones: argument -> sample or
#: function(client, emu).
_EXTRA_ARGS: dict[str, dict[str, Any]] = {
    "Gallery.addPhoto": {"photo_id": lambda c, e: _bob_photo(e)},
    "Gallery.editPhoto": {"photo_id": lambda c, e: _gallery_photo(e)},
    "Gallery.removePhoto": {"photo_id": lambda c, e: _gallery_photo(e)},
    "Gallery.editPhotos": {"primary_photo_id": lambda c, e: _bob_photo(e),
                           "photo_ids": lambda c, e: _bob_photo(e)},
    "Gallery.getByUrl": {"url": "gallery_url"},
    "Group.join": {"accept_rules": "accept_rules"},
    "Person.removeFromFavorites": {"photo_id": lambda c, e: _fave_photo(e)},
    "Photoset.getContext": {"photo_id": lambda c, e: _set_photo(e)},
    "Photoset.removePhoto": {"photo_id": lambda c, e: _set_photo(e)},
    "Photoset.setPrimaryPhoto": {"photo_id": lambda c, e: _set_photo(e)},
    "Photoset.reorderPhotos": {"photo_ids": lambda c, e: _set_photo(e)},
    "Photoset.removePhotos": {"photo_ids": lambda c, e: _set_photo(e)},
    "Group.getByUrl": {"url": "group_url"},
    "Place.getByUrl": {"url": "place_url"},
    "Place.resolvePlaceURL": {"url": "place_url"},
    "Place.placesForBoundingBox": {"place_type": "place_type"},
    "Place.placesForContacts": {"place_type": "place_type"},
    "Place.placesForUser": {"place_type": "place_type"},
    "Place.tagsForPlace": {"place_id": "place_id"},
    "Person.getFavoriteContext": {"photo_id": lambda c, e: _fave_photo(e)},
    "Photo.getFavoriteContext": {"user_id": lambda c, e: _faver(e)},
    "Photo.search": {"tags": "tags"},  # Flickr refuses a search without a limiting argument
    "Person.getPhotoCounts": {"dates": "dates"},
    "Person.batchCorrectLocation": {"woe_id": "woe_id"},
    "Testimonial.add": {"user_id": lambda c, e: BOB},
    "Testimonial.edit": {"user_id": lambda c, e: BOB},
    "Photo.setDates": {"date_posted": "date_posted"},
    "Photo.setMeta": {"title": "title"},
    "Photo.setSafetyLevel": {"safety_level": "safety_level"},
    "Photo.deletePerson": {"user_id": lambda c, e: _tagged_person(e)},
    "Photo.deletePersonCoords": {"user_id": lambda c, e: _tagged_person(e)},
    "Photo.editPersonCoords": {"user_id": lambda c, e: _tagged_person(e)},
    "Photo.correctLocation": {"place_id": "place_id"},
    "Group.addPhoto": {"photo_id": lambda c, e: _alice_photo_not_in(
        e.store.groups[e.store.notable["group"]].pool, e)},
    "Photoset.addPhoto": {"photo_id": lambda c, e: _alice_photo_not_in(
        e.store.photosets[e.store.notable["alice_set"]].photos, e)},
    "OAuth.getAccessToken": {"auth_token": lambda c, e: _legacy_token(c)},
    "Photo.checkUploadTickets": {"tickets": "tickets"},
}



def _receiver(binding: Binding, client: Client, emu: FlickrEmulator,
              samples: dict[str, Any]) -> Any:
    special = _SPECIAL_RECEIVERS.get(_id(binding))
    if special is not None:
        return special(client, emu)
    cls: Any = client.objects
    for part in binding.owner.split("."):
        cls = getattr(cls, part)
    if binding.static:
        return cls
    return cls(**{field: samples[name] for field, name in _RECEIVERS[binding.owner].items()})


def _arguments(binding: Binding, client: Client, emu: FlickrEmulator,
               samples: dict[str, Any]) -> dict[str, Any]:
    spec = catalog_get(binding.method)
    assert spec is not None
    skipped = set(_identity_arguments(binding))  # the client fills the implicit ones
    args = {name: samples[name] for name in spec.required_arguments if name not in skipped}
    for name, sample in _EXTRA_ARGS.get(_id(binding), {}).items():
        args[name] = sample(client, emu) if callable(sample) else samples[sample]
    return args


def _identity_arguments(binding: Binding) -> dict[str, str]:
    if binding.static:
        return {}
    ids = binding.ids if binding.ids is not None else object_class(binding.owner)._id_args
    return {**ids, **binding.context}


def _container_exists(client: Client, binding: Binding, params: dict[str, str]) -> bool:
    """Whether the element holding a list that came back empty is where the shape looks."""
    sent = {k: v for k, v in params.items() if k not in ("method", "format", "nojsoncallback")}
    reply = client.call(binding.method, **sent)
    container = binding.shape.path.rpartition(".")[0]  # type: ignore[attr-defined]
    return isinstance(dig(reply, container) if container else reply, dict)


def _check_result(binding: Binding, result: Any, receiver: Any, empty_ok: bool) -> None:
    shape = binding.shape
    if isinstance(shape, Nothing):
        assert result is None
    elif isinstance(shape, Many):
        assert isinstance(result, FlickrList)
        assert all(isinstance(item, shape.cls) for item in result)
        assert result or empty_ok, f"{binding.owner}.{binding.name}: nothing at {shape.path}"
        info = result.info
        for name in ("page", "pages", "perpage", "total"):
            if name in info:
                assert isinstance(info[name], int), (name, info[name])
        if shape.cls is object_class("Tag"):
            assert all(item.get("text") or item.get("clean") for item in result)
        elif "id" in shape.cls._id_args.values():
            assert all(item.id for item in result)
    elif isinstance(shape, One):
        assert isinstance(result, shape.cls)
    elif isinstance(shape, Pair):
        assert isinstance(result, tuple) and len(result) == 2
        assert any(part for part in result)
    elif isinstance(shape, Fields):
        assert isinstance(result, dict) and result and receiver.loaded
    elif isinstance(shape, (Raw, Value)):
        assert result is not None and result != {}
    elif isinstance(shape, Sizes):
        assert result and all("source" in entry for entry in result.values())
    elif isinstance(shape, Tickets):
        assert isinstance(result, list) and result
    elif isinstance(shape, Secrets):
        assert result is None and "secret" in receiver and "sizes" not in receiver
    else:  # pragma: no cover - a new shape needs a check here
        raise AssertionError(f"unchecked shape {shape!r}")


def _exercise(binding: Binding, emu: FlickrEmulator) -> None:
    client = _client(emu)
    samples = _samples(emu)
    receiver = _receiver(binding, client, emu, samples)
    args = _arguments(binding, client, emu, samples)
    before = len(emu.calls())
    result = getattr(receiver, binding.name)(**args)
    calls = emu.calls()[before:]
    assert calls, "no request sent"
    record = calls[-1]
    assert record.flickr_method == binding.method
    assert record.status == 200
    if isinstance(receiver, FlickrObject):
        for argument, path in _identity_arguments(binding).items():
            if argument in binding.context and argument not in record.params:
                continue
            expected = receiver
            for part in path.split("."):
                expected = expected._fields[part]
            expected = expected.id if isinstance(expected, FlickrObject) else expected
            assert record.params.get(argument) == str(expected), argument
    for name, value in args.items():
        assert record.params.get(name) == str(value), name
    empty_ok = isinstance(binding.shape, Many) and not result and _container_exists(
        client, binding, record.params)
    _check_result(binding, result, receiver, empty_ok)


def _is_read(binding: Binding) -> bool:
    spec = catalog_get(binding.method)
    return spec is not None and not spec.is_write


def _id(binding: Binding) -> str:
    return f"{binding.owner}.{binding.name}"


@pytest.fixture(scope="module")
def shared_emulator():
    with FlickrEmulator(photos=300) as emu:
        yield emu


@pytest.mark.parametrize("binding", [b for b in all_bindings() if _is_read(b)], ids=_id)
def test_read_binding(binding, shared_emulator):
    _exercise(binding, shared_emulator)


@pytest.mark.parametrize("binding", [b for b in all_bindings() if not _is_read(b)], ids=_id)
def test_write_binding(binding, flickr_emulator):
    _exercise(binding, flickr_emulator)


def test_every_shape_kind_is_checked():
    kinds = {type(b.shape) for b in all_bindings()}
    assert kinds <= {Nothing, Many, One, Pair, Fields, Raw, Value, Sizes, Tickets, Secrets}
