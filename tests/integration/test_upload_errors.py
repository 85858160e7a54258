"""Every upload error code as a typed error saying what to do, and local refusals before
anything is sent. Each test drives its client through ``kit``: test_aio_upload_errors runs
them again with an AsyncClient."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from transfer_support import NO_RETRY, client_for, open_descriptors, write_jpeg

from flickr_api import AuthHandler
from flickr_api.errors import FlickrTransferError, FlickrUploadError
from flickr_api.testing import FlickrEmulator


@pytest.fixture
def jpeg(tmp_path):
    return write_jpeg(tmp_path / "photo.jpg")


def upload_with(kit, emu, path, **kw):
    client = client_for(emu, retry=NO_RETRY, client_class=kit.client_class)
    try:
        return kit.upload(client, path, **kw)
    finally:
        kit.close(client)


def test_5_a_file_flickr_does_not_recognise(kit, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    with FlickrEmulator(photos=300) as emu, pytest.raises(FlickrUploadError) as caught:
        upload_with(kit, emu, text)
    assert caught.value.code == 5
    assert "does not accept this type of file" in str(caught.value)
    assert open_descriptors(text) == 0


def test_6_the_upload_limit(kit, jpeg):
    with FlickrEmulator(photos=300, upload_limit=1) as emu:
        upload_with(kit, emu, jpeg)
        with pytest.raises(FlickrUploadError) as caught:
            upload_with(kit, emu, jpeg)
    assert caught.value.code == 6
    assert "upload limit" in str(caught.value)


def test_8_a_file_larger_than_flickr_takes(kit, jpeg):
    with FlickrEmulator(photos=300, max_photo_size=1000) as emu, pytest.raises(
            FlickrUploadError) as caught:
        upload_with(kit, emu, jpeg)
    assert caught.value.code == 8
    assert "larger than Flickr accepts" in str(caught.value)


def test_9_a_duplicate_names_the_photo_flickr_already_has(kit, jpeg):
    with FlickrEmulator(photos=300) as emu:
        first = upload_with(kit, emu, jpeg, dedup_check=1)
        with pytest.raises(FlickrUploadError) as caught:
            upload_with(kit, emu, jpeg, dedup_check=1)
        assert upload_with(kit, emu, jpeg).id != first.id  # without the check, Flickr takes it
    assert caught.value.code == 9
    assert caught.value.duplicate_photo_id == first.id
    assert "dedup_check" in str(caught.value)


def test_99_a_read_only_token(kit, jpeg):
    with FlickrEmulator(photos=300) as emu, pytest.raises(FlickrUploadError) as caught:
        kit.upload(client_for(emu, "read", retry=NO_RETRY, client_class=kit.client_class), jpeg)
    assert caught.value.code == 99
    assert len(emu.uploads) == 0


class _Canned(BaseHTTPRequestHandler):
    """Answers every upload with the reply the test sets."""

    reply = b""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(self.reply)))
        self.end_headers()
        self.wfile.write(self.reply)

    def log_message(self, *args):
        pass


@pytest.fixture
def canned(kit):
    """A stand-in upload endpoint for the codes the emulator never sends, and a client of it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    client = kit.client(f"http://127.0.0.1:{server.server_port}",
                        auth_handler=AuthHandler.create("token", "token-secret"))
    yield client
    kit.close(client)
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("code, message, advice", [
    (2, "No photo specified", "check the file"),
    (3, "General upload failure", "try again later"),
    (4, "Filesize was zero", "the file is empty"),
    (7, "User exceeded video upload limit", "video upload limit"),
    (105, "Service currently unavailable", None),
])
def test_other_codes(kit, canned, jpeg, code, message, advice):
    _Canned.reply = (f'<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="fail">\n'
                     f'\t<err code="{code}" msg="{message}" />\n</rsp>\n').encode()
    with pytest.raises(FlickrUploadError) as caught:
        kit.upload(canned, jpeg)
    error = caught.value
    assert (error.code, error.method) == (code, "upload")
    assert str(error).startswith(f"{code} : {message}")
    if advice:
        assert advice in str(error)
    assert open_descriptors(jpeg) == 0


def test_a_file_over_flickr_limits_is_refused_before_sending(kit, canned, tmp_path):
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as file:
        file.truncate(201 * 1024 * 1024)
    with pytest.raises(FlickrTransferError, match="200 MiB limit for a photo"):
        kit.upload(canned, huge)
    assert open_descriptors(huge) == 0


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.jpg", "No such file"),
    (lambda d: (d / "empty.jpg").touch() or d / "empty.jpg", "is empty"),
])
def test_missing_and_empty_files_are_refused_before_sending(kit, canned, tmp_path, make, message):
    with pytest.raises(FlickrTransferError, match=message):
        kit.upload(canned, make(tmp_path))
