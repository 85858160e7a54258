"""Property-based fuzzing of the reply parser: whatever the bytes or the shape, the result is
data or a FlickrError, never another exception.

Each property tries ``FLICKR_API_FUZZ_EXAMPLES`` inputs (default 150, so the suite stays fast);
``FLICKR_API_FUZZ_EXAMPLES=20000 python -m pytest tests/unit/test_parsing_fuzz.py -s`` runs a
long campaign and prints how many inputs were tried.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flickr_api._parsing import (
    check_http_status,
    parse_form_reply,
    parse_json_reply,
    parse_rest_reply,
    parse_upload_reply,
)
from flickr_api.errors import FlickrError

EXAMPLES = int(os.environ.get("FLICKR_API_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TRIED: Counter[str] = Counter()


def data_or_flickr_error(name: str, parse: Callable[[], Any]) -> Any:
    TRIED[name] += 1
    try:
        return parse()
    except FlickrError:
        return None


@pytest.fixture(scope="module", autouse=True)
def _report_inputs_tried():
    yield
    print(f"\nfuzzed inputs tried: {sum(TRIED.values())} {dict(TRIED)}")


# -- shapes --------------------------------------------------------------------------------------
KEYS = st.sampled_from(["stat", "_content", "code", "message", "photos", "photo", "id", "page",
                        "total", "user", "username", "x"])
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
           | st.sampled_from(["ok", "fail", "", "105", "1e999"]) | st.text(max_size=20))
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def json_replies(draw: st.DrawFn) -> bytes:
    """Flickr-like JSON: a dict with a stat, maybe wrapped, maybe cut or corrupted."""
    body = draw(st.dictionaries(KEYS, JSON_VALUES, max_size=3))
    if draw(st.booleans()):
        body["stat"] = draw(st.sampled_from(["ok", "fail", "weird"]))
    text = json.dumps(body, allow_nan=True).encode()
    if draw(st.booleans()):
        text = b"jsonFlickrApi(" + text + b")"
    mutation = draw(st.sampled_from(["none", "cut", "flip", "insert"]))
    if mutation == "cut" and text:
        text = text[: draw(st.integers(0, len(text) - 1))]
    elif mutation == "flip" and text:
        i = draw(st.integers(0, len(text) - 1))
        text = text[:i] + bytes([draw(st.integers(0, 255))]) + text[i + 1:]
    elif mutation == "insert":
        i = draw(st.integers(0, len(text)))
        text = text[:i] + draw(st.binary(max_size=8)) + text[i:]
    return text


TAGS = st.sampled_from(["rsp", "err", "photoid", "ticketid", "duplicate_photo_id", "photo", "a"])
ATTRS = st.dictionaries(st.sampled_from(["stat", "code", "msg", "secret", "id"]),
                        st.sampled_from(["ok", "fail", "9", "1", "", "x&y", "<", "\""]),
                        max_size=3)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@st.composite
def xml_elements(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(TAGS)
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in draw(ATTRS).items())
    children = [] if depth > 1 else draw(st.lists(xml_elements(depth + 1), max_size=2))
    text = _escape(draw(st.text(max_size=10)))
    return f"<{tag}{attrs}>{text}{''.join(children)}</{tag}>"


@st.composite
def xml_replies(draw: st.DrawFn) -> bytes:
    """Flickr-like XML, maybe with a hostile prolog, maybe cut or corrupted."""
    prolog = draw(st.sampled_from([
        "", '<?xml version="1.0" encoding="utf-8" ?>\n',
        '<!DOCTYPE rsp [<!ENTITY e "x">]>', '<!DOCTYPE rsp SYSTEM "http://127.0.0.1:9/d">',
        "<?xml-stylesheet href='x'?>", "<!-- comment -->",
    ]))
    text = (prolog + draw(xml_elements())).encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and text:
        i = draw(st.integers(0, len(text) - 1))
        text = text[:i] + draw(st.binary(max_size=6)) + text[i + 1:]
    return text


# -- properties ----------------------------------------------------------------------------------
@FUZZ
@given(st.binary(max_size=512))
def test_arbitrary_bytes_as_json(content):
    data = data_or_flickr_error("json bytes", lambda: parse_json_reply(content))
    assert data is None or (isinstance(data, dict) and data["stat"] == "ok")


@FUZZ
@given(json_replies())
def test_json_shapes(content):
    data = data_or_flickr_error("json shapes", lambda: parse_json_reply(content, "m"))
    assert data is None or (isinstance(data, dict) and data["stat"] == "ok")


@FUZZ
@given(st.binary(max_size=512))
def test_arbitrary_bytes_as_xml(content):
    data_or_flickr_error("xml bytes", lambda: parse_rest_reply(content))
    data_or_flickr_error("upload bytes", lambda: parse_upload_reply(content))


@FUZZ
@given(xml_replies())
def test_xml_shapes(content):
    root = data_or_flickr_error("xml shapes", lambda: parse_rest_reply(content, "m"))
    assert root is None or (root.tag == "rsp" and root.get("stat") == "ok")
    reply = data_or_flickr_error("upload shapes", lambda: parse_upload_reply(content))
    assert reply is None or set(reply) in ({"ticketid"}, {"photoid", "secret", "originalsecret"})


@FUZZ
@given(st.integers(0, 999), st.dictionaries(st.sampled_from(["Retry-After", "retry-after",
                                                             "Content-Type"]),
                                            st.text(max_size=40), max_size=2),
       st.binary(max_size=256) | st.sampled_from([b"oauth_problem=x&debug_sbs=a&b",
                                                  b"oauth_problem=&debug_sbs=",
                                                  b"debug_sbs=oauth_problem=y"]))
def test_http_status_headers_and_bodies(status, headers, content):
    outcome = data_or_flickr_error("http", lambda: check_http_status(status, headers, content))
    if status != 200:
        assert outcome is None  # every other status raises a typed error


@FUZZ
@given(st.binary(max_size=256))
def test_form_replies(content):
    form = data_or_flickr_error("form", lambda: parse_form_reply(content, ("oauth_token",)))
    assert form is None or form["oauth_token"]
