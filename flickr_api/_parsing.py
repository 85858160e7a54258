"""Reply bytes -> data or a typed error. The only module that knows Flickr's reply formats.

JSON replies (``format=json``, with or without ``nojsoncallback``) become dicts with every
``{"_content": x}`` collapsed to ``x``; XML replies (uploads, ``format=rest``) are parsed by lxml
with entities, DTDs and network access disabled; HTTP-level failures (401 ``oauth_problem``,
429, 5xx, HTML pages) become the matching :mod:`flickr_api.errors` class.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Optional
from urllib.parse import parse_qsl

from flickr_api.errors import (
    FlickrAPIError,
    FlickrAuthError,
    FlickrRateLimitError,
    FlickrServerError,
    FlickrUploadError,
)

__all__ = [
    "MAX_REPLY_BYTES",
    "check_http_status",
    "parse_form_reply",
    "parse_json_reply",
    "parse_upload_reply",
    "parse_xml",
]

#: Replies larger than this are refused rather than parsed (bounded memory).
MAX_REPLY_BYTES = 64 * 1024 * 1024
_JSONP_PREFIX = b"jsonFlickrApi("


def _collapse(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "_content" in obj:
        return obj["_content"]
    return obj


def _decode(content: bytes, status: int) -> str:
    if len(content) > MAX_REPLY_BYTES:
        raise FlickrServerError(status, f"reply too large ({len(content)} bytes)")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FlickrServerError(status, f"reply is not valid UTF-8 ({exc.reason})") from None


def _retry_after(headers: Mapping[str, str]) -> Optional[float]:
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def check_http_status(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """Raise the typed error for a non-200 reply (401 OAuth problems, 429, other statuses)."""
    if status == 200:
        return
    if status == 401 or b"oauth_problem=" in content[:200]:
        form = dict(parse_qsl(content.decode("utf-8", "replace").strip(), keep_blank_values=True))
        problem = form.get("oauth_problem")
        if problem:
            raise FlickrAuthError(problem, form.get("debug_sbs"), status)
    if status == 429:
        raise FlickrRateLimitError(_retry_after(headers), content)
    raise FlickrServerError(status, content)


def parse_json_reply(content: bytes, method: Optional[str] = None, status: int = 200) -> Any:
    """A Flickr JSON (or JSONP) reply as data; ``stat="fail"`` raises :class:`FlickrAPIError`."""
    body = content.strip()
    if body.startswith(_JSONP_PREFIX) and body.endswith(b")"):
        body = body[len(_JSONP_PREFIX) : -1]
    text = _decode(body, status)
    try:
        data = json.loads(text, object_hook=_collapse)
    except (ValueError, RecursionError):
        raise FlickrServerError(status, content) from None
    if not isinstance(data, dict):
        raise FlickrServerError(status, content)
    stat = data.get("stat")
    if stat == "ok":
        return data
    if stat == "fail":
        raise _api_error(data.get("code"), data.get("message"), method)
    raise FlickrServerError(status, content)


def _api_error(code: Any, message: Any, method: Optional[str]) -> FlickrAPIError:
    try:
        number = int(code)
    except (TypeError, ValueError):
        number = -1
    return FlickrAPIError(number, str(message or "unknown error"), method)


def parse_xml(content: bytes, status: int = 200) -> Any:
    """Parse XML safely: no entity expansion, no DTD loading, no network, bounded size."""
    from lxml import etree

    if len(content) > MAX_REPLY_BYTES:
        raise FlickrServerError(status, f"reply too large ({len(content)} bytes)")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
    )
    try:
        root = etree.fromstring(content, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise FlickrServerError(status, content) from None
    if root is None or getattr(root.getroottree().docinfo, "doctype", None):
        raise FlickrServerError(status, "XML reply with a DTD refused")
    for node in root.iter():
        if isinstance(node, etree._Entity):
            raise FlickrServerError(status, "XML reply with entities refused")
    return root


def parse_rest_reply(content: bytes, method: Optional[str] = None, status: int = 200) -> Any:
    """A ``format=rest`` reply: the ``<rsp>`` element, or the typed error it carries."""
    root = parse_xml(content, status)
    if root.tag != "rsp":
        raise FlickrServerError(status, content)
    stat = root.get("stat")
    if stat == "ok":
        return root
    err = root.find("err")
    if stat == "fail" and err is not None:
        raise _api_error(err.get("code"), err.get("msg"), method)
    raise FlickrServerError(status, content)


def parse_upload_reply(content: bytes, method: str = "upload") -> dict[str, Optional[str]]:
    """An upload/replace reply: ``{"photoid", "secret", "originalsecret"}`` or ``{"ticketid"}``."""
    try:
        root = parse_rest_reply(content, method)
    except FlickrAPIError as exc:
        duplicate = None
        if exc.code == 9:
            root = parse_xml(content)
            node = root.find("duplicate_photo_id")
            duplicate = node.text.strip() if node is not None and node.text else None
            if duplicate is None:
                err = root.find("err")
                duplicate = err.get("duplicate_photo_id") if err is not None else None
        raise FlickrUploadError(exc.code, exc.message, method, duplicate) from None
    ticket = root.find("ticketid")
    if ticket is not None and ticket.text:
        return {"ticketid": ticket.text.strip()}
    photo = root.find("photoid")
    if photo is not None and photo.text:
        return {
            "photoid": photo.text.strip(),
            "secret": photo.get("secret"),
            "originalsecret": photo.get("originalsecret"),
        }
    raise FlickrServerError(200, content)


def parse_form_reply(content: bytes, required: tuple[str, ...] = ()) -> dict[str, str]:
    """A form-encoded OAuth reply (request/access token) as a dict."""
    text = _decode(content, 200)
    form = dict(parse_qsl(text.strip(), keep_blank_values=True))
    missing = [name for name in required if not form.get(name)]
    if missing:
        raise FlickrServerError(200, f"OAuth reply without {', '.join(missing)}")
    return form
