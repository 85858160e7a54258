"""``/services/upload/`` and ``/services/replace/``: streamed multipart uploads, XML replies."""

from __future__ import annotations

import os
import re
import secrets
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Tuple
from urllib.parse import parse_qsl, urlencode

from flickr_api.testing._media import image_dimensions
from flickr_api.testing._multipart import UploadedFile, boundary_of, parse_multipart
from flickr_api.testing._oauth import Grant, OAuthProblem
from flickr_api.testing._protocol import ApiFail
from flickr_api.testing._render import XML, Reply, render_fail, xml_element, xml_rsp
from flickr_api.testing._server import Exchange, Route

if TYPE_CHECKING:
    from flickr_api.testing._emulator import FlickrEmulator
    from flickr_api.testing._records import Photo

__all__ = ["UPLOAD_ROUTES", "UploadRecord", "Uploads", "media_kind"]

_PHOTO_EXTENSIONS = {"jpg", "jpeg", "jpe", "png", "gif", "bmp", "tif", "tiff", "webp", "heic",
                     "heif", "avif"}
_VIDEO_EXTENSIONS = {"mp4", "mov", "m4v", "avi", "mpg", "mpeg", "3gp", "wmv", "mkv", "webm",
                     "flv", "mts", "m2ts", "ogv"}
_PHOTO_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM",
                b"II*\x00", b"MM\x00*")
_VIDEO_MAGIC = (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3", b"\x1aE\xdf\xa3", b"FLV",
                b"0&\xb2u\x8ef\xcf\x11")
_IMAGE_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def media_kind(head: bytes, filename: str) -> Optional[str]:
    """``"photo"`` or ``"video"`` from the file's first bytes, else from its extension."""
    if head.startswith(_PHOTO_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "photo"
    if head[4:8] == b"ftyp":
        return "photo" if head[8:12] in _IMAGE_BRANDS else "video"
    if head.startswith(_VIDEO_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"AVI "):
        return "video"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):  # QuickTime without ftyp
        return "video"
    ext = filename.rpartition(".")[2].lower() if "." in filename else ""
    if ext in _PHOTO_EXTENSIONS:
        return "photo"
    if ext in _VIDEO_EXTENSIONS:
        return "video"
    return None


@dataclass
class UploadRecord:
    """One upload or replace the emulator carried out."""

    kind: str  # "upload" or "replace"
    fields: Dict[str, str]
    filename: str
    size: int
    sha256: str
    photo_id: str
    user_nsid: str
    path: str
    ticket_id: Optional[str] = None


class Uploads:
    """The uploads carried out so far, oldest first: a thread-safe, list-like ``emu.uploads``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: List[UploadRecord] = []

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __getitem__(self, index: int) -> UploadRecord:
        with self._lock:
            return self._records[index]

    def __iter__(self) -> Iterator[UploadRecord]:
        with self._lock:
            return iter(list(self._records))

    def add(self, record: UploadRecord) -> None:
        with self._lock:
            self._records.append(record)

    def duplicate_of(self, user_nsid: str, sha256: str) -> Optional[str]:
        """The photo a user already uploaded with this content, if any."""
        return next((r.photo_id for r in self if r.user_nsid == user_nsid and r.sha256 == sha256),
                    None)

    def count(self, user_nsid: str) -> int:
        """How many new photos a user uploaded (replacements do not count)."""
        return sum(1 for r in self if r.user_nsid == user_nsid and r.kind == "upload")


def _kind(ex: Exchange) -> str:
    return "replace" if ex.path.startswith("/services/replace") else "upload"


def _identify(emu: FlickrEmulator, ex: Exchange) -> Optional[str]:
    return _kind(ex)


def _run(emu: FlickrEmulator, ex: Exchange) -> Reply:
    ex.record.is_write = True
    fields, upload = _read_form(emu, ex)
    try:
        grant = _verify(emu, ex, fields, upload)
        fields = {k: v for k, v in fields.items() if not k.startswith("oauth_")}
        reply = _carry_out(emu, ex, _kind(ex), fields, upload, grant)
    except ApiFail as fail:
        return render_fail(fail.code, fail.message, XML)
    except _Duplicate as dup:
        extra = f"\t{xml_element('duplicate_photo_id', {}, dup.photo_id)}\n"
        err = {"code": "9", "msg": "Duplicate photo detected", "duplicate_photo_id": dup.photo_id}
        return xml_rsp("fail", f"\t{xml_element('err', err)}\n{extra}")
    finally:
        if upload is not None and not ex.record.executed:
            os.unlink(upload.path)
    return reply


def _read_form(emu: FlickrEmulator, ex: Exchange) -> Tuple[Dict[str, str], Optional[UploadedFile]]:
    """The body's text fields and its ``photo`` file (streamed to the emulator's temporary
    folder). Query parameters are not fields; OAuth still sees them in the URL."""
    boundary = boundary_of(ex.content_type())
    if boundary is None:
        ex.form = ex.form_body()
        return dict(parse_qsl(ex.form, keep_blank_values=True)), None
    form = parse_multipart(ex.body, boundary, "photo", emu.new_upload_path())
    return form.fields, form.file


def _verify(
    emu: FlickrEmulator, ex: Exchange, fields: Dict[str, str], upload: Optional[UploadedFile]
) -> Grant:
    """Check the signature over the text fields only (Flickr leaves ``photo`` out); need write."""
    signed = [(k, v) for k, v in fields.items() if k != "photo"]
    headers = {**ex.header_dict(), "Content-Type": "application/x-www-form-urlencoded"}
    grant = emu.oauth.verify(ex.oauth_request(urlencode(signed), headers))
    record = ex.record
    record.params = {k: v for k, v in signed if not k.startswith("oauth_")}
    if upload is not None:
        record.params["photo"] = f"sha256:{upload.sha256}"
    if grant is None or grant.user_nsid is None:
        raise _unauthorized(ex, signed)
    record.user_nsid, record.oauth_token, perms = grant.user_nsid, grant.token, grant.perms
    if perms < 2:
        names = {0: "none", 1: "read"}
        raise ApiFail(
            99,
            f"Insufficient permissions. Method requires write privileges; {names[perms]} granted.",
        )
    return grant


#: The OAuth parameters an upload must carry: without them Flickr answers HTTP 401.
_UPLOAD_OAUTH = ("oauth_consumer_key", "oauth_nonce", "oauth_signature",
                 "oauth_signature_method", "oauth_timestamp", "oauth_token")


def _unauthorized(ex: Exchange, signed: List[Tuple[str, str]]) -> OAuthProblem:
    """Flickr's 401 for an upload without an access token (or without OAuth at all)."""
    sent = {name for name, _ in ex.oauth_request(urlencode(signed)).all_params()}
    absent = "&".join(name for name in _UPLOAD_OAUTH if name not in sent)
    return OAuthProblem("parameter_absent", "&" + urlencode({"oauth_parameters_absent": absent}))


