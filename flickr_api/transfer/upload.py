"""Upload and replace photos and videos: streamed from disk, with progress, never sent twice.

::

    photo = flickr_api.upload(photo_file="IMG_0001.jpg", title="Dawn", tags=["sky", "red sun"])
    ticket = flickr_api.upload(photo_file="film.mp4", asynchronous=True, progress=True)
    flickr_api.replace(photo_file="IMG_0001-edited.jpg", photo=photo)

The file is read piece by piece while it is sent (memory stays flat for any size), checked
before sending (missing, empty, over Flickr's limits), and closed if it was opened here. An
upload is retried only when Flickr surely did not store it, so a retry cannot make a duplicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Optional, Union, overload

from flickr_api import _default
from flickr_api._convert import to_params
from flickr_api._parsing import check_http_status, parse_upload_reply
from flickr_api._requestor import USER, Flow, Request, exchange
from flickr_api.errors import FlickrUploadError
from flickr_api.objects.photo import Photo
from flickr_api.objects.ticket import UploadTicket
from flickr_api.transfer._progress import Progress, reporter
from flickr_api.transfer._source import PhotoFile, UploadSource, open_source
from flickr_api.transfer.multipart import MultipartBody

if TYPE_CHECKING:
    from flickr_api._transport import Reply
    from flickr_api.client import Client

__all__ = ["MEDIA_SUFFIXES", "Upload", "replace", "upload"]

#: The photo and video file types Flickr takes: what a folder contributes to an upload.
MEDIA_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".heic", ".heif", ".webp", ".bmp",
    ".mp4", ".mov", ".avi", ".mpg", ".mpeg", ".m4v", ".3gp", ".wmv", ".mts", ".m2ts", ".ogv",
})

#: What to do about each upload error code Flickr returns.
_ADVICE = {
    2: "no file reached Flickr: check the file and upload it again",
    3: "Flickr could not store the file: try again later",
    4: "the file is empty",
    5: "Flickr does not accept this type of file: check its content and extension",
    6: "the account has reached its upload limit (see flickr.people.getUploadStatus)",
    7: "the account has reached its video upload limit",
    8: "the file is larger than Flickr accepts (200 MB for a photo, 1 GB for a video)",
    9: "Flickr already has this file (see .duplicate_photo_id); upload without dedup_check "
       "to add it again",
}


@overload
def upload(
    photo_file: Optional[PhotoFile] = None,
    photo_file_data: Any = None,
    title: Optional[str] = None,
    description: Optional[str] = None,
    tags: Any = None,
    is_public: Optional[bool] = None,
    is_friend: Optional[bool] = None,
    is_family: Optional[bool] = None,
    safety_level: Optional[int] = None,
    content_type: Optional[int] = None,
    hidden: Optional[int] = None,
    asynchronous: Literal[False] = False,
    dedup_check: Optional[int] = None,
    *,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> Photo: ...


@overload
def upload(
    photo_file: Optional[PhotoFile] = None,
    photo_file_data: Any = None,
    title: Optional[str] = None,
    description: Optional[str] = None,
    tags: Any = None,
    is_public: Optional[bool] = None,
    is_friend: Optional[bool] = None,
    is_family: Optional[bool] = None,
    safety_level: Optional[int] = None,
    content_type: Optional[int] = None,
    hidden: Optional[int] = None,
    asynchronous: Literal[True] = ...,
    dedup_check: Optional[int] = None,
    *,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> UploadTicket: ...


@overload
def upload(
    photo_file: Optional[PhotoFile] = None,
    photo_file_data: Any = None,
    title: Optional[str] = None,
    description: Optional[str] = None,
    tags: Any = None,
    is_public: Optional[bool] = None,
    is_friend: Optional[bool] = None,
    is_family: Optional[bool] = None,
    safety_level: Optional[int] = None,
    content_type: Optional[int] = None,
    hidden: Optional[int] = None,
    asynchronous: bool = False,
    dedup_check: Optional[int] = None,
    *,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> Union[Photo, UploadTicket]: ...


def upload(
    photo_file: Optional[PhotoFile] = None,
    photo_file_data: Any = None,
    title: Optional[str] = None,
    description: Optional[str] = None,
    tags: Any = None,
    is_public: Optional[bool] = None,
    is_friend: Optional[bool] = None,
    is_family: Optional[bool] = None,
    safety_level: Optional[int] = None,
    content_type: Optional[int] = None,
    hidden: Optional[int] = None,
    asynchronous: bool = False,
    dedup_check: Optional[int] = None,
    *,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> Union[Photo, UploadTicket]:
    """Upload a photo or video; return its :class:`~flickr_api.Photo`, or an
    :class:`UploadTicket` when ``asynchronous`` (also spelt ``**{"async": 1}``).

    ``photo_file`` is a path or an open binary file (``photo_file_data``: the content, sent
    under the name ``photo_file``). ``title`` defaults to the file's name without extension;
    ``tags`` may be a list; ``safety_level`` 1 safe, 2 moderate, 3 restricted; ``content_type``
    1 photo, 2 screenshot, 3 other; ``hidden`` 2 hides it from public searches;
    ``dedup_check=1`` makes Flickr refuse a file it already has. ``progress`` is a callable
    ``(bytes_sent, total)`` (raise :class:`~flickr_api.CancelUpload` in it to stop) or True
    for a progress bar. ``check_size=False`` skips the check of Flickr's size limits.
    """
    asynchronous = _asynchronous(asynchronous, extra)
    client = _default.resolve(client)

    def flow() -> Flow[Any]:
        with open_source(photo_file, photo_file_data, check_size) as source:
            args = {
                "title": title if title is not None else source.title,
                "description": description,
                "tags": tags,
                "is_public": is_public,
                "is_friend": is_friend,
                "is_family": is_family,
                "safety_level": safety_level,
                "content_type": content_type,
                "hidden": hidden,
                "dedup_check": dedup_check,
                "async": asynchronous,
                **extra,
            }
            reply = yield from _send(client, client.endpoints.upload, "upload", args, source,
                                     progress)
        return _result(client, reply)

    return client._run(flow())  # type: ignore[no-any-return]


#: The name earlier releases used for :func:`upload`.
Upload = upload


@overload
def replace(
    photo_file: Optional[PhotoFile] = None,
    photo: Any = None,
    photo_id: Optional[str] = None,
    asynchronous: Literal[False] = False,
    *,
    photo_file_data: Any = None,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> Photo: ...


@overload
def replace(
    photo_file: Optional[PhotoFile] = None,
    photo: Any = None,
    photo_id: Optional[str] = None,
    asynchronous: Literal[True] = ...,
    *,
    photo_file_data: Any = None,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> UploadTicket: ...


@overload
def replace(
    photo_file: Optional[PhotoFile] = None,
    photo: Any = None,
    photo_id: Optional[str] = None,
    asynchronous: bool = False,
    *,
    photo_file_data: Any = None,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> Union[Photo, UploadTicket]: ...


def replace(
    photo_file: Optional[PhotoFile] = None,
    photo: Any = None,
    photo_id: Optional[str] = None,
    asynchronous: bool = False,
    *,
    photo_file_data: Any = None,
    check_size: bool = True,
    progress: Progress = None,
    client: Optional[Client] = None,
    **extra: Any,
) -> Union[Photo, UploadTicket]:
    """Replace the file of a photo (``photo=`` a Photo, or ``photo_id=``) you own; return the
    :class:`~flickr_api.Photo` with its new secrets, or an :class:`UploadTicket` when
    ``asynchronous``. The other arguments work as for :func:`upload`."""
    target = photo_id if photo_id is not None else getattr(photo, "id", photo)
    if not target:
        raise TypeError("replace() needs the photo to replace: photo=<Photo> or photo_id=...")
    asynchronous = _asynchronous(asynchronous, extra)
    client = _default.resolve(client if client is not None else getattr(photo, "client", None))
    def flow() -> Flow[Any]:
        with open_source(photo_file, photo_file_data, check_size) as source:
            args = {"photo_id": str(target), "async": asynchronous, **extra}
            reply = yield from _send(client, client.endpoints.replace, "replace", args, source,
                                     progress)
        return _result(client, reply)

    return client._run(flow())  # type: ignore[no-any-return]


def _asynchronous(asynchronous: bool, extra: dict[str, Any]) -> bool:
    """``asynchronous=True``, or the ``async`` argument of earlier releases (1, "1", True)."""
    legacy = extra.pop("async", None)
    return bool(asynchronous) or legacy not in (None, False, 0, "0", "")


def _send(client: Client, url: str, method: str, args: dict[str, Any], source: UploadSource,
          progress: Progress) -> Flow[dict[str, Optional[str]]]:
    """POST the file and ``args`` (all signed but the file), and parse Flickr's reply."""
    fields = to_params(args, method)
    with reporter(progress, source.filename) as report:
        body = MultipartBody(fields, source.file, source.size, source.filename,
                             file_type=source.content_type, progress=report)
        request = Request("POST", url, fields, what=method, auth=USER, write=True,
                          headers={"Content-Type": body.content_type}, body=body)

        def parse(reply: Reply) -> dict[str, Optional[str]]:
            check_http_status(reply.status, reply.headers, reply.content)
            return parse_upload_reply(reply.content, method)

        try:
            return (yield from exchange(client, request, parse))
        except FlickrUploadError as exc:
            advice = _ADVICE.get(exc.code)
            if advice is None:
                raise
            raise FlickrUploadError(exc.code, f"{exc.message} ({advice})", exc.method,
                                    exc.duplicate_photo_id) from None


def _result(client: Client, reply: dict[str, Optional[str]]) -> Union[Photo, UploadTicket]:
    ticket = reply.get("ticketid")
    if ticket:
        return UploadTicket(ticket, client)
    secrets = {name: reply.get(name) for name in ("secret", "originalsecret")}
    return Photo(id=reply["photoid"] or "", client=client,
                 **{name: value for name, value in secrets.items() if value is not None})
