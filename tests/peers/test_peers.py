"""Clients written against the real Flickr, run against the emulator: flickrapi 2.4.0 and
flickr_api 0.8.1, each in its own environment (built once, see bench/envs.py for where).

Each peer's script (``steps_*.py``) does what the peer's users do, step by step, and reports
each step; the tests below read the report and check the emulator's side. Where the peer itself
is wrong on real Flickr, it must fail here the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest
import requests

from flickr_api.testing import FlickrEmulator

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import envs  # noqa: E402  (bench/envs.py builds the environments for the benchmarks too)

#: Environment name (bench/envs.py) -> the script driving that peer.
PEERS = {"flickrapi": "steps_flickrapi.py", "flickr-api-0.8.1": "steps_flickr_api_081.py"}
#: The first test of each peer may build its environment (pip, a minute or so).
pytestmark = pytest.mark.timeout(900)
BIG = 50 * 1024 * 1024
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


@dataclass
class Run:
    peer: str
    emu: FlickrEmulator
    report: Dict[str, Dict[str, Any]]

    def step(self, name: str) -> Dict[str, Any]:
        """The facts a step reported; the test fails with the peer's error if the step did."""
        result = self.report[name]
        assert result["ok"], f"{self.peer} {name}: {result['error']}\n{result['traceback']}"
        return result


def peer_python(name: str) -> Path:
    """The peer's interpreter, its environment built on first use; skips only when pip cannot
    reach the package index (and never in CI, which must run these tests)."""
    try:
        return envs.ensure(name)
    except envs.SetupFailed as exc:
        if exc.offline and not os.environ.get("CI"):
            pytest.skip(f"peer client {name} not installed and the package index is out of "
                        f"reach ({exc})")
        raise


def _write(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(JPEG)
        remaining = size - len(JPEG)
        while remaining > 0:
            block = os.urandom(min(remaining, 1 << 20))
            out.write(block)
            remaining -= len(block)
    return path


@pytest.fixture(scope="module", params=list(PEERS))
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    name = request.param
    python = peer_python(name)
    folder = tmp_path_factory.mktemp(name)
    with FlickrEmulator(photos=300) as emu:
        settings = {
            "base_url": emu.base_url, "api_key": emu.api_key, "api_secret": emu.api_secret,
            "user_nsid": emu.store.default_user_nsid, "fallback_token": emu.token("write"),
            "folder": str(folder), "small_file": str(_write(folder / "small.jpg", 40_000)),
            "big_file": str(_write(folder / "big.jpg", BIG)),
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FLICKR"))}
        env["PYTHONPATH"] = str(BENCH / "sides")  # point_at() of each peer, never our package
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside the scripts
        env["HOME"] = str(folder)  # whatever a peer saves lands in the test's folder
        done = subprocess.run([str(python), str(HERE / PEERS[name]), json.dumps(settings)],
                              capture_output=True, text=True, timeout=300, cwd=folder, env=env,
                              check=False)
        lines = done.stdout.strip().splitlines()
        assert done.returncode == 0 and lines, f"{name} script failed:\n{done.stderr[-3000:]}"
        yield Run(name, emu, json.loads(lines[-1]))


def test_oauth_dance(run: Run) -> None:
    run.step("oauth_dance")
    assert [r.path.rstrip("/") for r in run.emu.log.snapshot() if "/oauth/" in r.path] == [
        "/services/oauth/request_token", "/services/oauth/authorize",
        "/services/oauth/access_token"]
    if run.peer == "flickrapi":
        facts = run.step("oauth_dance")
        assert (facts["username"], facts["perms"]) == ("alice", "write")


def test_signed_call(run: Run) -> None:
    assert run.step("signed_call")["user_id"] == run.emu.store.default_user_nsid
    logins = run.emu.calls("flickr.test.login")
    assert logins and logins[0].user_nsid == run.emu.store.default_user_nsid


def test_check_token(run: Run) -> None:
    facts = run.step("check_token")
    assert facts["perms"] == "write" and facts["nsid"] == run.emu.store.default_user_nsid
    if run.peer == "flickrapi":
        # flickrapi's token_valid() leaves out checkToken's oauth_token argument; real Flickr
        # answers error 98 "Invalid token" (a known flickrapi bug), and so must we.
        assert facts["token_valid"] is False


def test_search(run: Run) -> None:
    facts = run.step("search")
    assert facts["count"] == 20 and facts["total"] > 20
    assert facts["pages"] == -(-facts["total"] // 20)


def test_walk(run: Run) -> None:
    total = run.step("search")["total"]
    assert run.step("walk") == {"ok": True, "count": total, "unique": total}


def test_sizes_and_download(run: Run) -> None:
    facts = run.step("sizes_and_download")
    assert "Original" in facts["labels"] and "Large Square" in facts["labels"]
    reply = requests.get(facts["source"], timeout=30)
    assert facts["size"] == len(reply.content) > 0
    assert facts["sha256"] == hashlib.sha256(reply.content).hexdigest()


@pytest.mark.parametrize(("step", "size"), [("upload_small", 40_000), ("upload_50mb", BIG)])
def test_upload(run: Run, step: str, size: int) -> None:
    facts = run.step(step)
    stored = next(u for u in run.emu.uploads if u.photo_id == facts["photo_id"])
    assert (stored.size, stored.sha256) == (size, facts["sha256"])
    assert stored.fields["title"].startswith("from flickr")
