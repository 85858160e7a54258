"""FlickrList and Walker over a plain paged function (a stand-in for any paged method)."""

from __future__ import annotations

import threading

import pytest

from flickr_api.objects import FlickrList, Info, Photo, Walker


class Pages:
    """A paged listing of ``total`` photos as Flickr serves it: pages past the last repeat it."""

    def __init__(self, total: int, empty_pages: tuple[int, ...] = (), reported: int = 0) -> None:
        self.total, self.empty_pages = total, empty_pages
        self.reported = reported or total
        self.requested: list[int] = []
        self.lock = threading.Lock()

    def __call__(self, page: int = 1, per_page: int = 100, **kwargs: object) -> FlickrList:
        with self.lock:
            self.requested.append(page)
        pages = max(1, -(-self.total // per_page))
        shown = min(page, pages)
        start = (shown - 1) * per_page
        ids = [] if page in self.empty_pages else range(start, min(start + per_page, self.total))
        info = Info.of({"page": page, "pages": -(-self.reported // per_page),
                        "perpage": per_page, "total": str(self.reported)}, len(ids))
        return FlickrList([Photo(id=str(i)) for i in ids], info)


def ids(items):
    return [int(p.id) for p in items]


def test_walks_every_page_once():
    pages = Pages(250)
    walker = Walker(pages, per_page=100)
    assert ids(walker) == list(range(250))
    assert pages.requested == [1, 2, 3]
    assert len(walker) == 250 and pages.requested == [1, 2, 3]  # page 1 is kept for len()


def test_survives_empty_pages_in_the_middle():
    pages = Pages(300, empty_pages=(2,))
    assert ids(Walker(pages, per_page=100)) == list(range(100)) + list(range(200, 300))


def test_stops_when_pages_repeat_past_the_end():
    pages = Pages(150, reported=1000)  # says 10 pages, has 2: page 3 repeats page 2
    assert ids(Walker(pages, per_page=100)) == list(range(150))
    assert pages.requested == [1, 2, 3]


def test_empty_result():
    assert list(Walker(Pages(0), per_page=10)) == []


def test_next_works_like_the_old_walker():
    walker = Walker(Pages(3), per_page=2)
    assert [next(walker).id for _ in range(3)] == ["0", "1", "2"]
    with pytest.raises(StopIteration):
        next(walker)


def test_slices_fetch_only_the_pages_they_need():
    pages = Pages(1000)
    walker = Walker(pages, per_page=100)
    assert ids(walker[:10]) == list(range(10)) and pages.requested == [1]
    pages.requested.clear()
    assert ids(walker[205:220:5]) == [205, 210, 215] and pages.requested == [3]
    pages.requested.clear()
    assert ids(walker[-3:]) == [997, 998, 999] and pages.requested == [10]  # len() cached
    assert walker[450].id == "450" and walker[-1].id == "999"
    with pytest.raises(IndexError):
        walker[1000]
    assert walker[5:5] == []
    with pytest.raises(ValueError):
        walker[::-1]


def test_open_ended_slices_are_lazy():
    pages = Pages(1000)
    rest = Walker(pages, per_page=100)[950:]
    assert pages.requested == []
    assert ids(rest) == list(range(950, 1000)) and pages.requested == [10]


def test_prefetch_reads_ahead_in_order():
    pages = Pages(1000)
    walker = Walker(pages, per_page=100, prefetch=3)
    assert ids(walker) == list(range(1000))
    assert sorted(pages.requested) == list(range(1, 11))


def test_prefetch_stops_when_the_caller_stops():
    pages = Pages(10_000)
    walker = Walker(pages, per_page=100, prefetch=2)
    for n, _ in enumerate(walker):
        if n == 150:
            break
    assert max(pages.requested) <= 5


def test_walker_refuses_methods_without_pages():
    with pytest.raises(TypeError, match="FlickrList"):
        list(Walker(lambda **kw: [1, 2]))
    with pytest.raises(ValueError):
        Walker(Pages(1), prefetch=-1)


def test_total_unknown():
    def no_total(page=1, **kw):
        more = int(page < 3)
        return FlickrList([Photo(id=str(page))], Info.of({"page": page, "has_next_page": more}, 1))

    walker = Walker(no_total)
    assert ids(walker) == [1, 2, 3]
    with pytest.raises(TypeError, match="total"):
        len(walker)
