"""The generated type stubs of the direct API: up to date, and useful to a type checker."""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path

import pytest

import flickr_api

ROOT = Path(flickr_api.__file__).resolve().parent.parent
STUBS = ROOT / "flickr_api" / "api.pyi"


def load_generator():
    spec = importlib.util.spec_from_file_location(
        "generate_stubs", ROOT / "scripts" / "generate_stubs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_stubs_match_the_catalog():
    assert STUBS.read_text(encoding="utf-8") == load_generator().render(), (
        "flickr_api/api.pyi is stale: run python scripts/generate_stubs.py")


def test_write_stubs(tmp_path):
    target = load_generator().write_stubs(tmp_path / "api.pyi")
    assert target.read_text(encoding="utf-8") == STUBS.read_text(encoding="utf-8")


SAMPLE = """\
    from typing import Any

    from flickr_api import Client
    from flickr_api.api import Namespace, flickr

    client = Client(api_key="key", api_secret="secret")
    tree: Namespace = client.api
    found: Any = tree.photos.search(tags="cat", per_page=10, extras=["url_m"])
    info = flickr.photos.getInfo(photo_id="1", raw=True)
    flickr.photos.comments.addComment(photo_id="1", comment_text="nice", format="rest")
    flickr.test.echo(anything="goes", format="json")
    flickr.photos.serch(tags="cat")  # E: no such method
    flickr.photos.getInfo()  # E: photo_id missing
    flickr.photos.search(tag="cat")  # E: unknown argument
    flickr.photo.search()  # E: no such namespace
    client.api.photos.getInfo(photo_id="1", secrett="x")  # E: unknown argument
"""


def test_mypy_accepts_good_calls_and_flags_mistakes(tmp_path, monkeypatch):
    api = pytest.importorskip("mypy.api")
    sample = tmp_path / "sample.py"
    sample.write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", str(ROOT))
    monkeypatch.chdir(tmp_path)
    out, err, _status = api.run([
        "--follow-imports=silent", "--ignore-missing-imports", "--no-error-summary",
        "--cache-dir", str(tmp_path / "cache"), "--python-version", "3.10", str(sample),
    ])
    flagged = sorted({
        int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line
    })
    expected = [n + 1 for n, line in enumerate(SAMPLE.splitlines()) if "# E:" in line]
    assert flagged == expected, out + err


@pytest.mark.slow
def test_stubs_match_the_runtime_module():
    stubtest = pytest.importorskip("mypy.stubtest")
    assert stubtest.test_stubs(stubtest.parse_options(["flickr_api.api"])) == 0
