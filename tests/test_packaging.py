"""The installed package's metadata, as an index and pip show it (read from the installed
distribution, so the built wheel and sdist are checked too when the tests run from them)."""

from __future__ import annotations

import re
import sys
from importlib import metadata

import flickr_api

META = metadata.metadata("flickr_api")


def test_the_version_comes_from_the_package():
    assert metadata.version("flickr_api") == flickr_api.__version__


def test_license_as_an_spdx_expression_with_its_file():
    assert META["License-Expression"] == "BSD-3-Clause"
    assert "LICENSE" in (META.get_all("License-File") or [])
    assert not any(c.startswith("License ::") for c in META.get_all("Classifier") or [])


def test_project_urls():
    urls = dict(u.split(", ", 1) for u in META.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(urls)


def test_classifiers_name_the_tested_pythons_and_the_pytest_plugin():
    classifiers = META.get_all("Classifier") or []
    assert "Framework :: Pytest" in classifiers
    claimed = sorted(int(v) for v in re.findall(r"^Programming Language :: Python :: 3\.(\d+)$",
                                                  "\n".join(classifiers), re.M))
    lowest = int(re.fullmatch(r">=3\.(\d+)", META["Requires-Python"]).group(1))
    assert claimed == list(range(lowest, claimed[-1] + 1))  # every version from the lowest
    assert sys.version_info[1] in claimed  # the one running these tests


def test_the_pytest_plugin_is_registered():
    plugins = metadata.entry_points(group="pytest11")
    assert [ep.value for ep in plugins if ep.name == "flickr_api"] == ["flickr_api.testing.plugin"]


def test_the_command_is_the_program_entry_not_the_embeddable_main():
    scripts = metadata.entry_points(group="console_scripts")
    assert [ep.value for ep in scripts if ep.name == "flickr-api"] == ["flickr_api.cli:run"]
