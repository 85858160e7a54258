"""Uploads and replaces through the emulator: streamed multipart, signatures, Flickr's codes."""

from __future__ import annotations

import hashlib
import os
import xml.etree.ElementTree as ET
from typing import Tuple
from urllib.parse import parse_qsl

import oauthlib.oauth1
from emulator_support import FORM, JPEG, multipart, oauth, rest, session, upload
from oauthlib.oauth1 import Client

from flickr_api.testing import FlickrEmulator

PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(100)


def ok(reply) -> ET.Element:
    assert reply.status_code == 200
    assert reply.headers["Content-Type"] == "text/xml; charset=utf-8"
    root = ET.fromstring(reply.content)
    assert root.get("stat") == "ok", reply.text
    return root


def err(reply) -> Tuple[str, str]:
    assert reply.status_code == 200
    root = ET.fromstring(reply.content)
    assert root.get("stat") == "fail"
    node = root.find("err")
    return node.get("code"), node.get("msg")


def test_sync_upload_is_stored_and_recorded(emu):
    reply = upload(emu, JPEG, filename="beach.jpg", title="Beach", tags="sea sand", is_public="0")
    photo_id = ok(reply).find("photoid").text
    assert reply.text == (
        '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n'
        f"<photoid>{photo_id}</photoid>\n</rsp>\n"
    )
    [record] = emu.uploads
    assert record.kind == "upload" and record.photo_id == photo_id
    assert record.filename == "beach.jpg" and record.size == len(JPEG)
    assert record.sha256 == hashlib.sha256(JPEG).hexdigest()
    assert record.fields == {"title": "Beach", "tags": "sea sand", "is_public": "0"}
    assert record.user_nsid == emu.store.default_user_nsid and record.ticket_id is None
    with open(record.path, "rb") as stored:
        assert stored.read() == JPEG
    info = rest(emu, "flickr.photos.getInfo", auth=oauth(emu, "read"), photo_id=photo_id).json()
    assert info["photo"]["title"]["_content"] == "Beach"
    [call] = emu.calls("upload")
    assert call.executed and call.is_write and call.path == "/services/upload/"
    assert call.params["photo"] == f"sha256:{record.sha256}"
    assert call.params["title"] == "Beach"


def test_upload_with_content_length_and_without_trailing_slash(emu):
    ok(upload(emu, JPEG, path="/services/upload", stream=False, title="x"))
    assert emu.uploads[0].size == len(JPEG)


def test_async_upload_and_tickets(emu):
    root = ok(upload(emu, PNG, filename="a.png", **{"async": "1"}))
    ticket = root.find("ticketid").text
    assert ticket.split("-")[1].startswith("72157")
    assert emu.uploads[0].ticket_id == ticket and ticket in emu.tickets
    body = rest(emu, "flickr.photos.upload.checkTickets", tickets=f"{ticket},nope").json()
    done, invalid = body["uploader"]["ticket"]
    assert done["complete"] == 1 and done["photoid"] == emu.uploads[0].photo_id
    assert invalid == {"id": "nope", "invalid": 1}


def test_ticket_delay():
    with FlickrEmulator(photos=50, ticket_delay=30) as emu:
        ticket = ok(upload(emu, JPEG, **{"async": "1"})).find("ticketid").text
        body = rest(emu, "flickr.photos.upload.checkTickets", tickets=ticket).json()
        assert body["uploader"]["ticket"][0]["complete"] == 0


def test_replace(emu):
    photo_id = ok(upload(emu, JPEG)).find("photoid").text
    old_secret = emu.store.photos[photo_id].secret
    reply = upload(emu, PNG, filename="b.png", path="/services/replace/", photo_id=photo_id)
    node = ok(reply).find("photoid")
    assert node.text == photo_id and node.get("secret") != old_secret
    assert emu.uploads[1].kind == "replace" and emu.count("replace") == 1
    missing = upload(emu, PNG, path="/services/replace", photo_id="1")
    assert err(missing)[0] == "1"
    bobs = emu.store.notable["bob_set"]
    not_mine = emu.store.photosets[bobs].photos[0]
    assert err(upload(emu, PNG, path="/services/replace", photo_id=not_mine))[0] == "1"
    video = emu.store.notable["alice_video"]
    assert err(upload(emu, PNG, path="/services/replace", photo_id=video)) == (
        "8", "Videos can't be replaced")


