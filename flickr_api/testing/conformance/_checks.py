"""The battery: each check states one thing the library assumes about Flickr, and tests it.

A check returns a short detail (shown in the report), raises :class:`Skip` when the account
has nothing to check it on, and fails with any other exception. Checks run in order: the
early ones learn the user and a photo (``probe.facts``) for the later ones. ``writes`` checks
change the account (a throwaway photo, deleted at the end) and only run with ``--write``.
"""

from __future__ import annotations

import json
import struct
import time
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Optional, cast

from flickr_api.errors import FlickrAPIError, FlickrAuthError
from flickr_api.objects.sizes import find_size
from flickr_api.objects.urls import static_url
from flickr_api.testing.conformance._probe import Probe
from flickr_api.testing.conformance._shapes import SHAPES, mismatches

__all__ = ["CHECKS", "Check", "Skip"]


class Skip(Exception):
    """Nothing to check this on here (for example an account without albums)."""


class Check(NamedTuple):
    area: str
    says: str  # what the library assumes, in words
    run: Callable[[Probe], str]
    writes: bool = False


def _fails(call: Callable[[], Any], code: int) -> FlickrAPIError:
    try:
        call()
    except FlickrAPIError as error:
        assert error.code == code, f"error {error.code} {error.message!r}, expected {code}"
        return error
    raise AssertionError(f"no error, expected {code}")


def _refused(call: Callable[[], Any], problem: str) -> FlickrAuthError:
    try:
        call()
    except FlickrAuthError as error:
        assert error.problem == problem, f"oauth_problem={error.problem}, expected {problem}"
        return error
    raise AssertionError(f"accepted, expected oauth_problem={problem}")


def _shaped(probe: Probe, method: str, capture: str = "", **args: str) -> Any:
    """Call ``method`` in JSON and XML (both captured); the JSON must have the shape the
    library reads, and the XML must carry the same payload element."""
    name, arguments = capture or method, cast(Dict[str, Any], args)
    data = probe.rest(method, capture=f"{name}.json", **arguments).json(method)
    problems = mismatches(data, SHAPES[method])
    assert not problems, "; ".join(problems)
    root = probe.rest(method, fmt="rest", capture=f"{name}.xml", **arguments).xml(method)
    payload = [key for key in data if key != "stat"]
    assert [child.tag for child in root][:1] == payload[:1], f"XML payload {root[0].tag}"
    return data


# -- signing and OAuth placement ----------------------------------------------------------


def signed_in_header(probe: Probe) -> str:
    user = probe.rest("flickr.test.login").json()["user"]
    probe.facts.update(nsid=user["id"], username=user["username"])
    return f"as {user['username']}"


def signed_in_query(probe: Probe) -> str:
    probe.rest("flickr.test.login", placement="query").json()
    return "GET with oauth_* in the query"


def signed_in_body(probe: Probe) -> str:
    probe.rest("flickr.test.login", placement="body").json()
    return "POST with oauth_* in the form body"


def bad_signature(probe: Probe) -> str:
    wrong = probe.oauth(api_secret="0" * 16)
    reply = probe.rest("flickr.test.login", auth=wrong,
                       capture="flickr.test.login.signature_invalid.txt")
    assert reply.status == 401 and reply.content_type.startswith("text/plain"), reply.status
    error = _refused(reply.json, "signature_invalid")
    assert error.debug_sbs and error.debug_sbs.startswith("GET&"), "no debug_sbs base string"
    return "HTTP 401 with debug_sbs"


def replayed_request(probe: Probe) -> str:
    """The library signs every attempt afresh, assuming Flickr refuses a replayed nonce."""
    url = f"{probe.target.endpoints.rest}?method=flickr.test.login&format=json&nojsoncallback=1"
    signed = probe.signed_url(url)
    assert probe.get(signed).status == 200, "the first request failed"
    replay = probe.get(signed)
    assert replay.status == 401, f"the replay got HTTP {replay.status}"
    return _problem_of(replay.body)


def stale_timestamp(probe: Probe) -> str:
    """A clock an hour off is refused, with the window Flickr accepts."""
    signed = probe.signed_url(f"{probe.target.endpoints.rest}?method=flickr.test.login",
                              timestamp=str(int(time.time()) - 3600))
    reply = probe.get(signed)
    assert reply.status == 401, f"HTTP {reply.status}"
    return _problem_of(reply.body)


