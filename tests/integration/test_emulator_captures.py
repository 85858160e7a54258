"""Every real Flickr reply in ``tests/fixtures/flickr-replies`` against the emulator's answer to
the same call: same status and content type, same shape (member and attribute names, nesting,
JSON scalar types), the same error code and message. The differences left are listed, each with
its reason, in :data:`ACCEPTED`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Dict, List

import pytest
import requests
from capture_shapes import differences, shape_of
from emulator_support import JPEG, oauth, rest, session, upload
from requests_oauthlib import OAuth1

from flickr_api.testing import FlickrEmulator
from flickr_api.testing._dataset import ALICE, BOB, JURGEN

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "flickr-replies"

#: The extras of the Flickr Foundation captures (people.getPublicPhotos, photos.search...).
FF_EXTRAS = ("license,date_upload,date_taken,media,original_format,owner_name,url_sq,url_t,url_s,"
             "url_m,url_o,tags,geo,url_q,url_l,description,safety_level,realname,owner,path_alias")

_ERA_PEOPLE = ("era: a 2012 JSON capture; the 2024 XML capture of people.getInfo carries it "
               "(newest era wins)")
_ERA_PHOTO = ("era: a 2012 JSON capture; the 2023 XML capture of photos.getInfo carries it "
              "(newest era wins)")
_ERA_PLACE_IDS = ("era: the 2012 JSON capture names place ids; the 2023 XML capture of "
                  "photos.getInfo has place names only")
_ERA_SET = ("era: a 2012 JSON capture; the 2024 XML capture of the same method carries it "
            "(newest era wins)")
_UNGEOTAGGED = ("data: the captured photo has no geotag (latitude 0); a geotagged photo also "
                "carries place_id, woeid and geo_is_* (the geo extra, per Flickr's docs)")

#: Differences between a capture and the emulator that are not bugs, each with its reason.
ACCEPTED: Dict[str, Dict[str, str]] = {
    "flickr.people.getInfo.json": {
        f"person.{name}: not sent by Flickr": _ERA_PEOPLE for name in (
            "timezone.timezone_id", "timezone.timezone", "is_deleted", "has_stats", "pro_badge",
            "expire", "has_adfree", "has_free_standard_shipping",
            "has_free_educational_resources")},
    "flickr.photos.getExif.xml": {
        "rsp.photo.exif.clean: not sent by Flickr": "data: Flickr adds <clean> to the tags it "
        "reformats (exposure, aperture...); the captured JFIF tags have none"},
    "flickr.photos.getInfo.json": {
        **{f"photo.{name}: not sent by Flickr": _ERA_PHOTO for name in (
            "owner.path_alias", "dates.takenunknown", "tags.tag.[].authorname",
            "originalsecret", "originalformat", "location.neighbourhood")},
        **{f"photo.location.{name}: missing": _ERA_PLACE_IDS for name in (
            "locality.place_id", "locality.woeid", "county.place_id", "county.woeid",
            "region.place_id", "region.woeid", "country.place_id", "country.woeid", "place_id",
            "woeid")}},
    "flickr.photos.getInfo.xml": {
        "rsp.photo.owner.gift: missing": "not modelled: offers to gift Pro to the owner, "
        "depending on the caller's account; no client reads it and its JSON form is unknown",
        "rsp.photo.notes.note: not sent by Flickr": "data: the captured photo has no notes",
        "rsp.photo.location.county: not sent by Flickr": "data: the captured place has no "
        "county; the 2012 capture has one"},
    "flickr.photos.search.xml": {
        "rsp.photos.photo.@realname: not sent by Flickr": "data: the captured owner has no real "
        "name; the two other captures asking for the realname extra carry it",
        **{f"rsp.photos.photo.@{name}: not sent by Flickr": _UNGEOTAGGED for name in (
            "place_id", "woeid", "geo_is_public", "geo_is_contact", "geo_is_friend",
            "geo_is_family")}},
    "flickr.photosets.getInfo.json": {
        f"photoset.{name}: not sent by Flickr": _ERA_SET for name in (
            "username", "visibility_can_see_set", "needs_interstitial")},
    "flickr.photosets.getPhotos.json": {
        f"photoset.{name}: not sent by Flickr": _ERA_SET for name in (
            "photo.[].ispublic", "photo.[].isfriend", "photo.[].isfamily", "title")},
    "flickr.photosets.getPhotos.xml": {
        f"rsp.photoset.photo.@{name}: not sent by Flickr": _UNGEOTAGGED for name in (
            "place_id", "woeid", "geo_is_public", "geo_is_contact", "geo_is_friend",
            "geo_is_family")},
}

Call = Callable[[FlickrEmulator], requests.Response]


def _notable(emu: FlickrEmulator, name: str) -> str:
    return emu.store.notable[name]


def _commented_photo(emu: FlickrEmulator) -> str:
    return next(p.id for p in emu.store.photos.values() if p.ispublic and p.comments)


def _ticket(emu: FlickrEmulator) -> str:
    reply = upload(emu, JPEG, **{"async": "1"})
    found = re.search(r"<ticketid>([^<]+)</ticketid>", reply.text)
    assert found, reply.text
    return found.group(1)


def _request_token(emu: FlickrEmulator) -> requests.Response:
    with session() as s:
        return s.post(emu.base_url + "/services/oauth/request_token",
                      auth=OAuth1(emu.api_key, emu.api_secret, callback_uri="oob"), timeout=10)


CALLS: Dict[str, Call] = {
    "flickr.people.findByUsername.json": lambda emu: rest(
        emu, "flickr.people.findByUsername", username="alice"),
    "flickr.people.getInfo.json": lambda emu: rest(  # signed by the user, as the capture was
        emu, "flickr.people.getInfo", auth=OAuth1(emu.api_key, emu.api_secret,
                                                  *emu.token("read", user=JURGEN)),
        user_id=JURGEN),
    "flickr.people.getInfo.xml": lambda emu: rest(
        emu, "flickr.people.getInfo", fmt=None, user_id=ALICE),
    "flickr.people.getPublicPhotos.xml": lambda emu: rest(
        emu, "flickr.people.getPublicPhotos", fmt=None, user_id=ALICE, extras=FF_EXTRAS,
        page="5", per_page="1"),
    "flickr.photos.comments.addComment.xml": lambda emu: rest(
        emu, "flickr.photos.comments.addComment", fmt=None, auth=oauth(emu, "write"),
        http="POST", photo_id=_notable(emu, "jurgen_public_photo"),
        comment_text="This is a comment posted by the unit tests"),
    "flickr.photos.comments.getList.xml": lambda emu: rest(
        emu, "flickr.photos.comments.getList", fmt=None, photo_id=_commented_photo(emu)),
    "flickr.photos.getExif.xml": lambda emu: rest(
        emu, "flickr.photos.getExif", fmt=None, photo_id=_notable(emu, "alice_public_photo")),
    "flickr.photos.getInfo.fail.xml": lambda emu: rest(
        emu, "flickr.photos.getInfo", fmt=None, photo_id="16062734376"),
    "flickr.photos.getInfo.json": lambda emu: rest(  # signed by the owner, as the capture was
        emu, "flickr.photos.getInfo", auth=oauth(emu, "read"),
        photo_id=_notable(emu, "alice_public_photo")),
    "flickr.photos.getInfo.unavailable.xml": lambda emu: (
        emu.add_fault("stat_fail_201", method="flickr.photos.getInfo"),
        rest(emu, "flickr.photos.getInfo", fmt=None, photo_id=_notable(emu, "alice_public_photo")),
    )[1],
    "flickr.photos.getInfo.xml": lambda emu: rest(
        emu, "flickr.photos.getInfo", fmt=None, photo_id=_notable(emu, "alice_public_photo")),
    "flickr.photos.getSizes.json": lambda emu: rest(
        emu, "flickr.photos.getSizes", photo_id=_notable(emu, "alice_public_photo")),
    "flickr.photos.getSizes.video.xml": lambda emu: rest(
        emu, "flickr.photos.getSizes", fmt=None, photo_id=_notable(emu, "alice_video")),
    "flickr.photos.getSizes.xml": lambda emu: rest(
        emu, "flickr.photos.getSizes", fmt=None, photo_id=_notable(emu, "alice_public_photo")),
    "flickr.photos.licenses.getInfo.fail.json": lambda emu: rest(
        emu, "flickr.photos.licenses.getInfo", api_key=""),
    "flickr.photos.licenses.getInfo.xml": lambda emu: rest(
        emu, "flickr.photos.licenses.getInfo", fmt=None),
    "flickr.photos.search.json": lambda emu: rest(
        emu, "flickr.photos.search", text="sunset", per_page="5"),
    "flickr.photos.search.xml": lambda emu: rest(
        emu, "flickr.photos.search", fmt=None, tags="sunset", extras=FF_EXTRAS, page="5",
        per_page="1"),
    "flickr.photos.upload.checkTickets.json": lambda emu: rest(
        emu, "flickr.photos.upload.checkTickets", tickets=_ticket(emu)),
    "flickr.photosets.getInfo.json": lambda emu: rest(
        emu, "flickr.photosets.getInfo", photoset_id=_notable(emu, "alice_set")),
    "flickr.photosets.getInfo.xml": lambda emu: rest(
        emu, "flickr.photosets.getInfo", fmt=None, photoset_id=_notable(emu, "alice_set"),
        user_id=ALICE),
    "flickr.photosets.getList.json": lambda emu: rest(
        emu, "flickr.photosets.getList", user_id=ALICE),
    "flickr.photosets.getPhotos.json": lambda emu: rest(
        emu, "flickr.photosets.getPhotos", photoset_id=_notable(emu, "alice_set"),
        media="photos", per_page="8", page="1", extras="media"),
    "flickr.photosets.getPhotos.xml": lambda emu: rest(
        emu, "flickr.photosets.getPhotos", fmt=None, photoset_id=_notable(emu, "alice_set"),
        user_id=ALICE, extras=FF_EXTRAS, page="5", per_page="1"),
    "flickr.test.login.json": lambda emu: rest(emu, "flickr.test.login", auth=oauth(emu, "read")),
    "flickr.test.null.fail.xml": lambda emu: rest(emu, "flickr.test.null", fmt=None),
    "flickr.urls.lookupUser.fail.xml": lambda emu: rest(
        emu, "flickr.urls.lookupUser", fmt=None, api_key="doesnotexist",
        url="https://www.flickr.com/photos/flickr/"),
    "flickr.urls.lookupUser.xml": lambda emu: rest(
        emu, "flickr.urls.lookupUser", fmt=None, url="https://www.flickr.com/photos/alice/"),
    "oauth.request_token.txt": _request_token,
    "replace.fail.xml": lambda emu: upload(
        emu, JPEG, token=emu.token("write", user=BOB), path="/services/replace/",
        photo_id=_notable(emu, "bob_public_photo")),
    "upload.async.xml": lambda emu: upload(emu, JPEG, **{"async": "1"}),
    "upload.signature_invalid.txt": lambda emu: upload(
        emu, JPEG, title="photo", signed_fields={"title": "signed"}),
    "upload.xml": lambda emu: upload(emu, JPEG),
}

_HEAD = {"json": b"{", "xml": b"<?xml", "txt": b""}


def _captured(name: str) -> bytes:
    return (CAPTURES / name).read_bytes()


def _kind(name: str) -> str:
    return {"json": "json", "xml": "xml", "txt": "form"}[name.rsplit(".", 1)[1]]


def _error(body: bytes, kind: str) -> object:
    """(code, message) of a fail reply, None for a success."""
    if kind == "json":
        data = requests.models.complexjson.loads(body)
        return (data.get("code"), data.get("message")) if data.get("stat") == "fail" else None
    found = re.search(rb'<err code="(\d+)" msg="([^"]*)"', body)
    return (found.group(1), found.group(2)) if found else None


def compare(name: str, reply: requests.Response) -> List[str]:
    """Every difference between the capture ``name`` and the emulator's reply."""
    real = _captured(name)
    kind = _kind(name)
    found: List[str] = []
    status = 401 if name.endswith("signature_invalid.txt") else 200
    if reply.status_code != status:
        found.append(f"HTTP status: {reply.status_code}, Flickr sends {status}")
    if _error(real, kind) != _error(reply.content, kind):
        found.append(f"error: {_error(reply.content, kind)}, Flickr sends {_error(real, kind)}")
    found.extend(differences(shape_of(real, kind), shape_of(reply.content, kind)))
    return found


def test_every_capture_is_compared():
    assert sorted(CALLS) == sorted(p.name for p in CAPTURES.iterdir() if p.suffix != ".md")
    assert len(CALLS) == 33
    assert set(ACCEPTED) <= set(CALLS)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_the_emulator_answers_like_the_capture(emu, name):
    assert sorted(compare(name, CALLS[name](emu))) == sorted(ACCEPTED.get(name, {}))


def test_a_difference_is_reported():
    found = compare("flickr.urls.lookupUser.xml", _FakeReply(
        b'<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n'
        b'<user nsid="1@N01"><name>x</name></user>\n</rsp>\n'))
    assert found == ["rsp.user.@id: missing", "rsp.user.username: missing",
                     "rsp.user.@nsid: not sent by Flickr", "rsp.user.name: not sent by Flickr"]


class _FakeReply(requests.Response):
    def __init__(self, body: bytes) -> None:
        super().__init__()
        self.status_code = 200
        self._content = body
