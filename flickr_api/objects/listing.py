"""Paged results: :class:`FlickrList` (one page and its paging info) and :class:`Walker`
(every item of every page, lazily).

A walker asks for 500 items a page unless told otherwise, holds only the pages it is about to
hand out, skips items a page repeats (Flickr's pages past the end repeat the last one, and a
search yields at most about 4,000 distinct results) and stops at the end, whatever ``pages``
said: on a second empty page in a row (Flickr may send one empty page in the middle of a list,
when it hides the private or deleted photos a page held), on a page of items already seen, and
past the pages that the first
page's ``total`` and ``perpage`` allow (a listing that keeps claiming more pages cannot hold a
walker). Paging numbers that are not counts (a text, a negative number) count as unknown.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import (
    Any,
    AsyncIterator,
    Callable,
    Generic,
    Iterable,
    Iterator,
    Optional,
    TypeVar,
    Union,
    overload,
)

from flickr_api.objects.base import FlickrObject

__all__ = ["FlickrList", "Info", "Walker", "RESULT_CAPS", "WALK_PER_PAGE"]

T = TypeVar("T")

#: per_page a Walker asks for when the caller did not choose (Flickr's maximum for most lists).
WALK_PER_PAGE = 500
#: A walk ends at this many empty pages in a row.
_EMPTY_PAGES = 2
#: Paging numbers above this are not counts (no Flickr listing comes near; ``list(walker)``
#: would try to reserve room for that many items).
_MAX_COUNT = 10**8
#: Items a FlickrList's repr shows before "... N more".
_REPR_ITEMS = 3
#: Flickr methods whose results stop after this many distinct items.
RESULT_CAPS = {"flickr.photos.search": 4000}


class Info(FlickrObject):
    """Paging information of a :class:`FlickrList`: ``page``, ``pages``, ``perpage``, ``total``
    (ints), plus whatever else the list element carried (e.g. a photoset's ``owner``)."""

    _display = ("page", "pages", "perpage", "total")

    @classmethod
    def of(cls, attrs: dict[str, Any], count: int) -> Info:
        """The info of a list of ``count`` items whose element had ``attrs``."""
        if "perpage" not in attrs and "per_page" in attrs:
            attrs["perpage"] = attrs["per_page"]
        attrs.setdefault("page", 1)
        attrs.setdefault("perpage", count)
        if "has_next_page" not in attrs:
            attrs.setdefault("pages", 1)
            attrs.setdefault("total", count)
        info = cls.__new__(cls)
        info._fields, info._client, info._loaded = attrs, None, True
        return info


class FlickrList(list[T]):
    """A list of objects with the paging information of its page in ``info``."""

    def __init__(self, data: Iterable[T] = (), info: Optional[Info] = None) -> None:
        super().__init__(data)
        self.info = info if info is not None else Info.of({}, len(self))

    def __repr__(self) -> str:
        if len(self) <= _REPR_ITEMS:
            return f"FlickrList({list.__repr__(self)}, info={self.info!r})"
        shown = ", ".join(repr(item) for item in self[:_REPR_ITEMS])
        return (f"FlickrList([{shown}, ... {len(self) - _REPR_ITEMS} more], "
                f"info={self.info!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (FlickrList, (list(self), self.info))


def _count(info: Info, name: str) -> Optional[int]:
    """A paging number of ``info`` that is a count (an int from 0 to :data:`_MAX_COUNT`),
    else None."""
    value = info.get(name)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MAX_COUNT:
        return value
    return None


def _dedupe_key(item: Any) -> Any:
    return item.id if isinstance(item, FlickrObject) else None


class _Fresh:
    """What a walk hands out of each page: items not seen on an earlier page, up to Flickr's
    cap; ``done`` once the cap is reached, a page only repeats earlier ones, or
    :data:`_EMPTY_PAGES` pages in a row were empty."""

    def __init__(self, cap: Optional[int]) -> None:
        self.cap = cap
        self.seen: set[Any] = set()
        self.count = 0
        self.empty = 0
        self.done = False

    def of(self, page: list[T]) -> list[T]:
        self.empty = 0 if page else self.empty + 1
        if self.empty >= _EMPTY_PAGES:
            self.done = True
            return []
        items = []
        for item in page:
            key = _dedupe_key(item)
            if key is not None:
                if key in self.seen:
                    continue
                self.seen.add(key)
            items.append(item)
            self.count += 1
            if self.cap is not None and self.count >= self.cap:
                self.done = True
                return items
        self.done = bool(page) and not items  # a page past the end repeating an earlier one
        return items


class Walker(Generic[T]):
    """Every item of every page of a paged method, fetched page by page as you iterate.

    >>> for photo in Walker(flickr_api.Photo.search, tags="cat"):
    ...     print(photo.title)
    >>> len(Walker(user.getPhotos))          # the total, from the first page
    >>> Walker(photoset.getPhotos)[:10]      # a list; only the pages needed are fetched

    ``prefetch=N`` fetches the next N pages in the background while you work on the current
    one (calls still obey the client's rate limit). Over the methods of an async client's
    objects, use ``async for``.
    """

    def __init__(self, method: Callable[..., Any], *args: Any, prefetch: int = 0,
                 **kwargs: Any) -> None:
        if prefetch < 0:
            raise ValueError("prefetch must be >= 0")
        self.method = method
        self.args = args
        self.kwargs = kwargs
        self.prefetch = prefetch
        self._flickr_method = getattr(getattr(method, "binding", None), "method", None)
        if "per_page" not in kwargs and self._accepts("per_page"):
            kwargs["per_page"] = WALK_PER_PAGE
        self._first: Optional[FlickrList[T]] = None
        self._iterator: Optional[Iterator[T]] = None

    def _accepts(self, argument: str) -> bool:
        if self._flickr_method is None:
            return False
        from flickr_api import _catalog

        spec = _catalog.get(self._flickr_method)
        return spec is not None and argument in spec.argument_names

    # -- pages -------------------------------------------------------------------------------
    def _fetch(self, page: int) -> FlickrList[T]:
        if page == 1 and self._first is not None:
            return self._first
        result = self.method(*self.args, **{**self.kwargs, "page": page})
        if not isinstance(result, FlickrList):
            raise TypeError(f"Walker needs a method returning a FlickrList, got {type(result)}")
        if page == 1:
            self._first = result
        return result

    @property
    def info(self) -> Info:
        """The paging information of the first page."""
        return self._fetch(1).info

    def _last_page(self, info: Info) -> Optional[int]:
        """The last page worth asking for (None: unknown, follow ``has_next_page``)."""
        last, size = _count(info, "pages"), _count(info, "perpage")
        total, cap = _count(info, "total"), self._cap()
        if total is not None and cap is not None:
            total = min(total, cap)  # no page past Flickr's cap
        if size and total is not None:
            needed = -(-total // size)
            last = needed if last is None else min(last, needed)
        return last

    def _pages(self, start: int) -> Iterator[FlickrList[T]]:
        """Pages from ``start`` on, reading ahead ``prefetch`` pages in a thread pool."""
        page = self._fetch(start)
        yield page
        last = self._last_page(page.info)
        if last is None:
            number = start
            while page.info.get("has_next_page") is True:
                number += 1
                page = self._fetch(number)
                yield page
            return
        if not self.prefetch:
            for number in range(start + 1, last + 1):
                yield self._fetch(number)
            return
        pool = ThreadPoolExecutor(self.prefetch, thread_name_prefix="flickr-walker")
        ahead: deque[Future[FlickrList[T]]] = deque()
        upcoming = iter(range(start + 1, last + 1))
        try:
            for number in itertools.islice(upcoming, self.prefetch):
                ahead.append(pool.submit(self._fetch, number))
            while ahead:
                page = ahead.popleft().result()
                following = next(upcoming, None)
                if following is not None:
                    ahead.append(pool.submit(self._fetch, following))
                yield page
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    async def _afetch(self, page: int) -> FlickrList[T]:
        if page == 1 and self._first is not None:
            return self._first
        result = await self.method(*self.args, **{**self.kwargs, "page": page})
        if not isinstance(result, FlickrList):
            raise TypeError(f"Walker needs a method returning a FlickrList, got {type(result)}")
        if page == 1:
            self._first = result
        return result

    async def _apages(self, start: int) -> AsyncIterator[FlickrList[T]]:
        """:meth:`_pages` for an event loop: the pages ahead are tasks."""
        page = await self._afetch(start)
        yield page
        last = self._last_page(page.info)
        number = start
        while last is None and page.info.get("has_next_page") is True:
            number += 1
            page = await self._afetch(number)
            yield page
        upcoming = iter(range(start + 1, (last or 0) + 1))
        if not self.prefetch:
            for number in upcoming:
                yield await self._afetch(number)
            return
        ahead: deque[asyncio.Task[FlickrList[T]]] = deque(
            asyncio.ensure_future(self._afetch(n)) for n in itertools.islice(upcoming,
                                                                             self.prefetch))
        try:
            while ahead:
                page = await ahead.popleft()
                following = next(upcoming, None)
                if following is not None:
                    ahead.append(asyncio.ensure_future(self._afetch(following)))
                yield page
        finally:
            for task in ahead:
                task.cancel()

    def _cap(self) -> Optional[int]:
        return RESULT_CAPS.get(self._flickr_method or "")

    # -- iteration ------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[T]:
        fresh = _Fresh(self._cap())
        for page in self._pages(1):
            yield from fresh.of(page)
            if fresh.done:
                return

    def __aiter__(self) -> AsyncIterator[T]:
        """``async for`` over the method of an :class:`~flickr_api.aio.AsyncClient`'s object,
        reading ``prefetch`` pages ahead in tasks."""
        return self._aiter()

    async def _aiter(self) -> AsyncIterator[T]:
        fresh = _Fresh(self._cap())
        async for page in self._apages(1):
            for item in fresh.of(page):
                yield item
            if fresh.done:
                return

    def __next__(self) -> T:
        if self._iterator is None:
            self._iterator = iter(self)
        return next(self._iterator)

    def __len__(self) -> int:
        total = _count(self.info, "total")
        if total is None:
            raise TypeError(f"{self._flickr_method or 'this method'} does not tell its total")
        cap = self._cap()
        return min(total, cap) if cap is not None else total

    # -- slicing -----------------------------------------------------------------------------
    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Union[list[T], Iterator[T]]: ...

    def __getitem__(self, index: Union[int, slice]) -> Any:
        """``walker[i]`` an item; ``walker[a:b:c]`` a list (an iterator when open-ended)."""
        if isinstance(index, slice):
            start, stop, step = index.start, index.stop, index.step or 1
            if step < 1:
                raise ValueError("Walker slices need a positive step")
            if (start or 0) < 0 or (stop is not None and stop < 0):
                start, stop, step = slice(start, stop, step).indices(len(self))
            items = self._range(start or 0, stop, step)
            return list(items) if stop is not None else items
        if index < 0:
            index += len(self)
        found = list(self._range(index, index + 1, 1))
        if index < 0 or not found:
            raise IndexError("Walker index out of range")
        return found[0]

    def _range(self, start: int, stop: Optional[int], step: int,
               restarted: bool = False) -> Iterator[T]:
        """Items start, start+step, ... < stop, from the page that holds ``start`` on."""
        cap = self._cap()
        if cap is not None:
            stop = cap if stop is None else min(stop, cap)
        if stop is not None and stop <= start:
            return
        per_page = self.kwargs.get("per_page")
        if not isinstance(per_page, int) or per_page < 1:
            per_page = _count(self.info, "perpage") or 1
        first_page = start // per_page + 1
        position = (first_page - 1) * per_page
        empty = 0
        for number, page in enumerate(self._pages(first_page), first_page):
            empty = 0 if page else empty + 1
            actual = _count(page.info, "perpage")
            if number == first_page and actual and actual != per_page:
                if restarted:
                    return  # the page size changed again: the paging makes no sense
                self.kwargs["per_page"] = actual  # Flickr used another page size: start again
                yield from self._range(start, stop, step, restarted=True)
                return
            if empty >= _EMPTY_PAGES or number > (_count(page.info, "pages") or number):
                return  # empty pages, or past the end where Flickr repeats the last page
            for item in page:
                if position >= start and (position - start) % step == 0:
                    yield item
                position += 1
                if stop is not None and position >= stop:
                    return  # before the next page is asked for

    def __repr__(self) -> str:
        name = self._flickr_method or getattr(self.method, "__qualname__", repr(self.method))
        return f"Walker({name}, {self.kwargs!r})"
