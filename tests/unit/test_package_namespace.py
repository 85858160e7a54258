"""What ``import flickr_api`` shows and loads: public names only, nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys

import flickr_api


def test_dir_lists_the_public_names_only():
    names = dir(flickr_api)
    assert names == sorted(flickr_api.__all__)
    for helper in ("Any", "Optional", "TYPE_CHECKING", "importlib", "annotations"):
        assert helper not in names


def test_every_public_name_resolves():
    for name in flickr_api.__all__:
        if name != "flickr":  # the default client's API tree: needs keys to be useful
            assert getattr(flickr_api, name) is not None, name


def test_unknown_names_are_attribute_errors():
    assert not hasattr(flickr_api, "no_such_thing")
    assert not hasattr(flickr_api, "_private")


PROBE = """
import json, sys
before = set(sys.modules)
import flickr_api
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_import_loads_only_the_package_itself():
    """Everything else loads on first use (the start-up time is measured in bench/, row 6)."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60, check=True)
    loaded = set(json.loads(done.stdout)) - {"__future__"}
    assert loaded == {"flickr_api", "flickr_api._default", "flickr_api._version"}
