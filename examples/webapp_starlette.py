"""Photos with Flickr: an ASGI web app (Starlette) where many people sign in with their Flickr
account, see their albums and latest photos, upload a photo and sign out.

    pip install "flickr_api[async,web]>=1.0"
    python examples/webapp_starlette.py --port 8000      # then open http://127.0.0.1:8000/

The same app as ``webapp_flask.py`` (keys from the environment, the pending sign-in and the
users' tokens in SQLite, the session in a signed cookie), written for an event loop: every
Flickr call is awaited through :class:`~flickr_api.aio.AsyncClient`, and all users' clients
share the app's connection pool.
"""

from __future__ import annotations

import argparse
import contextlib
import secrets
from pathlib import Path
from typing import Any, AsyncIterator, Optional, Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from webapp_pages import NOT_FINISHED, album, home, not_found, signed_out
from webapp_store import TokenStore

from flickr_api import FlickrError
from flickr_api.aio import AsyncAuthHandler, AsyncClient


def create_app(database: Path, client: Optional[AsyncClient] = None,
               secret_key: Optional[str] = None) -> Starlette:
    """The app; ``client`` holds the app's keys (default: from the environment)."""
    store = TokenStore(database)
    flickr = client or AsyncClient()

    def user_client(request: Request) -> Optional[AsyncClient]:
        """The signed-in user's own client (their token), on the app's connections."""
        state = store.user(request.session.get("nsid", ""))
        if state is None:
            return None
        return AsyncClient(*flickr.keys(), auth_handler=AsyncAuthHandler.fromdict(state),
                           base_url=flickr.base_url, transport=flickr.async_transport)

    async def check_csrf(request: Request) -> Any:
        form = await request.form(max_part_size=200 * 1024 * 1024)
        if not secrets.compare_digest(str(form.get("csrf", "")),
                                      request.session.get("csrf", "-")):
            raise HTTPException(400, "Stale form: reload the page")
        return form

    async def index(request: Request) -> Response:
        session = request.session
        message = session.pop("message", None)
        if session.pop("pending", None):  # came back without the callback
            message = NOT_FINISHED
        user = user_client(request)
        if user is None:
            return HTMLResponse(signed_out(message))
        nsid = session["nsid"]
        albums = await user.api.photosets.getList(user_id=nsid)
        photos = await user.api.people.getPhotos(user_id=nsid, extras="url_s", per_page=12)
        name = user.auth_handler.username or nsid  # type: ignore[union-attr]
        return HTMLResponse(home(name, albums["photosets"]["photoset"],
                                 photos["photos"]["photo"], session["csrf"], message))

    async def login(request: Request) -> Response:
        handler = AsyncAuthHandler(callback=str(request.url_for("callback")), client=flickr)
        url = await handler.get_authorization_url("write")
        request.session["pending"] = store.put_pending(handler.todict())
        return RedirectResponse(url, 302)

    async def callback(request: Request) -> Response:
        session = request.session
        state = store.take_pending(session.pop("pending", ""))
        if state is None or "oauth_verifier" not in request.query_params:
            session["message"] = NOT_FINISHED
            return RedirectResponse("/", 302)
        handler = AsyncAuthHandler.fromdict(state, client=flickr)
        try:
            await handler.set_verifier(str(request.url))
        except FlickrError as error:
            session["message"] = f"Flickr refused the sign-in: {error}"
            return RedirectResponse("/", 302)
        session.clear()
        session["nsid"] = store.save_user(handler.todict())
        session["csrf"] = secrets.token_urlsafe(16)
        return RedirectResponse("/", 302)

    async def show_album(request: Request) -> Response:
        user = user_client(request)
        if user is None:
            return RedirectResponse("/", 302)
        reply = await user.api.photosets.getPhotos(photoset_id=request.path_params["album_id"],
                                                   user_id=request.session["nsid"],
                                                   extras="url_s", per_page=100)
        return HTMLResponse(album(reply["photoset"]["title"], reply["photoset"]["photo"]))

    async def upload(request: Request) -> Response:
        form = await check_csrf(request)
        user = user_client(request)
        if user is None:
            return RedirectResponse("/", 302)
        sent = form["photo"]  # spooled to disk by Starlette, streamed to Flickr
        title = str(form.get("title") or "") or sent.filename or "Untitled"
        photo = await user.upload(sent.file, title=title)
        request.session["message"] = f"Uploaded {title!r} (photo {photo.id})."
        return RedirectResponse("/", 302)

    async def logout(request: Request) -> Response:
        await check_csrf(request)
        request.session.clear()
        return RedirectResponse("/", 302)

    async def missing(request: Request, exc: Exception) -> Response:
        return HTMLResponse(not_found(), 404)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await flickr.aclose()  # the connections every user's client shared

    return Starlette(
        routes=[
            Route("/", index),
            Route("/login", login),
            Route("/callback", callback, name="callback"),
            Route("/albums/{album_id}", show_album),
            Route("/upload", upload, methods=["POST"]),
            Route("/logout", logout, methods=["POST"]),
        ],
        middleware=[Middleware(SessionMiddleware, secret_key=secret_key or secrets.token_hex(32),
                               same_site="lax")],
        exception_handlers={404: missing},
        lifespan=lifespan,
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    import uvicorn

    parser = argparse.ArgumentParser(description="An ASGI app where people sign in with Flickr.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--database", type=Path, default=Path("webapp.sqlite3"))
    args = parser.parse_args(argv)
    uvicorn.run(create_app(args.database), host="127.0.0.1", port=args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