def _problem_of(body: bytes) -> str:
    return body.decode("utf-8", "replace").split("&", 1)[0]


def unsigned_login_method(probe: Probe) -> str:
    reply = probe.rest("flickr.test.login", signed=False, capture="flickr.test.login.fail.json")
    error = _fails(reply.json, 99)
    assert "none granted" in error.message, error.message
    return error.message


def request_token_split(probe: Probe) -> str:
    form = probe.request_token(capture="oauth.request_token.txt").form()
    assert form.get("oauth_callback_confirmed") == "true", sorted(form)
    assert form.get("oauth_token") and form.get("oauth_token_secret"), sorted(form)
    return "oauth_callback in the body, the rest in the header"


def check_token_argument(probe: Probe) -> str:
    data = _shaped(probe, "flickr.auth.oauth.checkToken", oauth_token=probe.target.token)
    oauth = data["oauth"]
    assert oauth["token"] == probe.target.token, "another token"
    assert oauth["perms"] in ("read", "write", "delete"), oauth["perms"]
    probe.facts["perms"] = oauth["perms"]
    return f"{oauth['perms']} access"


def check_token_without_argument(probe: Probe) -> str:
    reply = probe.rest("flickr.auth.oauth.checkToken",
                       capture="flickr.auth.oauth.checkToken.fail.json")
    return _fails(reply.json, 98).message


def token_in_body_and_header(probe: Probe) -> str:
    probe.rest("flickr.auth.oauth.checkToken", oauth_token=probe.target.token,
               http_post="1").json()
    return "the same oauth_token twice, both signed"


# -- reply shapes ------------------------------------------------------------------------


def person_shapes(probe: Probe) -> str:
    nsid, username = probe.facts["nsid"], probe.facts["username"]
    _shaped(probe, "flickr.people.getInfo", user_id=nsid)
    _shaped(probe, "flickr.people.findByUsername", username=username)
    _shaped(probe, "flickr.urls.lookupUser", url=f"https://www.flickr.com/photos/{nsid}/")
    return "people.getInfo, people.findByUsername, urls.lookupUser"


def search_shape(probe: Probe) -> str:
    data = _shaped(probe, "flickr.photos.search", user_id=probe.facts["nsid"], per_page="5",
                   extras="original_format,url_q")
    photos = data["photos"]["photo"]
    if not photos:
        raise Skip("the account has no photos")
    probe.facts["photo"] = photos[0]
    return f"{data['photos']['total']} photos"


def photo_shapes(probe: Probe) -> str:
    photo = _photo(probe)
    info = _shaped(probe, "flickr.photos.getInfo", photo_id=photo["id"])["photo"]
    probe.facts["info"] = info
    _shaped(probe, "flickr.photos.getSizes", photo_id=photo["id"])
    return "photos.getInfo, photos.getSizes"


def licenses_shape(probe: Probe) -> str:
    licenses = _shaped(probe, "flickr.photos.licenses.getInfo")["licenses"]["license"]
    return f"{len(licenses)} licenses"


def album_shapes(probe: Probe) -> str:
    nsid = probe.facts["nsid"]
    albums = _shaped(probe, "flickr.photosets.getList", user_id=nsid)["photosets"]
    if not albums.get("photoset"):
        raise Skip("the account has no albums")
    album = albums["photoset"][0]["id"]
    _shaped(probe, "flickr.photosets.getPhotos", photoset_id=album, user_id=nsid, per_page="5")
    return "photosets.getList, photosets.getPhotos"


# -- errors, paging, sizes ----------------------------------------------------------------


def error_codes(probe: Probe) -> str:
    missing = probe.rest("flickr.photos.getInfo", photo_id="1",
                         capture="flickr.photos.getInfo.fail.json")
    _fails(missing.json, 1)
    assert isinstance(_raw_code(missing.body), int), "JSON error code is not a number"
    _fails(probe.rest("flickr.photos.getInfo", fmt="rest", photo_id="1",
                      capture="flickr.photos.getInfo.fail.xml").xml, 1)
    _fails(probe.rest("flickr.nothing.here", capture="flickr.nothing.here.fail.json").json, 112)
    bad_key = probe.rest("flickr.test.null", signed=False, api_key="doesnotexist",
                         capture="flickr.test.null.fail.json")
    _fails(bad_key.json, 100)
    return "1 not found, 112 unknown method, 100 bad key; codes are JSON numbers"


