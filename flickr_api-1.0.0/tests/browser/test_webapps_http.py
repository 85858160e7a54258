"""Both web-app examples, used over plain HTTP the way a browser would (follow redirects, read
and submit the authorize page's form): the same journeys as the Chromium tests, runnable
wherever Chromium is absent, and with two people signed in at once."""

from __future__ import annotations

from pathlib import Path
from typing import Dict

import lxml.html
import requests

from flickr_api.testing import FlickrEmulator

NOT_FINISHED = "Signing in with Flickr did not finish"


def browser() -> requests.Session:
    s = requests.Session()
    s.trust_env = False
    return s


def page(reply: requests.Response) -> lxml.html.HtmlElement:
    assert reply.status_code == 200, reply.text[:500]
    doc = lxml.html.fromstring(reply.text, base_url=reply.url)
    doc.make_links_absolute()
    return doc


def click(s: requests.Session, doc: lxml.html.HtmlElement, button: str,
          **fields: str) -> requests.Response:
    """Submit the form holding ``button`` (an element id), with some fields changed."""
    target = doc.get_element_by_id(button)
    form = next(f for f in target.iterancestors("form"))
    values: Dict[str, str] = dict(form.form_values())
    values.update(fields)
    if target.get("name"):
        values[target.get("name")] = target.get("value")
    return s.post(form.action or doc.base_url, data=values, timeout=10)


def sign_in(s: requests.Session, webapp: str, user: str) -> lxml.html.HtmlElement:
    doc = page(s.get(webapp, timeout=10))
    authorize = page(s.get(doc.get_element_by_id("login").get("href"), timeout=10))
    assert "Link your account" in authorize.findtext(".//h1")
    return page(click(s, authorize, "approve", user=user))


def test_two_people_sign_in_see_their_albums_upload_and_sign_out(
        webapp: str, emulator: FlickrEmulator, photo_file: Path):
    alice, bob = browser(), browser()
    home_a = sign_in(alice, webapp, "10000001@N01")
    home_b = sign_in(bob, webapp, "10000002@N01")
    assert home_a.get_element_by_id("username").text == "alice"
    assert home_b.get_element_by_id("username").text == "bob"
    albums = [a.text for a in home_a.get_element_by_id("albums").iter("a")]
    assert "Cats" in albums
    assert len(home_a.get_element_by_id("photos")) == 12

    album = page(alice.get(next(a.get("href") for a in home_a.get_element_by_id("albums")
                                .iter("a") if a.text == "Cats"), timeout=10))
    assert album.findtext(".//h1") == "Cats" and len(album.get_element_by_id("photos")) > 0

    with photo_file.open("rb") as fh:
        form = home_b.get_element_by_id("upload").getparent()
        reply = bob.post(form.action, timeout=10, files={"photo": ("holiday.jpg", fh)},
                         data={"csrf": form.inputs["csrf"].value, "title": "Holiday"})
    after = page(reply)
    assert "Uploaded 'Holiday'" in after.get_element_by_id("message").text
    [uploaded] = emulator.uploads
    assert uploaded.user_nsid == "10000002@N01" and uploaded.size == photo_file.stat().st_size

    signed_out = page(click(bob, after, "logout"))
    assert signed_out.get_element_by_id("login") is not None
    assert page(alice.get(webapp, timeout=10)).get_element_by_id("username").text == "alice"


def test_no_thanks_lands_on_flickr_and_the_app_says_so_on_return(webapp: str,
                                                                  emulator: FlickrEmulator):
    s = browser()
    doc = page(s.get(webapp, timeout=10))
    authorize = page(s.get(doc.get_element_by_id("login").get("href"), timeout=10))
    landed = click(s, authorize, "deny")
    assert landed.url == emulator.base_url + "/"
    assert page(landed).get_element_by_id("home") is not None
    back = page(s.get(webapp, timeout=10))
    assert NOT_FINISHED in back.get_element_by_id("message").text
    assert back.get_element_by_id("login") is not None
    assert not page(s.get(webapp, timeout=10)).xpath('//*[@id="message"]')  # said once


def test_forms_without_the_session_token_are_refused(webapp: str):
    s = browser()
    home = sign_in(s, webapp, "10000001@N01")
    reply = s.post(home.get_element_by_id("logout").getparent().action, data={"csrf": "x"},
                   timeout=10)
    assert reply.status_code == 400
    assert page(s.get(webapp, timeout=10)).get_element_by_id("username").text == "alice"
