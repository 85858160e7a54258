"""Every Flickr method by name: the ``flickr.*`` tree, built from Flickr's method catalog.

    >>> from flickr_api.api import flickr
    >>> flickr.photos.search(tags="cat", per_page=10)["photos"]["total"]

``flickr`` is the default client's tree; every :class:`~flickr_api.Client` has its own as
``client.api``. A call returns the parsed reply (as :func:`flickr_api.call_api`), or the XML
bytes with ``format="rest"`` or ``raw=True``. Before anything is sent, an unknown method, an
unknown argument or a missing required one raises
:class:`~flickr_api.errors.FlickrValidationError`. ``dir()`` lists what a namespace holds and
``help()`` shows a method's arguments, permission and error codes. A method Flickr added
after this library's catalog is reachable through :func:`flickr_api.call_api`.
"""

from __future__ import annotations

import functools
import inspect
import textwrap
from typing import TYPE_CHECKING, Any, Callable, Optional

from flickr_api import _catalog, _default
from flickr_api._validate import OPEN_METHODS, caller_arguments, check_for, suggest
from flickr_api.errors import FlickrValidationError
from flickr_api.method_call import execute

if TYPE_CHECKING:
    from flickr_api._catalog import MethodSpec
    from flickr_api.client import Client

    flickr: Namespace

__all__ = ["Method", "Namespace", "UnknownMethodError", "flickr", "method_doc"]

_ROOT = "flickr"
#: Error codes from here up are common to every method.
_COMMON_ERROR_MIN = 95
_WIDTH = 88
_INDENT = "    "


class UnknownMethodError(FlickrValidationError, AttributeError):
    """No such method or namespace in Flickr's catalog (an AttributeError too, so ``hasattr``
    and ``getattr(namespace, name, default)`` work)."""


class _InstanceDoc:
    """``__doc__`` that documents the class on the class and the Flickr method on an instance,
    rendered only when someone asks (``help()``, ``inspect.getdoc``)."""

    def __init__(self, class_doc: str, render: Callable[[Any], str]) -> None:
        self.class_doc = inspect.cleandoc(class_doc)
        self.render = render

    def __get__(self, obj: Any, owner: Optional[type] = None) -> str:
        return self.class_doc if obj is None else self.render(obj)


@functools.lru_cache(maxsize=1)
def _children() -> dict[str, tuple[str, ...]]:
    """Namespace path -> sorted names of what it holds (sub-namespaces and methods)."""
    tree: dict[str, set[str]] = {}
    for name in _catalog.methods():
        path = name
        while "." in path:
            path, _, leaf = path.rpartition(".")
            tree.setdefault(path, set()).add(leaf)
    return {path: tuple(sorted(names)) for path, names in tree.items()}


def _blocks(text: str) -> list[str]:
    """Flickr's text split into paragraphs ("" between them) and "- " list lines."""
    blocks: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            if blocks and blocks[-1]:
                blocks.append("")
        elif line.startswith("-") or not blocks or not blocks[-1]:
            blocks.append(line)
        else:
            blocks[-1] += " " + line
    return blocks


def _wrap(text: str, indent: str = "", hang: str = "") -> list[str]:
    """``text`` wrapped to the width; ``hang`` indents all lines but the first."""
    lines: list[str] = []
    for block in _blocks(text):
        first = indent if not lines else indent + hang
        lines += textwrap.wrap(
            block, _WIDTH, initial_indent=first, subsequent_indent=indent + hang,
            break_long_words=False, break_on_hyphens=False,
        ) if block else [""]
    return lines


def _item(text: str) -> list[str]:
    return _wrap(text, _INDENT, _INDENT)


def _summary(spec: MethodSpec) -> str:
    first = " ".join(spec.description.split())
    end = first.find(". ")
    return first[: end + 1] if end >= 0 else first


def _permission(spec: MethodSpec) -> str:
    if spec.requiredperms != "none":
        levels = [p for p, n in _catalog.PERM_LEVELS.items() if n >= spec.perms_level]
        allowed = f"{', '.join(levels[:-1])} or {levels[-1]}" if len(levels) > 1 else levels[0]
        return (f"{spec.requiredperms} (a user token with {allowed} permission); "
                f"sent as {spec.http_method}.")
    if spec.needslogin:
        return f"none, but a user must be logged in; sent as {spec.http_method}."
    signing = "signed" if spec.needssigning else "an API key is enough"
    return f"none ({signing}); sent as {spec.http_method}."


