"""A backup killed at random points, in a process of its own, resumes to exactly what an
uninterrupted run gives, without fetching any complete file twice."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from backup_support import client_of, owned, small_images, snapshot

from flickr_api.backup import backup

CHILD = Path(__file__).with_name("backup_child.py")
ROOT = Path(__file__).resolve().parents[2]
OPTIONS = {"layout": "by-album", "workers": 2, "details": False}


def run_child(emu, token, destination: Path, kill_at: int) -> int:
    config = destination.parent / f"{destination.name}-config.json"
    config.write_text(json.dumps({
        "base_url": emu.base_url, "api_key": emu.api_key, "api_secret": emu.api_secret,
        "token": token[0], "token_secret": token[1], "destination": str(destination),
        "options": OPTIONS, "kill_at": kill_at,
    }))
    done = subprocess.run([sys.executable, str(CHILD), str(config)], timeout=120,
                          cwd=destination.parent, env={"PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True)
    if done.returncode not in (0, -9):
        raise AssertionError(done.stderr)
    return done.returncode


@pytest.mark.parametrize("seed", [3, pytest.param(1, marks=pytest.mark.slow),
                                  pytest.param(2, marks=pytest.mark.slow)])
def test_a_run_killed_anywhere_resumes_to_the_uninterrupted_result(flickr_emulator, tmp_path,
                                                                   seed):
    emu = flickr_emulator
    small_images(emu)
    token = emu.token("delete", user="bob")
    photos = len(owned(emu, "bob"))
    pick = random.Random(seed)
    target = tmp_path / "killed"

    kills = 0
    while run_child(emu, token, target, pick.randrange(2, 12)) != 0:
        kills += 1
    images = [r for r in emu.calls() if r.flickr_method is None and r.path.endswith(".jpg")]

    assert kills >= 2  # the first run dies at its 2nd to 11th request, and so on
    # Only the downloads under way when the process died are asked for again (to resume).
    assert len(images) <= photos + kills * OPTIONS["workers"]
    with client_of(emu, "bob") as bob:
        backup(tmp_path / "straight", client=bob, **OPTIONS)
    assert snapshot(target) == snapshot(tmp_path / "straight")
