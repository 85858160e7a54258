"""The authorize page a person uses: who is signed in, the app, the access asked, Approve and
Deny, driven here as a browser would (read the form, submit it)."""

from __future__ import annotations

from typing import Dict, Tuple
from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest
from emulator_support import session
from requests_oauthlib import OAuth1Session

from flickr_api.testing import FlickrEmulator

CALLBACK = "https://app.example/done"


@pytest.fixture
def emu():
    with FlickrEmulator(photos=50, authorize_page=True) as emulator:
        yield emulator


def request_token(emu: FlickrEmulator, callback: str) -> str:
    return oauth_session(emu, callback).fetch_request_token(
        emu.base_url + "/services/oauth/request_token")["oauth_token"]


def oauth_session(emu: FlickrEmulator, callback: str) -> OAuth1Session:
    s = OAuth1Session(emu.api_key, client_secret=emu.api_secret, callback_uri=callback)
    s.trust_env = False
    return s


def open_page(emu: FlickrEmulator, token: str, perms: str = "write"
              ) -> Tuple[int, lxml.html.HtmlElement]:
    with session() as s:
        reply = s.get(emu.base_url + "/services/oauth/authorize",
                      params={"oauth_token": token, "perms": perms}, timeout=10)
    return reply.status_code, lxml.html.fromstring(reply.text)


def submit(emu: FlickrEmulator, page: lxml.html.HtmlElement, button: str, **changes: str):
    """Click ``button`` (approve or deny) after changing some fields, as a browser would."""
    form = page.forms[0]
    fields: Dict[str, str] = {k: v for k, v in form.form_values()}
    fields.update(changes)
    fields["decision"] = button
    with session() as s:
        return s.post(emu.base_url + form.action, data=fields, allow_redirects=False, timeout=10)


def test_page_shows_who_is_signed_in_the_app_and_the_access_asked(emu):
    token = request_token(emu, CALLBACK)
    status, page = open_page(emu, token, "write")
    assert status == 200
    picker = page.get_element_by_id("user")
    assert picker.value == "10000001@N01"  # alice, who is signed in by default
    assert "bob (Bob Builder)" in [o.text for o in picker.iter("option")]
    assert "deleted_user" not in page.text_content()
    assert emu.api_key[:8] in page.get_element_by_id("app").text
    assert page.get_element_by_id("perms").text == "write"
    listed = [li.text for li in page.iter("li")]
    assert listed[0].startswith("Access your Flickr account") and len(listed) == 3
    assert CALLBACK in page.text_content()
    assert emu.oauth.pending(token) is not None  # showing the page decides nothing


def test_approve_as_the_picked_user_returns_to_the_callback(emu):
    app = oauth_session(emu, CALLBACK)
    token = app.fetch_request_token(emu.base_url + "/services/oauth/request_token")
    _, page = open_page(emu, token["oauth_token"])
    reply = submit(emu, page, "approve", user="10000002@N01")
    assert reply.status_code == 302
    location = urlsplit(reply.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == CALLBACK
    assert dict(parse_qsl(location.query))["oauth_token"] == token["oauth_token"]
    app.parse_authorization_response(reply.headers["Location"])
    access = app.fetch_access_token(emu.base_url + "/services/oauth/access_token")
    assert access["username"] == "bob"


def test_approve_out_of_band_shows_the_code(emu):
    token = request_token(emu, "oob")
    _, page = open_page(emu, token, "read")
    assert "code to type into the app" in page.text_content()
    reply = submit(emu, page, "approve")
    code = lxml.html.fromstring(reply.text).get_element_by_id("verifier").text
    assert reply.status_code == 200 and len(code) == 11


def test_deny_lands_on_the_home_page_and_spends_the_token(emu):
    token = request_token(emu, CALLBACK)
    _, page = open_page(emu, token)
    reply = submit(emu, page, "deny")
    assert (reply.status_code, reply.headers["Location"]) == (302, "/")
    with session() as s:
        home = s.get(emu.base_url + "/", timeout=10)
    assert home.status_code == 200 and 'id="home"' in home.text
    assert emu.oauth.pending(token) is None
    assert submit(emu, page, "approve").status_code == 400  # a second click finds no token


def test_a_form_without_its_magic_cookie_is_refused(emu):
    token = request_token(emu, CALLBACK)
    _, page = open_page(emu, token)
    reply = submit(emu, page, "approve", magic_cookie="forged")
    assert reply.status_code == 403 and emu.oauth.pending(token) is not None


@pytest.mark.parametrize("token, perms, status", [("72157000000000000-0000", "read", 400),
                                                  ("", "read", 400), ("x", "admin", 400)])
def test_broken_links_show_flickrs_oops_page(emu, token, perms, status):
    code, page = open_page(emu, token, perms)
    assert code == status and page.get_element_by_id("problem").text.startswith("Flickr doesn't")


def test_without_the_page_the_url_approves_at_once(flickr_emulator):
    token = request_token(flickr_emulator, CALLBACK)
    with session() as s:
        reply = s.get(flickr_emulator.base_url + "/services/oauth/authorize",
                      params={"oauth_token": token}, allow_redirects=False, timeout=10)
    assert reply.status_code == 302 and reply.headers["Location"].startswith(CALLBACK)
