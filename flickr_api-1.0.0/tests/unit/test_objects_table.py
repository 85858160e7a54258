"""The binding table: it covers Flickr's whole catalog and is well formed (no network)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flickr_api import FlickrError, _catalog
from flickr_api.objects import FlickrObject, Photo, Walker, bind
from flickr_api.objects.base import object_class, registered_classes
from flickr_api.objects.methods import LEGACY_METHODS, all_bindings


def test_every_catalog_method_has_a_binding():
    bound = {b.method for b in all_bindings()}
    missing = set(_catalog.methods()) - bound - LEGACY_METHODS
    assert not missing, f"methods without a binding: {sorted(missing)}"
    legacy = {m for m in _catalog.methods() if m.startswith("flickr.auth.") and ".oauth." not in m}
    assert legacy == LEGACY_METHODS


def test_bindings_name_real_methods_classes_and_arguments():
    for binding in all_bindings():
        spec = _catalog.get(binding.method)
        assert spec is not None, binding
        cls = object_class(binding.owner)
        method = getattr(cls, binding.name)
        assert method.binding is binding
        # getAccessToken takes the legacy auth_token, which the catalog does not list
        accepted = spec.argument_names | {"auth_token"}
        for name in binding.positional:
            assert name.startswith("_") or name in accepted or f"{name}_id" in accepted, binding
        if not binding.static:
            ids = binding.ids if binding.ids is not None else cls._id_args
            for argument in (*ids, *binding.context):
                assert argument in accepted, binding
        if binding.extras:
            assert "extras" in accepted, binding


def test_no_method_is_bound_twice_and_names_are_unique():
    keys = [(b.owner, b.name) for b in all_bindings()]
    assert len(keys) == len(set(keys))


def test_old_interface_names_exist():
    expected = {
        "Photo": ["search", "getRecent", "getInteresting", "getInfo", "getSizes", "getPhotoFile",
                  "getPhotoUrl", "getPageUrl", "save", "show", "addTags", "setTags",
                  "addComment", "getComments", "getExif", "getFavorites", "getAllContexts",
                  "getContext", "setLicence", "rotate", "checkUploadTickets", "_getSizes",
                  "getNotes", "setSafetyLevel", "getGeoPerms", "getLocation", "getPeople"],
        "Person": ["findByUserName", "findByEmail", "findByUrl", "getPhotos", "getPublicPhotos",
                   "getPhotosets", "getFavorites", "getInfo", "getPopularTags", "getTags",
                   "getPhotosUrl", "getProfileUrl", "getCollectionTree", "getFromToken",
                   "getUploadStatus", "getNotInSetPhotos", "getPublicContacts"],
        "Photoset": ["create", "getPhotos", "addPhoto", "editMeta", "delete", "getInfo",
                     "orderSets", "reorderPhotos", "setPrimaryPhoto"],
        "Group": ["search", "getPhotos", "getInfo", "getMembers", "getDiscussTopics",
                  "getByUrl", "getUrl", "join", "leave", "addPhoto", "removePhoto"],
        "Gallery": ["create", "getByUrl", "getPhotos", "editMedia", "addPhoto"],
        "Contact": ["getList", "getListRecentlyUploaded", "getTaggingSuggestions"],
        "Tag": ["getRelated", "getHotList", "getClusters", "getListUserPopular", "remove"],
        "Place": ["find", "findByLatLon", "getByUrl", "getInfo", "getTopPlaces", "getTags"],
        "stats": ["getTotalViews", "getPopularPhotos", "getPhotostreamStats"],
        "prefs": ["getSafetyLevel", "getPrivacy"], "test": ["echo", "login", "null"],
        "Reflection": ["getMethodInfo", "getMethods"], "License": ["getList"],
        "Panda": ["getList", "getPhotos"], "MachineTag": ["getNamespaces", "getValues"],
    }
    for owner, names in expected.items():
        cls = object_class(owner)
        for name in names:
            assert callable(getattr(cls, name)), f"{owner}.{name}"


def test_generated_methods_say_what_they_call():
    assert "flickr.photos.search" in Photo.search.__doc__
    assert Photo.search.__name__ == "search"
    assert Photo.getInfo.__qualname__ == "Photo.getInfo"


def test_positional_arguments_are_checked():
    method = object_class("Person").findByUserName
    with pytest.raises(TypeError, match="at most 1 positional"):
        method("a", "b")
    with pytest.raises(TypeError, match="twice"):
        method("a", username="b")


def test_bound_classes_keep_identity_and_nest():
    class FakeClient:  # only identity matters here: nothing is called
        pass

    client = FakeClient()
    objects = bind(client)  # type: ignore[arg-type]
    assert bind(client) is objects  # type: ignore[arg-type]
    photo = objects.Photo(id="1")
    assert isinstance(photo, Photo) and photo == Photo(id="1") and photo.client is client
    comment = objects.Photo.Comment(id="c")
    assert comment.client is client and isinstance(comment, Photo.Comment)
    assert objects.Walker is Walker
    assert all(issubclass(c, FlickrObject) for c in registered_classes().values())


def test_importing_flickr_api_loads_neither_objects_nor_catalog():
    code = ("import sys, flickr_api; from flickr_api import _catalog; "
            "assert 'flickr_api.objects' not in sys.modules; "
            "flickr_api.Photo; assert not _catalog.is_loaded(); "
            "assert 'requests' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_lazy_object_name_is_exported():
    import flickr_api
    from flickr_api import objects

    names = [n for n, module in flickr_api._LAZY.items() if module == "flickr_api.objects"]
    assert all(getattr(flickr_api, n) is getattr(objects, n) for n in names)
    assert set(names) <= set(objects.__all__)


def test_bound_classes_do_not_keep_their_client_alive():
    import gc
    import weakref

    from flickr_api import Client

    client = Client(api_key="k", api_secret="s", rate_limit=None)
    photo_class = client.objects.Photo
    assert photo_class(id="1").client is client
    reference = weakref.ref(client)
    del client
    gc.collect()
    assert reference() is None
    with pytest.raises(FlickrError, match="is gone"):
        photo_class.search(tags="cat")
