"""Importing stays cheap: the catalog, requests and lxml load on first use, in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import json, sys
import flickr_api
from flickr_api import _catalog
heavy = ("requests", "lxml", "oauthlib")
state = {"after_import": [_catalog.is_loaded(), [m for m in heavy if m in sys.modules]]}
from flickr_api.api import flickr
state["after_api_import"] = [_catalog.is_loaded(), [m for m in heavy if m in sys.modules]]
flickr.photos.search
state["after_lookup"] = [_catalog.is_loaded(), [m for m in heavy if m in sys.modules]]
print(json.dumps(state))
"""


def run_probe() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=30, check=True)
    return json.loads(done.stdout)


def test_catalog_loads_on_first_direct_lookup_only():
    state = run_probe()
    assert state["after_import"] == [False, []]
    assert state["after_api_import"] == [False, []]
    assert state["after_lookup"] == [True, []]
