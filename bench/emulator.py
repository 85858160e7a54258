"""The emulator in a separate process (``sides/serve.py``), and the clients' view of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SIDES = BENCH / "sides"


def repo_env() -> Dict[str, str]:
    """The environment for processes that import this repository's ``flickr_api``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    for name in ("FLICKR_API_KEY", "FLICKR_API_SECRET", "FLICKR_API_BASE_URL"):
        env.pop(name, None)
    return env


class EmulatorProcess:
    """``with EmulatorProcess(photos=25000) as emu:`` serves until the block ends."""

    def __init__(self, photos: int) -> None:
        self.photos = photos
        self.info: Dict[str, Any] = {}
        self._process: Optional[subprocess.Popen[str]] = None

    def __enter__(self) -> EmulatorProcess:
        settings = json.dumps({"photos": self.photos})
        self._process = subprocess.Popen(
            [sys.executable, str(SIDES / "serve.py"), settings],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=repo_env(),
        )
        line = self._process.stdout.readline() if self._process.stdout else ""
        if not line:
            self._process.wait()
            raise RuntimeError("the emulator process did not start (see its error above)")
        self.info = json.loads(line)
        return self

    def __exit__(self, *exc: object) -> None:
        process, self._process = self._process, None
        if process is not None and process.stdin is not None:
            process.stdin.close()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def _command(self, text: str) -> Any:
        process = self._process
        if process is None or process.stdin is None or process.stdout is None:
            raise RuntimeError("the emulator process is not running")
        process.stdin.write(text + "\n")
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    @contextmanager
    def settings(self, latency: float = 0.0, cache: bool = False) -> Iterator[None]:
        """Latency per request and the reply cache (see sides/serve.py) for a block."""
        self._command(f"latency {latency}")
        self._command(f"cache {'on' if cache else 'off'}")
        try:
            yield
        finally:
            self._command("latency 0")
            self._command("cache off")

    def take_log(self) -> List[List[Optional[str]]]:
        """``[flickr_method, path]`` of each request since the previous call."""
        log: List[List[Optional[str]]] = self._command("log")
        return log

    def traffic(self) -> Tuple[int, int]:
        """``(requests, bytes)`` of the REST replies since the previous call."""
        requests, size = self._command("traffic")
        return int(requests), int(size)

    def upload_sizes(self) -> List[int]:
        sizes: List[int] = self._command("uploads")
        return sizes

    def client_settings(self, **extra: Any) -> Dict[str, Any]:
        """What a client side needs to reach the emulator, plus ``extra``."""
        info = self.info
        return {"base_url": info["base_url"], "api_key": info["api_key"],
                "api_secret": info["api_secret"], "token": info["token"],
                "notable": info["notable"], **extra}
