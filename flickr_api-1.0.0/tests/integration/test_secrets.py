"""Secrets (API secret, token secrets, signatures) never show in reprs, messages or logs, at any
level, through successful calls, retries, failures, uploads and the OAuth flow."""

from __future__ import annotations

import logging
import os
import re
import stat
from urllib.parse import unquote

import pytest
import requests
from reliability_support import client_for

from flickr_api import AuthHandler, Client, FlickrAuthError, FlickrError, RetryConfig
from flickr_api.testing import Fault


class SignatureTap:
    """Remembers the oauth_signature of every request a client sends."""

    def __init__(self, client: Client) -> None:
        self.signatures: list[str] = []
        client.transport.session.hooks["response"].append(self)

    def __call__(self, response: requests.Response, **kwargs: object) -> None:
        header = response.request.headers.get("Authorization", "")
        if 'oauth_signature="' in header:
            value = header.split('oauth_signature="', 1)[1].split('"', 1)[0]
            self.signatures.append(unquote(value))


def _everything_said(caplog, *objects: object) -> str:
    """Every log record formatted (with tracebacks) and every object's str and repr."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    said = [formatter.format(record) for record in caplog.records]
    said += [text for obj in objects for text in (str(obj), repr(obj))]
    return "\n".join(said)


def test_no_secret_in_logs_errors_or_reprs(emu, tmp_path, caplog):
    token, token_secret = emu.token("write")
    client = client_for(emu, retry=RetryConfig(max_retries=2, base_delay=0.01, max_delay=0.02))
    tap = SignatureTap(client)
    wrong = Client(emu.api_key, "not-the-secret-at-all", base_url=emu.base_url, rate_limit=None,
                   auth_handler=AuthHandler.create(token, token_secret),
                   retry=RetryConfig(max_retries=0))
    wrong_tap = SignatureTap(wrong)
    errors: list[FlickrError] = []
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100 + b"\xff\xd9")
    with caplog.at_level(logging.DEBUG):
        client.call("flickr.test.login")
        emu.add_fault(Fault("http_502", method="flickr.photos.search", times=2))
        client.call("flickr.photos.search", user_id="me")
        client.upload(str(photo), title="p")
        emu.add_fault(Fault("reset", method="upload"))
        for call in (lambda: wrong.call("flickr.test.login"),
                     lambda: client.upload(str(photo), title="again")):
            with pytest.raises(FlickrError) as info:
                call()
            errors.append(info.value)
            logging.getLogger("flickr_api").exception("call failed")
    said = _everything_said(caplog, client, wrong, client.auth_handler, client.retry,
                            client.transport, *errors)
    secrets = [emu.api_secret, token_secret, *tap.signatures, *wrong_tap.signatures]
    assert len(tap.signatures) >= 4 and wrong_tap.signatures
    assert "HTTP" in said and "retry 1/2" in said  # the records were captured
    for secret in secrets:
        assert secret not in said
    auth_error = errors[0]
    assert isinstance(auth_error, FlickrAuthError) and auth_error.debug_sbs
    assert all(secret not in auth_error.debug_sbs for secret in secrets)


def test_the_oauth_flow_logs_no_secret(emu, caplog):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url, rate_limit=None)
    handler = AuthHandler(client=client)
    with caplog.at_level(logging.DEBUG):
        url = handler.get_authorization_url("write")
        page = requests.get(url, allow_redirects=False, timeout=5).text
        handler.set_verifier(re.search(r'id="verifier"[^>]*>([^<]+)<', page).group(1))
    assert handler.access_token is not None
    said = _everything_said(caplog, handler, handler.access_token, client)
    assert handler.access_token.secret not in said
    assert emu.api_secret not in said


def test_token_files_are_private_whatever_the_umask(emu, tmp_path):
    handler = AuthHandler.create(*emu.token("read"))
    old = os.umask(0)
    try:
        handler.save(tmp_path / "auth.txt", include_api_keys=False)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "auth.txt").st_mode) == 0o600
