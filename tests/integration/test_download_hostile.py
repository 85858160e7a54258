"""Downloads from a server that misbehaves on purpose: bombs, lies about length, resets,
redirects elsewhere; and local trouble (no folder, full disk, planted links). Each ends as a
typed error (or, in a batch, a line of ``failed``) and leaves no file under the final name and
no part that could not be resumed."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from hostile_support import Handler

import flickr_api
from flickr_api import Client, RetryConfig
from flickr_api.errors import (
    FlickrConnectionError,
    FlickrServerError,
    FlickrTransferError,
)
from flickr_api.transfer import download_photo, download_photos

IMAGE = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 400  # about 100 kB
NO_RETRY = RetryConfig(max_retries=0)


def client_of(server, retry=NO_RETRY, timeout=5.0):
    return Client("key", "secret", base_url=server.base_url, rate_limit=None, retry=retry,
                  timeout=timeout)


def photo_of(client, server, path="/65535/1_abc_o.jpg", photo_id="1", **fields):
    return flickr_api.Photo(id=photo_id, client=client, url_o=f"{server.base_url}{path}",
                            **fields)


def serve(body=IMAGE, status=200, **headers):
    headers.setdefault("content_type", "image/jpeg")

    def behaviour(h: Handler) -> None:
        h.head(status, length=len(body), **headers)
        h.wfile.write(body)

    return behaviour


def nothing_left(folder: Path) -> bool:
    return not any(folder.iterdir())


def test_a_gzip_bomb_is_refused_and_never_inflated(server, tmp_path):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    server.behaviour = serve(bomb, Content_Encoding="gzip")
    client = client_of(server)
    with pytest.raises(FlickrServerError, match="Content-Encoding 'gzip'"):
        download_photo(photo_of(client, server), tmp_path / "p")
    [(_, headers)] = server.requests
    assert headers["Accept-Encoding"] == "identity"
    assert nothing_left(tmp_path)


def test_an_announced_size_over_the_bound_is_refused_before_reading(server, tmp_path):
    server.behaviour = serve(IMAGE)
    client = client_of(server)
    with pytest.raises(FlickrServerError, match="over the 1000 bytes allowed"):
        download_photo(photo_of(client, server), tmp_path / "p", max_bytes=1000)
    assert nothing_left(tmp_path)


def test_an_endless_body_is_cut_at_the_bound_of_the_listed_dimensions(server, tmp_path):
    def endless(h: Handler) -> None:
        h.head(content_type="image/jpeg", Transfer_Encoding="chunked")
        chunk = b"\0" * 65536
        try:
            while not server.stopping.is_set():
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            return

    server.behaviour = endless
    client = client_of(server)
    square = flickr_api.Photo(id="1", client=client, url_sq=f"{server.base_url}/1/1_a_s.jpg",
                              width_sq=75, height_sq=75)
    with pytest.raises(FlickrServerError, match="bytes allowed"):
        download_photo(square, tmp_path / "p")  # 75 x 75 pixels: a bound near 4 MiB
    assert nothing_left(tmp_path)


def test_a_body_shorter_than_announced_is_a_connection_error(server, tmp_path):
    def liar(h: Handler) -> None:
        h.head(length=len(IMAGE) * 2, content_type="image/jpeg")
        h.wfile.write(IMAGE)
        h.close_connection = True

    server.behaviour = liar
    client = client_of(server)
    with pytest.raises(FlickrConnectionError):
        download_photo(photo_of(client, server), tmp_path / "p")
    assert nothing_left(tmp_path)  # no validator: the part could never be resumed


def test_a_cut_download_keeps_a_part_with_a_validator_and_resumes_it(server, tmp_path):
    def cut(h: Handler) -> None:
        h.head(length=len(IMAGE), content_type="image/jpeg", ETag='"v1"')
        h.wfile.write(IMAGE[:5000])
        h.close_connection = True

    server.behaviour = cut
    client = client_of(server)
    with pytest.raises(FlickrConnectionError):
        download_photo(photo_of(client, server), tmp_path / "p.jpg")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".p.jpg.part", ".p.jpg.part.json"]

    def resume(h: Handler) -> None:
        start = 5000
        assert h.headers["If-Range"] == '"v1"' and h.headers["Range"] == f"bytes={start}-"
        h.head(206, length=len(IMAGE) - start, content_type="image/jpeg", ETag='"v1"',
               Content_Range=f"bytes {start}-{len(IMAGE) - 1}/{len(IMAGE)}")
        h.wfile.write(IMAGE[start:])

    server.behaviour = resume
    path = download_photo(photo_of(client, server), tmp_path / "p.jpg")
    assert path.read_bytes() == IMAGE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jpg"]


@pytest.mark.parametrize("location", ["http://127.0.0.2:9/x.jpg", "https://evil.example/x.jpg",
                                      "file:///etc/passwd"])
def test_a_redirect_to_another_host_is_refused(server, tmp_path, location):
    server.behaviour = serve(b"", 302, Location=location)
    client = client_of(server)
    with pytest.raises(FlickrTransferError, match="Refusing to download"):
        download_photo(photo_of(client, server), tmp_path / "p")
    assert len(server.requests) == 1 and nothing_left(tmp_path)


def test_a_redirect_on_the_same_host_is_followed(server, tmp_path):
    def redirect(h: Handler) -> None:
        if h.path.startswith("/moved/"):
            serve()(h)
        else:
            serve(b"", 301, Location="/moved/1.jpg")(h)

    server.behaviour = redirect
    client = client_of(server)
    path = download_photo(photo_of(client, server), tmp_path / "p")
    assert path.read_bytes() == IMAGE
    assert [p for p, _ in server.requests] == ["/65535/1_abc_o.jpg", "/moved/1.jpg"]


def test_endless_redirects_end(server, tmp_path):
    server.behaviour = serve(b"", 302, Location="/again")
    client = client_of(server)
    with pytest.raises(FlickrServerError, match="redirects"):
        download_photo(photo_of(client, server), tmp_path / "p")
    assert len(server.requests) == 6


def test_a_url_off_flickr_is_never_fetched(server, tmp_path):
    client = client_of(server)
    photo = flickr_api.Photo(id="1", client=client, url_o="https://evil.example/1.exe")
    with pytest.raises(FlickrTransferError, match=r"evil\.example"):
        download_photo(photo, tmp_path / "p")
    assert server.requests == [] and nothing_left(tmp_path)


def test_the_extension_comes_from_what_flickr_declares(server, tmp_path):
    server.behaviour = serve()
    client = client_of(server)
    exe = photo_of(client, server, path="/65535/1_abc_o.exe")
    assert download_photo(exe, tmp_path / "a").name == "a.jpg"
    png = photo_of(client, server, path="/65535/1_abc_o.exe", originalformat="png")
    assert download_photo(png, tmp_path / "b").name == "b.png"


def test_an_empty_body_is_not_a_photo(server, tmp_path):
    server.behaviour = serve(b"")
    client = client_of(server)
    with pytest.raises(FlickrServerError, match="empty file"):
        download_photo(photo_of(client, server), tmp_path / "p")
    assert nothing_left(tmp_path)


def test_a_missing_folder_is_a_transfer_error(server, tmp_path):
    client = client_of(server)
    with pytest.raises(FlickrTransferError, match="does not exist"):
        download_photo(photo_of(client, server), tmp_path / "nowhere" / "p")
    assert server.requests == []


def test_a_full_disk_is_a_transfer_error_and_leaves_nothing(server, tmp_path, monkeypatch):
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
    client = client_of(server)
    with pytest.raises(FlickrTransferError, match="No space left on device"):
        download_photo(photo_of(client, server), tmp_path / "p")
    assert nothing_left(tmp_path)


@pytest.mark.parametrize("planted", ["link", "fifo"])
def test_a_planted_part_is_never_followed(server, tmp_path, planted):
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
    client = client_of(server)
    path = download_photo(photo_of(client, server), folder / "p.jpg")
    assert path.read_bytes() == IMAGE
    assert victim.read_bytes() == b"precious"
    assert sorted(p.name for p in folder.iterdir()) == ["p.jpg"]


def test_one_bad_photo_never_stops_a_batch(server, tmp_path):
    server.behaviour = serve()
    client = client_of(server)
    photos = [
        photo_of(client, server, photo_id="../../escaped", title="../../../etc/cron.d/x"),
        photo_of(client, server, photo_id="2", path="/65535/2_abc_o.jpg"),
        flickr_api.Photo(id="3", client=client, url_o="https://evil.example/3.jpg"),
        flickr_api.Photo(id="4", client=client, url_o="http://[::1"),
        photo_of(client, server, photo_id="..", path="/65535/5_abc_o.jpg"),
    ]
    folder = tmp_path / "album"
    summary = download_photos(photos, folder, workers=2, client=client)
    assert len(summary.downloaded) == 3
    assert all(p.parent == folder and not p.name.startswith(".") for p in summary.downloaded)
    assert sorted(ident for ident, _ in summary.failed) == ["3", "4"]
    assert all("Refusing to download" in reason for _, reason in summary.failed), summary.failed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["album"]
    assert all(p.parent == folder for p in folder.iterdir())


def test_a_listing_that_fails_part_way_keeps_what_was_done(server, tmp_path):
    server.behaviour = serve()
    client = client_of(server)

    def listing():
        yield photo_of(client, server)
        raise FlickrConnectionError("the listing broke off")

    summary = download_photos(listing(), tmp_path, client=client)
    assert [p.name for p in summary.downloaded] == ["1.jpg"]
    assert summary.failed == [("(listing)", "the listing broke off")]
