"""The emulator's reply rendering: Flickr's JSON, JSONP and REST XML shapes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from flickr_api.testing._render import Format, parse_format, render_fail, render_ok

PHOTO = {
    "photo": {
        "id": "1",
        "isfavorite": 0,
        "path_alias": None,
        "title": {"_content": "Fish & <chips>"},
        "description": {"_content": ""},
        "tags": {"tag": [{"id": "t1", "raw": 'say "hi"', "_content": "hi"}, {"id": "t2"}]},
        "urls": {"url": [{"type": "photopage", "_content": "https://x/1"}]},
    }
}


def test_formats():
    assert parse_format({}) == Format("xml")
    assert parse_format({"format": "rest"}) == Format("xml")
    assert parse_format({"format": "json", "nojsoncallback": "1"}) == Format("json")
    assert parse_format({"format": "json"}) == Format("json", "jsonFlickrApi")
    assert parse_format({"format": "json", "jsoncallback": "cb.done"}) == Format("json", "cb.done")
    unsafe = parse_format({"format": "json", "jsoncallback": "alert(1);x"})
    assert unsafe == Format("json", "jsonFlickrApi")
    assert parse_format({"format": "xmlrpc"}) is None


def test_json():
    reply = render_ok(PHOTO, Format("json"))
    assert reply.content_type == "application/json"
    body = json.loads(reply.body)
    assert list(body) == ["photo", "stat"] and body["stat"] == "ok"
    assert body["photo"]["title"] == {"_content": "Fish & <chips>"}
    assert render_ok({}, Format("json")).body == b'{"stat":"ok"}'
    jsonp = render_ok({}, Format("json", "jsonFlickrApi")).body
    assert jsonp == b'jsonFlickrApi({"stat":"ok"})'


def test_xml_layout():
    reply = render_ok(PHOTO, Format("xml"))
    assert reply.content_type == "text/xml; charset=utf-8"
    assert reply.body.decode() == (
        '<?xml version="1.0" encoding="utf-8" ?>\n'
        '<rsp stat="ok">\n'
        '<photo id="1" isfavorite="0" path_alias="">\n'
        "\t<title>Fish &amp; &lt;chips&gt;</title>\n"
        "\t<description />\n"
        "\t<tags>\n"
        '\t\t<tag id="t1" raw="say &quot;hi&quot;">hi</tag>\n'
        '\t\t<tag id="t2" />\n'
        "\t</tags>\n"
        "\t<urls>\n"
        '\t\t<url type="photopage">https://x/1</url>\n'
        "\t</urls>\n"
        "</photo>\n"
        "</rsp>\n"
    )
    assert render_ok({}, Format("xml")).body.endswith(b'<rsp stat="ok">\n</rsp>\n')


def test_xml_scalars_and_top_level_text():
    body = render_ok({"method": {"_content": "x"}, "n": 3, "flag": True}, Format("xml")).body
    root = ET.fromstring(body)
    assert [(c.tag, c.text) for c in root] == [("method", "x"), ("n", "3"), ("flag", "1")]


def test_failures():
    xml = render_fail(1, 'Photo "2" not found', Format("xml"))
    assert xml.status == 200
    assert xml.body.decode() == (
        '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="fail">\n'
        '\t<err code="1" msg="Photo &quot;2&quot; not found" />\n</rsp>\n'
    )
    as_json = json.loads(render_fail(100, "Invalid API Key", Format("json")).body)
    assert as_json == {"stat": "fail", "code": 100, "message": "Invalid API Key"}
