"""``/services/oauth/*``: request token, the user's authorize page, access token."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Callable, Optional

from oauthlib.common import add_params_to_uri

from flickr_api.testing._render import Reply
from flickr_api.testing._server import Exchange, Route

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator

__all__ = ["AUTH_ROUTES"]

_HTML = "text/html; charset=utf-8"


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
    """Approve (or refuse) at once as the configured user, as if they had clicked."""
    params = ex.params("")
    token = params.get("oauth_token", "")
    perms = params.get("perms", "read")
    if perms not in ("read", "write", "delete"):
        text = f"perms must be read, write or delete, not {html.escape(perms)!r}."
        return _page(400, "Invalid permissions", text)
    if emu.refusing:
        callback = emu.oauth.deny(token)
        ex.record.executed = True
        if callback == "oob":
            return _page(
                403,
                "Authorization refused",
                'The user did not authorize this app: <span id="problem">permission_denied</span>',
            )
        location = add_params_to_uri(callback, [("oauth_problem", "permission_denied")])
        return Reply(302, _HTML, b"", {"Location": location})
    user = emu.approving_user()
    granted = emu.oauth.authorize(ex.url, perms, user.nsid)
    ex.record.executed = True
    ex.record.user_nsid = user.nsid
    if granted.location is not None:
        return Reply(302, _HTML, b"", {"Location": granted.location})
    return _page(
        200,
        "Authorization complete",
        f"{html.escape(user.username)} gave this app {perms} access. Type this code into the app: "
        f'<span id="verifier">{granted.verifier}</span>',
    )


def _note_params(ex: Exchange) -> None:
    ex.record.params = {
        k: v for k, v in ex.params(ex.form).items() if not k.startswith("oauth_")
    }


def _page(status: int, title: str, body_html: str) -> Reply:
    text = (
        f"<!DOCTYPE html>\n<html><head><title>Flickr: {html.escape(title)}</title></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{body_html}</p></body></html>\n"
    )
    return Reply(status, _HTML, text.encode("utf-8"))


AUTH_ROUTES = [
    Route(re.compile(r"^/services/oauth/request_token/?$"), _none,
          _token_exchange("request_token")),
    Route(re.compile(r"^/services/oauth/authorize/?$"), _none, _authorize),
    Route(re.compile(r"^/services/oauth/access_token/?$"), _none, _token_exchange("access_token")),
]

