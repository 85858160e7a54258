"""Generate flickr_api/api.pyi, the type stubs of the ``flickr.*`` tree, from the packaged catalog.

Usage: python scripts/generate_stubs.py

Editors then complete namespaces, method names and keyword arguments, and type checkers
reject unknown methods and arguments and missing required ones. Each method's docstring is
its ``help()`` text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flickr_api._catalog import MethodSpec

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's flickr_api, installed or not
STUB_PATH = ROOT / "flickr_api" / "api.pyi"
_FLICKR = "flickr"

#: The module's own public names, kept in step with flickr_api/api.py by hand.
_HEADER = '''\
# Type stubs of flickr_api.api, generated from the packaged method catalog by
# scripts/generate_stubs.py: do not edit, run `python scripts/generate_stubs.py`.
from inspect import Signature
from typing import Any, Optional

from flickr_api._catalog import MethodSpec
from flickr_api.client import Client
from flickr_api.errors import FlickrValidationError

__all__ = ["Method", "Namespace", "UnknownMethodError", "flickr", "method_doc"]

class UnknownMethodError(FlickrValidationError, AttributeError): ...

class Method:
    spec: MethodSpec
    name: str
    def __init__(self, client: Client, spec: MethodSpec) -> None: ...
    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...
    def __get__(self, obj: Any, owner: Optional[type] = None) -> Method: ...
    @property
    def __signature__(self) -> Signature: ...

def method_doc(spec: MethodSpec) -> str: ...

flickr: Namespace
'''


def _class_name(path: str) -> str:
    """``flickr.photos.comments`` -> ``_Photos_Comments``; the root is ``Namespace``."""
    if path == _FLICKR:
        return "Namespace"
    return "_" + "_".join(p[0].upper() + p[1:] for p in path.split(".")[1:])


def _docstring(text: str, indent: str) -> list[str]:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [f'{indent}"""{text.splitlines()[0]}']
    lines += [f"{indent}{line}" if line else "" for line in text.splitlines()[1:]]
    return [*lines, f'{indent}"""']


def _method(spec: MethodSpec, doc: str, is_open: bool) -> list[str]:
    from flickr_api._validate import caller_arguments

    args = caller_arguments(spec)
    params = [f"{a.name}: Any" for a in args if a.required]
    params += [f"{a.name}: Any = ..." for a in args if not a.required]
    params += ["format: Optional[str] = ...", "raw: bool = ..."]
    if is_open:
        params.append("**kwargs: Any")
    leaf = spec.name.rpartition(".")[2]
    lines = [f"    def {leaf}(", "        self,", "        *,"]
    lines += [f"        {p}," for p in params]
    return [*lines, "    ) -> Any:", *_docstring(doc, " " * 8)]


def render() -> str:
    """The text of flickr_api/api.pyi for the packaged catalog."""
    from flickr_api import _catalog
    from flickr_api._validate import OPEN_METHODS
    from flickr_api.api import Namespace, _children, method_doc

    tree = _children()
    if len({_class_name(p) for p in tree}) != len(tree):
        raise SystemExit("two namespaces map to the same stub class name")
    out = [_HEADER]
    for path in sorted(tree):
        out += ["", f"class {_class_name(path)}:"]
        if path == _FLICKR:
            out += _docstring(str(Namespace.__doc__), "    ")
            out.append("    def __init__(self, client: Client, path: str = ...) -> None: ...")
            out.append("    def __dir__(self) -> list[str]: ...")
        for name in tree[path]:
            full = f"{path}.{name}"
            if full in tree:
                out.append(f"    {name}: {_class_name(full)}")
            else:
                spec = _catalog.methods()[full]
                out += _method(spec, method_doc(spec), full in OPEN_METHODS)
    return "\n".join(out) + "\n"


def write_stubs(path: Path = STUB_PATH) -> Path:
    """Regenerate the stubs at ``path`` (default: flickr_api/api.pyi)."""
    path.write_text(render(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write_stubs().relative_to(ROOT)}")
