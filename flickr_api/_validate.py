"""Checking a call's keyword arguments against the catalog before anything is sent.

The common case (known names, every required argument given) costs two frozenset
comparisons; everything else (aliases such as ``photo=`` for ``photo_id``, ``raw=True``,
mistakes) takes the slow path, which explains what is wrong.
"""

from __future__ import annotations

import functools
from typing import Any, Iterable, Optional

from flickr_api._catalog import Argument, MethodSpec
from flickr_api.errors import FlickrValidationError

__all__ = [
    "ArgumentCheck", "caller_arguments", "check_for", "suggest", "EXTRA_ARGUMENTS",
    "OPEN_METHODS",
]

#: Arguments every method takes besides its own: the reply format.
EXTRA_ARGUMENTS = frozenset({"format"})
#: Methods that take any argument at all.
OPEN_METHODS = frozenset({"flickr.test.echo"})
#: Arguments the client supplies itself, with what to do instead.
_CLIENT_ARGUMENTS = {
    "api_key": "the client sends the API key: use Client(api_key=...) or flickr_api.set_keys()",
    "method": "the method is the attribute you called",
    "nojsoncallback": "the client always asks for plain JSON",
}


def caller_arguments(spec: MethodSpec) -> tuple[Argument, ...]:
    """The arguments a caller passes: all the catalog lists but ``api_key`` (the client's)."""
    return tuple(a for a in spec.arguments if a.name != "api_key")


def suggest(name: str, candidates: Iterable[str]) -> Optional[str]:
    """The candidate closest to ``name`` (case-insensitive first), if any is close."""
    import difflib  # only needed to explain a mistake

    pool = list(candidates)
    lowered = {c.lower(): c for c in pool}
    if name.lower() in lowered:
        return lowered[name.lower()]
    matches = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    return matches[0] if matches else None


class ArgumentCheck:
    """What one method accepts; calling it returns the arguments to send or raises
    :class:`~flickr_api.errors.FlickrValidationError`."""

    __slots__ = ("accepted", "aliases", "descriptions", "method", "open", "required")

    def __init__(self, spec: MethodSpec) -> None:
        self.method = spec.name
        self.open = spec.name in OPEN_METHODS
        names = frozenset(a.name for a in caller_arguments(spec))
        self.accepted = frozenset(names | EXTRA_ARGUMENTS)
        self.required = frozenset(spec.required_arguments)
        #: ``photo`` -> ``photo_id``: an object (or its id) under the argument's short name.
        self.aliases = {
            n[:-3]: n for n in names if n.endswith("_id") and n[:-3] and n[:-3] not in names
        }
        self.descriptions = {a.name: a.description for a in spec.arguments}

    def __call__(self, args: dict[str, Any]) -> dict[str, Any]:
        keys = args.keys()
        if keys <= self.accepted and self.required <= keys:
            for name in self.required:
                if args[name] is None:
                    break
            else:
                return args
        return self._resolve(args)

    def _resolve(self, args: dict[str, Any]) -> dict[str, Any]:
        args = dict(args)
        raw = args.pop("raw", False)
        if raw:
            if args.get("format", "rest") not in ("rest", "xml"):
                raise FlickrValidationError(
                    f"{self.method}: raw=True asks for the XML reply, "
                    f"but format={args['format']!r} was given too; pass only one of them"
                )
            args["format"] = "rest"
        for short, full in self.aliases.items():
            if short in args:
                if full in args:
                    raise FlickrValidationError(
                        f"{self.method}: {short}= and {full}= name the same argument; "
                        "pass only one of them"
                    )
                args[full] = args.pop(short)
        if not self.open:
            for name in args:
                if name not in self.accepted:
                    raise self._unknown(name)
        missing = [n for n in sorted(self.required) if args.get(n) is None]
        if missing:
            raise FlickrValidationError(self._missing_message(missing))
        return args

    def _unknown(self, name: str) -> FlickrValidationError:
        message = f"{self.method} has no argument {name!r}"
        if name in _CLIENT_ARGUMENTS:
            return FlickrValidationError(f"{message}: {_CLIENT_ARGUMENTS[name]}")
        close = suggest(name, self.accepted | self.aliases.keys())
        if close:
            message += f"; did you mean {close!r}?"
        else:
            known = sorted(self.accepted - EXTRA_ARGUMENTS)
            message += f". Its arguments: {', '.join(known) if known else 'none'}."
        return FlickrValidationError(
            message,
            python_hint=f"If Flickr added it recently, flickr_api.call_api("
                        f"method={self.method!r}, ...) sends any argument unchecked.",
        )

    def _missing_message(self, missing: list[str]) -> str:
        lines = [
            f"{self.method} needs the argument{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}:"
        ]
        lines += [f"  {n}: {self.descriptions.get(n, '')}".rstrip() for n in missing]
        return "\n".join(lines)


@functools.cache
def check_for(spec: MethodSpec) -> ArgumentCheck:
    """The (shared) check of one method."""
    return ArgumentCheck(spec)