def _raw_code(body: bytes) -> Any:
    return json.loads(body).get("code")


def paging(probe: Probe) -> str:
    nsid = probe.facts["nsid"]
    first = probe.rest("flickr.photos.search", user_id=nsid, per_page="2", page="1").json()
    second = probe.rest("flickr.photos.search", user_id=nsid, per_page="2", page="2").json()
    one, two = first["photos"], second["photos"]
    if int(one["total"]) < 4:
        raise Skip("fewer than 4 photos")
    assert (one["page"], two["page"], one["perpage"]) == (1, 2, 2), (one["page"], two["page"])
    assert one["pages"] == -(-int(one["total"]) // 2), (one["pages"], one["total"])
    ids = [p["id"] for p in one["photo"]], [p["id"] for p in two["photo"]]
    assert not set(ids[0]) & set(ids[1]), "pages 1 and 2 overlap"
    return f"{one['pages']} pages of 2"


def sizes_match_built_urls(probe: Probe) -> str:
    photo = _photo(probe)
    info = probe.facts.get("info") or {}
    reply = probe.rest("flickr.photos.getSizes", photo_id=photo["id"]).json()
    checked = 0
    for entry in reply["sizes"]["size"]:
        if entry.get("media", "photo") != "photo":
            continue
        size = find_size(entry["label"])
        assert size is not None, f"unknown size label {entry['label']!r}"
        if size.edge == 0 and info.get("originalsecret"):
            built = static_url(_static(entry["source"]), info["server"], photo["id"],
                               info["originalsecret"], "o", info["originalformat"])
        elif not size.own_secret:
            built = static_url(_static(entry["source"]), photo["server"], photo["id"],
                               photo["secret"], size.suffix)
        else:
            continue
        assert entry["source"] == built, f"{entry['label']}: {entry['source']} != {built}"
        checked += 1
    square = next(e for e in reply["sizes"]["size"] if e["label"] == "Square")
    image = probe.get(square["source"])
    assert image.status == 200 and image.body[:3] == b"\xff\xd8\xff", image.status
    return f"{checked} URLs built like Flickr's; the Square image downloads"


def _static(source: str) -> str:
    """The image host part of a source URL (``https://live.staticflickr.com``)."""
    scheme, _, rest = source.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


def _photo(probe: Probe) -> Any:
    photo = probe.facts.get("photo")
    if photo is None:
        raise Skip("no photo to look at")
    return photo


def unsigned_upload(probe: Probe) -> str:
    reply = probe.upload({"title": "never stored"}, tiny_jpeg(), "never.jpg", signed=False,
                         capture="upload.unsigned.txt")
    assert reply.status == 401, f"HTTP {reply.status}"
    return "HTTP 401"


# -- writes on a throwaway photo ----------------------------------------------------------


def upload_sync(probe: Probe) -> str:
    if probe.facts.get("perms") != "delete":
        raise AssertionError("--write needs a token with delete access, to remove what it "
                             "uploads: run `flickr-api auth --perms delete`")
    reply = probe.upload(_THROWAWAY, tiny_jpeg(), "conformance.jpg", capture="upload.xml")
    photo = _upload_reply(reply, "photoid")
    probe.facts.setdefault("throwaway", []).append(photo)
    return f"photo {photo}"


def upload_async(probe: Probe) -> str:
    reply = probe.upload({**_THROWAWAY, "async": "1"}, tiny_jpeg(), "conformance.jpg",
                         capture="upload.async.xml")
    ticket = _upload_reply(reply, "ticketid")
    for _ in _polls():
        data = probe.rest("flickr.photos.upload.checkTickets", tickets=ticket,
                          capture="flickr.photos.upload.checkTickets.json").json()
        entry = data["uploader"]["ticket"][0]
        if int(entry.get("complete", 0)) == 1:
            probe.facts.setdefault("throwaway", []).append(entry["photoid"])
            return f"ticket {ticket} -> photo {entry['photoid']}"
        assert int(entry.get("complete", 0)) == 0 and not entry.get("invalid"), entry
    raise AssertionError(f"ticket {ticket} not complete after a minute")


def edit_throwaway(probe: Probe) -> str:
    photo = _throwaway(probe)
    probe.rest("flickr.photos.addTags", photo_id=photo, tags="conformance",
               http_post="1", capture="flickr.photos.addTags.json").json()
    info = probe.rest("flickr.photos.getInfo", photo_id=photo).json()["photo"]
    tags = [t.get("raw") for t in info["tags"]["tag"]]
    assert "conformance" in tags, tags
    return "tag added and read back"


def delete_throwaways(probe: Probe) -> str:
    photos = probe.facts.get("throwaway", [])
    for photo in photos:
        probe.rest("flickr.photos.delete", photo_id=photo, http_post="1",
                   capture="flickr.photos.delete.json").json()
    return f"{len(photos)} deleted"


_THROWAWAY = {"title": "flickr_api conformance (deleted at once)", "is_public": "0",
              "is_friend": "0", "is_family": "0", "hidden": "2"}


def _throwaway(probe: Probe) -> str:
    photos: List[str] = probe.facts.get("throwaway", [])
    if not photos:
        raise Skip("no throwaway photo")
    return photos[0]


def _upload_reply(reply: Any, element: str) -> str:
    from flickr_api._parsing import parse_upload_reply

    assert reply.status == 200, f"HTTP {reply.status}"
    value: Optional[str] = parse_upload_reply(reply.body).get(element)
    assert value, f"no <{element}>"
    return value


def _polls() -> Iterator[int]:
    for attempt in range(60):
        yield attempt
        time.sleep(1)


def tiny_jpeg() -> bytes:
    """A valid 64x64 grey baseline JPEG: every block's DC difference is 0, then end-of-block."""
    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    one_code = bytes([1] + [0] * 15) + b"\x00"  # one Huffman code of length 1, for symbol 0
    return b"".join([
        b"\xff\xd8",
        segment(0xDB, b"\x00" + b"\x01" * 64),
        segment(0xC0, b"\x08" + struct.pack(">HH", 64, 64) + b"\x01\x01\x11\x00"),
        segment(0xC4, b"\x00" + one_code),
        segment(0xC4, b"\x10" + one_code),
        segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
        b"\x00" * 16,  # 64 blocks x 2 bits
        b"\xff\xd9",
    ])


CHECKS = (
    Check("signing", "a call signed in the Authorization header is accepted", signed_in_header),
    Check("signing", "a call signed in the query string is accepted", signed_in_query),
    Check("signing", "a POST signed in the form body is accepted", signed_in_body),
    Check("signing", "a bad signature is HTTP 401 signature_invalid with debug_sbs",
          bad_signature),
    Check("signing", "a replayed request (same nonce) is HTTP 401", replayed_request),
    Check("signing", "a timestamp an hour old is HTTP 401", stale_timestamp),
    Check("signing", "an unsigned call of a login method is error 99, none granted",
          unsigned_login_method),
    Check("oauth", "request_token takes oauth_callback in the body, the rest in the header",
          request_token_split),
    Check("oauth", "checkToken answers for its oauth_token argument", check_token_argument),
    Check("oauth", "checkToken without its argument is error 98 (the signing token is not read)",
          check_token_without_argument),
    Check("oauth", "the same oauth_token in the body and the header is accepted",
          token_in_body_and_header),
    Check("shapes", "people and URL lookups have the fields the library reads", person_shapes),
    Check("shapes", "photos.search has the fields and types the library reads", search_shape),
    Check("shapes", "photos.getInfo and getSizes have the fields the library reads",
          photo_shapes),
    Check("shapes", "licenses have the fields the library reads", licenses_shape),
    Check("shapes", "albums have the fields the library reads", album_shapes),
    Check("errors", "errors carry Flickr's codes, as JSON numbers", error_codes),
    Check("paging", "page, pages and perpage are numbers; pages do not overlap", paging),
    Check("sizes", "size labels are known and URLs are built as Flickr builds them",
          sizes_match_built_urls),
    Check("upload", "an unsigned upload is HTTP 401", unsigned_upload),
    Check("upload", "a sync upload answers <photoid>", upload_sync, writes=True),
    Check("upload", "an async upload answers <ticketid>, then checkTickets completes",
          upload_async, writes=True),
    Check("upload", "the uploaded photo can be edited", edit_throwaway, writes=True),
    Check("upload", "the throwaway photos are deleted", delete_throwaways, writes=True),
)
