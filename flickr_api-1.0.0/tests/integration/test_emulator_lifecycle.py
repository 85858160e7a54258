"""Starting and stopping the emulator, its keys and tokens, the command and the pytest plugin."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import entry_points
from pathlib import Path
from typing import Dict, List

import pytest
from emulator_support import rest, session
from requests_oauthlib import OAuth1

import flickr_api
from flickr_api.testing import FlickrEmulator

pytest_plugins = ["pytester"]

REPO = Path(flickr_api.__file__).resolve().parent.parent


def test_start_answer_and_stop():
    # How fast this goes is measured in bench/, not asserted here (it depends on the machine).
    emu = FlickrEmulator()  # the full default dataset
    emu.start()
    assert rest(emu, "flickr.test.echo").json()["stat"] == "ok"
    emu.stop()
    with pytest.raises(RuntimeError, match="not running"):
        _ = emu.base_url


def test_keys_and_address():
    with FlickrEmulator(photos=50) as emu:
        assert re.fullmatch(r"[0-9a-f]{32}", emu.api_key)
        assert re.fullmatch(r"[0-9a-f]{16}", emu.api_secret)
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", emu.base_url)
        assert emu.store.base_url == emu.base_url
    with FlickrEmulator("k" * 32, "s" * 16, photos=50) as emu:
        assert (emu.api_key, emu.api_secret) == ("k" * 32, "s" * 16)
    with pytest.raises(RuntimeError):
        _ = emu.base_url


def test_tokens():
    with FlickrEmulator(photos=50) as emu:
        token, secret = emu.token()
        assert re.fullmatch(r"72157\d{12}-[0-9a-f]{16}", token)
        assert re.fullmatch(r"[0-9a-f]{16}", secret)
        other = next(u for u in emu.store.users.values() if u.nsid != emu.store.default_user_nsid)
        auth = OAuth1(emu.api_key, emu.api_secret, *emu.token("read", user=other.username))
        assert rest(emu, "flickr.test.login", auth=auth).json()["user"]["id"] == other.nsid
        with pytest.raises(ValueError):
            emu.token("admin")
        with pytest.raises(ValueError):
            emu.token(user="nobody-at-all")
        with pytest.raises(ValueError):
            emu.authorize_as("nobody-at-all")


def test_stop_cleans_up_connections_and_files():
    before = threading.active_count()
    emu = FlickrEmulator(photos=50).start()
    tmpdir = emu.new_upload_path().rsplit(os.sep, 1)[0]
    s = session()
    for _ in range(3):  # one kept-alive connection, served by one thread
        assert s.get(emu.base_url + "/services/rest/", params={"method": "flickr.test.echo",
                     "api_key": emu.api_key}, timeout=10).status_code == 200
    emu.stop()
    emu.stop()  # stopping twice is harmless
    assert not os.path.exists(tmpdir)
    deadline = time.monotonic() + 2
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() <= before
    s.close()


def test_concurrent_requests(monkeypatch):
    """16 requests all in the server at once: each waits until the 16 have arrived, which
    only happens when they are served in parallel, not one by one."""
    together = threading.Barrier(16, timeout=30)
    with FlickrEmulator(photos=50) as emu, ThreadPoolExecutor(16) as pool:
        monkeypatch.setattr(emu, "pause", lambda seconds: together.wait())
        replies = list(pool.map(lambda i: rest(emu, "flickr.test.echo", n=str(i)), range(16)))
        assert [r.json()["n"]["_content"] for r in replies] == [str(i) for i in range(16)]
        assert emu.count("flickr.test.echo") == 16
        assert not together.broken


def _run_command(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "flickr_api.testing", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def _banner(process: subprocess.Popen) -> Dict[str, str]:
    lines: List[str] = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Press Ctrl-C"):
            break
    text = "".join(lines)
    found = re.search(r"at (http://\S+)", text)
    assert found, text
    info = {"url": found.group(1)}
    for label in ("API key", "API secret"):
        info[label] = re.search(rf"{label}:\s+(\S+)", text).group(1)
    for perms in ("read", "write", "delete"):
        info[perms] = re.search(rf"{perms} token:\s+(\S+) (\S+)", text).groups()
    return info


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_command(stop_signal):
    process = _run_command("--photos", "50", "--api-key", "a" * 32, "--api-secret", "b" * 16,
                           "--latency", "0")
    try:
        info = _banner(process)
        assert info["API key"] == "a" * 32 and info["API secret"] == "b" * 16
        auth = OAuth1("a" * 32, "b" * 16, *info["delete"])
        with session() as s:
            reply = s.get(info["url"] + "/services/rest/", auth=auth, timeout=10, params={
                "method": "flickr.test.login", "format": "json", "nojsoncallback": "1"})
        assert reply.json()["stat"] == "ok"
        process.send_signal(stop_signal)
        assert process.wait(timeout=5) == 0
    finally:
        process.kill()
        process.wait()
    assert "Stopped." in process.stdout.read()


def test_pytest_plugin(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(REPO))  # in case flickr_api is not installed
    pytester.makepyfile(
        """
        def test_fixtures(flickr_emulator, flickr_client):
            assert len(flickr_emulator.store.photos) >= 300
            login = flickr_client.api.test.login()
            assert flickr_emulator.calls("flickr.test.login")[0].user_nsid is not None
        """
    )
    installed = any(ep.name == "flickr_api" for ep in entry_points(group="pytest11"))
    args = [] if installed else ["-p", "flickr_api.testing.plugin"]
    result = pytester.runpytest_subprocess(*args, "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
