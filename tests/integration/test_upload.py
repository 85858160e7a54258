"""Uploads and replacements through the emulator: what reaches Flickr, what comes back,
progress, cancellation, files closed, and retries that can never duplicate a photo. Most tests
drive their client through ``kit``: test_aio_upload runs those again with an AsyncClient."""

from __future__ import annotations

import io
import logging
import os

import pytest
from transfer_support import (
    FAST_RETRY,
    NO_RETRY,
    client_for,
    open_descriptors,
    sha256,
    write_jpeg,
)

import flickr_api
from flickr_api import CancelUpload, UploadTicket
from flickr_api.errors import AuthHandlerError, FlickrConnectionError, FlickrServerError
from flickr_api.testing import Fault, FlickrEmulator


@pytest.fixture
def client(kit, emu):
    c = client_for(emu, retry=NO_RETRY, client_class=kit.client_class)
    yield c
    kit.close(c)


@pytest.fixture
def jpeg(tmp_path):
    return write_jpeg(tmp_path / "Crème brûlée.jpg")


def test_upload_a_path_returns_the_photo_and_sends_the_file_intact(emu, client, jpeg):
    photo = client.upload(jpeg, tags=["paris", "night sky"], is_public=False, safety_level=2)
    assert isinstance(photo, flickr_api.Photo)
    stored = emu.store.photos[photo.id]
    assert (photo.secret, photo.originalsecret) == (stored.secret, stored.originalsecret)
    record = emu.uploads[0]
    assert (record.kind, record.photo_id, record.user_nsid) == ("upload", photo.id,
                                                                "10000001@N01")
    assert (record.size, record.sha256) == (jpeg.stat().st_size, sha256(jpeg))
    assert record.filename == "Crème brûlée.jpg"
    assert record.fields == {"title": "Crème brûlée", "tags": 'paris "night sky"',
                             "is_public": "0", "safety_level": "2", "async": "0"}
    assert stored.title == "Crème brûlée"
    assert [t.raw for t in stored.tags] == ["paris", "night sky"]
    assert photo.client is client


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_file_whose_name_is_not_utf8_uploads_under_a_readable_name(kit, emu, client, tmp_path):
    path = write_jpeg(tmp_path / os.fsdecode(b"caf\xe9 \xff.jpg"))
    photo = kit.upload(client, path)
    assert emu.uploads[0].filename == "caf\ufffd \ufffd.jpg"
    assert emu.uploads[0].sha256 == sha256(path)
    assert emu.store.photos[photo.id].title == "caf\ufffd \ufffd"


def test_an_open_file_is_sent_from_where_it_is_and_left_open(kit, emu, client, jpeg):
    with open(jpeg, "rb") as file:
        photo = kit.upload(client, file, title="Given")
        assert not file.closed
    record = emu.uploads[0]
    assert (record.sha256, record.filename, record.fields["title"]) == (sha256(jpeg), jpeg.name,
                                                                        "Given")
    assert photo.id == record.photo_id


def test_photo_file_data_sends_the_data_under_the_given_name(kit, emu, client, jpeg):
    data = io.BytesIO(jpeg.read_bytes())
    kit.upload(client, "/home/alice/private/holiday.jpg", photo_file_data=data)
    assert (emu.uploads[0].filename, emu.uploads[0].fields["title"]) == ("holiday.jpg", "holiday")
    assert emu.uploads[0].sha256 == sha256(jpeg)


def test_the_module_function_uses_the_default_client(emu, jpeg):
    flickr_api.set_base_url(emu.base_url)
    flickr_api.set_keys(api_key=emu.api_key, api_secret=emu.api_secret)
    flickr_api.set_auth_handler(flickr_api.AuthHandler.create(*emu.token("write")))
    photo = flickr_api.upload(photo_file=str(jpeg), title="Classic", description="<b>hi</b>",
                              hidden=2, content_type=2)
    fields = emu.uploads[0].fields
    assert (fields["title"], fields["description"], fields["hidden"], fields["content_type"]) == (
        "Classic", "<b>hi</b>", "2", "2")
    assert flickr_api.Upload is flickr_api.upload
    assert photo.id == emu.uploads[0].photo_id


def test_replace_by_photo_or_id_gives_new_secrets(emu, client, jpeg, tmp_path):
    photo = client.upload(jpeg)
    secret = photo.secret  # an upload's reply has no secrets: this reads getInfo
    edited = write_jpeg(tmp_path / "edited.jpg")
    replaced = client.replace(edited, photo=photo)
    assert replaced.id == photo.id
    assert replaced.secret != secret
    again = flickr_api.replace(photo_file=edited, photo_id=photo.id, client=client)
    assert again.originalsecret != replaced.originalsecret
    records = list(emu.uploads)
    assert [r.kind for r in records] == ["upload", "replace", "replace"]
    assert records[1].fields == {"photo_id": photo.id, "async": "0"}
    assert records[2].sha256 == sha256(edited)


