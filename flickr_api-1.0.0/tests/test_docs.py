"""Every ```python block of docs/ and README.md runs, page by page, against an emulator.

The environment is what the pages tell readers to set up: FLICKR_API_BASE_URL, FLICKR_API_KEY,
FLICKR_API_SECRET, and the token file `flickr-api auth` saves. Where a page asks the person for
the code Flickr shows (``input()``), the test approves the authorization URL the page printed
and types the code. A block preceded by ``<!-- skip -->`` is shown, not run.
"""

from __future__ import annotations

import builtins
import logging
import re
import textwrap
from pathlib import Path

import pytest
import requests

from flickr_api.auth import default_token_path
from flickr_api.testing import FlickrEmulator

ROOT = Path(__file__).resolve().parents[1]
PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
SKIP = "<!-- skip -->"
_FENCE = re.compile(r"^(\s*)```(\w*)\s*$")


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, code) of each ```python block not marked to skip."""
    blocks: list[tuple[int, str]] = []
    lines = text.splitlines()
    previous = ""
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            previous = lines[index].strip() or previous
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith("```"):
            end += 1
        if opening.group(2) == "python" and previous != SKIP:
            blocks.append((index + 2, textwrap.dedent("\n".join(lines[index + 1:end]))))
        previous = ""
        index = end + 1
    return blocks


def test_python_blocks_are_found():
    page = ("text\n<!-- skip -->\n```python\nskipped()\n```\n\n"
            "- item\n\n    ```python\n    ran()\n    ```\n")
    assert python_blocks(page) == [(10, "ran()")]


class Person:
    """Answers ``input()`` as someone who opens the last authorization URL printed and types
    the code Flickr shows."""

    def __init__(self, capsys) -> None:
        self.capsys = capsys
        self.printed = ""

    def __call__(self, prompt: str = "") -> str:
        out, _ = self.capsys.readouterr()
        self.printed += out
        urls = re.findall(r"http://\S+/services/oauth/authorize\?\S+", self.printed)
        assert urls, "the page asks for a code before printing the authorization URL"
        page = requests.get(urls[-1], timeout=5).text
        return re.search(r'id="verifier"[^>]*>([^<]+)<', page).group(1).strip()


@pytest.fixture
def reader_setup(monkeypatch, tmp_path, capsys):
    """The machine of a reader who followed the quickstart, pointed at an emulator."""
    with FlickrEmulator() as emu:
        monkeypatch.setenv("FLICKR_API_BASE_URL", emu.base_url)
        monkeypatch.setenv("FLICKR_API_KEY", emu.api_key)
        monkeypatch.setenv("FLICKR_API_SECRET", emu.api_secret)
        token_file = default_token_path()
        token_file.parent.mkdir(parents=True, exist_ok=True)
        token_file.write_text("\n".join(emu.token("delete")) + "\n")
        work = tmp_path / "work"
        work.mkdir()
        monkeypatch.chdir(work)
        monkeypatch.setattr(builtins, "input", Person(capsys))
        logger = logging.getLogger("flickr_api")
        level, handlers = logger.level, list(logging.root.handlers)
        yield emu
        logger.setLevel(level)  # a page may turn on debug logging
        logging.root.handlers[:] = handlers


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_code_examples_run(page, reader_setup):
    namespace: dict = {"__name__": "__docs__"}
    for line, code in python_blocks(page.read_text(encoding="utf-8")):
        # Padding keeps tracebacks pointing at the page's own line numbers.
        compiled = compile("\n" * (line - 1) + code, str(page), "exec")
        exec(compiled, namespace)
