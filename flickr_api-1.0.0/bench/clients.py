"""The clients under test, and how to run one workload of one client in its own process."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional

import envs
from emulator import SIDES, repo_env

#: Column order in the table.
OURS, FLOOR, FLICKRAPI, OLD = "ours", "floor", "flickrapi 2.4.0", "flickr-api 0.8.1"


class SideFailed(RuntimeError):
    """A client side exited with an error."""


@dataclass(frozen=True)
class Client:
    name: str
    script: str
    env: Optional[str] = None  # a bench/.envs/ environment; None: this interpreter

    def python(self) -> Optional[Path]:
        """The interpreter to run this client with; None when its environment is missing."""
        return Path(sys.executable) if self.env is None else envs.python_of(self.env)

    def skip_reason(self) -> Optional[str]:
        if self.python() is None:
            return f"{self.name} not installed: run `python bench/run.py --setup`"
        return None

    def run(self, workload: str, settings: Dict[str, Any], timeout: float = 900) -> Dict[str, Any]:
        """Run one workload in a fresh process and return its figures."""
        python = self.python()
        if python is None:
            raise SideFailed(self.skip_reason() or self.name)
        # Only our own side may see this repository: flickr-api 0.8.1 is also `flickr_api`.
        env = repo_env() if self.name == OURS else _plain_env()
        done = subprocess.run(
            [str(python), str(SIDES / self.script), workload, json.dumps(settings)],
            capture_output=True, text=True, env=env, timeout=timeout, cwd=str(SIDES),
        )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise SideFailed(failure(f"{self.name} {workload}", done))
        figures: Dict[str, Any] = json.loads(lines[-1])
        return figures


def failure(what: str, done: subprocess.CompletedProcess[str]) -> str:
    """A failed side's error: its last line first, then the end of its traceback."""
    errors = done.stderr.strip().splitlines()
    last = errors[-1] if errors else f"exit status {done.returncode}"
    return f"{what} failed: {last}\n" + "\n".join(errors[-15:])


def _plain_env() -> Dict[str, str]:
    env = repo_env()
    env.pop("PYTHONPATH", None)
    return env


CLIENTS = {
    OURS: Client(OURS, "ours.py"),
    FLOOR: Client(FLOOR, "floor.py"),
    FLICKRAPI: Client(FLICKRAPI, "flickrapi_side.py", "flickrapi"),
    OLD: Client(OLD, "flickr_api_081.py", "flickr-api-0.8.1"),
}
