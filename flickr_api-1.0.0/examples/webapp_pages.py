"""The HTML of the web-app examples, shared by the Flask and the Starlette app.

Every value from Flickr or the user is escaped; forms that change something carry the
session's ``csrf`` token.
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, Mapping, Optional

_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:1em auto}"
          ".photos img{margin:2px;height:100px}.message{background:#ffd;padding:.5em}")


def layout(title: str, body: str, message: Optional[str] = None) -> str:
    note = f'<p class="message" id="message">{escape(message)}</p>' if message else ""
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>{note}{body}"
            "</body></html>")


def signed_out(message: Optional[str] = None) -> str:
    body = '<p><a id="login" href="/login">Sign in with Flickr</a></p>'
    return layout("Photos with Flickr", body, message)


def _photos(photos: Iterable[Mapping[str, Any]]) -> str:
    images = "".join(
        f'<img src="{escape(p.get("url_s", ""))}" alt="{escape(p.get("title") or p["id"])}" '
        f'title="{escape(p.get("title") or "")}">'
        for p in photos
    )
    return f'<div class="photos" id="photos">{images}</div>'


def home(username: str, albums: Iterable[Mapping[str, Any]], photos: Iterable[Mapping[str, Any]],
         csrf: str, message: Optional[str] = None) -> str:
    items = "".join(
        f'<li><a href="/albums/{escape(a["id"])}">{escape(a.get("title") or a["id"])}</a> '
        f'({escape(str(a.get("photos", "?")))} photos)</li>'
        for a in albums
    )
    body = (
        f'<p>Signed in as <strong id="username">{escape(username)}</strong>.</p>'
        f'<form method="post" action="/logout"><input type="hidden" name="csrf" '
        f'value="{escape(csrf)}"><button id="logout">Sign out</button></form>'
        f'<h2>Albums</h2><ul id="albums">{items}</ul>'
        f"<h2>Latest photos</h2>{_photos(photos)}"
        '<h2>Upload a photo</h2><form method="post" action="/upload" '
        'enctype="multipart/form-data">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        '<input type="file" id="photo" name="photo" accept="image/*,video/*" required> '
        '<input type="text" id="title" name="title" placeholder="Title"> '
        '<button id="upload">Upload</button></form>'
    )
    return layout("Photos with Flickr", body, message)


def album(title: str, photos: Iterable[Mapping[str, Any]]) -> str:
    return layout(title, f'<p><a href="/">Back</a></p>{_photos(photos)}')


def not_found() -> str:
    return layout("Not found", '<p>No such page. <a href="/">Home</a></p>')


#: What a person sees on coming back without finishing the sign-in: Flickr never calls the
#: callback when they click "No thanks", it keeps them on Flickr's home page.
NOT_FINISHED = ("Signing in with Flickr did not finish (you clicked \"No thanks\", or left "
                "Flickr's page). Sign in again whenever you like.")
