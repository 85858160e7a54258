"""Flickr's reply values as plain Python, whatever shape a reply used."""

from __future__ import annotations

from typing import Any, Optional

__all__ = ["int_of", "list_of", "tag_texts", "text_of"]


def text_of(value: Any) -> str:
    """Flickr's text either bare or as ``{"_content": ...}``."""
    if isinstance(value, dict):
        value = value.get("_content", "")
    return "" if value is None else str(value)


def int_of(value: Any) -> Optional[int]:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def list_of(value: Any) -> list[Any]:
    """A reply list: None is empty, a single item (XML-style) a list of one."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def tag_texts(value: Any) -> list[str]:
    """The texts of a listed photo's tags (Tag objects, or words)."""
    return [str(getattr(tag, "text", tag)) for tag in list_of(value)]
