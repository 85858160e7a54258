"""flickrapi 2.4.0's side of each workload, pointed at the emulator through its URL attributes.

Run with the interpreter of ``bench/.envs/flickrapi``.
"""

from __future__ import annotations

from typing import Any, Dict

import flickrapi
from measure import measure, pages, run, take


def point_at(base: str) -> None:
    """Send every request of flickrapi to ``base`` instead of Flickr's hosts."""
    flickrapi.core.FlickrAPI.REST_URL = base + "/services/rest/"
    flickrapi.core.FlickrAPI.UPLOAD_URL = base + "/services/upload/"
    flickrapi.core.FlickrAPI.REPLACE_URL = base + "/services/replace/"
    oauth = flickrapi.auth.OAuthFlickrInterface
    for name in ("REQUEST_TOKEN_URL", "AUTHORIZE_URL", "ACCESS_TOKEN_URL"):
        setattr(oauth, name, getattr(oauth, name).replace("https://www.flickr.com", base))


def _connect(cfg: Dict[str, Any], fmt: str = "parsed-json") -> flickrapi.FlickrAPI:
    point_at(cfg["base_url"])
    token = flickrapi.auth.FlickrAccessToken(cfg["token"][0], cfg["token"][1], "write")
    return flickrapi.FlickrAPI(cfg["api_key"], cfg["api_secret"], token=token,
                               store_token=False, format=fmt)


def login(cfg: Dict[str, Any]) -> Dict[str, Any]:
    flickr = _connect(cfg)

    def work() -> int:
        for _ in range(cfg["n"]):
            flickr.test.login()
        return cfg["n"]

    return measure(work, setup=flickr.test.login)


def search(cfg: Dict[str, Any]) -> Dict[str, Any]:
    flickr = _connect(cfg)
    call = getattr(flickr, cfg["method"].replace("flickr.", "", 1))

    def page(number: int) -> Any:
        return call(page=number, per_page=cfg["per_page"], extras=cfg["extras"], **cfg["args"])

    return pages(page, cfg, lambda reply: len(reply["photos"]["photo"]))


def walk(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """flickrapi's own walker (``walk_user``: XML, one page after the other)."""
    flickr = _connect(cfg, "etree")

    def work() -> int:
        return take(flickr.walk_user(cfg["args"]["user_id"], per_page=cfg["per_page"],
                                     extras=cfg["extras"]), cfg["n"])

    return measure(work, setup=flickr.test.null)


def upload(cfg: Dict[str, Any]) -> Dict[str, Any]:
    flickr = _connect(cfg)

    def work() -> str:
        reply = flickr.upload(cfg["path"], format="etree")
        return str(reply.findtext("photoid"))

    return measure(work, setup=flickr.test.null)


if __name__ == "__main__":
    run({"login": login, "search": search, "walk": walk, "upload": upload})
