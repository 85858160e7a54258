"""Downloads for an :class:`~flickr_api.aio.AsyncClient`: the sync functions of
:mod:`flickr_api.transfer`, awaited, with the same arguments and results::

    path = await download_photo(photo, "photos/dawn", progress=lambda done, total: ...)
    summary = await download_photos(Walker(album.getPhotos), "album/", workers=8)

The choices (size, extension, file names, bounds), the ``.part`` file and its record, resuming
and the checks of each reply are the sync code's (:mod:`flickr_api.transfer.download`,
:mod:`flickr_api.transfer.bulk`, :mod:`flickr_api.transfer._fetch`); here they are awaited,
and a batch's workers are tasks. Memory stays flat: the body goes to disk chunk by chunk.

Cancelling the task is Ctrl-C for a sync download: the final name never holds a partial
file; the ``.part`` stays only when a later download can resume it (the server gave a
validator, recorded beside it), and is deleted otherwise.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, AsyncIterator, Optional, Union

from flickr_api.transfer._progress import Progress, reporter
from flickr_api.transfer.bulk import Batch, DownloadSummary, NameRule, file_of
from flickr_api.transfer.download import (
    as_photo,
    client_of,
    save_size,
    size_choice,
    target_path,
)

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from flickr_api.client import Client
    from flickr_api.objects.base import FlickrObject
    from flickr_api.transfer.download import Size

__all__ = ["DownloadSummary", "download_photo", "download_photos", "pick_size"]


async def pick_size(photo: FlickrObject, size_label: Optional[str] = None) -> Size:
    """:func:`flickr_api.transfer.download.pick_size`, awaiting ``photo.getSizes``."""
    choice = size_choice(photo, size_label)
    force = next(choice)
    while True:
        try:
            force = choice.send(await photo.getSizes(force=force))
        except StopIteration as chosen:
            return chosen.value  # type: ignore[no-any-return]


async def download_photo(
    photo: Union[FlickrObject, str, int],
    filename: Union[str, os.PathLike[str]],
    size_label: Optional[str] = None,
    client: Optional[Client] = None,
    progress: Progress = None,
    max_bytes: Optional[int] = None,
) -> Path:
    """Save ``photo`` to ``filename`` and return the path written, as
    :func:`flickr_api.download_photo` does, with an AsyncClient."""
    client = client_of(photo, client, awaited=True)
    photo = as_photo(photo, client)
    size = await pick_size(photo, size_label)
    target = target_path(filename, size)
    with reporter(progress, target.name) as report:
        path: Path = await save_size(client, photo, size, target, max_bytes, report)
        return path


async def download_photos(
    photos: Any,
    directory: Union[str, os.PathLike[str]],
    size_label: Optional[str] = None,
    workers: int = 8,
    client: Optional[Client] = None,
    progress: Progress = None,
    name: NameRule = "{title}_{id}",
    max_bytes: Optional[int] = None,
) -> DownloadSummary:
    """Download every photo of ``photos`` into ``directory`` as
    :func:`flickr_api.download_photos` does, with at most ``workers`` downloads at once as
    tasks. ``photos`` may be a list or an async iterable (``Walker`` over an AsyncClient's
    method). Cancelling it cancels the downloads under way (see the module's notes)."""
    batch = Batch(photos, directory, workers, client, name, awaited=True)
    running: dict[asyncio.Task[tuple[bool, Path]], str] = {}

    async def settle(when: str) -> None:
        done, _ = await asyncio.wait(running, return_when=when)
        for task in done:
            batch.settle(running.pop(task), task.result)

    with reporter(progress, "photos", unit="photo") as batch.report:
        try:
            async for photo in _listed(photos, batch):
                job = batch.admit(photo)
                if job is None:
                    continue
                if len(running) >= workers:
                    await settle(asyncio.FIRST_COMPLETED)
                task = asyncio.ensure_future(
                    _download_one(photo, job.stem, size_label, job.client, max_bytes))
                running[task] = job.photo_id
            if running:
                await settle(asyncio.ALL_COMPLETED)
        finally:
            for task in running:
                task.cancel()
            if running:
                await asyncio.wait(running)
    return batch.summary


async def _listed(photos: Any, batch: Batch) -> AsyncIterator[Any]:
    """The photos of a list or an async iterable; a listing that breaks off is recorded."""
    try:
        if hasattr(photos, "__aiter__"):
            async for photo in photos:
                yield photo
        else:
            for photo in photos:
                yield photo
    except Exception as exc:  # keep what was downloaded
        batch.listing_failed(exc)


async def _download_one(photo: FlickrObject, stem: Path, size_label: Optional[str],
                        client: Client, max_bytes: Optional[int]) -> tuple[bool, Path]:
    """(True, path) once downloaded, (False, path) when the file was already there."""
    size = await pick_size(photo, size_label)
    target = file_of(stem, size)
    if target.exists():
        return False, target
    return True, await save_size(client, photo, size, target, max_bytes)
