"""Griffe extensions for the API reference.

- :class:`RstToMarkdown`: the reStructuredText habits of the docstrings (``>>>`` examples,
  ``::`` literal blocks, ``:class:`~x.Y``` roles) rendered as Markdown;
- :class:`BoundObjectMethods`: the object methods each class declares as rows
  (``search = photos("photos.search", static=True)``), which static analysis sees as
  attributes: documented as methods with their runtime signatures.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path
from typing import Any

from griffe import (
    Docstring,
    Extension,
    Function,
    Module,
    Object,
    Parameter,
    ParameterKind,
    Parameters,
)

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`~?([\w.]+)`")
_PROMPT = re.compile(r"^(\s*)(>>>|\.\.\.)( |$)")


def _role(match: re.Match[str]) -> str:
    target = match.group(1)
    return f"`{target.rsplit('.', 1)[-1] if match.group(0).count('~') else target}`"


def _fence_examples(lines: list[str]) -> list[str]:
    """Put each run of ``>>>`` lines (and the output under them) in a Python code fence."""
    result: list[str] = []
    fence: str | None = None  # the indentation of the open fence
    for line in lines:
        prompt = _PROMPT.match(line)
        if prompt and fence is None:
            fence = prompt.group(1)
            result.append(f"{fence}```python")
        elif fence is not None and not line.strip():
            result.append(f"{fence}```")
            fence = None
        result.append(_PROMPT.sub(r"\1", line) if prompt else line)
    if fence is not None:
        result.append(f"{fence}```")
    return result


def to_markdown(text: str) -> str:
    text = _ROLE.sub(_role, text)
    text = re.sub(r"(\S)::$", r"\1:", text, flags=re.MULTILINE)
    text = re.sub(r"^::$\n", "", text, flags=re.MULTILINE)
    return "\n".join(_fence_examples(text.splitlines()))


class RstToMarkdown(Extension):
    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)

    def on_module_instance(self, *, mod: Module, **kwargs: Any) -> None:
        self.on_object(obj=mod)


class BoundObjectMethods(Extension):
    def on_package(self, *, pkg: Module, **kwargs: Any) -> None:
        if pkg.name != "flickr_api":
            return
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from flickr_api.objects.base import registered_classes
        from flickr_api.objects.methods import Binding

        for cls in registered_classes().values():
            module = cls.__module__.removeprefix("flickr_api.")
            documented = pkg.get_member(f"{module}.{cls.__qualname__}")
            for name, value in vars(cls).items():
                if name.startswith("_") or not isinstance(value, Binding):
                    continue
                function = getattr(cls, name)
                params = [
                    Parameter(p.name, annotation=None if p.annotation is p.empty
                              else str(p.annotation), kind=ParameterKind[p.kind.name.lower()],
                              default=None if p.default is p.empty else repr(p.default))
                    for p in inspect.signature(function).parameters.values()
                ]
                method = Function(name, parameters=Parameters(*params),
                                  docstring=Docstring(inspect.getdoc(function) or ""))
                if value.static:
                    method.labels.add("staticmethod")
                documented.set_member(name, method)
