"""Reply parsing: Flickr's real replies, and hostile ones that must end as a typed FlickrError."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from flickr_api import _parsing
from flickr_api._parsing import (
    MAX_REPLY_BYTES,
    check_http_status,
    parse_form_reply,
    parse_json_reply,
    parse_rest_reply,
    parse_upload_reply,
    parse_xml,
)
from flickr_api.errors import (
    FlickrAPIError,
    FlickrAuthError,
    FlickrError,
    FlickrRateLimitError,
    FlickrServerError,
    FlickrUploadError,
    _ReplyTooLargeError,
)


# -- the good path -------------------------------------------------------------------------------
def test_json_content_is_collapsed_and_stat_kept():
    data = parse_json_reply(
        b'{"user":{"id":"1@N01","username":{"_content":"alice"}},"stat":"ok"}'
    )
    assert data == {"user": {"id": "1@N01", "username": "alice"}, "stat": "ok"}


def test_jsonp_wrapper_is_accepted():
    assert parse_json_reply(b'jsonFlickrApi({"stat":"ok"})') == {"stat": "ok"}


@pytest.mark.parametrize("body, code", [
    (b'{"stat":"fail","code":100,"message":"Invalid API Key"}', 100),
    (b'{"stat":"fail","code":"105","message":"Service currently unavailable"}', 105),
    (b'{"stat":"fail","code":1e999,"message":"x"}', -1),
    (b'{"stat":"fail","code":NaN,"message":"x"}', -1),
    (b'{"stat":"fail","code":[1],"message":{"a":1}}', -1),
    (b'{"stat":"fail"}', -1),
])
def test_fail_replies_become_api_errors(body, code):
    with pytest.raises(FlickrAPIError) as info:
        parse_json_reply(body, "flickr.test.null")
    assert info.value.code == code and info.value.method == "flickr.test.null"
    assert isinstance(info.value.message, str)


# Real captures (Flickr's replies as recorded).
CAPTURED_LOGIN = (b'{"user":{"id":"67131352@N04", "username":{"_content":"Janko Marohni\\u0107"}},'
                  b' "stat":"ok"}')
CAPTURED_FAIL_XML = b"""<?xml version="1.0" encoding="utf-8" ?>
<rsp stat="fail">
\t<err code="1" msg="Photo &quot;16062734376&quot; not found (invalid ID)" />
</rsp>
"""
CAPTURED_UNAVAILABLE_XML = b"""<?xml version="1.0" encoding="utf-8" ?>
<rsp stat="fail">
\t<err code="201" msg="Sorry, the Flickr API service is not currently available." />
</rsp>
"""


def test_captured_replies():
    assert parse_json_reply(CAPTURED_LOGIN)["user"]["username"] == "Janko Marohni\u0107"
    with pytest.raises(FlickrAPIError) as missing:
        parse_rest_reply(CAPTURED_FAIL_XML, "flickr.photos.getInfo")
    assert (missing.value.code, missing.value.message) == (
        1, 'Photo "16062734376" not found (invalid ID)')
    with pytest.raises(FlickrAPIError) as unavailable:
        parse_rest_reply(CAPTURED_UNAVAILABLE_XML)
    assert unavailable.value.code == 201 and unavailable.value.transient


def test_upload_replies():
    assert parse_upload_reply(b'<rsp stat="ok"><photoid>123</photoid></rsp>') == {
        "photoid": "123", "secret": None, "originalsecret": None}
    assert parse_upload_reply(b'<rsp stat="ok"><ticketid>1-2</ticketid></rsp>') == {
        "ticketid": "1-2"}
    dup = (b'<rsp stat="fail"><err code="9" msg="Duplicate" />'
           b"<duplicate_photo_id>77</duplicate_photo_id></rsp>")
    with pytest.raises(FlickrUploadError) as info:
        parse_upload_reply(dup)
    assert info.value.duplicate_photo_id == "77"
    with pytest.raises(FlickrServerError):
        parse_upload_reply(b'<rsp stat="ok"><nothing/></rsp>')


def test_form_replies():
    assert parse_form_reply(b"oauth_token=a&oauth_token_secret=b", ("oauth_token",)) == {
        "oauth_token": "a", "oauth_token_secret": "b"}
    with pytest.raises(FlickrServerError, match="without oauth_token_secret"):
        parse_form_reply(b"oauth_token=a", ("oauth_token", "oauth_token_secret"))


# -- HTTP statuses -------------------------------------------------------------------------------
def test_oauth_problems_keep_the_whole_base_string():
    body = b"oauth_problem=signature_invalid&debug_sbs=GET&http%3A%2F%2Fx%2F&a%3Db"
    with pytest.raises(FlickrAuthError) as info:
        check_http_status(401, {}, body)
    assert info.value.problem == "signature_invalid"
    assert info.value.debug_sbs == "GET&http%3A%2F%2Fx%2F&a%3Db"


@pytest.mark.parametrize("header, expected", [
    ("7", 7.0), ("0", 0.0), ("-3", 0.0), ("2.5", 2.5), ("soon", None), ("inf", None),
    ("nan", None), ("", None), ("Wed, 21 Oct 2015 07:28:00", None),
])
def test_retry_after_values(header, expected):
    with pytest.raises(FlickrRateLimitError) as info:
        check_http_status(429, {"Retry-After": header}, b"<html>429</html>")
    assert info.value.retry_after == expected


def test_retry_after_as_an_http_date():
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    with pytest.raises(FlickrRateLimitError) as info:
        check_http_status(429, {"Retry-After": when}, b"")
    assert 25 <= info.value.retry_after <= 31


@pytest.mark.parametrize("status", [302, 400, 403, 404, 500, 502, 503])
def test_other_statuses_are_server_errors(status):
    with pytest.raises(FlickrServerError) as info:
        check_http_status(status, {}, b"<html>oops</html>")
    assert info.value.status_code == status


# -- hostile replies -----------------------------------------------------------------------------
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rsp stat="ok"><photoid>&lol9;</photoid></rsp>"""

