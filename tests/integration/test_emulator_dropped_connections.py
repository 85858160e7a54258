"""A client that drops its connection mid-request is routine for a server: the emulator logs
it at debug level, prints nothing, cleans up and keeps serving."""

from __future__ import annotations

import logging
import os
import socket
import struct
import time
from typing import Tuple

from emulator_support import rest

from flickr_api.testing import FlickrEmulator

FORM = b"Content-Type: application/x-www-form-urlencoded\r\n"
MULTIPART = b"Content-Type: multipart/form-data; boundary=b\r\n"
FILE_PART = b'--b\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n\r\n'


def _reset_after(address: Tuple[str, int], data: bytes) -> None:
    """Send ``data``, then reset the connection (a client killed mid-request)."""
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(data)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _wait_for(condition, seconds: float = 20.0) -> None:
    """Wait for the server threads to get there (a deadline, not a measure of speed)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the emulator never noticed"
        time.sleep(0.01)


def test_dropped_connections_are_logged_quietly(caplog, capfd):
    caplog.set_level(logging.DEBUG, logger="flickr_api.testing")
    with FlickrEmulator(photos=50) as emu:
        host, port = emu.base_url.rsplit("/", 1)[1].split(":")
        address = (host, int(port))
        _reset_after(address, b"GET /services/rest/?method=flickr.test.echo HTTP/1.1\r\nHost: x")
        _reset_after(address, b"POST /services/rest/ HTTP/1.1\r\nHost: x\r\n" + FORM
                     + b"Content-Length: 1000\r\n\r\nmethod=flickr.test.echo")
        _reset_after(address, b"POST /services/upload/ HTTP/1.1\r\nHost: x\r\n" + MULTIPART
                     + b"Content-Length: 100000\r\n\r\n" + FILE_PART + b"x" * 5000)

        def dropped() -> int:
            return sum("the client went away" in r.getMessage() for r in caplog.records)

        _wait_for(lambda: dropped() == 3)
        assert rest(emu, "flickr.test.echo").json()["stat"] == "ok"
        upload_folder = os.path.dirname(emu.new_upload_path())
        assert os.listdir(upload_folder) == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert all(r.levelno == logging.DEBUG for r in caplog.records if "went away" in r.message)
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "Exception occurred" not in out + err


def test_an_emulator_bug_is_logged_as_an_error_not_printed(caplog, capfd, monkeypatch):
    with FlickrEmulator(photos=50) as emu:
        def broken(*args: object) -> None:
            raise ValueError("a bug")

        monkeypatch.setattr("http.server.BaseHTTPRequestHandler.parse_request", broken)
        host, port = emu.base_url.rsplit("/", 1)[1].split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            _wait_for(lambda: any(r.levelno == logging.ERROR for r in caplog.records))
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info is not None and "a bug" in str(record.exc_info[1])
    assert "Traceback" not in "".join(capfd.readouterr())
