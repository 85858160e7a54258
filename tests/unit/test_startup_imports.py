"""What starting up loads: ``import flickr_api`` only the package itself, the command line's
``--help`` nothing of the transfers, objects, backup, HTTP or browser machinery. (How long it
takes is measured in bench/, rows 6a and 6b, never here.)"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import contextlib, io, json, sys
before = set(sys.modules)
{code}
print(json.dumps(sorted(set(sys.modules) - before)))
"""

#: Modules the command line needs only once a command runs.
NOT_FOR_HELP = ("flickr_api.transfer", "flickr_api.objects", "flickr_api.backup",
                "flickr_api.client", "flickr_api._catalog", "requests", "lxml", "oauthlib",
                "webbrowser", "tempfile", "logging", "http.server", "sqlite3", "concurrent")


def loaded_by(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(code=code)], capture_output=True,
                          text=True, timeout=60, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_loads_only_the_package_itself():
    assert loaded_by("import flickr_api") - {"__future__"} == {
        "flickr_api", "flickr_api._default", "flickr_api._version"}


def test_the_command_lines_help_loads_nothing_heavy():
    loaded = loaded_by("from flickr_api.cli import main\n"
                       "with contextlib.redirect_stdout(io.StringIO()): main(['--help'])")
    assert "flickr_api.cli" in loaded
    heavy = sorted(m for m in loaded if m.split(".")[0] in NOT_FOR_HELP
                   or any(m == n or m.startswith(n + ".") for n in NOT_FOR_HELP))
    assert heavy == []
