"""Virtual environments for the other Python clients (the benchmarks' and the peer tests').

They live in the folder ``FLICKR_API_ENVS`` names, else in ``bench/.envs/`` of a git checkout
(ignored there), else (an unpacked source distribution, which must stay as it came) in the
system's temporary folder. flickr-api 0.8.1 also imports as ``flickr_api``, so every other
client lives in its own environment and runs there under its own interpreter.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import venv
from pathlib import Path
from typing import Callable, Dict, Optional, Tuple

_BENCH = Path(__file__).resolve().parent
ENVS = Path(
    os.environ.get("FLICKR_API_ENVS")
    or (_BENCH / ".envs" if (_BENCH.parent / ".git").exists()
        else Path(tempfile.gettempdir()) / "flickr_api-envs")
)

#: Environment name -> the pip requirements it holds. flickrapi's walkers call
#: Element.getchildren(), which only lxml still has on Python 3.9 and later.
CLIENTS: Dict[str, Tuple[str, ...]] = {
    "flickrapi": ("flickrapi==2.4.0", "lxml"),
    "flickr-api-0.8.1": ("flickr-api==0.8.1",),
}

#: What pip prints when it cannot reach the package index.
_OFFLINE = (
    "Failed to establish a new connection", "Temporary failure in name resolution",
    "Network is unreachable", "NewConnectionError", "ConnectTimeoutError", "ProxyError",
    "No matching distribution found",
)


class SetupFailed(RuntimeError):
    """An environment could not be built; ``offline`` when pip could not reach the index."""

    def __init__(self, message: str, offline: bool) -> None:
        super().__init__(message)
        self.offline = offline


def python_of(name: str) -> Optional[Path]:
    """The interpreter of an environment :func:`ensure` completed, or None."""
    where = ENVS / name
    python = where / "bin" / "python"
    done = where / "installed.txt"
    current = python.exists() and done.exists() and done.read_text() == _stamp(name)
    return python if current else None


def _stamp(name: str) -> str:
    return "\n".join(CLIENTS[name]) + "\n"


def ensure(name: str) -> Path:
    """The interpreter of environment ``name``, created with ``python -m venv`` + pip when
    missing; raises :class:`SetupFailed`."""
    python = python_of(name)
    if python is not None:
        return python
    where, requirements = ENVS / name, CLIENTS[name]
    try:
        if not (where / "bin" / "python").exists():
            venv.create(where, with_pip=True, clear=True)
        done = subprocess.run(
            [str(where / "bin" / "python"), "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", *requirements],
            capture_output=True, text=True, timeout=900, check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise SetupFailed(f"cannot create {where}: {exc}", offline=False) from None
    if done.returncode != 0:
        output = done.stderr + done.stdout
        lines = output.strip().splitlines()
        raise SetupFailed(f"pip could not install {' '.join(requirements)}: "
                          f"{lines[-1] if lines else ''}",
                          offline=any(sign in output for sign in _OFFLINE))
    (where / "installed.txt").write_text(_stamp(name))
    return where / "bin" / "python"


def setup(log: Callable[[str], None] = print) -> Dict[str, str]:
    """Create every environment; name -> "ok" or why it failed."""
    status = {}
    for name, requirements in CLIENTS.items():
        log(f"setting up {name} ({' '.join(requirements)}) in {ENVS / name}")
        try:
            ensure(name)
            status[name] = "ok"
        except SetupFailed as exc:
            status[name] = str(exc)
        log(f"  {name}: {status[name]}")
    return status
