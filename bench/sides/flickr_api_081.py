"""flickr-api 0.8.1's side of each workload, pointed at the emulator by patching its URL
constants from here (its installed files stay untouched).

Run with the interpreter of ``bench/.envs/flickr-api-0.8.1``; that package also imports as
``flickr_api``, so this repository must not be on the path.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from typing import Any, Dict, List

from measure import measure, pages, run, take

import flickr_api
from flickr_api import auth, method_call

#: Size labels 0.8.1 lacks: without them it fails (KeyError) on the url_w, url_3k... extras.
_MISSING_LABELS = {"w": "Small 400", "3k": "X-Large 3K", "4k": "X-Large 4K", "f": "X-Large 4K",
                   "5k": "X-Large 5K", "6k": "X-Large 6K"}


def point_at(base: str) -> None:
    """Send every request of flickr-api 0.8.1 to ``base`` instead of Flickr's hosts."""
    rest = base + "/services/rest/"
    method_call.REST_URL = rest
    # call_api took REST_URL as a default argument value when it was defined.
    defaults = list(method_call.call_api.__defaults__ or ())
    method_call.call_api.__defaults__ = tuple(rest if d == "https://api.flickr.com/services/rest/"
                                              else d for d in defaults)
    upload = importlib.import_module("flickr_api.upload")  # flickr_api.upload is a function
    upload.UPLOAD_URL = base + "/services/upload/"
    upload.REPLACE_URL = base + "/services/replace/"
    for name in ("TOKEN_REQUEST_URL", "AUTHORIZE_URL", "ACCESS_TOKEN_URL"):
        setattr(auth, name, getattr(auth, name).replace("https://www.flickr.com", base))


def _connect(cfg: Dict[str, Any]) -> auth.AuthHandler:
    point_at(cfg["base_url"])
    for suffix, label in _MISSING_LABELS.items():
        flickr_api.objects._SIZES_LABEL.setdefault(suffix, label)
    flickr_api.set_keys(api_key=cfg["api_key"], api_secret=cfg["api_secret"])
    handler = auth.AuthHandler(key=cfg["api_key"], secret=cfg["api_secret"], callback="oob",
                               access_token_key=cfg["token"][0],
                               access_token_secret=cfg["token"][1])
    flickr_api.set_auth_handler(handler)
    flickr_api.set_timeout(900)
    return handler


def login(cfg: Dict[str, Any]) -> Dict[str, Any]:
    handler = _connect(cfg)

    def call() -> Any:
        return method_call.call_api(method="flickr.test.login", auth_handler=handler)

    def work() -> int:
        for _ in range(cfg["n"]):
            call()
        return cfg["n"]

    return measure(work, setup=call)


def search(cfg: Dict[str, Any]) -> Dict[str, Any]:
    _connect(cfg)

    def page(number: int) -> List[Any]:
        return flickr_api.Photo.search(page=number, per_page=cfg["per_page"],
                                       extras=cfg["extras"], **cfg["args"])

    return pages(page, cfg)


def walk(cfg: Dict[str, Any]) -> Dict[str, Any]:
    _connect(cfg)
    person = flickr_api.Person(id=cfg["args"]["user_id"])

    def work() -> int:
        return take(flickr_api.Walker(person.getPhotos, per_page=cfg["per_page"],
                                      extras=cfg["extras"]), cfg["n"])

    return measure(work, setup=flickr_api.test.null)


def download(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """``Photo.save`` one photo after the other (it asks getSizes for each photo's URL)."""
    _connect(cfg)
    photos: List[Any] = []

    def listing() -> None:
        photos.extend(flickr_api.Photo.search(per_page=cfg["n"], **cfg["query"])[: cfg["n"]])

    def work() -> int:
        folder = tempfile.mkdtemp(dir=cfg["folder"])
        return sum(os.path.getsize(p.save(os.path.join(folder, str(i)), "Original"))
                   for i, p in enumerate(photos))

    return measure(work, setup=listing)


def upload_file(cfg: Dict[str, Any]) -> Dict[str, Any]:
    _connect(cfg)

    def work() -> str:
        return str(flickr_api.upload(photo_file=cfg["path"]).id)

    return measure(work, setup=flickr_api.test.null)


def album(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """List the album with Original URLs (0.8.1 asks getSizes per photo), then download."""
    _connect(cfg)
    photoset = flickr_api.Photoset(id=cfg["album"])

    def work() -> int:
        photos = list(flickr_api.Walker(photoset.getPhotos, user_id=cfg["owner"],
                                        extras="url_o,media"))
        urls = [p.getPhotoFile("Original") for p in photos]
        chosen = photos if cfg["download"] is None else photos[: cfg["download"]]
        folder = tempfile.mkdtemp(dir=cfg["folder"])
        for i, photo in enumerate(chosen):
            photo.save(os.path.join(folder, str(i)), "Original")
        return len(urls)

    return measure(work)


def user_photos(cfg: Dict[str, Any]) -> Dict[str, Any]:
    _connect(cfg)

    def work() -> int:
        user = flickr_api.Person.findByUserName(cfg["username"])
        walker = flickr_api.Walker(user.getPhotos, extras="tags")
        return len([(p.title, p.tags) for p in walker[: cfg["count"]]])

    return measure(work)


if __name__ == "__main__":
    run({"login": login, "search": search, "walk": walk, "download": download,
         "upload": upload_file, "album": album, "user_photos": user_photos})