def test_replace_needs_a_photo(kit, client, jpeg):
    with pytest.raises(TypeError, match="photo="):
        kit.replace(client, jpeg)


@pytest.mark.parametrize("async_args", [{"asynchronous": True}, {"async": 1}, {"async": "1"}])
def test_asynchronous_uploads_return_a_ticket_that_becomes_the_photo(kit, emu, client, jpeg,
                                                                     async_args):
    ticket = kit.upload(client, jpeg, **async_args)
    assert isinstance(ticket, UploadTicket)
    assert emu.uploads[0].fields["async"] == "1"
    photo = kit.wait(client, ticket, timeout=5)
    assert isinstance(photo, flickr_api.Photo)
    assert photo.id == emu.uploads[0].photo_id
    assert photo.client is client


def test_progress_follows_the_body_to_its_end(kit, client, jpeg):
    seen = []
    kit.upload(client, jpeg, progress=lambda sent, total: seen.append((sent, total)))
    total = seen[-1][1]
    assert seen[-1] == (total, total)
    assert total > jpeg.stat().st_size
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


def test_progress_true_draws_a_bar(kit, client, jpeg, capsys):
    kit.upload(client, jpeg, progress=True)
    assert jpeg.name in capsys.readouterr().err


def test_a_callback_cancels_the_upload_and_nothing_reaches_flickr(kit, emu, client, tmp_path):
    big = write_jpeg(tmp_path / "big.jpg", 8 * 1024 * 1024)

    def cancel(sent, total):
        if sent > 1024 * 1024:
            raise CancelUpload("changed my mind")

    with pytest.raises(CancelUpload, match="changed my mind"):
        kit.upload(client, big, progress=cancel)
    assert len(emu.uploads) == 0
    assert open_descriptors(big) == 0
    assert kit.upload(client, big).id == emu.uploads[0].photo_id  # the client still works


def test_files_opened_here_are_closed_whatever_happens(kit, emu, client, jpeg):
    kit.upload(client, jpeg)
    emu.add_fault(Fault("http_500", method="upload"))
    with pytest.raises(FlickrServerError):
        kit.upload(client, jpeg)
    with pytest.raises(CancelUpload):
        kit.upload(client, jpeg,
                   progress=lambda sent, total: (_ for _ in ()).throw(CancelUpload()))
    assert open_descriptors(jpeg) == 0


def test_an_upload_that_may_have_reached_flickr_is_never_sent_again(kit, emu, jpeg):
    emu.add_fault(Fault("reset", method="upload", after=True))
    client = client_for(emu, retry=FAST_RETRY, client_class=kit.client_class)
    with pytest.raises(FlickrConnectionError):
        kit.upload(client, jpeg)
    assert len(emu.uploads) == 1
    assert emu.count(path="/services/upload/") == 1


def test_server_errors_are_not_retried_either(kit, emu, jpeg):
    emu.add_fault(Fault("http_503", method="upload", times=5))
    client = client_for(emu, retry=FAST_RETRY, client_class=kit.client_class)
    with pytest.raises(FlickrServerError):
        kit.upload(client, jpeg)
    assert emu.count(path="/services/upload/") == 1


def test_a_refused_connection_is_retried_safely(kit, jpeg, caplog):
    with FlickrEmulator(photos=300) as probe:
        port = int(probe.base_url.rsplit(":", 1)[1])  # free again once probe stops
    emu = FlickrEmulator(photos=300, port=port)
    client = kit.client_class(
        api_key=emu.api_key, api_secret=emu.api_secret, base_url=f"http://127.0.0.1:{port}",
        auth_handler=flickr_api.AuthHandler.create(*emu.token("write")), rate_limit=None,
        retry=FAST_RETRY)

    class StartOnRetry(logging.Handler):
        def emit(self, record):
            if "retry 1/" in record.getMessage():
                emu.start()

    handler = StartOnRetry(logging.WARNING)
    logging.getLogger("flickr_api").addHandler(handler)
    try:
        photo = kit.upload(client, jpeg)
    finally:
        logging.getLogger("flickr_api").removeHandler(handler)
        kit.close(client)
        emu.stop()
    assert photo.id == emu.uploads[0].photo_id
    assert len(emu.uploads) == 1


def test_uploading_needs_a_user(kit, emu, jpeg):
    client = kit.client_class(api_key=emu.api_key, api_secret=emu.api_secret,
                              base_url=emu.base_url, rate_limit=None)
    with pytest.raises(AuthHandlerError, match="write permission"):
        kit.upload(client, jpeg)
    assert open_descriptors(jpeg) == 0
