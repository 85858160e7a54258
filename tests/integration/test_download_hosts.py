"""Downloads from image hosts that behave unlike the emulator: ignoring ranges, closing early,
and the video hosts that want the user's signature. Each test drives its client through ``kit``:
test_aio_download_hosts runs them again with an AsyncClient."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from transfer_support import FAST_RETRY, NO_RETRY

import flickr_api
from flickr_api import AuthHandler
from flickr_api.errors import FlickrConnectionError
from flickr_api.transfer._partfile import PartFile, PartOwner

BODY = bytes(range(256)) * 4096  # 1 MiB


class _Host(BaseHTTPRequestHandler):
    """Serves BODY; ``mode`` says how: "plain" (honours ranges), "no-range" or "short";
    with an ``etag`` when set."""

    protocol_version = "HTTP/1.1"
    mode = "plain"
    etag = ""
    seen: list = []

    def do_GET(self):
        type(self).seen.append((self.headers.get("Range"), self.headers.get("Authorization")))
        start = 0
        wanted = self.headers.get("Range", "")
        if wanted.startswith("bytes=") and self.mode != "no-range":
            start = int(wanted[6:].split("-")[0])
        body = BODY[start:]
        self.send_response(206 if start else 200)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(BODY) - 1}/{len(BODY)}")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "video/mp4")
        if self.etag:
            self.send_header("ETag", self.etag)
        self.end_headers()
        if self.mode == "short":
            type(self).mode = "plain"  # only the first reply is cut
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def host():
    _Host.mode, _Host.seen, _Host.etag = "plain", [], ""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Host)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def client_of(kit, host, retry=NO_RETRY):
    """A client whose base URL is ``host`` (downloads go only to Flickr's hosts or there)."""
    return kit.client(host, key="app-key", secret="app-secret", retry=retry,
                      auth_handler=AuthHandler.create("user-token", "user-secret"))


def video(client, url):
    """A video whose sizes are known, as ``getSizes`` gives them."""
    return flickr_api.Photo(id="7", client=client, sizes={
        "Medium": {"source": f"{url}/poster.jpg", "media": "video", "width": 500, "height": 281},
        "Video Player": {"source": f"{url}/player.swf", "media": "video"},
        "Site MP4": {"source": f"{url}/play/site/abc/", "media": "video"},
    })


def test_a_video_is_fetched_signed_as_the_user_and_saved_as_mp4(kit, host, tmp_path):
    client = client_of(kit, host)
    path = kit.download_photo(video(client, host), tmp_path / "clip")
    assert path.name == "clip.mp4"
    assert path.read_bytes() == BODY
    [(_, authorization)] = _Host.seen
    assert authorization.startswith("OAuth ")
    assert 'oauth_token="user-token"' in authorization
    assert 'oauth_consumer_key="app-key"' in authorization
    assert "user-secret" not in authorization and "app-secret" not in authorization


def test_a_photo_is_fetched_without_credentials(kit, host, tmp_path):
    client = client_of(kit, host)
    photo = flickr_api.Photo(id="8", client=client, url_o=f"{host}/8_abc_o.png")
    assert kit.download_photo(photo, tmp_path / "p").name == "p.png"
    assert _Host.seen == [(None, None)]


def test_a_host_that_ignores_the_range_is_downloaded_again_from_the_start(kit, host, tmp_path):
    _Host.mode, _Host.etag = "no-range", '"v1"'
    owner = PartOwner("7", "Site MP4", "/play/site/abc/")
    with PartFile(tmp_path / "clip.mp4", owner).begin(0, {"ETag": '"v1"'}, None) as out:
        out.write(BODY[:1000])
    client = client_of(kit, host)
    path = kit.download_photo(video(client, host), tmp_path / "clip.mp4")
    assert path.read_bytes() == BODY
    assert [r for r, _ in _Host.seen] == ["bytes=1000-"]


@pytest.mark.parametrize("etag", ['"v1"', ""])
def test_a_reply_shorter_than_announced_never_becomes_the_file(kit, host, tmp_path, etag):
    _Host.mode, _Host.etag = "short", etag
    client = client_of(kit, host)
    with pytest.raises(FlickrConnectionError):
        kit.download_photo(video(client, host), tmp_path / "clip.mp4")
    assert not (tmp_path / "clip.mp4").exists()
    part = tmp_path / ".clip.mp4.part"
    if etag:  # kept to be resumed, with what it is of
        assert part.stat().st_size < len(BODY)
        assert (tmp_path / ".clip.mp4.part.json").exists()
    else:  # no validator: it could never be resumed safely
        assert list(tmp_path.iterdir()) == []


def test_a_short_reply_is_completed_by_the_retries(kit, host, tmp_path):
    _Host.mode = "short"
    client = client_of(kit, host, FAST_RETRY)
    path = kit.download_photo(video(client, host), tmp_path / "clip.mp4")
    assert path.read_bytes() == BODY
    ranges = [r for r, _ in _Host.seen]
    assert ranges[0] is None and len(ranges) == 2
