"""Generate the type stubs of the package's generated interfaces.

Usage: python scripts/generate_stubs.py

- flickr_api/api.pyi, the ``flickr.*`` tree, from the packaged catalog;
- flickr_api/objects/__init__.pyi, the object classes: their members by introspection, the
  methods their rows declare (:mod:`flickr_api.objects.methods`) with the signatures they
  have at run time (return types from the result shapes, arguments from the row and the
  catalog), and ``client.objects`` as ``BoundObjects``.

Editors then complete namespaces, method names and keyword arguments, and type checkers
reject unknown methods and arguments and missing required ones. Each method's docstring is
its ``help()`` text.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from flickr_api._catalog import MethodSpec
    from flickr_api.objects.base import FlickrObject
    from flickr_api.objects.methods import Binding

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's flickr_api, installed or not
PACKAGE = ROOT / "flickr_api"
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
    required = set(spec.required_arguments)
    params = [f"{a.name}: Any" for a in args if a.name in required]
    params += [f"{a.name}: Any = ..." for a in args if a.name not in required]
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


# -- flickr_api/objects/__init__.pyi ------------------------------------------------------
_OBJECTS_HEADER = """\
# Type stubs of flickr_api.objects, generated from its classes by
# scripts/generate_stubs.py: do not edit, run `python scripts/generate_stubs.py`.
# The implementation modules (photo.py, person.py...) have no stubs: they are type-checked.
import datetime as _dt
import os
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, TypeVar, Union, type_check_only
"""

#: First-party imports of the stub besides the re-exported names: (module, name, as).
_IMPORTS = (
    ("flickr_api.auth", "AuthHandler", ""), ("flickr_api.client", "Client", ""),
    ("flickr_api.objects", "listing", "_listing"),
    ("flickr_api.objects.ticket", "UploadTicket", ""),
)

#: Names the header and the imports make available to the annotations of the stub.
_HEADER_NAMES = frozenset({
    "_dt", "date", "os", "Path", "Any", "Callable", "Iterable", "Optional", "TypeVar", "Union",
    "_T",
    *(alias or name for _module, name, alias in _IMPORTS),
})
_WIDTH = 100

#: Walker, typed by the items of the pages its method returns.
_WALKER = """\
_T = TypeVar("_T")

class Walker(_listing.Walker[_T]):
{doc}
    def __init__(
        self,
        method: Callable[..., FlickrList[_T]],
        *args: Any,
        prefetch: int = ...,
        **kwargs: Any,
    ) -> None: ...
"""

_BOUND_DOC = "The classes of flickr_api.objects working for one client: ``client.objects``."


class _Names:
    """The names the stub's annotations may use, and the check of each annotation."""

    def __init__(self, names: set[str]) -> None:
        self.known = set(_HEADER_NAMES) | names | set(dir(builtins))

    def check(self, annotation: str, where: str, members: frozenset[str] = frozenset()) -> str:
        """``annotation`` itself, once every name in it is known and none would be read as a
        member of the class it is written in (``members``)."""
        for node in ast.walk(ast.parse(annotation, mode="eval")):
            if not isinstance(node, ast.Name):
                continue
            if node.id not in self.known:
                raise SystemExit(f"{where}: unknown name {node.id!r} in {annotation!r}; "
                                 "import it in the stub (_IMPORTS)")
            if node.id in members:
                raise SystemExit(f"{where}: {node.id!r} in {annotation!r} would name a member "
                                 "of the class")
        return annotation


def _annotation(value: Any) -> str:
    if value is inspect.Parameter.empty:
        return "Any"
    return value if isinstance(value, str) else inspect.formatannotation(value)


def _signature(function: Callable[..., Any], names: _Names, where: str,
               members: frozenset[str] = frozenset()) -> tuple[list[str], str]:
    """The parameters and the return type of a function, from its own annotations."""
    signature = inspect.signature(function)
    parameters = list(signature.parameters.values())
    params: list[str] = []
    for number, param in enumerate(parameters):
        if number == 0 and param.name in ("self", "cls"):
            params.append(param.name)
            continue
        text = f"{param.name}: {names.check(_annotation(param.annotation), where, members)}"
        if param.kind is param.KEYWORD_ONLY and (number == 0 or parameters[number - 1].kind
                                                  not in (param.KEYWORD_ONLY,
                                                          param.VAR_POSITIONAL)):
            params.append("*")
        stars = {"VAR_POSITIONAL": "*", "VAR_KEYWORD": "**"}.get(param.kind.name, "")
        params.append(stars + text + (" = ..." if param.default is not param.empty else ""))
        following = parameters[number + 1].kind if number + 1 < len(parameters) else None
        if param.kind is param.POSITIONAL_ONLY and following is not param.POSITIONAL_ONLY:
            params.append("/")
    returns = names.check(_annotation(signature.return_annotation), where, members)
    return params, returns


def _def(indent: str, name: str, params: list[str], returns: str, body: list[str],
         decorator: str = "") -> list[str]:
    """A ``def`` of the stub, on one line when it fits."""
    lines = [f"{indent}{decorator}"] if decorator else []
    line = f"{indent}def {name}({', '.join(params)}) -> {returns}:"
    if len(line) + (4 if body == [] else 0) <= _WIDTH:
        lines.append(line)
    else:
        lines += [f"{indent}def {name}(", *(f"{indent}    {p}," for p in params),
                  f"{indent}) -> {returns}:"]
    if body:
        return lines + body
    lines[-1] += " ..."
    return lines


