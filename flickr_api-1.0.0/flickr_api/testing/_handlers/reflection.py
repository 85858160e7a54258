"""The emulator's flickr.reflection.* methods."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Dict

from flickr_api import _catalog
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload

_EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples.json"


@functools.lru_cache(maxsize=1)
def _examples() -> Dict[str, str]:
    data: Dict[str, str] = json.loads(_EXAMPLES.read_text(encoding="utf-8"))
    return data


@handles("flickr.reflection.getMethods")
def get_methods(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"methods": {"method": [content(name) for name in sorted(_catalog.methods())]}}


@handles("flickr.reflection.getMethodInfo")
def get_method_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    name = args.get("method_name", "").strip()
    spec = _catalog.get(name)
    if spec is None:
        raise ApiFail(1, "Method not found")
    method: Dict[str, Any] = {"name": spec.name, "needslogin": int(spec.needslogin),
                              "needssigning": int(spec.needssigning),
                              "requiredperms": spec.perms_level,
                              "description": content(spec.description)}
    example = _examples().get(name)
    if example:
        method["response"] = content(example)
    if spec.explanation:
        method["explanation"] = content(spec.explanation)
    return {
        "method": method,
        "arguments": {"argument": [{"name": a.name, "optional": int(not a.required),
                                    "_content": a.description} for a in spec.arguments]},
        "errors": {"error": [{"code": e.code, "message": e.message, "_content": e.description}
                             for e in spec.errors]},
    }