def test_signature_covers_the_text_fields(emu):
    reply = upload(emu, JPEG, title="sent", signed_fields={"title": "signed"})
    assert reply.status_code == 401
    assert reply.text.startswith("oauth_problem=signature_invalid&debug_sbs=POST&")
    assert "title%3Dsent" in reply.text and "photo" not in reply.text.split("debug_sbs=")[1]
    assert len(emu.uploads) == 0 and os.listdir(emu._tmpdir) == []


def test_oauth_parameters_in_the_multipart_fields(emu):
    """Some clients (flickr-sdk) send the OAuth parameters as form fields, signed with them."""
    token = emu.token("write")
    url = emu.base_url + "/services/upload/"
    client = Client(emu.api_key, emu.api_secret, *token,
                    signature_type=oauthlib.oauth1.SIGNATURE_TYPE_BODY)
    _, _, signed = client.sign(url, "POST", "title=Body", {"Content-Type": FORM})
    content_type, parts = multipart(dict(parse_qsl(signed)), "a.jpg", JPEG)
    with session() as s:
        reply = s.post(url, data=b"".join(parts), headers={"Content-Type": content_type},
                       timeout=10)
    ok(reply)
    assert emu.uploads[0].fields == {"title": "Body"}
    assert emu.calls("upload")[0].oauth_token == token[0]


def test_upload_needs_write(emu):
    assert err(upload(emu, JPEG, perms="read")) == (
        "99", "Insufficient permissions. Method requires write privileges; read granted.")
    with session() as s:
        reply = s.post(emu.base_url + "/services/upload/", files={"photo": ("a.jpg", JPEG)},
                       timeout=10)
    assert reply.status_code == 401 and reply.text == (
        "oauth_problem=parameter_absent&oauth_parameters_absent=oauth_consumer_key%26"
        "oauth_nonce%26oauth_signature%26oauth_signature_method%26oauth_timestamp%26oauth_token")
    assert not emu.uploads and not os.listdir(os.path.dirname(emu.new_upload_path()))


def test_upload_signed_without_a_token_is_refused_with_401(emu):
    url = emu.base_url + "/services/upload/"
    client = Client(emu.api_key, emu.api_secret)
    _, headers, _ = client.sign(url, "POST", "", {"Content-Type": FORM})
    content_type, parts = multipart({}, "a.jpg", JPEG)
    with session() as s:
        reply = s.post(url, data=b"".join(parts), timeout=10, headers={
            "Authorization": headers["Authorization"], "Content-Type": content_type})
    assert reply.status_code == 401
    assert reply.text == "oauth_problem=parameter_absent&oauth_parameters_absent=oauth_token"


def test_upload_errors(emu):
    assert err(upload(emu, b"", filename="empty.jpg")) == ("4", "Filesize was zero")
    assert err(upload(emu, b"plain text", filename="notes.txt")) == (
        "5", "Filetype was not recognised")
    token = emu.token("write")
    with session() as s:
        client = Client(emu.api_key, emu.api_secret, *token)
        url = emu.base_url + "/services/upload/"
        _, headers, body = client.sign(url, "POST", "title=x",
                                       {"Content-Type": "application/x-www-form-urlencoded"})
        reply = s.post(url, data=body, headers=headers, timeout=10)
    assert err(reply) == ("2", "No photo specified")
    assert len(emu.uploads) == 0


def test_size_limits():
    with FlickrEmulator(photos=50, max_photo_size=100, max_video_size=200) as emu:
        assert err(upload(emu, JPEG)) == ("8", "Filesize too large")
        ok(upload(emu, MP4, filename="clip.mp4"))
        assert err(upload(emu, MP4 + bytes(100), filename="clip.mp4"))[0] == "8"


def test_upload_limit():
    with FlickrEmulator(photos=50, upload_limit=1) as emu:
        ok(upload(emu, JPEG))
        assert err(upload(emu, PNG)) == ("6", "User exceeded upload limit")


def test_duplicate_detection(emu):
    first = ok(upload(emu, JPEG)).find("photoid").text
    ok(upload(emu, JPEG))  # without dedup_check Flickr accepts the same file again
    reply = upload(emu, JPEG, dedup_check="1")
    assert err(reply) == ("9", "Duplicate photo detected")
    root = ET.fromstring(reply.content)
    assert root.find("duplicate_photo_id").text == first
    assert root.find("err").get("duplicate_photo_id") == first
    assert len(emu.uploads) == 2


def test_malformed_multipart(emu):
    with session() as s:
        reply = s.post(emu.base_url + "/services/upload/", data=b"--x\r\nbroken",
                       headers={"Content-Type": "multipart/form-data; boundary=x"}, timeout=10)
    assert reply.status_code == 400