def method_doc(spec: MethodSpec) -> str:
    """The documentation of one Flickr method: description, arguments, permission, errors."""
    lines = _wrap(spec.description or "(Flickr gives no description.)")
    if spec.explanation:
        lines += ["", *_wrap(spec.explanation)]
    arguments = caller_arguments(spec)
    if spec.name in OPEN_METHODS:
        lines += ["", "Arguments: any; Flickr echoes them back."]
    else:
        lines += ["", "Arguments:" if arguments else "Arguments: none."]
    for arg in arguments:
        kind = "required" if arg.required else "optional"
        lines += _item(f"{arg.name} ({kind}): {arg.description}")
    lines += ["", *_wrap(f"Permission: {_permission(spec)}")]
    own = [e for e in spec.errors if e.code < _COMMON_ERROR_MIN]
    common = [e for e in spec.errors if e.code >= _COMMON_ERROR_MIN]
    lines += ["", "Errors (FlickrAPIError.code):"]
    for error in own:
        lines += _item(f"{error.code} {error.message.rstrip('.')}: {error.description}")
    if common:
        codes = ", ".join(str(e.code) for e in common)
        lines += _item(f"Common codes (see flickr_api.errors): {codes}.")
    lines += [
        "",
        *_wrap("Returns the parsed JSON reply as dicts and lists; with format=\"rest\" or "
               "raw=True, the XML reply as bytes."),
    ]
    return "\n".join(lines)


def _namespace_doc(namespace: Namespace) -> str:
    path = namespace._path
    names = _children().get(path, ())
    spaces = [n for n in names if f"{path}.{n}" in _children()]
    lines = [f"The Flickr methods under {path}; help() on one of them tells more."]
    if spaces:
        lines += ["", *_wrap(f"Namespaces: {', '.join(spaces)}.")]
    methods = [(n, spec) for n in names if (spec := _catalog.get(f"{path}.{n}")) is not None]
    if methods:
        lines += ["", "Methods:"]
        for name, spec in methods:
            lines += _item(f"{name}: {_summary(spec)}")
    return "\n".join(lines)


def _unknown(path: str) -> UnknownMethodError:
    parent, _, leaf = path.rpartition(".")
    message = f"{path} is not a Flickr method or namespace"
    close = suggest(leaf, _children().get(parent, ()))
    if close:
        message += f"; did you mean {parent}.{close}?"
    return UnknownMethodError(
        message,
        python_hint=f"See dir({parent}). If Flickr added it recently, "
                    f"flickr_api.call_api(method={path!r}, ...) calls it unchecked.",
    )


class Namespace:
    __doc__ = _InstanceDoc(
        """A node of the ``flickr.*`` tree; its attributes are sub-namespaces and methods
    (``dir()`` lists them). ``Namespace(client, "flickr")`` is ``client.api``.""",
        _namespace_doc,
    )

    def __init__(self, client: Client, path: str = _ROOT) -> None:
        self._client = client
        self._path = path

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        path = f"{self._path}.{name}"
        spec = _catalog.get(path)
        child: Any
        if spec is not None:
            child = Method(self._client, spec)
        elif path in _children():
            child = Namespace(self._client, path)
        else:
            raise _unknown(path)
        # Cached on the instance: the next lookup is a plain attribute access.
        self.__dict__[name] = child
        return child

    def __dir__(self) -> list[str]:
        return list(_children().get(self._path, ()))

    def __repr__(self) -> str:
        names = _children().get(self._path, ())
        spaces = sum(f"{self._path}.{n}" in _children() for n in names)
        return (f"<{self._path}: {len(names) - spaces} methods, "
                f"{spaces} namespaces>")


class Method:
    __doc__ = _InstanceDoc(
        """One Flickr method, called with keyword arguments; its docstring is Flickr's
    documentation of the method. ``.spec`` holds the catalog entry.""",
        lambda method: method_doc(method.spec),
    )

    def __init__(self, client: Client, spec: MethodSpec) -> None:
        self._client = client
        self._check = check_for(spec)
        self.spec = spec
        self.name = spec.name
        self.__name__ = spec.name.rpartition(".")[2]
        self.__qualname__ = spec.name

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        if args:
            raise FlickrValidationError(
                f"{self.name} takes keyword arguments only, e.g. "
                f"{self.name}({', '.join(f'{n}=...' for n in self.spec.required_arguments)})"
            )
        return execute(self._client, self.name, self._check(kwargs))

    def __get__(self, obj: Any, owner: Optional[type] = None) -> Method:
        # Being a descriptor makes pydoc and inspect treat a method as a routine, so help()
        # shows its signature and documentation.
        return self

    @property
    def __signature__(self) -> inspect.Signature:
        keyword = inspect.Parameter.KEYWORD_ONLY
        params = [
            inspect.Parameter(a.name, keyword)
            if a.required
            else inspect.Parameter(a.name, keyword, default=None)
            for a in caller_arguments(self.spec)
        ]
        params.sort(key=lambda p: p.default is not inspect.Parameter.empty)
        params += [
            inspect.Parameter("format", keyword, default=None),
            inspect.Parameter("raw", keyword, default=False),
        ]
        if self._check.open:
            params.append(inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD))
        return inspect.Signature(params)

    def __repr__(self) -> str:
        summary = _summary(self.spec)
        if len(summary) > 60:
            summary = summary[:57].rstrip() + "..."
        return f"<{self.name}: {summary}>"


def __getattr__(name: str) -> Any:
    # ``flickr`` follows the default client, which set_keys() and friends configure.
    if name == "flickr":
        return _default.default_client().api
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