class _Duplicate(Exception):
    def __init__(self, photo_id: str) -> None:
        super().__init__(photo_id)
        self.photo_id = photo_id


def _carry_out(
    emu: FlickrEmulator,
    ex: Exchange,
    kind: str,
    fields: Dict[str, str],
    upload: Optional[UploadedFile],
    grant: Grant,
) -> Reply:
    user = grant.user_nsid
    assert user is not None
    if upload is None:
        raise ApiFail(2, "No photo specified")
    if upload.size == 0:
        raise ApiFail(4, "Filesize was zero")
    media = media_kind(upload.head, upload.filename)
    if media is None:
        raise ApiFail(5, "Filetype was not recognised")
    if upload.size > (emu.max_video_size if media == "video" else emu.max_photo_size):
        raise ApiFail(8, "Filesize too large")
    if kind == "upload" and emu.upload_limit is not None and (
        emu.uploads.count(user) >= emu.upload_limit
    ):
        raise ApiFail(6, "User exceeded upload limit")
    if fields.get("dedup_check") in ("1", "2"):
        duplicate = emu.uploads.duplicate_of(user, upload.sha256)
        if duplicate is not None:
            raise _Duplicate(duplicate)
    store = emu.store
    dimensions = image_dimensions(upload.path)
    with store.lock:
        if kind == "upload":
            photo = store.add_upload(user, fields, upload.filename, upload.path, dimensions)
        else:
            photo = _replaceable(emu, user, fields.get("photo_id", ""))
            store.replace_photo(photo, upload.filename, upload.path, dimensions)
        photo_id, secret, originalsecret = photo.id, photo.secret, photo.originalsecret
        ticket_id = _new_ticket(emu, user, photo_id) if fields.get("async") == "1" else None
    ex.record.executed = True
    emu.uploads.add(
        UploadRecord(kind, fields, upload.filename, upload.size, upload.sha256, photo_id, user,
                     upload.path, ticket_id)
    )
    if ticket_id is not None:
        return xml_rsp("ok", xml_element("ticketid", {}, ticket_id) + "\n")
    # An upload answers the bare id (capture); a replace adds the new secrets (Flickr's docs).
    attrs = {"secret": secret, "originalsecret": originalsecret} if kind == "replace" else {}
    return xml_rsp("ok", xml_element("photoid", attrs, photo_id) + "\n")


def _replaceable(emu: FlickrEmulator, user_nsid: str, photo_id: str) -> Photo:
    """The caller's photo that a replace names (not a video: Flickr cannot replace those)."""
    photo = emu.store.photos.get(photo_id.strip())
    if not emu.store.users[user_nsid].ispro:  # replacing is a Pro feature (capture)
        raise ApiFail(1, "Not a pro account")
    if photo is None or photo.owner != user_nsid:
        raise ApiFail(1, "Photo not found")
    if photo.media == "video":
        raise ApiFail(8, "Videos can't be replaced")
    return photo


def _new_ticket(emu: FlickrEmulator, user_nsid: str, photo_id: str) -> str:
    """A ticket like Flickr's ``67099213-72157629966030528``, done after ``ticket_delay``."""
    user_number = re.sub(r"\D", "", user_nsid.partition("@")[0]) or "0"
    ticket_id = f"{user_number}-72157{secrets.randbelow(10**12):012d}"
    now = time.time()
    emu.store.tickets[ticket_id] = {
        "photo_id": photo_id,
        "user_nsid": user_nsid,
        "created": int(now),
        "complete_at": now + emu.ticket_delay,
    }
    return ticket_id


UPLOAD_ROUTES = [
    Route(re.compile(r"^/services/upload/?$"), _identify, _run),
    Route(re.compile(r"^/services/replace/?$"), _identify, _run),
]
