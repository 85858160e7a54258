"""Fault injection: each kind, which requests it strikes, and faults after the work was done."""

from __future__ import annotations

import time

import pytest
import requests
from emulator_support import JPEG, oauth, rest, session, upload

from flickr_api.testing import FAULT_KINDS, Fault, FlickrEmulator

#: How requests reports a connection reset in the middle of a reply.
BROKEN = (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)


def echo(emu: FlickrEmulator, **options) -> requests.Response:
    return rest(emu, "flickr.test.echo", **options)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_http_errors(emu, status):
    emu.add_fault(f"http_{status}", method="flickr.test.echo")
    reply = echo(emu)
    assert reply.status_code == status
    assert reply.headers["Content-Type"].startswith("text/html")
    assert f"<h1>{status} " in reply.text
    [record] = emu.calls()
    assert (record.status, record.fault, record.executed) == (status, f"http_{status}", False)
    assert echo(emu).status_code == 200  # times=1: struck once


def test_http_429_has_retry_after(emu):
    emu.add_fault(Fault("http_429", retry_after=7))
    reply = echo(emu)
    assert reply.status_code == 429 and reply.headers["Retry-After"] == "7"
    assert "Too Many Requests" in reply.text


def test_html_200(emu):
    emu.add_fault("html_200")
    reply = echo(emu)
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("text/html")
    with pytest.raises(ValueError):
        reply.json()


@pytest.mark.parametrize("kind, code", [("stat_fail_105", 105), ("stat_fail_201", 201)])
def test_transient_stat_fail(emu, kind, code):
    emu.add_fault(kind, times=2)
    assert echo(emu).json() == {
        "stat": "fail",
        "code": code,
        "message": {
            105: "Service currently unavailable",
            201: "Sorry, the Flickr API service is not currently available.",
        }[code],
    }
    assert f'<err code="{code}"' in echo(emu, fmt=None).text
    assert echo(emu).json()["stat"] == "ok"


def test_truncated_json(emu):
    emu.add_fault("truncated_json", after=True)
    reply = echo(emu, foo="bar")
    assert reply.status_code == 200
    with pytest.raises(ValueError):
        reply.json()
    assert reply.text.startswith('{"')
    emu.add_fault("truncated_json")
    assert echo(emu).text.startswith('{"photos":{')


def test_reset_breaks_the_connection(emu):
    emu.add_fault("reset", method="flickr.test.echo")
    with pytest.raises(BROKEN):
        echo(emu)
    assert emu.calls()[0].fault == "reset"
    assert echo(emu).json()["stat"] == "ok"


def test_slow_outlasts_the_client_timeout(emu):
    emu.add_fault("slow", delay=0.4)
    with session() as s, pytest.raises(requests.exceptions.ReadTimeout):
        s.get(emu.base_url + "/services/rest/",
              params={"method": "flickr.test.echo", "api_key": emu.api_key}, timeout=0.1)
    deadline = time.monotonic() + 5
    while not emu.calls() and time.monotonic() < deadline:
        time.sleep(0.02)
    [record] = emu.calls()  # a slow server still does the work, late
    assert record.fault == "slow" and record.executed


def test_stop_does_not_wait_for_slow_requests():
    emu = FlickrEmulator(photos=50, faults=[Fault("slow", delay=30)]).start()
    with session() as s, pytest.raises(requests.exceptions.RequestException):
        s.get(emu.base_url + "/services/rest/", params={"method": "flickr.test.echo"},
              timeout=0.2)
    started = time.monotonic()
    emu.stop()
    assert time.monotonic() - started < 10  # not the 30 s the slow request holds its thread


def test_after_means_the_write_happened(emu):
    photo_id = emu.store.notable["alice_public_photo"]
    emu.add_fault(Fault("http_502", method="flickr.photos.addTags", after=True))
    auth = oauth(emu)
    args = {"photo_id": photo_id, "tags": "retried"}
    assert rest(emu, "flickr.photos.addTags", auth=auth, http="POST", **args).status_code == 502
    [record] = emu.calls("flickr.photos.addTags")
    assert record.executed and record.fault == "http_502" and record.status == 502
    assert "retried" in [t.raw for t in emu.store.photos[photo_id].tags]
    # a blind retry repeats the write, and the log says so
    assert rest(emu, "flickr.photos.addTags", auth=auth, http="POST", **args).status_code == 200
    [pair] = emu.duplicates()
    assert [r.fault for r in pair] == ["http_502", None]


def test_upload_faults(emu):
    emu.add_fault("http_503", method="upload")
    assert upload(emu, JPEG).status_code == 503
    assert len(emu.uploads) == 0 and not emu.calls("upload")[0].executed
    emu.add_fault("reset", method="upload", after=True)
    with pytest.raises(BROKEN):
        upload(emu, JPEG)
    assert len(emu.uploads) == 1 and emu.calls("upload")[1].executed


def test_matching_by_method_and_path(emu):
    emu.add_fault("http_500", method="flickr.photos.search")
    emu.add_fault("http_503", path="/services/oauth/")
    assert echo(emu).status_code == 200
    with session() as s:
        reply = s.get(emu.base_url + "/services/oauth/request_token", timeout=10)
    assert reply.status_code == 503
    assert [f.kind for f in emu.faults.pending()] == ["http_500"]
    emu.clear_faults()
    assert emu.faults.pending() == []


def test_times(emu):
    emu.add_fault("http_500", times=2)
    assert [echo(emu).status_code for _ in range(3)] == [500, 500, 200]


def test_fault_kinds_are_checked():
    assert "reset" in FAULT_KINDS
    with pytest.raises(ValueError):
        Fault("meteor")
    with pytest.raises(ValueError):
        Fault("http_500", times=0)
