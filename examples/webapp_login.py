"""Sign in with Flickr: a small web app on the standard library alone (wsgiref).

    python examples/webapp_login.py --port 8080      # then open http://127.0.0.1:8080/

``/login`` sends the browser to Flickr with a callback to ``/callback``; Flickr sends it back
with a verifier, which ``/callback`` trades for the user's own token. Between the two requests
the handler's state waits in a server-side session. Keys and base URL come from the
environment as in list_albums.py.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import secrets
from http.cookies import SimpleCookie
from typing import Any, Callable, Iterable, Optional, Sequence
from wsgiref.simple_server import make_server
from wsgiref.util import application_uri, request_uri

from flickr_api import AuthHandler, Client

Session = dict[str, Any]
StartResponse = Callable[..., Any]


class LoginApp:
    """The WSGI application: pages ``/``, ``/login``, ``/callback`` and ``/logout``."""

    def __init__(self, client: Optional[Client] = None) -> None:
        self.client = client or Client()  # the app's keys, from the environment
        self.sessions: dict[str, Session] = {}  # use a real session store in production

    def __call__(self, environ: dict[str, Any], start: StartResponse) -> Iterable[bytes]:
        sid, session = self._session(environ)
        path = environ.get("PATH_INFO", "/")
        if path == "/login":
            handler = AuthHandler(callback=application_uri(environ).rstrip("/") + "/callback",
                                  client=self.client)
            url = handler.get_authorization_url("read")
            session["flickr"] = handler.todict()  # holds a secret: keep it server-side
            return self._redirect(start, url, sid)
        if path == "/callback" and "flickr" in session:
            handler = AuthHandler.fromdict(session.pop("flickr"), client=self.client)
            handler.set_verifier(request_uri(environ))  # the URL carries the verifier
            user = Client(auth_handler=handler, base_url=self.client.base_url)
            session["user"] = user.api.test.login()["user"]
            session["token"] = handler.todict()  # what later requests need to act as the user
            return self._redirect(start, "/", sid)
        if path == "/logout":
            session.clear()
            return self._redirect(start, "/", sid)
        if path != "/":
            start("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Not found\n"]
        return self._page(start, session, sid)

    def _session(self, environ: dict[str, Any]) -> tuple[str, Session]:
        cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        sid = cookie["sid"].value if "sid" in cookie else ""
        if sid not in self.sessions:
            sid = secrets.token_urlsafe(16)
            self.sessions[sid] = {}
        return sid, self.sessions[sid]

    @staticmethod
    def _headers(sid: str) -> list[tuple[str, str]]:
        return [("Set-Cookie", f"sid={sid}; HttpOnly; SameSite=Lax; Path=/")]

    def _redirect(self, start: StartResponse, url: str, sid: str) -> Iterable[bytes]:
        start("302 Found", [("Location", url), *self._headers(sid)])
        return [b""]

    def _page(self, start: StartResponse, session: Session, sid: str) -> Iterable[bytes]:
        user = session.get("user")
        if user:
            body = (f"<p>Hello {html.escape(user['username'])} ({html.escape(user['id'])})."
                    "</p><p><a href='/logout'>Sign out</a></p>")
        else:
            body = "<p><a href='/login'>Sign in with Flickr</a></p>"
        start("200 OK", [("Content-Type", "text/html; charset=utf-8"), *self._headers(sid)])
        return [f"<!doctype html><title>Flickr login</title>{body}".encode()]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="A web app that signs in with Flickr.")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    with make_server("127.0.0.1", args.port, LoginApp()) as server:
        print(f"Open http://127.0.0.1:{server.server_port}/ (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
