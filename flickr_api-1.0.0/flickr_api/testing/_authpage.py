"""The HTML a person sees on the emulator's ``www.flickr.com``: the authorize page, the code
page for out-of-band apps, the "Oops!" pages and the home page a refusal lands on.

Wording follows Flickr's own pages where public clients and their bug reports quote them
("OK, I'll authorize it", "No thanks", "Oops! Flickr doesn't recognise the ..."); the layout is
the emulator's own (no capture of the real page is available).
"""

from __future__ import annotations

import html
from typing import Iterable, Tuple

from flickr_api.testing._render import Reply

__all__ = ["authorize_page", "code_page", "home_page", "oops_page"]

HTML_TYPE = "text/html; charset=utf-8"

#: What each access level lets the app do, as Flickr's authorize page lists it; levels nest.
PERM_LINES = {
    "read": ("Access your Flickr account (including private content)",),
    "write": (
        "Upload, Edit, and Replace photos and videos in your account",
        "Interact with other members' photos and videos (comment, add notes, favorite)",
    ),
    "delete": ("Delete photos and videos from your account",),
}
_LEVELS = ("read", "write", "delete")

_STYLE = (
    "body{font-family:sans-serif;max-width:40em;margin:2em auto;color:#212124}"
    "h1{font-weight:normal}button{font-size:1em;padding:.5em 1.2em;margin-right:1em}"
    "#approve{background:#128fdc;color:#fff;border:0}code{background:#eee;padding:0 .3em}"
)


def _document(status: int, title: str, body: str) -> Reply:
    text = (
        f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Flickr: "
        f"{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>\n"
    )
    return Reply(status, HTML_TYPE, text.encode("utf-8"))


def authorize_page(
    *,
    action: str,
    token: str,
    perms: str,
    magic_cookie: str,
    app: str,
    callback: str,
    users: Iterable[Tuple[str, str]],
    signed_in: str,
) -> Reply:
    """The page asking the signed-in user to let ``app`` act on their account at ``perms``.

    ``users`` are ``(nsid, label)`` pairs for the picker of who is signed in.
    """
    options = "".join(
        f'<option value="{html.escape(nsid)}"{" selected" if nsid == signed_in else ""}>'
        f"{html.escape(label)}</option>"
        for nsid, label in users
    )
    allowed = [line for level in _LEVELS[: _LEVELS.index(perms) + 1] for line in PERM_LINES[level]]
    listed = "".join(f"<li>{html.escape(line)}</li>" for line in allowed)
    back = (
        "It will show you a code to type into the app."
        if callback == "oob"
        else f"Then you go back to <code>{html.escape(callback)}</code>."
    )
    body = (
        f'<form method="post" action="{html.escape(action)}">'
        f'<p><label>You are signed in as <select id="user" name="user">{options}</select>'
        "</label> (pick who you are).</p>"
        f'<p>The app <strong id="app">{html.escape(app)}</strong> wants to link to your '
        f'Flickr account. It asks for <strong id="perms">{html.escape(perms)}</strong> access '
        f"and will be able to:</p><ul>{listed}</ul><p>{back}</p>"
        f'<input type="hidden" name="oauth_token" value="{html.escape(token)}">'
        f'<input type="hidden" name="perms" value="{html.escape(perms)}">'
        f'<input type="hidden" name="magic_cookie" value="{html.escape(magic_cookie)}">'
        '<button id="approve" type="submit" name="decision" value="approve">'
        "OK, I'll authorize it</button>"
        '<button id="deny" type="submit" name="decision" value="deny">No thanks</button>'
        "</form>"
    )
    return _document(200, "Link your account", body)


def code_page(username: str, perms: str, verifier: str) -> Reply:
    """What an out-of-band app's user sees after approving: the code to type into the app."""
    body = (
        f"<p>{html.escape(username)} gave this app {html.escape(perms)} access. "
        f'Type this code into the app: <span id="verifier">{html.escape(verifier)}</span></p>'
    )
    return _document(200, "Authorization complete", body)


def oops_page(status: int, what: str) -> Reply:
    """Flickr's error page for a broken authorization link."""
    body = (
        f'<p id="problem">{html.escape(what)}</p><p>You can\'t use the application until this '
        "problem is fixed. (It's a third-party problem, not a Flickr problem.)</p>"
    )
    return _document(status, "Oops!", body)


def home_page(users: int, photos: int) -> Reply:
    """The emulator's home page: where Flickr sends a person who clicked "No thanks"."""
    body = (
        f'<p id="home">An offline Flickr with {users} members and {photos} photos. '
        "Go back to the app you came from to try again.</p>"
    )
    return _document(200, "Home", body)
