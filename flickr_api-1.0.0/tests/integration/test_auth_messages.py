"""What the OAuth flow says when it goes wrong: what happened, and what to do next."""

from __future__ import annotations

import re

import pytest
import requests

import flickr_api
from flickr_api import AuthHandler, Client
from flickr_api.errors import AuthHandlerError, FlickrAPIError, FlickrAuthError
from flickr_api.testing import FlickrEmulator


def started(emu: FlickrEmulator) -> tuple[AuthHandler, str]:
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url)
    handler = AuthHandler(client=client)
    return handler, handler.get_authorization_url("read")


def approve(url: str) -> str:
    """The person approves on Flickr's page and reads the code shown."""
    page = requests.get(url, allow_redirects=False, timeout=5).text
    return re.search(r'id="verifier"[^>]*>([^<]+)<', page).group(1).strip()


def test_a_mistyped_code_says_to_check_it(emu):
    handler, url = started(emu)
    code = approve(url)
    with pytest.raises(FlickrAuthError, match="did not accept the code: check it for typos") as e:
        handler.set_verifier(code[::-1])
    assert e.value.problem == "verifier_invalid"
    handler.set_verifier(code)  # the right code still works
    assert handler.username == "alice"


def test_a_code_before_approving_says_to_approve_first(emu):
    handler, url = started(emu)
    with pytest.raises(FlickrAuthError, match="has not approved this authorization: open the"):
        handler.set_verifier("123-456-789")
    handler.set_verifier(approve(url))
    assert handler.access_token is not None


def test_a_second_set_verifier_says_the_code_was_used(emu):
    handler, url = started(emu)
    code = approve(url)
    handler.set_verifier(code)
    with pytest.raises(AuthHandlerError, match="already authorized: a code works only once"):
        handler.set_verifier(code)


@pytest.mark.parametrize("typed", ["{} ", " {}\n", "{}\t"])
def test_a_code_pasted_with_spaces_is_accepted(emu, typed):
    handler, url = started(emu)
    code = approve(url)
    handler.set_verifier(typed.format(code.replace("-", " - ")))
    assert handler.username == "alice"


def test_an_unauthorized_handler_is_refused(emu):
    handler, _ = started(emu)
    with pytest.raises(AuthHandlerError, match=r"not authorized yet.*set_verifier"):
        flickr_api.set_auth_handler(handler)
    with pytest.raises(AuthHandlerError, match="not authorized yet"):
        Client(emu.api_key, emu.api_secret, auth_handler=AuthHandler())


def test_error_99_names_the_next_step(emu):
    bare = Client(emu.api_key, emu.api_secret, base_url=emu.base_url)
    with pytest.raises(FlickrAPIError, match=r"without a user's token: authorize once with "
                                             r"`flickr-api auth --perms read`") as e:
        bare.call("flickr.test.login")
    assert e.value.code == 99 and "none granted" in e.value.message
    reader = Client(emu.api_key, emu.api_secret, base_url=emu.base_url,
                    auth_handler=AuthHandler.create(*emu.token("read")))
    with pytest.raises(FlickrAPIError, match=r"lacks write permission: authorize again with "
                                             r"`flickr-api auth --perms write`"):
        reader.call("flickr.photos.setTags", photo_id="1", tags="x")


def test_error_98_says_to_authorize_again(emu):
    client = Client(emu.api_key, emu.api_secret, base_url=emu.base_url)
    with pytest.raises(FlickrAPIError, match="unknown or revoked: authorize again"):
        client.call("flickr.auth.checkToken", auth_token="nothing")
