"""A griffe extension for the API reference: the reStructuredText habits of the docstrings
(``>>>`` examples, ``::`` literal blocks, ``:class:`~x.Y``` roles) rendered as Markdown."""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Object

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
