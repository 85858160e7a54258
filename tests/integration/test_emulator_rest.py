"""The emulator's REST endpoint: reply formats and the checks made before a method runs."""

from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import time
import xml.etree.ElementTree as ET

import pytest
from emulator_support import oauth, rest, session

from flickr_api.testing import FlickrEmulator


@pytest.fixture
def photo_id(emu: FlickrEmulator) -> str:
    return emu.store.notable["alice_public_photo"]


def fail(reply) -> tuple:
    assert reply.status_code == 200
    body = reply.json()
    assert body["stat"] == "fail" and isinstance(body["code"], int)
    return body["code"], body["message"]


def test_plain_json(emu, photo_id):
    reply = rest(emu, "flickr.photos.getInfo", photo_id=photo_id)
    assert reply.headers["Content-Type"] == "application/json"
    body = reply.json()
    assert body["stat"] == "ok" and body["photo"]["id"] == photo_id
    assert set(body["photo"]["title"]) == {"_content"}
    assert list(body)[-1] == "stat"


def test_jsonp_and_renamed_callback(emu):
    reply = rest(emu, "flickr.test.echo", fmt=None, format="json")
    assert reply.text.startswith("jsonFlickrApi({") and reply.text.endswith("})")
    assert json.loads(reply.text[len("jsonFlickrApi("):-1])["stat"] == "ok"
    reply = rest(emu, "flickr.test.echo", fmt=None, format="json", jsoncallback="handle")
    assert reply.text.startswith("handle({")


@pytest.mark.parametrize("extra", [{}, {"format": "rest"}])
def test_xml(emu, photo_id, extra):
    reply = rest(emu, "flickr.photos.getInfo", fmt=None, photo_id=photo_id, **extra)
    assert reply.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert reply.text.startswith('<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n')
    root = ET.fromstring(reply.content)
    photo = root.find("photo")
    assert photo is not None and photo.get("id") == photo_id
    assert photo.find("title") is not None and photo.find("owner").get("nsid")


def test_xml_failure(emu):
    reply = rest(emu, "flickr.photos.getInfo", fmt=None, photo_id="1")
    assert reply.status_code == 200
    head = '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="fail">\n\t<err code="1" msg="'
    assert reply.text.startswith(head) and reply.text.endswith('" />\n</rsp>\n')


def test_unknown_format(emu):
    reply = rest(emu, "flickr.test.echo", fmt=None, format="php_serial")
    err = ET.fromstring(reply.content).find("err")
    assert (err.get("code"), err.get("msg")) == ("111", 'Format "php_serial" not found')


def test_echo_returns_every_argument(emu):
    body = rest(emu, "flickr.test.echo", foo="bär", empty="").json()
    assert body["method"] == {"_content": "flickr.test.echo"}
    assert body["api_key"] == {"_content": emu.api_key}
    assert body["foo"] == {"_content": "bär"} and body["empty"] == {"_content": ""}


def test_unknown_and_missing_method(emu):
    reply = rest(emu, "flickr.photos.explode")
    assert fail(reply) == (112, 'Method "flickr.photos.explode" not found')
    with session() as s:
        reply = s.get(emu.base_url + "/services/rest", params={"api_key": emu.api_key,
                      "format": "json", "nojsoncallback": 1}, timeout=10)
    assert fail(reply) == (112, 'Method "" not found')


def test_api_key_of_unsigned_calls(emu):
    assert fail(rest(emu, "flickr.test.echo", api_key="f" * 32)) == (
        100, "Invalid API Key (Key not found)")
    assert fail(rest(emu, "flickr.test.echo", api_key="nope")) == (
        100, "Invalid API Key (Key has invalid format)")


def test_a_legacy_signature_is_checked_when_sent(emu):
    params = {"method": "flickr.test.echo", "api_key": emu.api_key, "format": "json",
              "nojsoncallback": "1", "name": "value"}
    text = emu.api_secret + "".join(f"{k}{v}" for k, v in sorted(params.items()))
    good = hashlib.md5(text.encode()).hexdigest()
    assert rest(emu, "flickr.test.echo", name="value", api_sig=good).json()["stat"] == "ok"
    assert fail(rest(emu, "flickr.test.echo", name="value", api_sig="0" * 32)) == (
        96, "Invalid signature")
    assert fail(rest(emu, "flickr.test.echo", name="other", api_sig=good))[0] == 96


def test_replies_are_gzipped_when_the_client_accepts_it(emu, photo_id):
    url = emu.base_url + "/services/rest/"
    params = {"method": "flickr.photos.getInfo", "api_key": emu.api_key, "photo_id": photo_id}
    with session() as s:
        packed = s.get(url, params=params, headers={"Accept-Encoding": "gzip, deflate"},
                       stream=True, timeout=10)
        plain = s.get(url, params=params, headers={"Accept-Encoding": "identity"}, timeout=10)
    raw = packed.raw.read()
    assert packed.headers["Content-Encoding"] == "gzip"
    assert int(packed.headers["Content-Length"]) == len(raw) < len(plain.content)
    assert gzip.decompress(raw) == plain.content and "Content-Encoding" not in plain.headers


