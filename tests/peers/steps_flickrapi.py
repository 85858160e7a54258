"""flickrapi 2.4.0 against the emulator, used the way its documentation shows.

Run by ``test_peers.py`` with the interpreter of the flickrapi environment:
``python steps_flickrapi.py SETTINGS_JSON`` (with
``bench/sides`` on ``PYTHONPATH`` for ``point_at``).
"""

from __future__ import annotations

import os
from typing import Any, Dict

import flickrapi
import requests
from flickrapi_side import point_at
from peer_steps import approve, config, run, sha256_of, upload_steps

cfg = config()
point_at(cfg["base_url"])
flickr = flickrapi.FlickrAPI(cfg["api_key"], cfg["api_secret"], store_token=False,
                             format="parsed-json")
state: Dict[str, Any] = {}


def oauth_dance() -> Dict[str, Any]:
    try:
        flickr.get_request_token(oauth_callback="oob")
        flickr.get_access_token(approve(flickr.auth_url(perms="write")))
    finally:  # the later steps still run with a token granted directly
        if flickr.token_cache.token is None:
            key, secret = cfg["fallback_token"]
            flickr.token_cache.token = flickrapi.auth.FlickrAccessToken(key, secret, "write")
    token = flickr.token_cache.token
    return {"user_nsid": token.user_nsid, "username": token.username,
            "perms": token.access_level}


def signed_call() -> Dict[str, Any]:
    return {"user_id": flickr.test.login()["user"]["id"]}


def check_token() -> Dict[str, Any]:
    """token_valid() omits checkToken's oauth_token argument (a known flickrapi bug) and
    forgets the token when Flickr refuses; the call with the argument is what Flickr answers."""
    token = flickr.token_cache.token
    valid = flickr.token_valid(perms="write")
    flickr.token_cache.token = flickr.flickr_oauth.token = token
    checked = flickr.auth.oauth.checkToken(oauth_token=token.token)["oauth"]
    return {"token_valid": valid, "perms": checked["perms"]["_content"],
            "token": checked["token"]["_content"], "nsid": checked["user"]["nsid"]}


def search() -> Dict[str, Any]:
    photos = flickr.photos.search(user_id=cfg["user_nsid"], per_page=20)["photos"]
    state["photo_id"] = photos["photo"][0]["id"]
    return {"count": len(photos["photo"]), "total": int(photos["total"]),
            "pages": photos["pages"]}


def walk() -> Dict[str, Any]:
    """flickrapi's walkers want a client speaking ElementTree."""
    etree = flickrapi.FlickrAPI(cfg["api_key"], cfg["api_secret"], store_token=False,
                                token=flickr.token_cache.token, format="etree")
    ids = [photo.get("id") for photo in etree.walk_user(cfg["user_nsid"], per_page=100)]
    return {"count": len(ids), "unique": len(set(ids))}


def sizes_and_download() -> Dict[str, Any]:
    sizes = flickr.photos.getSizes(photo_id=state["photo_id"])["sizes"]["size"]
    source = next(s["source"] for s in sizes if s["label"] == "Original")
    path = os.path.join(cfg["folder"], "flickrapi-original.jpg")
    with requests.get(source, stream=True, timeout=60) as reply:
        reply.raise_for_status()
        with open(path, "wb") as out:
            for chunk in reply.iter_content(1 << 16):
                out.write(chunk)
    return {"labels": [s["label"] for s in sizes], "source": source,
            "sha256": sha256_of(path), "size": os.path.getsize(path)}


def upload(path: str) -> str:
    return str(flickr.upload(filename=path, title="from flickrapi", format="etree")
               .findtext("photoid"))


if __name__ == "__main__":
    run([oauth_dance, signed_call, check_token, search, walk, sizes_and_download,
         *upload_steps(upload)])
