"""The scripts of examples/, run against the emulator as their docstrings say to run them."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest
import requests

from flickr_api import Client
from flickr_api.auth import default_token_path
from flickr_api.testing import FlickrEmulator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example(name: str) -> dict:
    """The example's globals, as if imported (its main() not run)."""
    return runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name=f"example_{name}")


@pytest.fixture
def emu(monkeypatch):
    with FlickrEmulator() as emulator:
        monkeypatch.setenv("FLICKR_API_BASE_URL", emulator.base_url)
        monkeypatch.setenv("FLICKR_API_KEY", emulator.api_key)
        monkeypatch.setenv("FLICKR_API_SECRET", emulator.api_secret)
        yield emulator


@pytest.fixture
def authorized(emu):
    """The token `flickr-api auth` would have saved."""
    path = default_token_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(emu.token("write")) + "\n")
    return Client(auth_handler=path, rate_limit=None)


def album_id(client: Client, title: str) -> str:
    albums = client.api.photosets.getList(user_id="10000001@N01")["photosets"]["photoset"]
    return next(a["id"] for a in albums if a["title"] == title)


def test_list_albums(emu, capsys):
    assert example("list_albums")["main"](["alice"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\d{17}\s+\d+ photos  Big album$", out, re.MULTILINE)
    assert "Cats" in out


def test_download_album_twice(emu, authorized, tmp_path, capsys):
    main = example("download_album")["main"]
    assert main(["alice", "Cats", str(tmp_path / "cats"), "--size", "Small"]) == 0
    assert capsys.readouterr().out.strip() == "25 downloaded, 0 skipped, 0 failed"
    assert len(list((tmp_path / "cats").iterdir())) == 25
    cats = album_id(authorized, "Cats")
    assert main(["alice", cats, str(tmp_path / "cats"), "--size", "Small"]) == 0
    assert capsys.readouterr().out.strip() == "0 downloaded, 25 skipped, 0 failed"


def test_upload_folder_into_a_new_album(emu, authorized, tmp_path, capsys):
    folder = tmp_path / "trip"
    folder.mkdir()
    sample = authorized.api.photos.search(user_id="me", per_page=3, extras="url_s")
    for number, photo in enumerate(sample["photos"]["photo"]):
        image = requests.get(photo["url_s"], timeout=5).content
        (folder / f"day{number}.jpg").write_bytes(image)
    (folder / "notes.txt").write_text("not a photo")

    assert example("upload_folder")["main"]([str(folder), "Trip"]) == 0
    assert [u.filename for u in emu.uploads] == ["day0.jpg", "day1.jpg", "day2.jpg"]
    trip = album_id(authorized, "Trip")
    photos = authorized.api.photosets.getPhotos(photoset_id=trip, user_id="me")["photoset"]
    assert int(photos["total"]) == 3
    assert "album" in capsys.readouterr().out
