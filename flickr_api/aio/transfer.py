"""Downloads for :class:`~flickr_api.aio.AsyncClient`: :func:`download_photo`, awaited.

The file is streamed to a ``.part`` file beside the target and renamed into place once
complete, as with the sync client; cancelling the task deletes the ``.part`` file.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from flickr_api.errors import FlickrTransferError
from flickr_api.objects.photo import Photo
from flickr_api.transfer._fetch import fetch_flow
from flickr_api.transfer._progress import Progress, reporter
from flickr_api.transfer.download import Size, _sizes, choose_size, target_path

if TYPE_CHECKING:
    from flickr_api.aio.client import AsyncClient

__all__ = ["download_photo"]


async def download_photo(photo: Any, filename: Union[str, os.PathLike[str]],
                         size_label: Optional[str] = None, *, client: AsyncClient,
                         progress: Progress = None) -> Path:
    """Save ``photo`` (a Photo, or a photo id) to ``filename``; return the path written (see
    :func:`flickr_api.download_photo`)."""
    if isinstance(photo, (str, int)):
        photo = Photo(id=str(photo), client=client)
    size = await _pick_size(photo, size_label)
    target = target_path(filename, size)
    with reporter(progress, target.name) as report:
        path: Path = await client._run(fetch_flow(client, size.source, target,
                                                  signed=size.is_video, progress=report))
    return path


async def _pick_size(photo: Any, size_label: Optional[str]) -> Size:
    """:func:`flickr_api.transfer.download.pick_size`, awaited."""
    photo_id = str(photo.id)
    try:
        return choose_size(_sizes(await _value(photo.getSizes())), size_label, photo_id)
    except FlickrTransferError:
        return choose_size(_sizes(await _value(photo.getSizes(force=True))), size_label,
                           photo_id)


async def _value(result: Any) -> Any:
    """``result``, awaited if it must be (a listing's sizes come without a request)."""
    return await result if inspect.isawaitable(result) else result
