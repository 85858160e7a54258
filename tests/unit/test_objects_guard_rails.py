"""Every object method checks its keywords before anything is sent: per Flickr namespace, a
misspelt keyword stops with a suggestion and a missing required one is named (no network:
the client refuses to send)."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from flickr_api import Client, FlickrValidationError
from flickr_api.objects import Group, Photo, Photoset
from flickr_api.objects.base import FlickrObject, object_class
from flickr_api.objects.methods import Binding, all_bindings

NAMESPACES = sorted({b.method.rpartition(".")[0] for b in all_bindings()})


class NoNetwork(Client):
    def _run(self, flow: Any) -> Any:
        step = next(flow)
        raise AssertionError(f"a request was sent: {getattr(step, 'request', step)}")


@pytest.fixture
def client() -> NoNetwork:
    return NoNetwork(api_key="k", api_secret="s", rate_limit=None)


def _receiver(binding: Binding, client: Client) -> Any:
    cls: Any = client.objects
    for part in binding.owner.split("."):
        cls = getattr(cls, part)
    if binding.static:
        return cls
    fields: dict[str, Any] = {}
    for path in binding.identity(object_class(binding.owner)).values():
        head, _, rest = path.partition(".")
        # a nested path ("topic.group") names a field of an object the receiver holds
        fields[head] = Group.Topic(id="2", group="3", client=client) if rest else "1"
    return cls(client=client, **fields)


def _misspelt(name: str) -> str:
    return name + name[-1]  # "tags" -> "tagss"


def _in(namespace: str) -> list[Binding]:
    return [b for b in all_bindings() if b.method.rpartition(".")[0] == namespace]


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_misspelt_keywords_stop_with_a_suggestion(namespace, client):
    for binding in _in(namespace):
        method = getattr(_receiver(binding, client), binding.name)
        names = [p.name for p in inspect.signature(method).parameters.values()
                 if not p.name.startswith("_") and p.kind is not p.VAR_KEYWORD]
        if binding.check.open:
            continue  # flickr.test.echo takes any argument
        if not names:
            with pytest.raises(FlickrValidationError, match="Its arguments: none"):
                method(colour="red")
            continue
        name = max(names, key=len)
        with pytest.raises(FlickrValidationError, match=f"did you mean {name!r}"):
            method(**{_misspelt(name): "x"})


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_missing_required_keywords_are_named(namespace, client):
    checked = 0
    for binding in _in(namespace):
        missing = [n for n in binding.check.required
                   if n not in binding.identity(object_class(binding.owner))]
        if not missing:
            continue
        receiver = _receiver(binding, client)
        if not binding.static:
            for argument, path in binding.context.items():
                if argument in missing:
                    receiver._fields.pop(path, None)
        with pytest.raises(FlickrValidationError, match=f"needs .*{missing[0]}"):
            getattr(receiver, binding.name)()
        checked += 1
    if not any(b.check.required for b in _in(namespace)):
        assert checked == 0


def test_the_message_says_what_and_what_to_do(client):
    with pytest.raises(FlickrValidationError) as error:
        client.objects.Photo.search(tagz="cat")
    message = str(error.value)
    assert "Photo.search() has no argument 'tagz'; did you mean 'tags'?" in message
    assert "Nothing was sent" in message and "flickr.photos.search" in message


def test_an_album_without_owner_names_the_way_out(client):
    album = client.objects.Photoset(id="72157")
    with pytest.raises(FlickrValidationError, match="build it with owner=") as error:
        album.getPhotos(per_page=3)
    assert "user_id" in str(error.value)


def test_short_names_of_ids_take_objects(client, monkeypatch):
    sent: dict[str, Any] = {}
    # The request the call would send: the first step of its flow.
    monkeypatch.setattr(client, "_run", lambda flow: sent.update(next(flow).request.params))
    album = client.objects.Photoset(id="9", owner="10000001@N01")
    album.addPhoto(photo=Photo(id="5"))
    assert sent["photo_id"] == "5" and sent["photoset_id"] == "9"
    with pytest.raises(FlickrValidationError, match="name the same argument"):
        album.addPhoto(photo="5", photo_id="5")


def test_object_methods_do_not_take_raw_replies(client):
    with pytest.raises(FlickrValidationError, match="raw=True"):
        client.objects.Photo.getRecent(format="rest")


def test_signatures_are_real():
    signature = inspect.signature(Photo.search)
    assert "tags" in signature.parameters and "per_page" in signature.parameters
    assert signature.parameters["tags"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.return_annotation == "FlickrList[Photo]"
    get_photos = inspect.signature(Photoset(id="1").getPhotos).parameters
    assert "photoset_id" not in get_photos and "user_id" in get_photos  # the album fills one
    assert list(inspect.signature(Photo.setLicense).parameters)[:2] == ["self", "license_id"]


def test_help_shows_the_parameters(capsys):
    help(Photo.search)
    shown = capsys.readouterr().out
    flat = " ".join(shown.split())  # (Python 3.13 lays a long signature out on many lines)
    assert re.search(r"search\( ?\*, ", flat)
    assert "tags: 'str | Iterable[Any] | None' = None" in flat
    assert "flickr.photos.search" in shown


def test_compat_names_say_so():
    for binding in all_bindings():
        if binding.compat_of is not None:
            doc = getattr(object_class(binding.owner), binding.name).__doc__
            assert "0.x" in doc and binding.compat_of.name in doc
            assert binding.method == binding.compat_of.method
    names = {(b.owner, b.name) for b in all_bindings() if b.compat_of is not None}
    assert {("Photo", "setLicence"), ("Person", "findByUserName"), ("Gallery", "editMedia"),
            ("Place", "getChildrenWithPhotoPublic")} <= names


def test_every_binding_is_a_flickr_object_member():
    for binding in all_bindings():
        assert issubclass(object_class(binding.owner), FlickrObject)
        assert vars(object_class(binding.owner))[binding.name] is binding
