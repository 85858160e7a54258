"""The ``progress=`` argument of transfers: None, a callable ``(done, total)``, or True for a
tqdm bar (tqdm is the optional extra ``flickr_api[progress]``)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator, Optional, Union

from flickr_api.errors import FlickrTransferError

__all__ = ["Progress", "ProgressCallback", "reporter"]

#: Called with (done, total); ``total`` is None when it is not known.
ProgressCallback = Callable[[int, Optional[int]], Any]
Progress = Union[None, bool, ProgressCallback]


class _Bar:
    def __init__(self, bar: Any) -> None:
        self._bar = bar

    def __call__(self, done: int, total: Optional[int]) -> None:
        if total != self._bar.total:
            self._bar.total = total
        self._bar.update(done - self._bar.n)


def _tqdm(description: str, unit: str) -> Any:
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise FlickrTransferError(
            "progress=True draws a bar with tqdm, which is not installed: "
            "pip install 'flickr_api[progress]' (or pass a callable as progress=)."
        ) from None
    in_bytes = unit == "B"
    return tqdm(desc=description, unit=unit, unit_scale=in_bytes,
                unit_divisor=1024 if in_bytes else 1000)


@contextmanager
def reporter(progress: Progress, description: str,
             unit: str = "B") -> Iterator[Optional[ProgressCallback]]:
    """The callback to report progress to (None: nobody listens); a bar is closed on exit."""
    if progress is None or progress is False:
        yield None
    elif progress is True:
        bar = _tqdm(description, unit)
        try:
            yield _Bar(bar)
        finally:
            bar.close()
    elif callable(progress):
        yield progress
    else:
        raise TypeError("progress= takes a callable(done, total), True (a tqdm bar) or None")
