"""The direct API end to end, through the emulator: replies, raw XML, checks before sending,
conversions on the wire, methods outside the catalog, and reflection from the same catalog."""

from __future__ import annotations

import datetime as dt

import pytest

import flickr_api
from flickr_api import AuthHandler, Client, FlickrAPIError, FlickrValidationError, _catalog
from flickr_api.method_call import call_api
from flickr_api.testing import FlickrEmulator

ALICE = "10000001@N01"


class Photo:
    """Any object with an ``id`` stands for that id."""

    def __init__(self, id: str) -> None:
        self.id = id


@pytest.fixture(scope="module")
def emu():
    with FlickrEmulator(photos=300) as emulator:
        yield emulator


@pytest.fixture
def client(emu):
    emu.reset_log()
    with Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                auth_handler=AuthHandler.create(*emu.token("write")), rate_limit=None) as c:
        yield c


@pytest.fixture
def photo_id(client, emu):
    found = client.api.people.getPhotos(user_id=ALICE, per_page=1)
    emu.reset_log()
    return found["photos"]["photo"][0]["id"]


def test_search_returns_the_parsed_reply(client, emu):
    reply = client.api.photos.search(user_id=ALICE, per_page=5, extras=["url_m", "tags"])
    assert reply["stat"] == "ok"
    assert len(reply["photos"]["photo"]) == 5
    (record,) = emu.calls("flickr.photos.search")
    assert record.params["extras"] == "url_m,tags"
    assert record.params["format"] == "json"


def test_format_rest_and_raw_give_the_xml_bytes(client, photo_id):
    for options in ({"format": "rest"}, {"raw": True}):
        xml = client.api.photos.getInfo(photo_id=photo_id, **options)
        assert isinstance(xml, bytes)
        assert b'<rsp stat="ok">' in xml and f'id="{photo_id}"'.encode() in xml


def test_api_errors_are_typed(client):
    with pytest.raises(FlickrAPIError) as caught:
        client.api.photos.getInfo(photo_id="1")
    assert caught.value.code == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.photos.serch(tags="cat"),
        lambda api: api.photos.search(tag="cat"),
        lambda api: api.photos.getInfo(),
        lambda api: api.photos.getInfo("1"),
        lambda api: api.photos.comments.addComment(photo_id="1"),
        lambda api: api.photos.getInfo(photo_id="1", raw=True, format="json"),
    ],
    ids=["unknown method", "unknown argument", "missing argument", "positional",
         "one of two missing", "raw and json"],
)
def test_mistakes_are_refused_without_traffic(client, emu, call):
    with pytest.raises(FlickrValidationError):
        call(client.api)
    assert emu.count() == 0


def test_the_object_or_its_id_under_the_short_name(client, emu, photo_id):
    reply = client.api.photos.getInfo(photo=Photo(photo_id))
    assert reply["photo"]["id"] == photo_id
    reply = client.api.photos.getSizes(photo=photo_id)
    assert reply["sizes"]["size"]
    assert [r.params["photo_id"] for r in emu.calls()] == [photo_id, photo_id]


def test_write_methods_are_posted_with_space_separated_tags(client, emu, photo_id):
    client.api.photos.addTags(photo_id=photo_id, tags=["cat", "big dog"])
    (record,) = emu.calls("flickr.photos.addTags")
    assert record.http_method == "POST"
    assert record.params["tags"] == 'cat "big dog"'
    info = client.api.photos.getInfo(photo_id=photo_id)
    raw_tags = {tag["raw"] for tag in info["photo"]["tags"]["tag"]}
    assert {"cat", "big dog"} <= raw_tags


def test_day_arguments_travel_as_yyyy_mm_dd(client, emu):
    client.api.places.getTopPlacesList(place_type_id=22, date=dt.date(2024, 5, 17))
    (record,) = emu.calls("flickr.places.getTopPlacesList")
    assert record.params["date"] == "2024-05-17"
    assert record.params["place_type_id"] == "22"


def test_echo_takes_any_argument(client):
    reply = client.api.test.echo(anything="goes", flag=True, ids=[1, 2])
    assert (reply["anything"], reply["flag"], reply["ids"]) == ("goes", "1", "1,2")
    assert reply["method"] == "flickr.test.echo"


def test_methods_outside_the_catalog_stay_reachable(client, emu):
    assert _catalog.get("flickr.something.new") is None
    with pytest.raises(FlickrAPIError) as caught:
        call_api(method="flickr.something.new", client=client, anything="x")
    assert caught.value.code == 112
    (record,) = emu.calls("flickr.something.new")
    assert record.params["anything"] == "x"


def test_the_default_clients_tree(emu):
    flickr_api.set_keys(api_key=emu.api_key, api_secret=emu.api_secret)
    flickr_api.set_base_url(emu.base_url)
    flickr_api.set_auth_handler(AuthHandler.create(*emu.token("read")))
    flickr_api.set_rate_limit(None)
    from flickr_api.api import flickr

    assert flickr.test.login()["user"]["id"] == ALICE
    assert flickr_api.flickr.test.login()["user"]["username"] == "alice"


def test_reflection_lists_the_catalog_without_a_login(emu):
    with Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                rate_limit=None) as anonymous:
        listed = anonymous.api.reflection.getMethods()["methods"]["method"]
        assert listed == sorted(_catalog.methods())
        check_method_info(anonymous, "flickr.photos.getInfo")


def check_method_info(client: Client, name: str) -> None:
    spec = _catalog.methods()[name]
    info = client.api.reflection.getMethodInfo(method_name=name)
    assert info["method"]["name"] == name
    assert info["method"]["description"] == spec.description
    arguments = [(a["name"], not int(a["optional"])) for a in info["arguments"]["argument"]]
    assert arguments == [(a.name, a.required) for a in spec.arguments]
    assert [int(e["code"]) for e in info["errors"]["error"]] == [e.code for e in spec.errors]


def test_reflection_describes_every_method_as_the_catalog_does(client):
    for name in _catalog.methods():
        check_method_info(client, name)
