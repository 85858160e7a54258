"""The floor: what any client must at least do, with no objects and no conveniences.

A bare loop over ``requests.Session`` with requests-oauthlib's OAuth1 and ``json.loads``.
Run as ``python bench/sides/floor.py WORKLOAD '{json settings}'``.
"""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any, Dict, List

import requests
from measure import measure, run
from requests_oauthlib import OAuth1


def _session(cfg: Dict[str, Any]) -> requests.Session:
    session = requests.Session()
    session.auth = OAuth1(cfg["api_key"], cfg["api_secret"], *cfg["token"])
    return session


def _call(session: requests.Session, cfg: Dict[str, Any], method: str, **args: Any) -> Any:
    params = {"method": method, "format": "json", "nojsoncallback": "1", **args}
    reply = session.get(cfg["base_url"] + "/services/rest/", params=params)
    return json.loads(reply.content)


def login(cfg: Dict[str, Any]) -> Dict[str, Any]:
    session = _session(cfg)

    def work() -> int:
        for _ in range(cfg["n"]):
            _call(session, cfg, "flickr.test.login")
        return cfg["n"]

    return measure(work, setup=lambda: _call(session, cfg, "flickr.test.login"))


def search(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """``n`` pages of photos.search, each only decoded from JSON."""
    session = _session(cfg)
    args = {"per_page": str(cfg["per_page"]), "extras": cfg["extras"], **cfg["query"]}

    def page(number: int) -> Any:
        return _call(session, cfg, "flickr.photos.search", page=str(number), **args)

    def work() -> int:
        photos = 0
        for i in range(cfg["n"]):
            photos += len(page(i % cfg["pages"] + 1)["photos"]["photo"])
        return photos

    return measure(work, setup=lambda: page(1))


def walk(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """A sequential walk: each page is requested once the previous one is decoded."""
    session = _session(cfg)
    args = {"per_page": str(cfg["per_page"]), "extras": cfg["extras"], **cfg["query"]}

    def work() -> int:
        photos, number, pages = 0, 1, 1
        while number <= pages and photos < cfg["n"]:
            reply = _call(session, cfg, "flickr.photos.search", page=str(number), **args)
            pages = int(reply["photos"]["pages"])
            photos += len(reply["photos"]["photo"])
            number += 1
        return photos

    return measure(work, setup=lambda: _call(session, cfg, "flickr.test.null"))


def _original_urls(session: requests.Session, cfg: Dict[str, Any]) -> List[str]:
    reply = _call(session, cfg, "flickr.photos.search", per_page=str(cfg["n"]),
                  extras="url_o", **cfg["query"])
    return [photo["url_o"] for photo in reply["photos"]["photo"]][: cfg["n"]]


def download(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """Download ``n`` originals one after the other, streaming each to a file."""
    session = _session(cfg)
    urls: List[str] = []
    folder = tempfile.TemporaryDirectory()

    def work() -> int:
        total = 0
        for i, url in enumerate(urls):
            with session.get(url, stream=True, auth=None) as reply, open(
                os.path.join(folder.name, f"{i}.jpg"), "wb"
            ) as out:
                reply.raise_for_status()
                for chunk in reply.iter_content(256 * 1024):
                    total += out.write(chunk)
        return total

    with folder:
        return measure(work, setup=lambda: urls.extend(_original_urls(session, cfg)))


def upload(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """Stream one file to the upload endpoint (requests-toolbelt's MultipartEncoder)."""
    from requests_toolbelt import MultipartEncoder

    session = _session(cfg)

    def work() -> int:
        with open(cfg["path"], "rb") as photo:
            body = MultipartEncoder({"photo": ("photo.jpg", photo, "image/jpeg")})
            reply = session.post(cfg["base_url"] + "/services/upload/", data=body,
                                 headers={"Content-Type": body.content_type})
        if b'stat="ok"' not in reply.content:
            raise RuntimeError(f"upload failed: {reply.status_code} {reply.content[:200]!r}")
        return os.path.getsize(cfg["path"])

    return measure(work, setup=lambda: _call(session, cfg, "flickr.test.null"))


if __name__ == "__main__":
    run({"login": login, "search": search, "walk": walk, "download": download, "upload": upload})