def test_photoset_lists_answer_without_the_owner(emu):
    photoset = emu.store.notable["alice_set"]
    for method in ("flickr.photosets.getPhotos", "flickr.photosets.getInfo"):
        assert rest(emu, method, photoset_id=photoset).json()["stat"] == "ok"
    assert fail(rest(emu, "flickr.photosets.getPhotos", photoset_id=photoset,
                     user_id="bob")) == (1, "Photoset not found")


def test_login_needed(emu):
    assert fail(rest(emu, "flickr.test.login")) == (
        99, "Insufficient permissions. Method requires read privileges; none granted.")


def test_read_token_on_a_write_method(emu, photo_id):
    reply = rest(emu, "flickr.photos.addTags", auth=oauth(emu, "read"), http="POST",
                 photo_id=photo_id, tags="x")
    assert fail(reply) == (
        99, "Insufficient permissions. Method requires write privileges; read granted.")
    write = rest(emu, "flickr.photos.delete", auth=oauth(emu, "write"), http="POST",
                 photo_id=photo_id)
    assert fail(write)[0] == 99
    assert not any(r.executed for r in emu.calls())


def test_write_method_needs_post(emu, photo_id):
    reply = rest(emu, "flickr.photos.addTags", auth=oauth(emu), photo_id=photo_id, tags="x")
    assert fail(reply) == (116, "The POST method is now required for all setters")
    ok = rest(emu, "flickr.photos.addTags", auth=oauth(emu), http="POST", photo_id=photo_id,
              tags="x")
    assert ok.json()["stat"] == "ok"


def test_missing_required_argument(emu):
    assert fail(rest(emu, "flickr.photos.getInfo")) == (1, "Photo not found.")
    assert fail(rest(emu, "flickr.people.getInfo"))[0] == 1


def test_the_log(emu, photo_id):
    auth = oauth(emu)
    rest(emu, "flickr.photos.addTags", auth=auth, http="POST", photo_id=photo_id, tags="a")
    rest(emu, "flickr.photos.getInfo", photo_id=photo_id)
    tags, info = emu.calls()
    assert (tags.flickr_method, tags.http_method, tags.status) == ("flickr.photos.addTags",
                                                                   "POST", 200)
    assert tags.params == {"method": "flickr.photos.addTags", "photo_id": photo_id, "tags": "a",
                           "format": "json", "nojsoncallback": "1"}
    assert tags.user_nsid == emu.store.default_user_nsid
    assert tags.oauth_token == auth.client.resource_owner_key
    assert tags.executed and tags.is_write and tags.fault is None
    assert info.user_nsid is None and info.oauth_token is None and not info.is_write
    assert emu.count("flickr.photos.getInfo") == 1 and emu.count(path="/services/rest") == 2
    assert emu.duplicates() == []
    rest(emu, "flickr.photos.addTags", auth=auth, http="POST", photo_id=photo_id, tags="a")
    [group] = emu.duplicates()
    assert [r.flickr_method for r in group] == ["flickr.photos.addTags"] * 2
    emu.reset_log()
    assert len(emu.log) == 0 and emu.calls() == []


def test_latency(emu):
    emu.latency = 0.2
    started = time.monotonic()
    rest(emu, "flickr.test.echo")
    assert time.monotonic() - started >= 0.2


def test_raw_characters_in_an_unsigned_query(emu):
    connection = http.client.HTTPConnection(emu.base_url[len("http://"):], timeout=10)
    connection.request("GET", f"/services/rest/?method=flickr.test.echo&api_key={emu.api_key}"
                              "&format=json&nojsoncallback=1&q=a|b[c]")
    reply = connection.getresponse()
    assert json.loads(reply.read())["q"] == {"_content": "a|b[c]"}
    connection.close()


def test_unknown_path(emu):
    with session() as s:
        assert s.get(emu.base_url + "/nothing/here", timeout=10).status_code == 404


def test_a_missing_argument_gets_the_error_the_method_documents_for_it(emu, photo_id):
    auth = oauth(emu, "delete")

    def post(method: str, **args: str) -> tuple:
        return fail(rest(emu, method, auth=auth, http="POST", **args))

    assert post("flickr.photos.setPerms", photo_id=photo_id, is_public="1") == (
        2, "Required arguments missing")
    assert post("flickr.photos.geo.setLocation", photo_id=photo_id, lat="1") == (
        2, "Required arguments missing.")
    assert post("flickr.photos.geo.setPerms", photo_id=photo_id) == (
        3, "Required arguments missing.")
    assert post("flickr.photosets.editMeta",
                photoset_id=emu.store.notable["alice_set"]) == (2, "No title specified")
    assert post("flickr.photos.setTags", tags="x") == (1, "Photo not found")
