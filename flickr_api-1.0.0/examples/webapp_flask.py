"""Photos with Flickr: a WSGI web app (Flask) where many people sign in with their Flickr
account, see their albums and latest photos, upload a photo and sign out.

    pip install flask
    python examples/webapp_flask.py --port 5000      # then open http://127.0.0.1:5000/

The app's keys and base URL come from the environment (``FLICKR_API_KEY``,
``FLICKR_API_SECRET``, ``FLICKR_API_BASE_URL``); against the emulator, run
``flickr-api emulator`` first and export what it prints.

``/login`` sends the browser to Flickr with a callback to ``/callback``; the OAuth handler waits
in SQLite meanwhile (``webapp_store.py``), the signed session cookie only holds its id. The
callback trades the verifier for the user's access token, which is stored per user; every later
request builds that user's own :class:`~flickr_api.Client` from it.
"""

from __future__ import annotations

import argparse
import secrets
from pathlib import Path
from typing import Any, Optional, Sequence

from flask import Flask, abort, redirect, request, session
from webapp_pages import NOT_FINISHED, album, home, not_found, signed_out
from webapp_store import TokenStore

from flickr_api import AuthHandler, Client, FlickrError


def create_app(database: Path, client: Optional[Client] = None,
               secret_key: Optional[str] = None) -> Flask:
    """The app; ``client`` holds the app's keys (default: from the environment)."""
    app = Flask(__name__)
    app.secret_key = secret_key or secrets.token_hex(32)
    app.config["MAX_CONTENT_LENGTH"] = 200 * 1024 * 1024  # Flickr's photo size limit
    store = TokenStore(database)
    flickr = client or Client()

    def user_client() -> Optional[Client]:
        state = store.user(session.get("nsid", ""))
        if state is None:
            return None
        return Client(*flickr.keys(), auth_handler=AuthHandler.fromdict(state),
                      base_url=flickr.base_url)

    def check_csrf() -> None:
        if not secrets.compare_digest(request.form.get("csrf", ""), session.get("csrf", "-")):
            abort(400)

    @app.get("/")
    def index() -> Any:
        message = session.pop("message", None)
        if session.pop("pending", None):  # came back without the callback
            message = NOT_FINISHED
        user = user_client()
        if user is None:
            return signed_out(message)
        with user:
            nsid = session["nsid"]
            albums = user.api.photosets.getList(user_id=nsid)["photosets"]["photoset"]
            photos = user.api.people.getPhotos(user_id=nsid, extras="url_s", per_page=12)
        return home(user.auth_handler.username or nsid, albums,  # type: ignore[union-attr]
                    photos["photos"]["photo"], session["csrf"], message)

    @app.get("/login")
    def login() -> Any:
        handler = AuthHandler(callback=request.url_root + "callback", client=flickr)
        url = handler.get_authorization_url("write")
        session["pending"] = store.put_pending(handler.todict())
        return redirect(url)

    @app.get("/callback")
    def callback() -> Any:
        state = store.take_pending(session.pop("pending", ""))
        if state is None or "oauth_verifier" not in request.args:
            session["message"] = NOT_FINISHED
            return redirect("/")
        handler = AuthHandler.fromdict(state, client=flickr)
        try:
            handler.set_verifier(request.url)  # the URL carries token and verifier
        except FlickrError as error:
            session["message"] = f"Flickr refused the sign-in: {error}"
            return redirect("/")
        session.clear()
        session["nsid"] = store.save_user(handler.todict())
        session["csrf"] = secrets.token_urlsafe(16)
        return redirect("/")

    @app.get("/albums/<album_id>")
    def show_album(album_id: str) -> Any:
        user = user_client()
        if user is None:
            return redirect("/")
        with user:
            reply = user.api.photosets.getPhotos(photoset_id=album_id, user_id=session["nsid"],
                                                 extras="url_s", per_page=100)
        return album(reply["photoset"]["title"], reply["photoset"]["photo"])

    @app.post("/upload")
    def upload() -> Any:
        check_csrf()
        user = user_client()
        if user is None:
            return redirect("/")
        sent = request.files["photo"]  # spooled to disk by Werkzeug, streamed to Flickr
        title = request.form.get("title") or sent.filename or "Untitled"
        with user:
            photo = user.upload(sent.stream, title=title)
        session["message"] = f"Uploaded {title!r} (photo {photo.id})."
        return redirect("/")

    @app.post("/logout")
    def logout() -> Any:
        check_csrf()
        session.clear()
        return redirect("/")

    @app.errorhandler(404)
    def missing(error: Exception) -> Any:
        return not_found(), 404

    return app


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="A Flask app where people sign in with Flickr.")
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--database", type=Path, default=Path("webapp.sqlite3"))
    args = parser.parse_args(argv)
    create_app(args.database).run("127.0.0.1", args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
