"""flickr_api 0.8.1 against the emulator, used the way its README shows.

Run by ``test_peers.py`` with the interpreter of the flickr-api-0.8.1 environment:
``python steps_flickr_api_081.py SETTINGS_JSON`` (with
``bench/sides`` on ``PYTHONPATH`` for ``point_at``). That package imports as
``flickr_api`` too, so this repository must not be on the path.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import Any, Dict

from flickr_api_081 import point_at
from peer_steps import approve, config, run, sha256_of, upload_steps

import flickr_api
from flickr_api import auth
from flickr_api.api import flickr

cfg = config()
point_at(cfg["base_url"])
flickr_api.set_keys(api_key=cfg["api_key"], api_secret=cfg["api_secret"])
state: Dict[str, Any] = {}


def oauth_dance() -> Dict[str, Any]:
    try:
        handler = auth.AuthHandler(callback="oob")
        handler.set_verifier(approve(handler.get_authorization_url("write")))
    except Exception:  # the later steps still run with a token granted directly
        key, secret = cfg["fallback_token"]
        flickr_api.set_auth_handler(auth.AuthHandler(access_token_key=key,
                                                     access_token_secret=secret))
        raise
    flickr_api.set_auth_handler(handler)
    return {}


def signed_call() -> Dict[str, Any]:
    user = flickr_api.test.login()
    state["person"] = user
    return {"user_id": user.id, "username": user.username}


def check_token() -> Dict[str, Any]:
    token = auth.AUTH_HANDLER.access_token_key
    reply = ET.fromstring(flickr.auth.oauth.checkToken(oauth_token=token))
    if reply.get("stat") != "ok":
        raise RuntimeError(ET.tostring(reply, encoding="unicode"))
    return {"perms": reply.findtext("oauth/perms"), "token": reply.findtext("oauth/token"),
            "nsid": reply.find("oauth/user").get("nsid")}


def search() -> Dict[str, Any]:
    photos = flickr_api.Photo.search(user_id=cfg["user_nsid"], per_page=20)
    state["photo"] = photos[0]
    return {"count": len(photos), "total": int(photos.info.total), "pages": photos.info.pages}


def walk() -> Dict[str, Any]:
    person = flickr_api.Person(id=cfg["user_nsid"])
    ids = [photo.id for photo in flickr_api.Walker(person.getPhotos, per_page=100)]
    return {"count": len(ids), "unique": len(set(ids))}


def sizes_and_download() -> Dict[str, Any]:
    photo = state["photo"]
    sizes = photo.getSizes()
    path = photo.save(os.path.join(cfg["folder"], "flickr_api_081-original"), "Original")
    return {"labels": sorted(sizes), "source": sizes["Original"]["source"],
            "sha256": sha256_of(path), "size": os.path.getsize(path)}


def upload(path: str) -> str:
    return str(flickr_api.upload(photo_file=path, title="from flickr_api 0.8.1").id)


if __name__ == "__main__":
    run([oauth_dance, signed_call, check_token, search, walk, sizes_and_download,
         *upload_steps(upload)])
