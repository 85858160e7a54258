"""`flickr-api upload` and `flickr-api download` through the emulator, progress bars included."""

from __future__ import annotations

import io
import json
import sys

import pytest
import requests
from cli_support import running_cli


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    yield from running_cli(monkeypatch, capsys, tmp_path)


@pytest.fixture
def me(cli):
    """alice's own client, with the token `flickr-api auth` would have saved."""
    from flickr_api import Client

    return Client(auth_handler=cli.save_token("write"), rate_limit=None)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def write_images(client, folder, count):
    """``count`` real JPEG files, taken from the emulator's photos."""
    folder.mkdir(parents=True, exist_ok=True)
    found = client.api.photos.search(user_id="me", media="photos", per_page=count,
                                     extras="url_s")["photos"]["photo"]
    paths = []
    for number, photo in enumerate(found):
        path = folder / f"img{number}.jpg"
        path.write_bytes(requests.get(photo["url_s"], timeout=5).content)
        paths.append(path)
    return paths


def album_named(client, title):
    albums = client.api.photosets.getList()["photosets"]["photoset"]
    return [a for a in albums if a["title"] == title]


def test_upload_files_and_folders_into_a_new_album(cli, me, tmp_path):
    first, second = write_images(me, tmp_path / "a", 2)
    write_images(me, tmp_path / "folder" / "sub", 1)
    (tmp_path / "folder" / "notes.txt").write_text("skipped")
    result = cli("upload", str(first), str(second), str(tmp_path / "folder"),
                 "--tags", 'sea "old town"', "--private", "--album", "Trip")
    assert result.code == 0, result.err
    ids = result.out.split()
    assert len(ids) == 3
    uploads = cli.emu.uploads
    assert [u.filename for u in uploads] == ["img0.jpg", "img1.jpg", "img0.jpg"]
    assert uploads[0].fields["tags"] == 'sea "old town"' and uploads[0].fields["is_public"] == "0"
    (trip,) = album_named(me, "Trip")
    listed = me.api.photosets.getPhotos(photoset_id=trip["id"], user_id="me")["photoset"]
    assert sorted(p["id"] for p in listed["photo"]) == sorted(ids)

    again = cli("upload", str(first), "--album", "Trip", "--title", "Again", "--json")
    assert again.code == 0
    reply = json.loads(again.out)
    assert reply["album"] == {"id": trip["id"], "title": "Trip"}
    assert reply["photos"][0]["file"] == str(first)
    assert len(album_named(me, "Trip")) == 1
    assert cli.emu.uploads[-1].fields["title"] == "Again"


def test_upload_shows_a_progress_bar_on_a_terminal(cli, me, tmp_path, monkeypatch):
    paths = write_images(me, tmp_path, 2)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli("upload", *map(str, paths)).code == 0
    assert "upload: 100%" in terminal.getvalue()

    quiet = Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    assert cli("upload", "--quiet", str(paths[0])).code == 0
    assert quiet.getvalue() == ""


def test_photo_ids_do_not_land_in_the_progress_bar_line(cli, me, tmp_path, monkeypatch):
    """On a terminal, stdout and stderr are one screen: each id gets a line of its own."""
    paths = write_images(me, tmp_path, 2)
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    monkeypatch.setattr("sys.stdout", screen)
    assert cli("upload", *map(str, paths)).code == 0
    ids = [u.photo_id for u in cli.emu.uploads]
    shown = [line.rsplit("\r", 1)[-1].strip() for line in screen.getvalue().split("\n")]
    assert all(photo_id in shown for photo_id in ids), screen.getvalue()


def test_a_word_when_progress_bars_are_unavailable(cli, me, tmp_path, monkeypatch):
    (image,) = write_images(me, tmp_path, 1)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # not installed
    result = cli("upload", str(image))
    assert result.code == 0
    assert "no progress bar without tqdm" in terminal.getvalue()
    assert result.out.split() == [cli.emu.uploads[-1].photo_id]


def test_upload_checks_files_first_and_needs_a_token(cli, me, tmp_path):
    (image,) = write_images(me, tmp_path, 1)
    missing = cli("upload", str(image), str(tmp_path / "nope.jpg"))
    assert missing.code == 2 and "No such file or folder" in missing.err
    assert len(cli.emu.uploads) == 0
    cli.token_file.unlink()
    assert cli("upload", str(image)).code == 3


def test_download_own_album_then_resume(cli, me, tmp_path):
    (cats,) = album_named(me, "Cats")
    target = tmp_path / "cats"
    result = cli("download", "album", cats["id"], str(target), "--size", "Small")
    assert result.code == 0, result.err
    assert result.out.strip() == "25 downloaded, 0 skipped, 0 failed"
    assert len(list(target.iterdir())) == 25
    again = cli("download", "album", cats["id"], str(target), "--size", "Small", "--json")
    assert len(json.loads(again.out)["skipped"]) == 25


def test_download_album_of_another_user_by_url_or_user(cli, me, tmp_path):
    albums = me.api.photosets.getList(user_id="10000003@N01")["photosets"]["photoset"]
    album = albums[0]
    url = f"https://www.flickr.com/photos/10000003@N01/albums/{album['id']}"
    by_url = cli("download", "album", url, str(tmp_path / "u"), "--size", "Square")
    assert by_url.code == 0, by_url.err
    by_user = cli("download", "album", album["id"], str(tmp_path / "n"), "--user", "jürgen",
                  "--size", "Square", "--workers", "2")
    assert by_user.code == 0, by_user.err
    assert sorted(p.name for p in (tmp_path / "u").iterdir()) == sorted(
        p.name for p in (tmp_path / "n").iterdir())


def test_download_album_without_owner_is_a_usage_error(cli, tmp_path):
    result = cli("download", "album", "72157720000022022", str(tmp_path))
    assert result.code == 2 and "--user NAME" in result.err


def test_download_a_user_and_a_photo(cli, me, tmp_path, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    result = cli("download", "user", "bob", str(tmp_path / "bob"), "--size", "Square")
    assert result.code == 0, result.err
    total = me.api.people.getPhotos(user_id="10000002@N01", per_page=1)["photos"]["total"]
    assert len(list((tmp_path / "bob").iterdir())) == int(total)
    assert "download: 100%" in terminal.getvalue()

    photo = me.api.photos.search(user_id="me", media="photos", per_page=1)["photos"]["photo"][0]
    one = cli("download", "photo", photo["id"], str(tmp_path / "one"))
    assert one.code == 0, one.err
    (saved,) = (tmp_path / "one").iterdir()
    assert saved.name.endswith(f"{photo['id']}.jpg")
