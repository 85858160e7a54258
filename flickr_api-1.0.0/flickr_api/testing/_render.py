"""Reply bodies as Flickr writes them: JSON, JSONP and REST XML, for payloads and failures."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Union

__all__ = [
    "Format",
    "Reply",
    "XML_TYPE",
    "parse_format",
    "plain",
    "render_fail",
    "render_ok",
    "xml_element",
    "xml_rsp",
]

JSON_TYPE = "application/json"
XML_TYPE = "text/xml; charset=utf-8"
PLAIN_TYPE = "text/plain;charset=UTF-8"
_XML_HEAD = '<?xml version="1.0" encoding="utf-8" ?>\n'
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]*$")


@dataclass(frozen=True)
class FileSlice:
    """Bytes ``start`` to ``start + length`` of a file, sent from disk without reading it into
    memory (uploaded originals can be gigabytes). Sliced like bytes."""

    path: str
    start: int
    length: int

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, part: slice) -> FileSlice:
        first, stop, step = part.indices(self.length)
        if step != 1:
            raise ValueError("a FileSlice only takes contiguous slices")
        return FileSlice(self.path, self.start + first, max(0, stop - first))

    def __bytes__(self) -> bytes:
        with open(self.path, "rb") as fh:
            fh.seek(self.start)
            return fh.read(self.length)

    def send(self, write: Callable[[bytes], object], chunk: int = 1 << 20) -> None:
        """Pass the bytes to ``write`` a megabyte at a time."""
        with open(self.path, "rb") as fh:
            fh.seek(self.start)
            left = self.length
            while left > 0:
                data = fh.read(min(chunk, left))
                if not data:
                    raise OSError(f"{self.path} shrank while being sent")
                write(data)
                left -= len(data)


@dataclass
class Reply:
    """An HTTP reply: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: Union[bytes, FileSlice]
    headers: Dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Format:
    """The reply encoding a call asked for: ``"xml"`` or ``"json"`` (with a JSONP callback)."""

    kind: str = "xml"
    callback: Optional[str] = None


XML = Format()


def parse_format(params: Mapping[str, str]) -> Optional[Format]:
    """The format selected by ``format``/``nojsoncallback``/``jsoncallback``; None if unknown."""
    name = params.get("format", "rest") or "rest"
    if name == "rest":
        return XML
    if name != "json":
        return None
    if params.get("nojsoncallback") == "1":
        return Format("json")
    callback = params.get("jsoncallback", "")
    return Format("json", callback if _CALLBACK.match(callback) else "jsonFlickrApi")


def plain(status: int, text: str, headers: Optional[Dict[str, str]] = None) -> Reply:
    return Reply(status, PLAIN_TYPE, text.encode("utf-8"), headers or {})


def render_ok(payload: Mapping[str, Any], fmt: Format) -> Reply:
    """A ``stat="ok"`` reply carrying ``payload`` (Flickr's JSON shape, without ``stat``)."""
    if fmt.kind == "json":
        return _json_reply({**payload, "stat": "ok"}, fmt)
    return xml_rsp("ok", "".join(_element(name, value, 0) for name, value in payload.items()))


def render_fail(code: int, message: str, fmt: Format, extra: str = "") -> Reply:
    """A ``stat="fail"`` reply; ``extra`` is XML appended after ``<err>`` (XML only)."""
    if fmt.kind == "json":
        return _json_reply({"stat": "fail", "code": code, "message": message}, fmt)
    err = xml_element("err", {"code": str(code), "msg": message})
    return xml_rsp("fail", "\t" + err + "\n" + extra)


def xml_rsp(stat: str, inner: str) -> Reply:
    """``<rsp stat=..>`` around already rendered XML elements."""
    body = f'{_XML_HEAD}<rsp stat="{stat}">\n{inner}</rsp>\n'
    return Reply(200, XML_TYPE, body.encode("utf-8"))


def xml_element(name: str, attrs: Mapping[str, str], text: Optional[str] = None) -> str:
    """One XML element on a single line, self-closing when it has no text."""
    attributes = "".join(f' {k}="{_escape(v, quote=True)}"' for k, v in attrs.items())
    if text is None:
        return f"<{name}{attributes} />"
    return f"<{name}{attributes}>{_escape(text)}</{name}>"


def _json_reply(obj: Mapping[str, Any], fmt: Format) -> Reply:
    text = json.dumps(obj, separators=(",", ":"))
    if fmt.callback:
        text = f"{fmt.callback}({text})"
    return Reply(200, JSON_TYPE, text.encode("utf-8"))


def _element(name: str, value: Any, depth: int) -> str:
    """Render one payload member: scalars become text, dicts elements, lists repeated elements."""
    if isinstance(value, list):
        return "".join(_element(name, item, depth) for item in value)
    indent = "\t" * depth
    if not isinstance(value, dict):
        return f"{indent}{xml_element(name, {}, _scalar(value))}\n"
    attrs: Dict[str, str] = {}
    children: List[str] = []
    text: Optional[str] = None
    for key, member in value.items():
        if key == "_content":
            text = _scalar(member)
        elif isinstance(member, (dict, list)):
            children.append(_element(key, member, depth + 1))
        else:
            attrs[key] = _scalar(member)
    if not children:
        return f"{indent}{xml_element(name, attrs, text or None)}\n"
    opening = xml_element(name, attrs, "")[: -len(f"</{name}>")]
    body = (_escape(text) if text else "") + "\n" + "".join(children)
    return f"{indent}{opening}{body}{indent}</{name}>\n"


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _escape(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text
