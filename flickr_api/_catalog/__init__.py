"""Flickr's method catalog, packaged as data and loaded on first use.

The catalog is regenerated from a reflection dump by ``scripts/update_catalog.py``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

__all__ = [
    "Argument", "ErrorSpec", "IMPLICIT_ARGUMENTS", "MethodSpec", "PERM_LEVELS", "get", "methods",
]

PERM_LEVELS = {"none": 0, "read": 1, "write": 2, "delete": 3}
#: Arguments the catalog lists that the client fills in itself, and from what. Flickr reads
#: ``oauth_token`` of ``flickr.auth.oauth.checkToken`` as an argument: the token in the OAuth
#: signature does not count (without the argument Flickr answers 98 "Invalid token").
IMPLICIT_ARGUMENTS = {
    "api_key": "the client's API key (OAuth-signed calls carry it as oauth_consumer_key)",
    "oauth_token": "the access token the call is signed with",
}
_DATA = Path(__file__).with_name("methods.json")
#: Methods Flickr serves over GET that change something (they are never cached, nor repeated
#: once they may have reached Flickr).
STATE_CHANGING_GETS = frozenset({"flickr.push.subscribe", "flickr.push.unsubscribe"})
_lock = threading.Lock()
_methods: Optional[dict[str, MethodSpec]] = None


@dataclass(frozen=True)
class Argument:
    name: str
    required: bool
    description: str


@dataclass(frozen=True)
class ErrorSpec:
    code: int
    message: str
    description: str


@dataclass(frozen=True)
class MethodSpec:
    """What Flickr's reflection says about one method."""

    name: str
    description: str
    explanation: str
    arguments: tuple[Argument, ...]
    needslogin: bool
    needssigning: bool
    requiredperms: str
    http_method: str
    errors: tuple[ErrorSpec, ...]

    @property
    def perms_level(self) -> int:
        """0 none, 1 read, 2 write, 3 delete."""
        return PERM_LEVELS.get(self.requiredperms, 0)

    @property
    def is_write(self) -> bool:
        """Flickr wants it sent with POST."""
        return self.http_method == "POST"

    @property
    def changes_state(self) -> bool:
        """Calling it changes something at Flickr."""
        return self.is_write or self.name in STATE_CHANGING_GETS

    @property
    def argument_names(self) -> frozenset[str]:
        return frozenset(a.name for a in self.arguments)

    @property
    def required_arguments(self) -> tuple[str, ...]:
        """The required arguments a caller passes (the implicit ones are the client's)."""
        return tuple(
            a.name for a in self.arguments if a.required and a.name not in IMPLICIT_ARGUMENTS
        )


def _load() -> dict[str, MethodSpec]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    common = {int(code): ErrorSpec(*entry) for code, entry in raw["common_errors"].items()}
    result: dict[str, MethodSpec] = {}
    for name, m in raw["methods"].items():
        errors = tuple(
            common[e] if isinstance(e, int) else ErrorSpec(*e) for e in m["e"]
        )
        result[name] = MethodSpec(
            name=name,
            description=m["d"],
            explanation=m["x"],
            arguments=tuple(Argument(a[0], bool(a[1]), a[2]) for a in m["a"]),
            needslogin=m["l"],
            needssigning=m["s"],
            requiredperms=m["p"],
            http_method=m["v"],
            errors=errors,
        )
    return result


def methods() -> Mapping[str, MethodSpec]:
    """All methods by full name (``flickr.photos.search``), loaded once."""
    global _methods
    if _methods is None:
        with _lock:
            if _methods is None:
                _methods = _load()
    return _methods


def get(name: str) -> Optional[MethodSpec]:
    return methods().get(name)


def is_loaded() -> bool:
    return _methods is not None
