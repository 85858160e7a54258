"""Photo selections several namespaces share: the common list filters, orders and samples."""

from __future__ import annotations

import calendar
import hashlib
from typing import Dict, Iterable, List, Set

from flickr_api.testing._handlers._args import date_arg, int_arg
from flickr_api.testing._protocol import Ctx
from flickr_api.testing._records import Photo
from flickr_api.testing._store import Store


def taken_ts(photo: Photo) -> int:
    """The photo's date taken (a MySQL datetime) as unix time."""
    t = photo.datetaken
    return calendar.timegm((int(t[:4]), int(t[5:7]), int(t[8:10]), int(t[11:13]),
                            int(t[14:16]), int(t[17:19]), 0, 0, 0))


def filter_photos(ctx: Ctx, args: Dict[str, str], photos: Iterable[Photo],
                  unsigned_safe: bool = False) -> List[Photo]:
    """Apply the filters many list methods share (dates, privacy, media, content, safety).

    ``unsigned_safe``: an unsigned call sees safe photos only, whatever its safe_search.
    """
    min_up = date_arg(args.get("min_upload_date", ""))
    max_up = date_arg(args.get("max_upload_date", ""))
    min_taken = date_arg(args.get("min_taken_date", ""))
    max_taken = date_arg(args.get("max_taken_date", ""))
    privacy = int_arg(args, "privacy_filter", 0)
    media = args.get("media", "all").strip() or "all"
    content_types = _content_types(args)
    safe = 1 if unsigned_safe and ctx.user_nsid is None else int_arg(args, "safe_search", 0)
    result = []
    for photo in photos:
        if min_up is not None and photo.dateupload < min_up:
            continue
        if max_up is not None and photo.dateupload > max_up:
            continue
        if (min_taken is not None or max_taken is not None):
            taken = taken_ts(photo)
            if (min_taken is not None and taken < min_taken) or (
                    max_taken is not None and taken > max_taken):
                continue
        # privacy_filter "only applies when making an authenticated call to view photos you
        # own" (its text): other people's photos ignore it.
        if privacy and photo.owner == ctx.user_nsid and _privacy_level(photo) != privacy:
            continue
        if media in ("photos", "videos") and photo.media != media[:-1]:
            continue
        if content_types and photo.content_type not in content_types:
            continue
        if safe in (1, 2) and photo.safety_level >= safe and photo.owner != ctx.user_nsid:
            continue
        result.append(photo)
    return result


def _content_types(args: Dict[str, str]) -> Set[int]:
    value = args.get("content_type", "").strip()
    mapping = {"1": {1}, "2": {2}, "3": {3}, "4": {1, 2}, "5": {2, 3}, "6": {1, 3}, "7": {1, 2, 3}}
    if value in mapping:
        return mapping[value]
    names = {"photos": 1, "screenshots": 2, "other": 3}
    wanted = (x.strip() for x in args.get("content_types", "").split(","))
    return {names[x] for x in wanted if x in names}


def _privacy_level(photo: Photo) -> int:
    """privacy_filter value: 1 public, 2 friends, 3 family, 4 friends & family, 5 private."""
    if photo.ispublic:
        return 1
    if photo.isfriend and photo.isfamily:
        return 4
    if photo.isfriend:
        return 2
    if photo.isfamily:
        return 3
    return 5


def newest_first(photos: Iterable[Photo]) -> List[Photo]:
    return sorted(photos, key=lambda p: (p.dateupload, int(p.id)), reverse=True)


def interest_score(key: str, photo: Photo) -> int:
    return int(hashlib.md5(f"{key}/{photo.id}".encode()).hexdigest()[:6], 16) % 1000


def public_photos(store: Store) -> Iterable[Photo]:
    return (p for p in store.photos.values() if p.ispublic)
