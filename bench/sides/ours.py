"""Our client's side of each workload, written the way the README teaches.

Run as ``python bench/sides/ours.py WORKLOAD '{json settings}'`` with this repository on
PYTHONPATH. (The upload row uses bench/transfer.py's side.)
"""

from __future__ import annotations

import itertools
import tempfile
from typing import Any, Dict, List

from measure import measure, pages, run

import flickr_api
from flickr_api.auth import AuthHandler


def _connect(cfg: Dict[str, Any]) -> flickr_api.Client:
    """The classic set-up on the default client; the benchmark turns the rate limiter off."""
    flickr_api.set_keys(cfg["api_key"], cfg["api_secret"])
    flickr_api.set_auth_handler(AuthHandler.create(*cfg["token"]))
    flickr_api.set_base_url(cfg["base_url"])
    flickr_api.set_rate_limit(None)
    return flickr_api.default_client()


def _download(photos: List[flickr_api.Photo], folder: str) -> int:
    """Every photo's original into a new folder (files already there would be skipped)."""
    summary = flickr_api.download_photos(photos, tempfile.mkdtemp(dir=folder),
                                         size_label="Original")
    if summary.failed or len(summary.downloaded) != len(photos):
        raise RuntimeError(f"downloads failed: {summary}")
    return len(summary.downloaded)


def login(cfg: Dict[str, Any]) -> Dict[str, Any]:
    client = _connect(cfg)

    def work() -> int:
        for _ in range(cfg["n"]):
            client.call("flickr.test.login")
        return cfg["n"]

    return measure(work, setup=lambda: client.call("flickr.test.login"))


def search(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """``n`` pages of photos.search as FlickrLists of Photo objects."""
    _connect(cfg)

    def page(number: int) -> List[flickr_api.Photo]:
        return flickr_api.Photo.search(page=number, per_page=cfg["per_page"],
                                       extras=cfg["extras"] or None, **cfg["args"])

    return pages(page, cfg)


def walk(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """A Walker reading ``prefetch`` pages ahead."""
    _connect(cfg)
    person = flickr_api.Person(id=cfg["args"]["user_id"])

    def work() -> int:
        walker = flickr_api.Walker(person.getPhotos, prefetch=cfg["prefetch"],
                                   per_page=cfg["per_page"], extras=cfg["extras"] or None)
        return sum(1 for photo in itertools.islice(walker, cfg["n"]) if photo.id)

    return measure(work, setup=flickr_api.test.null)


def download(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """download_photos over a listing (its parallel workers at their default)."""
    _connect(cfg)
    photos: List[flickr_api.Photo] = []

    def listing() -> None:
        photos.extend(flickr_api.Photo.search(per_page=cfg["n"], **cfg["query"])[: cfg["n"]])

    def work() -> int:
        return _download(photos, cfg["folder"])

    return measure(work, setup=listing)


def album(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """List an album with its Original URLs, then download it."""
    _connect(cfg)

    def work() -> int:
        album = flickr_api.Photoset(id=cfg["album"], owner=cfg["owner"])  # as an album URL says
        photos, urls = [], []
        for photo in flickr_api.Walker(album.getPhotos):
            photos.append(photo)
            urls.append(photo.getPhotoFile("Original"))
        _download(photos if cfg["download"] is None else photos[: cfg["download"]], cfg["folder"])
        return len(urls)

    return measure(work)


def user_photos(cfg: Dict[str, Any]) -> Dict[str, Any]:
    """Find a user by name, then list photos with their titles and tags."""
    _connect(cfg)

    def work() -> int:
        user = flickr_api.Person.findByUserName(cfg["username"])
        photos = itertools.islice(flickr_api.Walker(user.getPhotos), cfg["count"])
        return len([(photo.title, photo.tags) for photo in photos])

    return measure(work)


if __name__ == "__main__":
    run({"login": login, "search": search, "walk": walk, "download": download, "album": album,
         "user_photos": user_photos})
