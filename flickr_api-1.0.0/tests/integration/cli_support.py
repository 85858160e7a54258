"""Running the ``flickr-api`` command in tests: in-process through ``main()``, or as a
subprocess, with the emulator's keys and base URL in the environment."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

import requests

from flickr_api.cli import main
from flickr_api.testing import FlickrEmulator

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """The command, pointed at ``emu`` through the environment (as a user would set it)."""

    def __init__(self, emu: FlickrEmulator, monkeypatch, capsys, home: Path) -> None:
        self.emu = emu
        self.capsys = capsys
        self.home = home
        self.token_file = home / "config" / "flickr_api" / "auth.txt"
        self._monkeypatch = monkeypatch
        for name, value in self.env().items():
            monkeypatch.setenv(name, value)

    def env(self) -> dict[str, str]:
        return {
            "FLICKR_API_BASE_URL": self.emu.base_url,
            "FLICKR_API_KEY": self.emu.api_key,
            "FLICKR_API_SECRET": self.emu.api_secret,
            "FLICKR_API_CONFIG_DIR": str(self.token_file.parent),
            "XDG_CONFIG_HOME": str(self.home / "config"),
        }

    def __call__(self, *argv: str, stdin: Union[str, object] = "") -> Result:
        """Run ``main(argv)``; ``stdin`` is what is typed (text, or an object with readline)."""
        self.capsys.readouterr()
        self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin) if isinstance(stdin, str)
                                  else stdin)
        code = main(list(argv))
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def save_token(self, perms: str = "write", path: Optional[Path] = None) -> Path:
        """A token file as `flickr-api auth` leaves it."""
        path = path or self.token_file
        path.parent.mkdir(parents=True, exist_ok=True)
        key, secret = self.emu.token(perms)
        path.write_text(f"{key}\n{secret}\n")
        return path

    def spawn(self, *argv: str) -> subprocess.Popen:
        """``python -m flickr_api ARGV`` as a separate process, pipes on every stream."""
        env = {**os.environ, **self.env(), "PYTHONPATH": str(ROOT)}
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.Popen(
            [sys.executable, "-m", "flickr_api", *argv], cwd=self.home, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )


def running_cli(monkeypatch, capsys, tmp_path: Path, photos: int = 3000) -> Iterator[Cli]:
    """The body of a test module's ``cli`` fixture: the command and a fresh emulator."""
    with FlickrEmulator(photos=photos) as emu:
        yield Cli(emu, monkeypatch, capsys, tmp_path)


def authorize_url_in(text: str) -> str:
    return re.search(r"(http://\S+/services/oauth/authorize\?\S+)", text).group(1)


def code_shown_at(url: str) -> str:
    """What the person reads on Flickr's page after approving (out of band)."""
    page = requests.get(url, timeout=5).text
    return re.search(r'id="verifier"[^>]*>([^<]+)<', page).group(1).strip()
