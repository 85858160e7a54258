"""Reply bytes -> data or a typed error. The only module that knows Flickr's reply formats.

JSON replies (``format=json``, with or without ``nojsoncallback``) become dicts with every
``{"_content": x}`` collapsed to ``x``; XML replies (uploads, ``format=rest``) are parsed by lxml
as UTF-8, and refused outright when they carry a DTD or an entity declaration (no expansion,
no outside fetch); HTTP-level failures (401 ``oauth_problem``, 429, 5xx, HTML pages) become the
matching :mod:`flickr_api.errors` class. Whatever the bytes, the result is data or a
:class:`~flickr_api.errors.FlickrError`.
"""

from __future__ import annotations

import json
import math
from typing import Any, Mapping, Optional
from urllib.parse import parse_qsl

from flickr_api.errors import (
    FlickrAPIError,
    FlickrAuthError,
    FlickrRateLimitError,
    FlickrServerError,
    FlickrUploadError,
    _ReplyTooLargeError,
)

__all__ = [
    "MAX_REPLY_BYTES",
    "check_http_status",
    "parse_form_reply",
    "parse_json_reply",
    "parse_upload_reply",
    "parse_xml",
]

#: Replies larger than this are refused rather than read or parsed (bounded memory). The
#: largest Flickr replies (500 photos with every extra) are around 2 MiB.
MAX_REPLY_BYTES = 16 * 1024 * 1024
#: How much of an unreadable reply an error keeps in ``.content``.
MAX_ERROR_CONTENT = 64 * 1024
_JSONP_PREFIX = b"jsonFlickrApi("
_XML_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


def _collapse(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "_content" in obj:
        return obj["_content"]
    return obj


def too_large(status: int, size: int) -> _ReplyTooLargeError:
    """The error for a reply over :data:`MAX_REPLY_BYTES` (``size``: what was seen of it)."""
    return _ReplyTooLargeError(
        status, f"reply too large (over {MAX_REPLY_BYTES} bytes, {size} seen); refused"
    )


def _unreadable(status: int, content: bytes) -> FlickrServerError:
    return FlickrServerError(status, content[:MAX_ERROR_CONTENT])


def _check_size(content: bytes, status: int) -> None:
    if len(content) > MAX_REPLY_BYTES:
        raise too_large(status, len(content))


def _decode(content: bytes, status: int) -> str:
    _check_size(content, status)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FlickrServerError(status, f"reply is not valid UTF-8 ({exc.reason})") from None


def _retry_after(headers: Mapping[str, str]) -> Optional[float]:
    """Retry-After in seconds: a number or an HTTP date (RFC 9110); None if absent or bad."""
    value = headers.get("Retry-After") or headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime  # rare, and costly to import

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            return None
        from datetime import datetime, timezone

        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def check_http_status(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """Raise the typed error for a non-200 reply (401 OAuth problems, 429, other statuses)."""
    if status == 200:
        return
    if status == 401 or b"oauth_problem=" in content[:200]:
        # Flickr appends debug_sbs (the base string it signed) unencoded, "&"s and all.
        text, found, debug_sbs = content.decode("utf-8", "replace").strip().partition(
            "debug_sbs=")
        problem = dict(parse_qsl(text, keep_blank_values=True)).get("oauth_problem")
        if problem:
            raise FlickrAuthError(problem[:200], debug_sbs if found else None, status)
    if status == 429:
        raise FlickrRateLimitError(_retry_after(headers), content[:MAX_ERROR_CONTENT])
    raise _unreadable(status, content)


def parse_json_reply(content: bytes, method: Optional[str] = None, status: int = 200) -> Any:
    """A Flickr JSON (or JSONP) reply as data; ``stat="fail"`` raises :class:`FlickrAPIError`."""
    body = content.strip()
    if body.startswith(_JSONP_PREFIX) and body.endswith(b")"):
        body = body[len(_JSONP_PREFIX) : -1]
    text = _decode(body, status)
    try:
        data = json.loads(text, object_hook=_collapse)
    except (ValueError, RecursionError):
        raise _unreadable(status, content) from None
    if not isinstance(data, dict):
        raise _unreadable(status, content)
    stat = data.get("stat")
    if stat == "ok":
        return data
    if stat == "fail":
        raise _api_error(data.get("code"), data.get("message"), method)
    raise _unreadable(status, content)


def _api_error(code: Any, message: Any, method: Optional[str]) -> FlickrAPIError:
    try:
        number = int(code)
    except (TypeError, ValueError, OverflowError):
        number = -1
    text = message if isinstance(message, str) and message else "unknown error"
    return FlickrAPIError(number, text[:MAX_ERROR_CONTENT], method)


def parse_xml(content: bytes, status: int = 200) -> Any:
    """Parse an XML reply as UTF-8, refusing DTDs and entity declarations before lxml sees
    them (no expansion, no outside fetch), with bounded size."""
    from lxml import etree

    _check_size(content, status)
    if b"<html" in content[:1024].lower():
        raise _unreadable(status, content)  # a web page (maintenance, proxy error)
    if any(marker in content for marker in _XML_DECLARATIONS):
        raise FlickrServerError(status, "XML reply with a DTD or entity declaration refused")
    parser = etree.XMLParser(
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(content, parser)
    except (etree.LxmlError, ValueError):
        raise _unreadable(status, content) from None
    if root is None:
        raise _unreadable(status, content)
    return root


def parse_rest_reply(content: bytes, method: Optional[str] = None, status: int = 200) -> Any:
    """A ``format=rest`` reply: the ``<rsp>`` element, or the typed error it carries."""
    root = parse_xml(content, status)
    if root.tag != "rsp":
        raise _unreadable(status, content)
    stat = root.get("stat")
    if stat == "ok":
        return root
    err = root.find("err")
    if stat == "fail" and err is not None:
        raise _api_error(err.get("code"), err.get("msg"), method)
    raise _unreadable(status, content)


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
    raise _unreadable(200, content)


def parse_form_reply(content: bytes, required: tuple[str, ...] = ()) -> dict[str, str]:
    """A form-encoded OAuth reply (request/access token) as a dict."""
    text = _decode(content, 200)
    form = dict(parse_qsl(text.strip(), keep_blank_values=True))
    missing = [name for name in required if not form.get(name)]
    if missing:
        raise FlickrServerError(200, f"OAuth reply without {', '.join(missing)}")
    return form
