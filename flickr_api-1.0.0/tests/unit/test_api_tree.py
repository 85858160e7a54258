"""The flickr.* tree: every catalog method reachable, documented and checked, with no socket.

The client points at a closed port without retries: a call that got past the checks would
fail with FlickrConnectionError, not FlickrValidationError.
"""

from __future__ import annotations

import inspect
import pydoc
import rlcompleter

import pytest

import flickr_api
from flickr_api import Client, FlickrValidationError, _catalog
from flickr_api._retry import RetryConfig
from flickr_api._validate import OPEN_METHODS
from flickr_api.api import Method, Namespace, UnknownMethodError

METHODS = sorted(_catalog.methods())


@pytest.fixture(scope="module")
def api() -> Namespace:
    client = Client(api_key="key", api_secret="secret", base_url="http://127.0.0.1:9",
                    rate_limit=None, retry=RetryConfig(max_retries=0))
    return client.api


def resolve(api: Namespace, name: str) -> Method:
    node = api
    for part in name.split(".")[1:]:
        node = getattr(node, part)
    assert isinstance(node, Method)
    return node


def test_catalog_has_all_224_methods():
    assert len(METHODS) == 224


@pytest.mark.parametrize("name", METHODS)
def test_every_method_is_reachable_documented_and_checked(api, name):
    spec = _catalog.get(name)
    method = resolve(api, name)
    assert method.name == name and method.spec is spec
    doc = inspect.getdoc(method)
    assert " ".join(spec.description.split()) in " ".join(doc.split())
    for arg in spec.arguments:
        if arg.name != "api_key":
            kind = "required" if arg.required else "optional"
            assert f"{arg.name} ({kind}):" in doc
    assert f"Permission: {spec.requiredperms}" in doc
    for error in spec.errors:
        assert str(error.code) in doc
    if spec.required_arguments:
        with pytest.raises(FlickrValidationError, match="needs the argument"):
            method()
    if name not in OPEN_METHODS:
        with pytest.raises(FlickrValidationError, match="has no argument 'no_such_argument'"):
            method(no_such_argument=1, **dict.fromkeys(spec.required_arguments, "1"))


def test_dir_lists_namespaces_and_methods(api):
    assert {"photos", "people", "test", "reflection"} <= set(dir(api))
    listed = dir(api.photos)
    assert {"search", "getInfo", "comments", "geo", "licenses"} <= set(listed)
    assert listed == sorted(listed)
    assert all(hasattr(api.photos, name) for name in listed)


def test_tab_completion(api):
    completer = rlcompleter.Completer({"flickr": api})
    found = [completer.complete("flickr.photos.se", i) for i in range(4)]
    assert found == ["flickr.photos.search(", "flickr.photos.setContentType(",
                     "flickr.photos.setDates(", "flickr.photos.setMeta("]
    assert completer.complete("flickr.photos.comm", 0) == "flickr.photos.comments"


def test_every_namespace_entry_is_reachable(api):
    def walk(node: Namespace) -> int:
        count = 0
        for name in dir(node):
            child = getattr(node, name)
            count += walk(child) if isinstance(child, Namespace) else 1
        return count

    assert walk(api) == 224


def test_lookups_are_cached_per_namespace(api):
    assert api.photos is api.photos
    assert api.photos.search is api.photos.search
    assert "search" in vars(api.photos)


def test_reprs():
    client = Client(api_key="key", api_secret="secret")
    assert repr(client.api.photos.search) == (
        "<flickr.photos.search: Return a list of photos matching some criteria.>"
    )
    assert repr(client.api.photos) == "<flickr.photos: 27 methods, 8 namespaces>"
    assert repr(client.api) == "<flickr: 0 methods, 26 namespaces>"
    long = repr(client.api.photos.getContactsPublicPhotos)
    assert long.startswith("<flickr.photos.getContactsPublicPhotos: Fetch a list")
    assert len(long) < 110


def test_unknown_method_suggests_and_is_an_attribute_error(api):
    with pytest.raises(UnknownMethodError, match=r"did you mean flickr\.photos\.search\?"):
        api.photos.serch  # noqa: B018
    with pytest.raises(FlickrValidationError, match=r"call_api\(method='flickr.photos.serch'"):
        api.photos.serch  # noqa: B018
    with pytest.raises(AttributeError):
        api.nosuchspace  # noqa: B018
    assert not hasattr(api.photos, "serch")
    assert getattr(api.photos, "serch", None) is None
    with pytest.raises(UnknownMethodError, match=r"did you mean flickr\.photos\.getInfo\?"):
        api.photos.getinfo  # noqa: B018


def test_private_and_dunder_names_are_plain_attribute_errors(api):
    with pytest.raises(AttributeError) as caught:
        api.photos._repr_html_  # noqa: B018
    assert not isinstance(caught.value, FlickrValidationError)


def test_positional_arguments_are_refused(api):
    with pytest.raises(FlickrValidationError, match=r"keyword arguments only.*photo_id=\.\.\."):
        api.photos.getInfo("123")


def test_module_level_flickr_is_the_default_clients_tree():
    from flickr_api.api import flickr

    assert flickr is flickr_api.default_client().api
    assert flickr_api.flickr is flickr
    assert flickr.photos.search.name == "flickr.photos.search"


def test_namespace_for_a_sub_path():
    client = Client(api_key="key", api_secret="secret")
    photos = Namespace(client, "flickr.photos")
    assert photos.search.name == "flickr.photos.search"


def test_help_shows_signature_and_documentation(api):
    text = pydoc.render_doc(api.photos.getInfo, renderer=pydoc.plaintext)
    assert "getInfo(*, photo_id, secret=None, format=None, raw=False)" in text
    assert "photo_id (required): The id of the photo to get information for." in text
    assert "1 Photo not found: The photo id was either invalid" in text
    assert "Common codes (see flickr_api.errors): 100, 105" in text
    assert "Permission: none (an API key is enough); sent as GET." in text


def test_signature_and_permission_text(api):
    assert str(inspect.signature(api.test.echo)) == "(*, format=None, raw=False, **kwargs)"
    doc = inspect.getdoc(api.photos.delete)
    assert "Permission: delete (a user token with delete permission); sent as POST." in doc
    doc = inspect.getdoc(api.photos.addTags)
    assert "Permission: write (a user token with write or delete permission)" in doc
    assert "read, write or delete permission" in inspect.getdoc(api.test.login)


def test_namespace_help_lists_its_content(api):
    doc = inspect.getdoc(api.photos)
    assert "Namespaces: comments, geo, licenses, notes, people, suggestions, transform," in doc
    assert "    search: Return a list of photos matching some criteria." in doc
    assert "A node of the ``flickr.*`` tree" in inspect.getdoc(Namespace)
    assert "One Flickr method" in inspect.getdoc(Method)
