"""``python -m flickr_api demo``: the whole flow against a built-in Flickr emulator.

Starts an emulator on loopback, then walks through what a new user does with real Flickr:
keys, authorization with a verifier code, a public call, an authenticated call, a search,
objects and a download. Nothing leaves this machine.
"""

from __future__ import annotations

import tempfile
from typing import Callable

__all__ = ["run_demo"]


def run_demo(say: Callable[[str], None] = print) -> None:
    from flickr_api import AuthHandler, Client
    from flickr_api.testing import FlickrEmulator

    with FlickrEmulator(photos=500) as emu:
        say(f"1. A Flickr emulator is running at {emu.base_url}")
        say(f"   It gave us an API key: {emu.api_key} (and a secret, kept out of sight).")
        client = Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url)
        say("   client = flickr_api.Client(api_key=..., api_secret=..., base_url=...)")

        handler = AuthHandler(client=client)
        url = handler.get_authorization_url("write")
        say("\n2. Authorization: send the user to this URL to approve 'write' access:")
        say(f"   {url}")
        verifier = _approve_in_browser(client, url)
        say(f"   Flickr shows the user a code; they paste it back: {verifier}")
        handler.set_verifier(verifier)
        client.set_auth_handler(handler)
        say(f"   Authorized as {handler.username} ({handler.user_nsid}).")
        with tempfile.TemporaryDirectory() as tmp:
            handler.save(f"{tmp}/auth.txt")
            say("   handler.save('auth.txt') keeps the token (mode 0600) for next time.")

        say("\n3. A public call: flickr.people.findByUsername(username='alice')")
        user = client.api.people.findByUsername(username="alice")["user"]
        say(f"   -> {user}")

        say("\n4. An authenticated call: flickr.test.login()")
        me = client.api.test.login()["user"]
        say(f"   -> logged in as {me['username']} ({me['id']})")

        say("\n5. A search: flickr.photos.search(user_id='me', per_page=5)")
        found = client.api.photos.search(user_id="me", per_page=5)["photos"]
        say(f"   {found['total']} photos in all; the first page:")
        for photo in found["photo"]:
            say(f"   - {photo['id']}: {photo['title']}")

        say("\n6. Objects: client.objects.Person.findByUserName('alice').getPhotos(per_page=3)")
        person = client.objects.Person.findByUserName("alice")
        photos = person.getPhotos(per_page=3)
        say(f"   {photos.info.total} photos; page {photos.info.page} of {photos.info.pages}:")
        for photo in photos:
            say(f"   - {photo!r}")

        with tempfile.TemporaryDirectory() as tmp:
            path = photos[0].save(f"{tmp}/photo", size_label="Medium")
            size = path.stat().st_size
            say(f"\n7. photo.save(...) streamed the Medium size to disk: {size} bytes")

        say(f"\nDone: {emu.count()} requests reached the emulator. Try it on your own code:")
        say("   from flickr_api.testing import FlickrEmulator  (or the pytest fixture "
            "'flickr_emulator')")


def _approve_in_browser(client: object, url: str) -> str:
    """Do what the user's browser does: open the authorize page and read the code shown."""
    import re

    from flickr_api._requestor import NONE, Request, send
    from flickr_api.client import Client

    assert isinstance(client, Client)
    request = Request("GET", url, what="authorize page", auth=NONE, api=False)
    page = send(client, request, lambda reply: reply.content.decode())
    match = re.search(r'id="verifier"[^>]*>([^<]+)<', page)
    if not match:
        raise RuntimeError("the emulator's authorize page shows no verifier")
    return match.group(1).strip()
