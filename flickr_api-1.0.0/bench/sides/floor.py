"""The floor: what any client must at least do, with no objects and no conveniences.

A bare loop over ``requests.Session`` with requests-oauthlib's OAuth1 and ``json.loads``.
Run as ``python bench/sides/floor.py WORKLOAD '{json settings}'``. (The floor of the upload row
is bench/transfer.py's requests-toolbelt side.)
"""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any, Dict, List

import requests
from measure import measure, pages, run
from requests_oauthlib import OAuth1


def _session(cfg: Dict[str, Any]) -> requests.Session:
    session = requests.Session()
    session.auth = OAuth1(cfg["api_key"], cfg["api_secret"], *cfg["token"])
    return session


def _call(session: requests.Session, cfg: Dict[str, Any], method: str, **args: Any) -> Any:
    params = {"method": method, "format": "json", "nojsoncallback": "1", **args}
    reply = session.get(cfg["base_url"] + "/services/rest/", params=params)
    return json.loads(reply.content)


def _page(session: requests.Session, cfg: Dict[str, Any], number: int) -> Any:
    args = {"per_page": str(cfg["per_page"]), "extras": cfg["extras"], **cfg["args"]}
    return _call(session, cfg, cfg["method"], page=str(number), **args)


def login(cfg: Dict[str, Any]) -> Dict[str, Any]:
    session = _session(cfg)

    def work() -> int:
        for _ in range(cfg["n"]):
            _call(session, cfg, "flickr.test.login")
        return cfg["n"]

    return measure(work, setup=lambda: _call(session, cfg, "flickr.test.login"))


def search(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """``n`` pages of a photo list, each only decoded from JSON."""
    session = _session(cfg)
    return pages(lambda number: _page(session, cfg, number), cfg,
                 lambda reply: len(reply["photos"]["photo"]))


def walk(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """A sequential walk: each page is requested once the previous one is decoded."""
    session = _session(cfg)

    def work() -> int:
        photos, number, pages = 0, 1, 1
        while number <= pages and photos < cfg["n"]:
            listing = _page(session, cfg, number)["photos"]
            pages = int(listing["pages"])
            photos += len(listing["photo"])
            number += 1
        return photos

    return measure(work, setup=lambda: _call(session, cfg, "flickr.test.null"))


def download(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """Download ``n`` originals one after the other, streaming each to a file."""
    session = _session(cfg)
    urls: List[str] = []

    def listing() -> None:
        reply = _call(session, cfg, "flickr.photos.search", per_page=str(cfg["n"]),
                      extras="url_o", **cfg["query"])
        urls.extend(photo["url_o"] for photo in reply["photos"]["photo"][: cfg["n"]])

    def work() -> int:
        total = 0
        folder = tempfile.mkdtemp(dir=cfg["folder"])
        for i, url in enumerate(urls):
            target = os.path.join(folder, f"{i}.jpg")
            with session.get(url, stream=True, auth=None) as reply, open(target, "wb") as out:
                reply.raise_for_status()
                for chunk in reply.iter_content(256 * 1024):
                    total += out.write(chunk)
        return total

    return measure(work, setup=listing)


if __name__ == "__main__":
    run({"login": login, "search": search, "walk": walk, "download": download})
