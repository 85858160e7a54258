"""The metadata file of one item: what a photo listing says, plus the details only per-photo
methods give (raw tags, notes, people, groups, comments, EXIF), asked for only when wanted.

Every value is plain JSON; fields a run did not fetch are ``null`` (never made up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from flickr_api.backup._values import int_of, list_of, tag_texts, text_of
from flickr_api.errors import FlickrAPIError
from flickr_api.objects.sizes import URL_EXTRAS
from flickr_api.objects.urls import page_url

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["DETAILS", "LISTING_EXTRAS", "METADATA_VERSION", "details_of", "from_listing",
           "listing_version"]

METADATA_VERSION = 1

#: The extras every photo listing of a backup asks for: what the metadata file needs, and the
#: image URLs from the original down to Medium (the best one allowed is downloaded).
LISTING_EXTRAS = ",".join((
    "description", "license", "date_upload", "date_taken", "last_update", "owner_name",
    "path_alias", "tags", "machine_tags", "geo", "media", "original_format", "o_dims", "views",
    "count_faves", "count_comments",
    *(extra for extra in reversed(URL_EXTRAS) if extra not in (
        "url_sq", "url_q", "url_t", "url_s", "url_n", "url_w")),
))

#: The per-photo details a full backup fetches: name -> (Flickr method, when it is needed).
DETAILS: dict[str, str] = {
    "info": "flickr.photos.getInfo",
    "exif": "flickr.photos.getExif",
    "contexts": "flickr.photos.getAllContexts",
    "comments": "flickr.photos.comments.getList",
    "people": "flickr.photos.people.getList",
}



def listing_version(photo: Any) -> str:
    """What changes when the photo's file is replaced on Flickr: its secret."""
    return str(photo.get("secret") or "")


def from_listing(photo: Any) -> dict[str, Any]:
    """The metadata a listing with :data:`LISTING_EXTRAS` gives about ``photo`` (a Photo)."""
    get = photo.get
    owner = get("owner")
    owner_id = str(getattr(owner, "id", owner) or "")
    latitude, longitude = get("latitude"), get("longitude")
    has_geo = bool(latitude or longitude)
    return {
        "metadata_version": METADATA_VERSION,
        "id": str(photo.id),
        "media": str(get("media") or "photo"),
        "owner": owner_id,
        "title": text_of(get("title")),
        "description": text_of(get("description")),
        "url": page_url(str(get("pathalias") or owner_id), str(photo.id)),
        # Flickr lists machine tags in the tags extra too; a plain clean tag never holds ":".
        "tags": [t for t in tag_texts(get("tags")) if ":" not in t],
        "machine_tags": tag_texts(get("machine_tags")),
        "tags_raw": False,
        "dates": {
            "posted": int_of(get("dateupload")),
            "taken": get("datetaken"),
            "taken_granularity": int_of(get("datetakengranularity")) or 0,
            "taken_unknown": bool(int_of(get("datetakenunknown"))),
            "last_update": int_of(get("lastupdate")),
        },
        "license": str(get("license") or "0"),
        "privacy": {"public": bool(get("ispublic")), "friend": bool(get("isfriend")),
                    "family": bool(get("isfamily"))},
        "safety_level": None,
        "geo": {"latitude": latitude, "longitude": longitude, "accuracy": int_of(get("accuracy")),
                "place_id": get("place_id"), "woeid": get("woeid")} if has_geo else None,
        "original_format": get("originalformat"),
        "views": int_of(get("views")),
        "favorites": int_of(get("count_faves")),
        "comment_count": int_of(get("count_comments")),
        "albums": [],
        "groups": None,
        "notes": None,
        "people": None,
        "comments": None,
        "exif": None,
    }


def details_of(client: Client, record: dict[str, Any]) -> dict[str, Any]:
    """``record`` completed by the per-photo methods: raw tags, safety level, notes, people,
    groups, comments (only when the listing counted some) and EXIF. A detail Flickr refuses
    (EXIF of a video, say) stays ``null``."""
    photo_id = record["id"]

    def ask(method: str, **args: Any) -> Optional[dict[str, Any]]:
        try:
            reply = client.call(method, photo_id=photo_id, **args)
        except FlickrAPIError as error:
            if error.transient:
                raise
            return None  # Flickr says no (EXIF of a video, say): the detail stays null
        return reply if isinstance(reply, dict) else None

    info = (ask(DETAILS["info"]) or {}).get("photo") or {}
    if info:
        tags = list_of((info.get("tags") or {}).get("tag"))
        record["tags"] = [str(t.get("raw") or text_of(t)) for t in tags if not int_of(
            t.get("machine_tag"))]
        record["machine_tags"] = [str(t.get("raw") or text_of(t)) for t in tags if int_of(
            t.get("machine_tag"))]
        record["tags_raw"] = True
        record["safety_level"] = int_of(info.get("safety_level"))
        record["notes"] = [{"id": n.get("id"), "author": n.get("author"), "text": text_of(n),
                            **{k: int_of(n.get(k)) for k in ("x", "y", "w", "h")}}
                           for n in list_of((info.get("notes") or {}).get("note"))]
        record["comment_count"] = int_of(text_of(info.get("comments"))) or 0
        has_people = int_of((info.get("people") or {}).get("haspeople"))
    else:
        has_people = 0
    contexts = ask(DETAILS["contexts"])
    if contexts is not None:
        record["groups"] = [{"id": g.get("id"), "title": text_of(g.get("title"))}
                            for g in list_of(contexts.get("pool"))]
    record["people"] = _people(ask) if has_people else []
    record["comments"] = _comments(ask) if record["comment_count"] else []
    exif = ask(DETAILS["exif"])
    if exif is not None:
        record["exif"] = [{"tagspace": e.get("tagspace"), "tag": e.get("tag"),
                           "label": e.get("label"), "raw": text_of(e.get("raw")),
                           "clean": text_of(e.get("clean")) or None}
                          for e in list_of((exif.get("photo") or {}).get("exif"))]
    return record


def _people(ask: Callable[..., Optional[dict[str, Any]]]) -> Optional[list[dict[str, Any]]]:
    reply = ask(DETAILS["people"])
    if reply is None:
        return None
    return [{"nsid": p.get("nsid"), "username": p.get("username"),
             "box": [int_of(p.get(k)) for k in ("x", "y", "w", "h")] if p.get("x") else None}
            for p in list_of((reply.get("people") or {}).get("person"))]


def _comments(ask: Callable[..., Optional[dict[str, Any]]]) -> Optional[list[dict[str, Any]]]:
    reply = ask(DETAILS["comments"])
    if reply is None:
        return None
    return [{"id": c.get("id"), "author": c.get("author"), "authorname": c.get("authorname"),
             "date": int_of(c.get("datecreate")), "text": text_of(c)}
            for c in list_of((reply.get("comments") or {}).get("comment"))]
