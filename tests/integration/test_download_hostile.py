"""Downloads from a server that misbehaves on purpose: bombs, lies about length, resets,
redirects elsewhere; and local trouble (no folder, full disk, planted links). Each ends as a
typed error (or, in a batch, a line of ``failed``) and leaves no file under the final name and
no part that could not be resumed. Each test drives its client through ``kit``:
test_aio_download_hostile runs them again with an AsyncClient."""

from __future__ import annotations

import gzip
import os

import pytest
from hostile_support import (
    IMAGE,
    Handler,
    SyncKit,
    cut_short,
    endless,
    nothing_left,
    photo_of,
    serve,
)

import flickr_api
from flickr_api.errors import (
    FlickrConnectionError,
    FlickrServerError,
    FlickrTransferError,
)


def test_a_gzip_bomb_is_refused_and_never_inflated(kit, server, tmp_path):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    server.behaviour = serve(bomb, Content_Encoding="gzip")
    client = kit.client(server.base_url)
    with pytest.raises(FlickrServerError, match="Content-Encoding 'gzip'"):
        kit.download_photo(photo_of(client, server), tmp_path / "p")
    [(_, headers)] = server.requests
    assert headers["Accept-Encoding"] == "identity"
    assert nothing_left(tmp_path)


def test_an_announced_size_over_the_bound_is_refused_before_reading(kit, server, tmp_path):
    server.behaviour = serve(IMAGE)
    client = kit.client(server.base_url)
    with pytest.raises(FlickrServerError, match="over the 1000 bytes allowed"):
        kit.download_photo(photo_of(client, server), tmp_path / "p", max_bytes=1000)
    assert nothing_left(tmp_path)


def test_an_endless_body_is_cut_at_the_bound_of_the_listed_dimensions(kit, server, tmp_path):
    server.behaviour = endless(server)
    client = kit.client(server.base_url)
    square = flickr_api.Photo(id="1", client=client, url_sq=f"{server.base_url}/1/1_a_s.jpg",
                              width_sq=75, height_sq=75)
    with pytest.raises(FlickrServerError, match="bytes allowed"):
        kit.download_photo(square, tmp_path / "p")  # 75 x 75 pixels: a bound near 4 MiB
    assert nothing_left(tmp_path)


def test_a_body_shorter_than_announced_is_a_connection_error(kit, server, tmp_path):
    server.behaviour = cut_short(IMAGE, len(IMAGE) * 2, content_type="image/jpeg")
    client = kit.client(server.base_url)
    with pytest.raises(FlickrConnectionError):
        kit.download_photo(photo_of(client, server), tmp_path / "p")
    assert nothing_left(tmp_path)  # no validator: the part could never be resumed


def test_a_cut_download_keeps_a_part_with_a_validator_and_resumes_it(kit, server, tmp_path):
    server.behaviour = cut_short(IMAGE[:5000], len(IMAGE), content_type="image/jpeg",
                                 ETag='"v1"')
    client = kit.client(server.base_url)
    with pytest.raises(FlickrConnectionError):
        kit.download_photo(photo_of(client, server), tmp_path / "p.jpg")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".p.jpg.part", ".p.jpg.part.json"]

    def resume(h: Handler) -> None:
        start = 5000
        assert h.headers["If-Range"] == '"v1"' and h.headers["Range"] == f"bytes={start}-"
        h.head(206, length=len(IMAGE) - start, content_type="image/jpeg", ETag='"v1"',
               Content_Range=f"bytes {start}-{len(IMAGE) - 1}/{len(IMAGE)}")
        h.wfile.write(IMAGE[start:])

    server.behaviour = resume
    path = kit.download_photo(photo_of(client, server), tmp_path / "p.jpg")
    assert path.read_bytes() == IMAGE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jpg"]


@pytest.mark.parametrize("location", ["http://127.0.0.2:9/x.jpg", "https://evil.example/x.jpg",
                                      "file:///etc/passwd"])
def test_a_redirect_to_another_host_is_refused(kit, server, tmp_path, location):
    server.behaviour = serve(b"", 302, Location=location)
    client = kit.client(server.base_url)
    with pytest.raises(FlickrTransferError, match="Refusing to download"):
        kit.download_photo(photo_of(client, server), tmp_path / "p")
    assert len(server.requests) == 1 and nothing_left(tmp_path)


def test_a_redirect_on_the_same_host_is_followed(kit, server, tmp_path):
    def redirect(h: Handler) -> None:
        if h.path.startswith("/moved/"):
            serve()(h)
        else:
            serve(b"", 301, Location="/moved/1.jpg")(h)

    server.behaviour = redirect
    client = kit.client(server.base_url)
    path = kit.download_photo(photo_of(client, server), tmp_path / "p")
    assert path.read_bytes() == IMAGE
    assert [p for p, _ in server.requests] == ["/65535/1_abc_o.jpg", "/moved/1.jpg"]


def test_endless_redirects_end(kit, server, tmp_path):
    server.behaviour = serve(b"", 302, Location="/again")
    client = kit.client(server.base_url)
    with pytest.raises(FlickrServerError, match="redirects"):
        kit.download_photo(photo_of(client, server), tmp_path / "p")
    assert len(server.requests) == 6


