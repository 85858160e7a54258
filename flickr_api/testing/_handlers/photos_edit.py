"""flickr.photos.* writes: meta, tags, permissions, dates, licenses, rotation, deletion."""

from __future__ import annotations

import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    date_arg,
    flag_arg,
    handles,
    int_arg,
    owned_photo,
    visible_photo,
)
from flickr_api.testing._handlers.geo import set_location
from flickr_api.testing._handlers.photos import can_add_meta
from flickr_api.testing._store import Photo, clean_tag, parse_tags

MAX_TAGS = 75

#: The license table of flickr.photos.licenses.getInfo (2025), in Flickr's order.
LICENSES = [
    (0, "All Rights Reserved", "https://www.flickrhelp.com/hc/en-us/articles/"
                               "10710266545556-Using-Flickr-images-shared-by-other-members"),
    (4, "CC BY 2.0", "https://creativecommons.org/licenses/by/2.0/"),
    (6, "CC BY-ND 2.0", "https://creativecommons.org/licenses/by-nd/2.0/"),
    (3, "CC BY-NC-ND 2.0", "https://creativecommons.org/licenses/by-nc-nd/2.0/"),
    (2, "CC BY-NC 2.0", "https://creativecommons.org/licenses/by-nc/2.0/"),
    (1, "CC BY-NC-SA 2.0", "https://creativecommons.org/licenses/by-nc-sa/2.0/"),
    (5, "CC BY-SA 2.0", "https://creativecommons.org/licenses/by-sa/2.0/"),
    (7, "No known copyright restrictions", "https://www.flickr.com/commons/usage/"),
    (8, "United States Government Work", "https://www.usa.gov/government-copyright"),
    (9, "Public Domain Dedication (CC0)", "https://creativecommons.org/publicdomain/zero/1.0/"),
    (10, "Public Domain Mark", "https://creativecommons.org/publicdomain/mark/1.0/"),
    (11, "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    (12, "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    (13, "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    (14, "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    (15, "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    (16, "CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
]
_LICENSE_BY_ID = {number: (name, url) for number, name, url in LICENSES}


def _touch(photo: Photo) -> Payload:
    photo.lastupdate = int(time.time())
    return {}


@handles("flickr.photos.delete")
def delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    ctx.store.delete_photo(photo.id)
    return {}


@handles("flickr.photos.setMeta")
def set_meta(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    if "title" not in args and "description" not in args:
        raise ApiFail(2, "At least one of title or description must be set")
    photo.title = args.get("title", photo.title)
    photo.description = args.get("description", photo.description)
    return _touch(photo)


@handles("flickr.photos.addTags")
def add_tags(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    if not can_add_meta(ctx.store, photo, ctx.user_nsid):
        raise ApiFail(1, "Photo not found")
    raws = parse_tags(args.get("tags", ""))
    have = {t.clean for t in photo.tags}
    if len(have | {clean_tag(r) for r in raws}) > MAX_TAGS:
        raise ApiFail(2, "Maximum number of tags reached")
    ctx.store.add_tags(photo, ctx.user_nsid or "", raws)
    return {}


@handles("flickr.photos.setTags")
def set_tags(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    raws = parse_tags(args.get("tags", ""))
    if len(raws) > MAX_TAGS:
        raise ApiFail(2, "Maximum number of tags reached")
    photo.tags = []
    ctx.store.add_tags(photo, photo.owner, raws)
    return {}


@handles("flickr.photos.removeTag")
def remove_tag(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag_id = args.get("tag_id", "").strip()
    parts = tag_id.split("-")
    photo = ctx.store.photos.get(parts[1]) if len(parts) == 3 else None
    tag = next((t for t in photo.tags if t.id == tag_id), None) if photo else None
    if photo is None or tag is None or ctx.user_nsid not in (photo.owner, tag.author):
        raise ApiFail(1, "Tag not found")
    photo.tags.remove(tag)
    return _touch(photo)


def _photoid_payload(photo: Photo) -> Payload:
    return {"photoid": {"secret": photo.secret, "originalsecret": photo.originalsecret,
                        "_content": photo.id}}


@handles("flickr.photos.setPerms")
def set_perms(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    flags = [flag_arg(args, name) for name in ("is_public", "is_friend", "is_family")]
    if any(f is None for f in flags):
        raise ApiFail(2, "Required arguments missing")
    photo.ispublic, photo.isfriend, photo.isfamily = (int(f or 0) for f in flags)
    if photo.ispublic:
        photo.isfriend = photo.isfamily = 0
    for name, attr in (("perm_comment", "perm_comment"), ("perm_addmeta", "perm_addmeta")):
        level = int_arg(args, name, -1)
        if 0 <= level <= 3:
            setattr(photo, attr, level)
    _touch(photo)
    return _photoid_payload(photo)


@handles("flickr.photos.setDates")
def set_dates(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    posted_raw = args.get("date_posted", "").strip()
    taken_raw = args.get("date_taken", "").strip()
    granularity_raw = args.get("date_taken_granularity", "").strip()
    if not (posted_raw or taken_raw or granularity_raw):
        raise ApiFail(2, "Not enough arguments")
    if granularity_raw:
        if granularity_raw not in ("0", "4", "6", "8"):
            raise ApiFail(3, "Invalid granularity")
        photo.takengranularity = int(granularity_raw)
    if posted_raw:
        if not posted_raw.isdigit() or int(posted_raw) > time.time() + 86400:
            raise ApiFail(4, "Invalid date_posted")
        photo.dateupload = int(posted_raw)
    if taken_raw:
        stamp = date_arg(taken_raw)
        if stamp is None or taken_raw.isdigit():
            raise ApiFail(5, "Invalid Date Taken Format")
        photo.datetaken = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(stamp))
        photo.takenunknown = 0
    return _touch(photo)


@handles("flickr.photos.setContentType")
def set_content_type(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    value = args.get("content_type", "").strip()
    if value not in ("1", "2", "3"):
        raise ApiFail(2, "Required arguments missing")
    photo.content_type = int(value)
    _touch(photo)
    return {"photo": {"id": photo.id, "content_type": value}}


@handles("flickr.photos.setSafetyLevel")
def set_safety_level(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    level = args.get("safety_level", "").strip()
    hidden = flag_arg(args, "hidden")
    if level not in ("1", "2", "3") and hidden is None:
        raise ApiFail(2, "Invalid or missing arguments")
    if level in ("1", "2", "3"):
        photo.safety_level = int(level) - 1
    if hidden is not None:
        photo.hidden = 2 if hidden else 1
    _touch(photo)
    return {"photo": {"id": photo.id, "safety_level": str(photo.safety_level + 1),
                      "hidden": int(photo.hidden == 2)}}


@handles("flickr.photos.transform.rotate")
def rotate(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    degrees = args.get("degrees", "").strip()
    if degrees not in ("90", "180", "270"):
        raise ApiFail(2, "Invalid rotation")
    photo.rotation = (photo.rotation + int(degrees)) % 360
    photo.secret = ctx.store.new_secret()
    _touch(photo)
    return _photoid_payload(photo)


@handles("flickr.photos.licenses.getInfo")
def licenses_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"licenses": {"license": [{"id": number, "name": name, "url": url}
                                     for number, name, url in LICENSES]}}


@handles("flickr.photos.licenses.setLicense")
def set_license(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    value = args.get("license_id", "").strip()
    if not value.isdigit() or int(value) not in _LICENSE_BY_ID:
        raise ApiFail(2, "License not found")
    if int(value) != photo.license:
        photo.license_history.append((int(time.time()), photo.license, int(value)))
        photo.license = int(value)
    return _touch(photo)


@handles("flickr.photos.licenses.getLicenseHistory")
def license_history(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    history: List[Dict[str, Any]] = []
    for date, old, new in photo.license_history:
        old_name, old_url = _LICENSE_BY_ID[old]
        new_name, new_url = _LICENSE_BY_ID[new]
        history.append({"date_change": date, "old_license": old_name, "old_license_url": old_url,
                        "new_license": new_name, "new_license_url": new_url})
    if not history:
        name, url = _LICENSE_BY_ID[photo.license]
        history.append({"date_change": photo.dateupload, "old_license": "", "old_license_url": "",
                        "new_license": name, "new_license_url": url})
    return {"license_history": history}


def _ticket_state(ticket: Dict[str, object]) -> int:
    """0 pending, 1 done, 2 failed: an explicit ``complete``, else from ``complete_at``."""
    state = ticket.get("complete")
    if isinstance(state, int):
        return state
    due = ticket.get("complete_at")
    return 0 if isinstance(due, (int, float)) and time.time() < due else 1


@handles("flickr.photos.upload.checkTickets")
def check_tickets(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tickets = []
    for ticket_id in (t.strip() for t in args.get("tickets", "").split(",")):
        if not ticket_id:
            continue
        ticket = ctx.store.tickets.get(ticket_id)
        if ticket is None:
            tickets.append({"id": ticket_id, "invalid": 1})
            continue
        complete = _ticket_state(ticket)
        entry: Dict[str, Any] = {"id": ticket_id, "complete": complete}
        photo_id = ticket.get("photoid") or ticket.get("photo_id")
        if complete == 1 and photo_id:
            entry["photoid"] = str(photo_id)
            entry["imported"] = str(ticket.get("imported") or ticket.get("created") or
                                    int(time.time()))
        tickets.append(entry)
    return {"uploader": {"ticket": tickets}}


@handles("flickr.photos.suggestions.getList")
def suggestions_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    status = int_arg(args, "status_id", 0)
    photo_id = args.get("photo_id", "").strip()
    store = ctx.store
    found = [s for s in store.suggestions.values()
             if s["status_id"] == status and (not photo_id or s["photo_id"] == photo_id)
             and store.photos.get(str(s["photo_id"])) is not None
             and store.photos[str(s["photo_id"])].owner == ctx.user_nsid]
    return {"suggestions": {"total": len(found), "suggestion": [
        {"id": s["id"], "photo_id": s["photo_id"], "date_suggested": str(s["date_suggested"]),
         "suggested_by": s["suggested_by"],
         "suggested_by_username": store.users[str(s["suggested_by"])].username,
         "location": {"latitude": s["latitude"], "longitude": s["longitude"],
                      "accuracy": s["accuracy"], "woe_id": s["woe_id"],
                      "place_id": s["place_id"]},
         "note": content(s["note"])} for s in found]}}


@handles("flickr.photos.suggestions.suggestLocation")
def suggest_location(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    try:
        lat, lon = float(args.get("lat", "")), float(args.get("lon", ""))
    except ValueError as exc:
        raise ApiFail(2, "Not a valid latitude") from exc
    suggestion_id = ctx.store.new_seq()
    ctx.store.suggestions[suggestion_id] = {
        "id": suggestion_id, "photo_id": photo.id, "suggested_by": ctx.user_nsid,
        "latitude": lat, "longitude": lon, "accuracy": int_arg(args, "accuracy", 16),
        "woe_id": args.get("woe_id", ""), "place_id": args.get("place_id", ""),
        "note": args.get("note", ""), "status_id": 0, "date_suggested": int(time.time())}
    return {"suggestion": {"id": suggestion_id}}


def _suggestion(ctx: Ctx, args: Dict[str, str], by_owner: bool) -> Dict[str, object]:
    suggestion = ctx.store.suggestions.get(args.get("suggestion_id", "").strip())
    if suggestion is None:
        raise ApiFail(1, "Suggestion not found")
    photo = ctx.store.photos.get(str(suggestion["photo_id"]))
    allowed = (photo is not None and photo.owner == ctx.user_nsid) if by_owner else (
        suggestion["suggested_by"] == ctx.user_nsid)
    if not allowed:
        raise ApiFail(1, "Suggestion not found")
    return suggestion


@handles("flickr.photos.suggestions.approveSuggestion")
def approve_suggestion(ctx: Ctx, args: Dict[str, str]) -> Payload:
    """Accept a location suggestion: the photo gets that location."""
    suggestion = _suggestion(ctx, args, by_owner=True)
    suggestion["status_id"] = 1
    photo = ctx.store.photos[str(suggestion["photo_id"])]
    set_location(ctx.store, photo, float(str(suggestion["latitude"])),
                 float(str(suggestion["longitude"])), int(str(suggestion["accuracy"])))
    return {}


@handles("flickr.photos.suggestions.rejectSuggestion")
def reject_suggestion(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _suggestion(ctx, args, by_owner=True)["status_id"] = 2
    return {}


@handles("flickr.photos.suggestions.removeSuggestion")
def remove_suggestion(ctx: Ctx, args: Dict[str, str]) -> Payload:
    suggestion = _suggestion(ctx, args, by_owner=False)
    del ctx.store.suggestions[str(suggestion["id"])]
    return {}
