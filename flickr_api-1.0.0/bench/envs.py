"""Virtual environments for the other Python clients, kept in ``bench/.envs/`` (git-ignored).

flickr-api 0.8.1 also imports as ``flickr_api``, so every other client lives in its own
environment and runs there under its own interpreter.
"""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path
from typing import Callable, Dict, Optional

ENVS = Path(__file__).resolve().parent / ".envs"

#: Environment name -> the pip requirement it holds.
CLIENTS: Dict[str, str] = {
    "flickrapi": "flickrapi==2.4.0",
    "flickr-api-0.8.1": "flickr-api==0.8.1",
}


def python_of(name: str) -> Optional[Path]:
    """The interpreter of an environment :func:`setup` completed, or None."""
    where = ENVS / name
    python = where / "bin" / "python"
    return python if python.exists() and (where / "installed.txt").exists() else None


def setup(log: Callable[[str], None] = print) -> Dict[str, str]:
    """Create every environment with ``python -m venv`` + pip; name -> "ok" or why it failed."""
    status = {}
    for name, requirement in CLIENTS.items():
        where = ENVS / name
        log(f"setting up {name} ({requirement}) in {where}")
        try:
            if not (where / "bin" / "python").exists():
                venv.create(where, with_pip=True, clear=True)
            subprocess.run(
                [str(where / "bin" / "python"), "-m", "pip", "install", "--quiet",
                 "--disable-pip-version-check", requirement],
                check=True, capture_output=True, text=True, timeout=900,
            )
            (where / "installed.txt").write_text(requirement + "\n")
            status[name] = "ok"
        except subprocess.CalledProcessError as exc:
            lines = (exc.stderr or "").strip().splitlines()
            status[name] = f"pip failed: {lines[-1] if lines else exc}"
        except (OSError, subprocess.SubprocessError) as exc:
            status[name] = f"failed: {exc}"
        log(f"  {name}: {status[name]}")
    return status
