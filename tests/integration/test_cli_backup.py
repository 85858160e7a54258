"""`flickr-api backup`, `sync-up` and `restore` through the emulator."""

from __future__ import annotations

import json

import pytest
from backup_support import small_images
from cli_support import running_cli


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    for runner in running_cli(monkeypatch, capsys, tmp_path, photos=300):
        small_images(runner.emu)
        yield runner


def test_backup_then_verify_then_repair(cli, tmp_path):
    cli.save_token("read")
    dest = tmp_path / "backup"

    first = cli("backup", str(dest), "--lean", "--layout", "by-date", "--json")
    assert first.code == 0, first.err
    summary = json.loads(first.out)
    assert summary["downloaded"] > 200 and not summary["incremental"]
    assert (dest / "by-date").is_dir()

    again = cli("backup", str(dest), "--lean")
    assert again.code == 0 and again.out.startswith("incremental run: 0 downloaded")

    assert cli("backup", str(dest), "--verify").code == 0
    victim = next((dest / "store").rglob("*.jpg"))
    victim.write_bytes(b"")
    checked = cli("backup", str(dest), "--verify")
    assert checked.code == 1 and "damaged: store/" in checked.out

    repaired = cli("backup", str(dest), "--verify", "--repair", "--lean")
    assert repaired.code == 0, repaired.err
    assert cli("backup", str(dest), "--verify").code == 0


def test_repair_needs_verify(cli, tmp_path):
    cli.save_token("read")
    result = cli("backup", str(tmp_path), "--repair")
    assert result.code == 2 and "--repair goes with --verify" in result.err
