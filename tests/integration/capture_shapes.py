"""The shape of a Flickr reply body, to compare a real capture with the emulator's reply.

A shape keeps what a client depends on and drops the data: JSON member names, nesting and
scalar types (``int``, ``str``, ``null``...); XML element names, nesting and attribute names.
Repeated elements (list items, ``<photo>`` after ``<photo>``) merge into one shape.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any, Dict, List, Set, Union

Shape = Union[Set[str], Dict[str, Any]]


def json_shape(value: Any) -> Any:
    """``{member: shape}`` for objects, ``{"[]": shape}`` for arrays, ``{type}`` for scalars."""
    if isinstance(value, dict):
        return {key: json_shape(member) for key, member in value.items()}
    if isinstance(value, list):
        merged: Any = None
        for item in value:
            merged = _merge(merged, json_shape(item))
        return {"[]": merged if merged is not None else set()}
    if value is None:
        return {"null"}
    return {type(value).__name__}


def xml_shape(element: ET.Element) -> Dict[str, Any]:
    """``{"@attr": set(), child tag: shape}``; the text of an element is data, not shape."""
    shape: Dict[str, Any] = {f"@{name}": set() for name in element.attrib}
    for child in element:
        shape[child.tag] = _merge(shape.get(child.tag), xml_shape(child))
    return shape


def form_shape(text: str) -> Dict[str, Any]:
    """The parameter names of a form-encoded body (OAuth replies, ``oauth_problem`` bodies).

    Only ``name=`` pieces count: ``debug_sbs`` carries a base string with bare ``&`` in it.
    """
    names = (piece.partition("=")[0] for piece in text.split("&") if "=" in piece)
    return {name: {"str"} for name in names if re.fullmatch(r"[a-z_]+", name)}


def shape_of(body: bytes, kind: str) -> Dict[str, Any]:
    if kind == "json":
        return json_shape(json.loads(body))  # type: ignore[no-any-return]
    if kind == "xml":
        return {"rsp": xml_shape(ET.fromstring(body))}
    return form_shape(body.decode("utf-8"))


def differences(real: Any, emulated: Any, path: str = "") -> List[str]:
    """What the emulator's shape lacks, adds or types differently, one line per place."""
    if isinstance(real, set) or isinstance(emulated, set):
        if isinstance(real, set) and isinstance(emulated, set):
            if real and emulated and not emulated <= real:
                return [f"{path}: {'/'.join(sorted(emulated))}, Flickr sends "
                        f"{'/'.join(sorted(real))}"]
            return []
        return [f"{path}: {_kind(emulated)}, Flickr sends {_kind(real)}"]
    found: List[str] = []
    for key in real:
        where = f"{path}.{key}" if path else key
        if key not in emulated:
            found.append(f"{where}: missing")
        elif real[key] is not None and emulated[key] is not None:
            found.extend(differences(real[key], emulated[key], where))
    for key in emulated:
        if key not in real:
            found.append(f"{(path + '.') if path else ''}{key}: not sent by Flickr")
    return found


def _kind(shape: Any) -> str:
    if isinstance(shape, set):
        return "/".join(sorted(shape)) or "empty"
    return "array" if "[]" in shape else "object"


def _merge(first: Any, second: Any) -> Any:
    if first is None:
        return second
    if isinstance(first, set) and isinstance(second, set):
        return first | second
    if isinstance(first, dict) and isinstance(second, dict):
        merged = dict(first)
        for key, value in second.items():
            merged[key] = _merge(merged.get(key), value)
        return merged
    return second if isinstance(second, dict) else first