def test_a_url_off_flickr_is_never_fetched(kit, server, tmp_path):
    client = kit.client(server.base_url)
    photo = flickr_api.Photo(id="1", client=client, url_o="https://evil.example/1.exe")
    with pytest.raises(FlickrTransferError, match=r"evil\.example"):
        kit.download_photo(photo, tmp_path / "p")
    assert server.requests == [] and nothing_left(tmp_path)


def test_the_extension_comes_from_what_flickr_declares(kit, server, tmp_path):
    server.behaviour = serve()
    client = kit.client(server.base_url)
    exe = photo_of(client, server, path="/65535/1_abc_o.exe")
    assert kit.download_photo(exe, tmp_path / "a").name == "a.jpg"
    png = photo_of(client, server, path="/65535/1_abc_o.exe", originalformat="png")
    assert kit.download_photo(png, tmp_path / "b").name == "b.png"


def test_an_empty_body_is_not_a_photo(kit, server, tmp_path):
    server.behaviour = serve(b"")
    client = kit.client(server.base_url)
    with pytest.raises(FlickrServerError, match="empty file"):
        kit.download_photo(photo_of(client, server), tmp_path / "p")
    assert nothing_left(tmp_path)


def test_a_missing_folder_is_a_transfer_error(kit, server, tmp_path):
    client = kit.client(server.base_url)
    with pytest.raises(FlickrTransferError, match="does not exist"):
        kit.download_photo(photo_of(client, server), tmp_path / "nowhere" / "p")
    assert server.requests == []


def test_a_full_disk_is_a_transfer_error_and_leaves_nothing(kit, server, tmp_path, monkeypatch):
    server.behaviour = serve(IMAGE, ETag='"v1"')

    class Full:
        def __init__(self, file):
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            raise OSError(28, "No space left on device")

    from flickr_api.transfer._partfile import PartFile

    begin = PartFile.begin
    monkeypatch.setattr(PartFile, "begin", lambda *a, **k: Full(begin(*a, **k)))
    client = kit.client(server.base_url)
    with pytest.raises(FlickrTransferError, match="No space left on device"):
        kit.download_photo(photo_of(client, server), tmp_path / "p")
    assert nothing_left(tmp_path)


@pytest.mark.parametrize("planted", ["link", "fifo"])
def test_a_planted_part_is_never_followed(kit, server, tmp_path, planted):
    server.behaviour = serve()
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    folder = tmp_path / "photos"
    folder.mkdir()
    part = folder / ".p.jpg.part"
    if planted == "link":
        part.symlink_to(victim)
        (folder / ".p.jpg.part.json").symlink_to(victim)
    else:
        os.mkfifo(part)
    client = kit.client(server.base_url)
    path = kit.download_photo(photo_of(client, server), folder / "p.jpg")
    assert path.read_bytes() == IMAGE
    assert victim.read_bytes() == b"precious"
    assert sorted(p.name for p in folder.iterdir()) == ["p.jpg"]


def test_one_bad_photo_never_stops_a_batch(kit, server, tmp_path):
    server.behaviour = serve()
    client = kit.client(server.base_url)
    photos = [
        photo_of(client, server, photo_id="../../escaped", title="../../../etc/cron.d/x"),
        photo_of(client, server, photo_id="2", path="/65535/2_abc_o.jpg"),
        flickr_api.Photo(id="3", client=client, url_o="https://evil.example/3.jpg"),
        flickr_api.Photo(id="4", client=client, url_o="http://[::1"),
        photo_of(client, server, photo_id="..", path="/65535/5_abc_o.jpg"),
    ]
    folder = tmp_path / "album"
    summary = kit.download_photos(photos, folder, workers=2, client=client)
    assert len(summary.downloaded) == 3
    assert all(p.parent == folder and not p.name.startswith(".") for p in summary.downloaded)
    assert sorted(ident for ident, _ in summary.failed) == ["3", "4"]
    assert all("Refusing to download" in reason for _, reason in summary.failed), summary.failed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["album"]
    assert all(p.parent == folder for p in folder.iterdir())


def test_a_listing_that_fails_part_way_keeps_what_was_done(kit, server, tmp_path):
    server.behaviour = serve()
    client = kit.client(server.base_url)

    def listing():
        yield photo_of(client, server)
        raise FlickrConnectionError("the listing broke off")

    summary = kit.download_photos(listing(), tmp_path, client=client)
    assert [p.name for p in summary.downloaded] == ["1.jpg"]
    assert summary.failed == [("(listing)", "the listing broke off")]


@pytest.mark.parametrize(("headers", "left"), [
    ({}, []),
    ({"ETag": '"v1"'}, [".p.jpg.part", ".p.jpg.part.json"]),
], ids=["no validator", "a validator"])
def test_ctrl_c_in_the_body_keeps_only_a_part_that_can_be_resumed(server, tmp_path, headers,
                                                                   left):
    """Sync only (an interrupted task is test_aio_download_hostile's): the final name never
    holds a partial file, and a part stays only for a later download to resume."""
    server.behaviour = serve(**headers)

    def interrupt(done: int, total: object) -> None:
        if done:
            raise KeyboardInterrupt

    client = SyncKit().client(server.base_url)
    with pytest.raises(KeyboardInterrupt):
        flickr_api.download_photo(photo_of(client, server), tmp_path / "p.jpg",
                                  progress=interrupt)
    assert sorted(p.name for p in tmp_path.iterdir()) == left
