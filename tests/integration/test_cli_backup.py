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


def test_sync_up_then_restore_into_another_account(cli, tmp_path):
    from flickr_api.auth import AuthHandler

    folder = tmp_path / "pics"
    (folder / "trip").mkdir(parents=True)
    for number, name in enumerate(["a.jpg", "trip/b.jpg"]):
        (folder / name).write_bytes(b"\xff\xd8\xff\xe0" + bytes([number]) * 200 + b"\xff\xd9")
    cli.save_token("write")

    first = cli("sync-up", str(folder), "--albums-from-folders", "--tags", 'sea "old town"',
                "--private", "--json")
    assert first.code == 0, first.err
    uploaded = json.loads(first.out)
    assert len(uploaded["uploaded"]) == 2 and set(uploaded["albums"]) == {"pics", "trip"}
    photo = cli.emu.store.photos[uploaded["uploaded"][0]["id"]]
    assert {"sea", "old town"} <= {t.raw for t in photo.tags} and not photo.ispublic
    second = cli("sync-up", str(folder))
    assert second.code == 0 and "0 uploaded, 2 already on Flickr" in second.out

    # bob's public photos (a few: each restored photo costs calls under the rate limit)
    assert cli("backup", str(tmp_path / "b"), "--user", "bob", "-q").code == 0
    key, secret = cli.emu.token("write", user="jürgen")
    jurgen = tmp_path / "jurgen-token.txt"
    AuthHandler(access_token_key=key, access_token_secret=secret).save(str(jurgen))
    restored = cli("restore", str(tmp_path / "b"), "--token", str(jurgen), "--json")
    assert restored.code == 0, restored.err
    backed_up = len(list((tmp_path / "b" / "store").rglob("*.json")))
    assert json.loads(restored.out)["uploaded"] == backed_up > 0
