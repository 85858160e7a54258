"""Walking paged methods through the emulator: request counts, caps, slices, read-ahead."""

from __future__ import annotations

import threading
from itertools import islice

import pytest

from flickr_api import Client
from flickr_api._ratelimit import RateLimiter
from flickr_api.auth import AuthHandler
from flickr_api.objects import Photo, Walker
from flickr_api.testing import FlickrEmulator
from flickr_api.transfer.bulk import download_photos

ALICE = "10000001@N01"


def _client(emu: FlickrEmulator, **options: object) -> Client:
    return Client(api_key=emu.api_key, api_secret=emu.api_secret, base_url=emu.base_url,
                  auth_handler=AuthHandler.create(*emu.token("write")), **options)


@pytest.fixture(scope="module")
def big():
    """A data set with more photos than a search will page through (4,000)."""
    with FlickrEmulator(photos=5000) as emu:
        yield emu


@pytest.fixture
def objects(big):
    big.reset_log()
    client = _client(big, rate_limit=None)
    yield client.objects
    client.close()


def _pages(emu: FlickrEmulator, method: str) -> list[tuple[str, str]]:
    return [(r.params.get("page", ""), r.params.get("per_page", ""))
            for r in emu.calls(method)]


def test_an_album_of_1200_photos_with_original_urls_takes_pages_plus_one(objects, big):
    album = objects.Photoset(id=big.store.notable["big_album"], owner=ALICE)
    urls = [photo.getPhotoFile("Original") for photo in Walker(album.getPhotos)]
    assert len(urls) == len(set(urls)) == 1200
    assert all("_o." in url for url in urls)
    # page 1 lean, page 1 again with the sizes and the original's secret, then pages 2-3
    # asking for them
    assert _pages(big, "flickr.photosets.getPhotos") == [
        ("1", "500"), ("1", "500"), ("2", "500"), ("3", "500")]
    asked = [r.params.get("extras") for r in big.calls()]
    assert asked[0] is None and len(set(asked[1:])) == 1
    assert {"original_format", "url_o", "url_k"} <= set(asked[1].split(","))
    assert big.count() == 4


def test_an_album_saved_at_original_size_takes_pages_plus_one_and_one_for_its_owner(
        big, tmp_path):
    client = Client(api_key=big.api_key, api_secret=big.api_secret, base_url=big.base_url,
                    auth_handler=AuthHandler.create(*big.token("read")), rate_limit=None)
    album = client.objects.Photoset(id=big.store.notable["big_album"])  # owner unknown
    big.reset_log()
    summary = download_photos(Walker(album.getPhotos), tmp_path, size_label="Original")
    client.close()
    assert len(summary.downloaded) == 1200 and summary.ok
    rest = [r.flickr_method for r in big.calls()]
    assert rest.count("flickr.photosets.getPhotos") <= 3 + 1
    assert len(rest) <= 3 + 1 + 1  # + the owner, which the album needs to be listed


def test_a_users_1000_photos_with_titles_and_tags_take_pages_plus_one(objects, big):
    photos = Walker(objects.Person(id=ALICE).getPhotos)
    seen = [(photo.title, [t.text for t in photo.tags]) for photo in islice(photos, 1000)]
    assert len(seen) == 1000 and any(tags for _title, tags in seen)
    assert big.count() == big.count("flickr.people.getPhotos") == 2 + 1


def test_extras_named_up_front_cost_no_request_more(objects, big):
    photos = Walker(objects.Person(id=ALICE).getPhotos, extras="tags")
    assert all(isinstance(photo.tags, list) for photo in photos[:1000])
    assert big.count() == 2


def test_the_same_album_page_by_page(objects, big):
    album = objects.Photoset(id=big.store.notable["big_album"], owner=ALICE)
    sizes = []
    for number in (1, 2, 3):
        page = album.getPhotos(per_page=500, page=number)
        sizes.append(len(page))
        assert all(photo.getPhotoFile("Original") for photo in page)
        assert page.info.total == 1200 and page.info.pages == 3
    assert sizes == [500, 500, 200]
    assert big.count() == 3 + 1  # the pages, and page 1 again with the originals' secrets


def test_len_is_the_total_and_iteration_reuses_the_first_page(objects, big):
    walker = Walker(objects.Person(id=ALICE).getPhotos)
    total = len(walker)
    assert total == len({p.id for p in big.store.photos.values() if p.owner == ALICE})
    assert sum(1 for _ in walker) == total
    assert big.count() == -(-total // 500)


def test_a_search_stops_at_flickrs_cap_without_duplicates(objects, big):
    walker = Walker(objects.Photo.search, text="a")
    found = [photo.id for photo in walker]
    assert len(found) == len(set(found)) == len(walker) == 4000
    assert big.count("flickr.photos.search") == 8


def test_reading_ahead_stops_at_the_cap_too(objects, big):
    assert sum(1 for _ in Walker(objects.Photo.search, text="a", prefetch=3)) == 4000
    assert big.count("flickr.photos.search") == 8


def test_slices_fetch_only_the_pages_they_need(objects, big):
    walker = Walker(objects.Photo.search, user_id=ALICE, per_page=100)
    assert len(walker[:10]) == 10 and _pages(big, "flickr.photos.search") == [("1", "100")]
    big.reset_log()
    picked = walker[905:920:5]
    assert [p.id for p in picked] == [p.id for p in objects.Photo.search(
        user_id=ALICE, per_page=100, page=10)[5:20:5]]
    assert _pages(big, "flickr.photos.search")[0] == ("10", "100")


def test_prefetch_gets_the_same_items(objects, big):
    plain = [p.id for p in Walker(objects.Person(id=ALICE).getPhotos, per_page=250)]
    ahead = [p.id for p in Walker(objects.Person(id=ALICE).getPhotos, per_page=250,
                                  prefetch=4)]
    assert ahead == plain and len(plain) == 2000


class VirtualClock:
    """Time that passes only when a thread sleeps: each sleeper wakes at the moment it last
    read the clock plus its sleep, as with real threads and instant requests."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()
        self._read = threading.local()

    def clock(self) -> float:
        with self._lock:
            self._read.at = self.now
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now = max(self.now, self._read.at + seconds)


def test_prefetch_respects_the_rate_limit(big):
    rate = 40.0  # a request every 25 ms, no burst
    clock = VirtualClock()
    limiter = RateLimiter(rate * 3600, burst=1, clock=clock.clock, sleep=clock.sleep)
    client = _client(big, rate_limit=limiter)
    big.reset_log()
    try:
        photos = list(Walker(client.objects.Person(id=ALICE).getPhotos, per_page=250,
                             prefetch=4))
    finally:
        client.close()
    assert len(photos) == 2000
    status = limiter.status()
    assert status.acquired == len(big.calls()) >= 8  # every request, read ahead or not, waited
    assert clock.now == pytest.approx((status.acquired - 1) / rate)  # for a slot of its own


def test_walking_works_with_the_default_client(big, monkeypatch):
    import flickr_api

    flickr_api.set_keys(big.api_key, big.api_secret)
    flickr_api.set_base_url(big.base_url)
    flickr_api.set_rate_limit(None)
    first = next(iter(Walker(Photo.search, tags="cat")))
    assert isinstance(first, Photo) and first.client is flickr_api.default_client()
