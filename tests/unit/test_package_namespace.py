"""What ``import flickr_api`` shows: public names only."""

from __future__ import annotations

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
