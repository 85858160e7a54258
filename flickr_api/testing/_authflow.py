"""``/services/oauth/*``: request token, the user's authorize page, access token; and the home
page a refused authorization lands on.

The authorize URL has two modes. With ``FlickrEmulator(authorize_page=True)`` (the default of
``python -m flickr_api.testing``) it shows a page a person acts on: who is signed in, the app,
the access asked, "OK, I'll authorize it" and "No thanks". Otherwise (the default for scripts
and tests) opening it decides at once, as the user set by ``authorize_as`` (approve) or
``refuse_authorization`` (refuse) would have clicked.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import TYPE_CHECKING, Callable, Mapping, Optional
from urllib.parse import urlencode, urlsplit

from flickr_api._catalog import PERM_LEVELS
from flickr_api.testing._authpage import authorize_page, code_page, home_page, oops_page
from flickr_api.testing._render import Reply
from flickr_api.testing._server import Exchange, Route

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator
    from flickr_api.testing._records import User

__all__ = ["AUTH_ROUTES"]

_UNKNOWN_TOKEN = "Flickr doesn't recognise the \"oauth_token\" this application is trying to use."


def _none(emu: FlickrEmulator, ex: Exchange) -> Optional[str]:
    return None


def _token_exchange(step: str) -> Callable[[FlickrEmulator, Exchange], Reply]:
    """The route of a signed token exchange: ``request_token`` or ``access_token``."""

    def run(emu: FlickrEmulator, ex: Exchange) -> Reply:
        ex.form = ex.form_body()
        _note_params(ex)
        reply: Reply = getattr(emu.oauth, step)(ex.oauth_request(ex.form))
        ex.record.executed = True
        return reply

    return run


def _authorize(emu: FlickrEmulator, ex: Exchange) -> Reply:
    """GET: the page (or the decision made at once); POST: the person's click on the page."""
    ex.form = ex.form_body() if ex.http_method == "POST" else ""
    params = ex.params(ex.form)
    token = params.get("oauth_token", "")
    perms = params.get("perms", "read")
    if perms not in PERM_LEVELS or perms == "none":
        return oops_page(400, "Flickr doesn't recognise the permission set.")
    if ex.http_method == "POST":
        return _decide(emu, ex, params, token, perms)
    if not emu.authorize_page:
        if emu.refusing:
            return _refuse(emu, ex, token)
        return _approve(emu, ex, token, perms, emu.approving_user())
    pending = emu.oauth.pending(token)
    if pending is None:
        return oops_page(400, _UNKNOWN_TOKEN)
    app, callback = pending
    return authorize_page(
        action=urlsplit(ex.url).path,
        token=token,
        perms=perms,
        magic_cookie=_magic_cookie(emu, token),
        app=f"API key {app[:8]}…",
        callback=callback,
        users=[(u.nsid, _label(u)) for u in emu.store.users.values() if not u.deleted],
        signed_in=emu.approving_user().nsid,
    )


def _decide(
    emu: FlickrEmulator, ex: Exchange, form: Mapping[str, str], token: str, perms: str
) -> Reply:
    if not hmac.compare_digest(form.get("magic_cookie", ""), _magic_cookie(emu, token)):
        # Flickr's forms carry a per-page secret so another site cannot click for the user.
        return oops_page(403, "This page has expired. Go back to the app and start again.")
    if emu.oauth.pending(token) is None:
        return oops_page(400, _UNKNOWN_TOKEN)
    decision = form.get("decision")
    if decision == "deny":
        return _refuse(emu, ex, token)
    user = emu.store.users.get(form.get("user", ""))
    if decision != "approve" or user is None or user.deleted:
        return oops_page(400, "Pick who you are and click one of the two buttons.")
    return _approve(emu, ex, token, perms, user)


def _approve(emu: FlickrEmulator, ex: Exchange, token: str, perms: str, user: User) -> Reply:
    """Grant ``perms`` to the app as ``user``: back to the callback, or the code to type."""
    uri = urlsplit(ex.url)._replace(query=urlencode({"oauth_token": token})).geturl()
    granted = emu.oauth.authorize(uri, perms, user.nsid)
    ex.record.executed = True
    ex.record.user_nsid = user.nsid
    if granted.location is not None:
        return Reply(302, "text/html; charset=utf-8", b"", {"Location": granted.location})
    return code_page(user.username, perms, granted.verifier)


def _refuse(emu: FlickrEmulator, ex: Exchange, token: str) -> Reply:
    """"No thanks": the request token is spent and the person lands on Flickr's home page.

    Flickr never calls the app's callback on a refusal (a Flickr4Java bug report: "Flickr just
    goes to the home screen and never calls the Call Back URL"), out-of-band or not.
    """
    emu.oauth.deny(token)
    ex.record.executed = True
    return Reply(302, "text/html; charset=utf-8", b"", {"Location": "/"})


def _home(emu: FlickrEmulator, ex: Exchange) -> Reply:
    return home_page(len(emu.store.users), len(emu.store.photos))


def _magic_cookie(emu: FlickrEmulator, token: str) -> str:
    key = emu.api_secret.encode("utf-8")
    return hmac.new(key, b"authorize:" + token.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _label(user: User) -> str:
    return f"{user.username} ({user.realname})" if user.realname else user.username


def _note_params(ex: Exchange) -> None:
    ex.record.params = {
        k: v for k, v in ex.params(ex.form).items() if not k.startswith("oauth_")
    }


AUTH_ROUTES = [
    Route(re.compile(r"^/services/oauth/request_token/?$"), _none,
          _token_exchange("request_token")),
    Route(re.compile(r"^/services/oauth/authorize/?$"), _none, _authorize),
    Route(re.compile(r"^/services/oauth/access_token/?$"), _none, _token_exchange("access_token")),
    Route(re.compile(r"^/$"), _none, _home, pure=True),
]