HOSTILE_XML = {
    "billion laughs": BILLION_LAUGHS,
    "external entity": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM '
                       b'"file:///etc/passwd">]><rsp stat="ok"><photoid>&x;</photoid></rsp>',
    "external DTD": b'<?xml version="1.0"?><!DOCTYPE rsp SYSTEM "http://127.0.0.1:9/x.dtd">'
                    b'<rsp stat="ok"><photoid>1</photoid></rsp>',
    "parameter entity": b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p">%p;]>'
                        b'<rsp stat="ok"/>',
    "undefined entity": b'<rsp stat="ok"><photoid>&undefined;</photoid></rsp>',
    "xinclude": b'<rsp stat="ok" xmlns:xi="http://www.w3.org/2001/XInclude">'
                b'<xi:include href="file:///etc/passwd" parse="text"/></rsp>',
    "utf-16": '<?xml version="1.0" encoding="UTF-16"?><rsp stat="ok"/>'.encode("utf-16"),
    "truncated": b'<rsp stat="ok"><photoid>12',
    "html": b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>",
    "empty": b"",
    "not xml": b"\x00\x01\x02garbage",
    "json instead": b'{"stat":"ok"}',
    "wrong root": b'<html stat="ok"/>',
    "no stat": b"<rsp/>",
    "deep nesting": b"<rsp>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</rsp>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_XML))
def test_hostile_xml_ends_as_a_typed_error(name):
    with pytest.raises(FlickrError) as info:
        parse_upload_reply(HOSTILE_XML[name])
    assert "root:" not in str(info.value)  # nothing from /etc/passwd


def test_xinclude_is_never_processed():
    # A well-formed reply with an XInclude element is data; the include is not fetched.
    root = parse_xml(HOSTILE_XML["xinclude"])
    assert "root:" not in "".join(root.itertext())


HOSTILE_JSON = {
    "html 200": b"<!DOCTYPE html><html><body>Flickr is having a massage</body></html>",
    "empty": b"",
    "whitespace": b" \r\n\t ",
    "truncated": b'{"photos":{"page":1,"pages":1,"perpage":100,"total":"1","photo":[{"id"',
    "invalid utf-8": b'{"stat":"ok","title":"\xff\xfe"}',
    "utf-16": '{"stat":"ok"}'.encode("utf-16"),
    "list": b'[{"stat":"ok"}]',
    "string": b'"ok"',
    "null": b"null",
    "no stat": b'{"photos":{}}',
    "odd stat": b'{"stat":"maybe"}',
    "stat not a string": b'{"stat":["ok"]}',
    "deep nesting": b"[" * 200_000 + b"]" * 200_000,
    "deep objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "huge integer": b'{"stat":"ok","n":' + b"9" * 50_000 + b"}",
    "bad jsonp": b'jsonFlickrApi({"stat":"ok"}',
    "nul bytes": b'{"stat":"ok"\x00}',
    "xml": b'<?xml version="1.0"?><rsp stat="ok"/>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_json_ends_as_a_typed_error(name):
    with pytest.raises(FlickrServerError) as info:
        parse_json_reply(HOSTILE_JSON[name], "flickr.photos.search")
    assert len(str(info.value)) < 400
    assert len(info.value.content) <= _parsing.MAX_ERROR_CONTENT


def test_replies_over_the_cap_are_refused_without_parsing():
    huge = b'{"stat":"ok","x":"' + b"a" * (MAX_REPLY_BYTES + 1) + b'"}'
    with pytest.raises(_ReplyTooLargeError, match="too large"):
        parse_json_reply(huge)
    with pytest.raises(_ReplyTooLargeError):
        parse_rest_reply(b"<rsp>" + b" " * MAX_REPLY_BYTES + b"</rsp>")


def test_error_messages_stay_short_whatever_the_reply():
    body = json.dumps({"stat": "fail", "code": 1, "message": "m" * 1_000_000}).encode()
    with pytest.raises(FlickrAPIError) as info:
        parse_json_reply(body)
    assert len(info.value.message) <= _parsing.MAX_ERROR_CONTENT
    with pytest.raises(FlickrServerError) as server:
        check_http_status(500, {}, b"x" * 1_000_000)
    assert len(str(server.value)) < 300
