"""The conformance kit runs green against the emulator, writes captures without secrets, and
its live mode reads the maintainer's keys and token without printing them."""

from __future__ import annotations

import pytest

from flickr_api.auth import AuthHandler
from flickr_api.testing.conformance import CHECKS
from flickr_api.testing.conformance.__main__ import _flickr, main
from flickr_api.testing.conformance._probe import Redactor


def test_every_check_passes_against_the_emulator(capsys, tmp_path):
    assert main(["--write", "--captures", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == f"{len(CHECKS)} passed, 0 failed, 0 skipped"
    assert all(line.startswith("pass") for line in out[:len(CHECKS)])
    files = {p.name for p in tmp_path.iterdir()}
    assert {"SOURCES.md", "oauth.request_token.txt", "upload.xml", "upload.async.xml",
            "flickr.photos.search.json", "flickr.photos.search.xml"} <= files


def test_read_only_by_default(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "a sync upload" not in out and "deleted" not in out


def test_captures_keep_no_secret(tmp_path, monkeypatch):
    seen = []
    from flickr_api.testing.conformance import _probe

    original = _probe.Probe.__post_init__

    def remember(self):
        original(self)
        seen.append(self.target)

    monkeypatch.setattr(_probe.Probe, "__post_init__", remember)
    assert main(["--captures", str(tmp_path)]) == 0
    target = seen[0]
    text = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for secret in (target.api_key, target.api_secret, target.token, target.token_secret):
        assert secret.encode() not in text
    assert b"ACCESS_TOKEN" in text and b"API_KEY" in text


def test_redactor_replaces_secrets_and_token_secrets():
    redact = Redactor({"k3y": "API_KEY", "s3cret": "API_SECRET"})
    assert redact.text("a=k3y&b=s3cret") == "a=API_KEY&b=API_SECRET"
    body = b"oauth_token=t&oauth_token_secret=abcdef0123&x=k3y"
    assert redact.body(body) == b"oauth_token=t&oauth_token_secret=0000000000000000&x=API_KEY"


def test_live_mode_reads_the_saved_token_and_keys(tmp_path, monkeypatch):
    monkeypatch.setenv("FLICKR_API_KEY", "a" * 32)
    monkeypatch.setenv("FLICKR_API_SECRET", "b" * 16)
    token_file = tmp_path / "auth.txt"
    AuthHandler.create("72157-token", "token-secret").save(token_file)
    with _flickr(str(token_file)) as target:
        assert target.endpoints.rest == "https://api.flickr.com/services/rest/"
        assert (target.api_key, target.token, target.token_secret) == (
            "a" * 32, "72157-token", "token-secret")
    with pytest.raises(SystemExit, match="only makes sense with --live"):
        main(["--token", str(token_file)])
