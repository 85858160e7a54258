"""The harness every peer script shares: run named steps, keep going after a failure, print
one JSON report. Standard library and requests only: it runs in each peer's environment."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import traceback
from typing import Any, Callable, Dict, List

import requests

Step = Callable[[], Dict[str, Any]]


def config() -> Dict[str, Any]:
    """The settings the test passed as the first argument (a JSON object)."""
    settings: Dict[str, Any] = json.loads(sys.argv[1])
    return settings


def approve(url: str) -> str:
    """What the person does: open the authorize page (the emulator approves at once) and read
    the code it shows."""
    page = requests.get(url, allow_redirects=False, timeout=30).text
    found = re.search(r'<span id="verifier">([^<]+)</span>', page)
    if found is None:
        raise RuntimeError(f"no code on the authorize page: {page[:300]}")
    return found.group(1)


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def upload_steps(upload: Callable[[str], str]) -> List[Step]:
    """The steps ``upload_small`` and ``upload_50mb``, given how the peer uploads a file and
    returns the new photo's id."""
    settings = config()

    def step(name: str, key: str) -> Step:
        def send() -> Dict[str, Any]:
            return {"photo_id": upload(settings[key]), "sha256": sha256_of(settings[key])}

        send.__name__ = name
        return send

    return [step("upload_small", "small_file"), step("upload_50mb", "big_file")]


def run(steps: List[Step]) -> None:
    """Run each step in order and print ``{name: {"ok": ..., "error"?: ..., **facts}}``."""
    report: Dict[str, Dict[str, Any]] = {}
    for step in steps:
        try:
            report[step.__name__] = {"ok": True, **step()}
        except Exception as exc:  # the report names the failure; the next step still runs
            lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
            report[step.__name__] = {"ok": False, "error": f"{type(exc).__name__}: {exc}",
                                     "traceback": "".join(lines[-6:])}
    print(json.dumps(report))