def _generated(binding: Binding, cls: type[FlickrObject], names: _Names, indent: str,
               members: frozenset[str]) -> list[str]:
    """A method a row declares: its runtime signature and docstring."""
    function = getattr(cls, binding.name)
    where = f"{cls.__qualname__}.{binding.name}"
    params, returns = _signature(function, names, where, members)
    doc = inspect.getdoc(function) or ""
    width = _WIDTH - len(indent) - 7
    body = _docstring(textwrap.fill(doc, width, break_on_hyphens=False), indent + "    ")
    return _def(indent, binding.name, params, returns, body,
                "@staticmethod" if binding.static else "")


def _own_doc(obj: Any, indent: str) -> list[str]:
    doc = vars(obj).get("__doc__") if isinstance(obj, type) else obj.__doc__
    return _docstring(inspect.cleandoc(doc), indent) if doc else []


def _hand_written(cls: type[FlickrObject], name: str, member: Any, names: _Names,
                  indent: str, members: frozenset[str]) -> list[str]:
    where = f"{cls.__qualname__}.{name}"
    decorator = {property: "@property", classmethod: "@classmethod",
                 staticmethod: "@staticmethod"}.get(type(member), "")
    function = member.fget if isinstance(member, property) else getattr(
        member, "__func__", member)
    if not inspect.isfunction(function):
        raise SystemExit(f"{where}: no stub for a {type(member).__name__}")
    params, returns = _signature(function, names, where, members)
    return _def(indent, name, params, returns, _own_doc(function, indent + "    "), decorator)


def _class(cls: type[FlickrObject], names: _Names, indent: str = "") -> list[str]:
    """A class of the stub: its hand-written members, its declared methods, its classes."""
    from flickr_api.objects.methods import Binding

    inner = indent + "    "
    own = {k: v for k, v in vars(cls).items() if not k.startswith("_")}
    members = frozenset(own)
    lines = [f"{indent}class {cls.__name__}(FlickrObject):", *_own_doc(cls, inner)]
    for name, member in own.items():
        if not isinstance(member, (type, Binding)):
            lines += _hand_written(cls, name, member, names, inner, members)
    for member in own.values():
        if isinstance(member, Binding):
            lines += _generated(member, cls, names, inner, members)
    for name, member in own.items():
        if isinstance(member, type) and member.__qualname__ == f"{cls.__qualname__}.{name}":
            lines += _class(member, names, inner)
    if len(lines) == 1:
        lines[0] += " ..."
    return lines


def _value_type(value: Any) -> str:
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return "tuple[str, ...]"
    raise SystemExit(f"no stub type for {value!r}: add it to _value_type")


def _home(name: str, value: Any) -> str:
    """The module defining a public name of flickr_api.objects."""
    if isinstance(value, type) or inspect.isfunction(value):
        return str(value.__module__)
    for module_name in sorted(sys.modules):
        if module_name.startswith("flickr_api.objects.") and (
                vars(sys.modules[module_name]).get(name) is value):
            return module_name
    raise SystemExit(f"flickr_api.objects.{name}: which module defines it?")


def render_objects() -> str:
    """The text of flickr_api/objects/__init__.pyi for the classes and their methods."""
    from flickr_api import objects
    from flickr_api.objects.base import registered_classes
    from flickr_api.objects.methods import all_bindings

    owners = {b.owner for b in all_bindings()}
    public = {name: getattr(objects, name) for name in objects.__all__}
    stubbed = {n for n, v in public.items()  # the object classes, but for paging's Info
               if registered_classes().get(n) is v and v is not objects.Info}
    missing = {n.split(".")[0] for n in owners} - stubbed
    if missing:
        raise SystemExit(f"bound classes missing from flickr_api.objects.__all__: {missing}")
    names = _Names(set(public) | {"BoundObjects"})
    imports = list(_IMPORTS) + [(_home(n, v), n, n) for n, v in public.items()
                                if n not in stubbed | {"Walker", "bind"}]
    out = [_OBJECTS_HEADER]
    out += [f"from {module} import {name}" + (f" as {alias}" if alias else "")
            for module, name, alias in sorted(imports)]
    listed = textwrap.wrap(", ".join(f'"{n}"' for n in sorted(public)), _WIDTH - 4)
    out += ["", "__all__ = [", *(f"    {line}" for line in listed), "]", ""]
    out.append(_WALKER.format(doc="\n".join(_own_doc(objects.Walker, "    "))))
    for name in public:
        if name in stubbed:
            out += [*_class(public[name], names), ""]
    bind = (["client: Client"], "BoundObjects")
    out += _def("", "bind", *bind, _own_doc(objects.bind, "    "))
    out += ["", "@type_check_only", "class BoundObjects:", *_docstring(_BOUND_DOC, "    ")]
    for name, value in public.items():
        if isinstance(value, type):
            out.append(f"    {name} = {name}")
        elif callable(value):
            signature = bind if name == "bind" else _signature(value, names, name)
            out += _def("    ", name, *signature, [], "@staticmethod")
        else:
            out.append(f"    {name}: {_value_type(value)}")
    return "\n".join(out) + "\n"


#: Each stub file, relative to the package, and its renderer.
STUBS: dict[str, Callable[[], str]] = {
    "api.pyi": render,
    "objects/__init__.pyi": render_objects,
}


def write_stubs(package: Path = PACKAGE) -> list[Path]:
    """Regenerate every stub file under ``package`` (default: this checkout's flickr_api)."""
    written = []
    for relative, renderer in STUBS.items():
        target = package / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(renderer(), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for stub in write_stubs():
        print(f"wrote {stub.relative_to(ROOT)}")
