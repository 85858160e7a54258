"""Every emulator fault on an upload and on a download.

An upload is stored at most once whatever the fault: sent once, unless Flickr said it refused
it (HTTP 429, codes 105 and 201), or the caller opts in to retrying writes; a download
recovers, or fails typed, and never leaves a partial file under the target's name. Each test
drives its client through ``kit``: test_aio_faults_transfer runs them again with an AsyncClient.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from reliability_support import SLOW, client_for, wait_for_requests

from flickr_api import FlickrError, RetryConfig
from flickr_api.testing import Fault
from flickr_api.transfer.download import pick_size

FAULTS = ["http_500", "http_502", "http_503", "http_429", "slow", "reset", "truncated_json",
          "html_200", "stat_fail_105", "stat_fail_201"]
REFUSALS = ["http_429", "stat_fail_105", "stat_fail_201"]
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + b"\0" * 4000 + b"\xff\xd9"


def _fault(kind: str, after: bool, times: int = 1, **where: str) -> Fault:
    return Fault(kind, after=after, times=times, delay=SLOW, retry_after=0, **where)


# -- uploads -------------------------------------------------------------------------------------
@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
@pytest.mark.parametrize("kind", [kind for kind in FAULTS if kind not in REFUSALS])
def test_an_upload_is_never_sent_twice(kit, emu, tmp_path, kind, after):
    photo = tmp_path / "dawn.jpg"
    photo.write_bytes(JPEG)
    client = client_for(emu, client_class=kit.client_class)
    emu.add_fault(_fault(kind, after, method="upload"))
    with pytest.raises(FlickrError):
        kit.upload(client, str(photo), title="dawn")
    wait_for_requests(emu, 1, flickr_method="upload")
    assert emu.count("upload") == 1
    assert len(emu.uploads) == (1 if after or kind == "slow" else 0)
    assert emu.duplicates() == []


@pytest.mark.parametrize("kind", REFUSALS)
def test_an_upload_flickr_refused_is_retried_and_stored_once(kit, emu, tmp_path, kind):
    photo = tmp_path / "dawn.jpg"
    photo.write_bytes(JPEG)
    client = client_for(emu, client_class=kit.client_class)
    emu.add_fault(_fault(kind, after=False, method="upload"))
    uploaded = kit.upload(client, str(photo), title="dawn")
    assert emu.count("upload") == 2
    [record] = emu.uploads
    assert record.photo_id == str(uploaded.id)
    assert emu.duplicates() == []


def test_an_upload_refused_before_it_ran_is_retried_when_the_caller_opts_in(kit, emu, tmp_path):
    photo = tmp_path / "dawn.jpg"
    photo.write_bytes(JPEG)
    retry = RetryConfig(max_retries=2, base_delay=0.01, max_delay=0.05, retry_writes=True)
    client = client_for(emu, client_class=kit.client_class, retry=retry)
    emu.add_fault(_fault("http_502", after=False, method="upload"))
    uploaded = kit.upload(client, str(photo), title="dawn")
    assert emu.count("upload") == 2
    [record] = emu.uploads
    assert record.photo_id == str(uploaded.id) and record.size == len(JPEG)


# -- downloads -----------------------------------------------------------------------------------
def _photo_and_path(emu):
    """One of alice's photos (its id) and the path of the file a download fetches."""
    with client_for(emu) as client:
        photo = client.objects.Photo.search(user_id="me", per_page=1)[0]
        return photo.id, urlsplit(pick_size(photo).source).path


# "truncated_json" sends half the body under a Content-Length of that half: for an image no
# client can tell it from a smaller file, so only "reset" stands for a cut download here.
DOWNLOAD_FAULTS = [k for k in FAULTS if k != "truncated_json"]


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
@pytest.mark.parametrize("kind", DOWNLOAD_FAULTS)
def test_a_download_recovers_from_one_fault(kit, emu, tmp_path, kind, after):
    client = client_for(emu, client_class=kit.client_class)
    photo, path = _photo_and_path(emu)
    expected = kit.download_photo(photo, tmp_path / "reference.jpg", client=client).read_bytes()
    emu.add_fault(_fault(kind, after, path=path))
    target = kit.download_photo(photo, tmp_path / "photo.jpg", client=client)
    assert target.read_bytes() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg", "reference.jpg"]


@pytest.mark.parametrize("kind", DOWNLOAD_FAULTS)
def test_a_download_that_keeps_failing_leaves_no_file_under_its_name(kit, emu, tmp_path, kind):
    # Retries enough to take several seconds: only the deadline ends them sooner.
    retry = RetryConfig(max_retries=100, base_delay=0.05, max_delay=0.05, deadline=0.7)
    client = client_for(emu, client_class=kit.client_class, retry=retry)
    photo, path = _photo_and_path(emu)
    emu.add_fault(_fault(kind, after=False, times=1000, path=path))
    target = tmp_path / "photo.jpg"
    began = time.monotonic()
    with pytest.raises(FlickrError):
        kit.download_photo(photo, target, client=client)
    assert time.monotonic() - began < 100 * 0.05
    assert not target.exists()
    assert all(p.name.startswith(".photo.jpg.part") for p in Path(tmp_path).iterdir())
