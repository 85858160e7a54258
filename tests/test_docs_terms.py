"""What a reader searching the docs must find: how to install this release, and the words
Flickr and other clients use."""

from __future__ import annotations

import re
from pathlib import Path

import flickr_api

ROOT = Path(__file__).resolve().parents[1]
PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]


def test_every_pip_install_from_the_index_asks_for_this_major_version():
    """``pip install flickr_api`` alone can bring the 0.x releases, which lack most of this."""
    major = flickr_api.__version__.split(".")[0]
    found = []
    for page in PAGES:
        for line in page.read_text(encoding="utf-8").splitlines():
            for spec in re.findall(r"pip install\s+\"?(flickr_api[^\s\"`]*)", line):
                if not spec.endswith((".whl", ".tar.gz")):  # a release's own files
                    found.append((page.name, spec))
    assert found
    for page, spec in found:
        assert f">={major}" in spec, f"{page}: pip install {spec} may install an old release"


def test_the_out_of_band_flow_is_called_oob_too():
    auth = (ROOT / "docs" / "auth.md").read_text(encoding="utf-8")
    assert re.search(r"\boob\b", auth) and "out of band" in auth
