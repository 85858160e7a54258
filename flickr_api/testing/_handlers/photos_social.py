"""Comments, notes, people tags and favorites on photos."""

from __future__ import annotations

import time
from typing import Any, Dict, List, Optional, Tuple

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    buddyicon,
    comment_payload,
    context_payload,
    date_arg,
    extras_of,
    handles,
    id_list,
    page_of,
    person_brief,
    photo_item,
    photo_list,
    photo_page,
    require_user,
    user_arg,
    visible_photo,
)
from flickr_api.testing._handlers.photos import can_add_meta
from flickr_api.testing._store import Comment, Note, Photo, nsid_number

MAX_NOTES = 100

# ------------------------------------------------------------------ comments


@handles("flickr.photos.comments.getList")
def comments_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    low = date_arg(args.get("min_comment_date", "")) or 0
    high = date_arg(args.get("max_comment_date", ""))
    page = photo_page(ctx.store, photo)
    comments = [comment_payload(ctx, c, page) for c in photo.comments
                if c.datecreate >= low and (high is None or c.datecreate <= high)]
    return {"comments": {"photo_id": photo.id, "comment": comments}}


def _comment_text(args: Dict[str, str]) -> str:
    text = args.get("comment_text", "")
    if not text.strip():
        raise ApiFail(8, "Blank comment.")
    return text


@handles("flickr.photos.comments.addComment")
def add_comment(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args, message="Photo not found.")
    text = _comment_text(args)
    author = require_user(ctx)
    comment = Comment(f"{nsid_number(photo.owner)}-{photo.id}-{ctx.store.new_seq()}",
                      author.nsid, text, int(time.time()), photo.id)
    photo.comments.append(comment)
    payload = comment_payload(ctx, comment, photo_page(ctx.store, photo))
    payload["iconurls"] = {name: buddyicon(author, suffix) for name, suffix in (
        ("retina", "r"), ("large", "l"), ("medium", "m"), ("small", "s"), ("default", ""))}
    return {"comment": payload}


def _find_comment(ctx: Ctx, args: Dict[str, str]) -> Tuple[Photo, Comment]:
    comment_id = args.get("comment_id", "").strip()
    parts = comment_id.split("-")
    photo = ctx.store.photos.get(parts[1]) if len(parts) == 3 else None
    if photo is not None and not ctx.store.can_see(photo, ctx.user_nsid):
        raise ApiFail(1, "Photo not found.")
    comment = next((c for c in photo.comments if c.id == comment_id), None) if photo else None
    if photo is None or comment is None:
        raise ApiFail(2, "Comment not found.")
    return photo, comment


@handles("flickr.photos.comments.editComment")
def edit_comment(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, comment = _find_comment(ctx, args)
    if comment.author != ctx.user_nsid:
        raise ApiFail(2, "Comment not found.")
    comment.text = _comment_text(args)
    return {}


@handles("flickr.photos.comments.deleteComment")
def delete_comment(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo, comment = _find_comment(ctx, args)
    if ctx.user_nsid not in (comment.author, photo.owner):
        raise ApiFail(2, "Comment not found.")
    photo.comments.remove(comment)
    return {}


@handles("flickr.photos.comments.getRecentForContacts")
def comments_recent_for_contacts(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    wanted = set(id_list(args, "contacts_filter")) or set(user.contacts)
    since = date_arg(args.get("date_lastcomment", "")) or 0
    photos = [p for p in ctx.store.visible(user.nsid) if p.owner in wanted and p.comments
              and max(c.datecreate for c in p.comments) >= since]
    photos.sort(key=lambda p: -max(c.datecreate for c in p.comments))
    return photo_list(ctx, args, photos)


# ------------------------------------------------------------------ notes


def _note_coords(args: Dict[str, str]) -> Tuple[int, int, int, int]:
    try:
        return (int(args["note_x"]), int(args["note_y"]), int(args["note_w"]),
                int(args["note_h"]))
    except (KeyError, ValueError) as exc:
        raise ApiFail(3, "Missing required arguments") from exc


@handles("flickr.photos.notes.add")
def notes_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    if not can_add_meta(ctx.store, photo, ctx.user_nsid):
        raise ApiFail(2, "User cannot add notes")
    x, y, w, h = _note_coords(args)
    if not args.get("note_text", "").strip():
        raise ApiFail(3, "Missing required arguments")
    if len(photo.notes) >= MAX_NOTES:
        raise ApiFail(4, "Maximum number of notes reached")
    note = Note(ctx.store.new_seq(), ctx.user_nsid or "", x, y, w, h, args["note_text"])
    photo.notes.append(note)
    return {"note": {"id": note.id}}


def _find_note(ctx: Ctx, args: Dict[str, str], code: int, message: str) -> Tuple[Photo, Note]:
    note_id = args.get("note_id", "").strip()
    for photo in ctx.store.photos.values():
        for note in photo.notes:
            if note.id == note_id:
                if ctx.user_nsid not in (note.author, photo.owner):
                    raise ApiFail(code, message)
                return photo, note
    raise ApiFail(1, "Note not found")


@handles("flickr.photos.notes.edit")
def notes_edit(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, note = _find_note(ctx, args, 2, "User cannot edit note")
    note.x, note.y, note.w, note.h = _note_coords(args)
    if not args.get("note_text", "").strip():
        raise ApiFail(3, "Missing required arguments")
    note.text = args["note_text"]
    return {}


@handles("flickr.photos.notes.delete")
def notes_delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo, note = _find_note(ctx, args, 2, "User cannot delete note")
    photo.notes.remove(note)
    return {}


# ------------------------------------------------------------------ people in photos


_COORDS = ("person_x", "person_y", "person_w", "person_h")


def _person_coords(args: Dict[str, str], code: int) -> Optional[Dict[str, str]]:
    given = {k: args.get(k, "").strip() for k in _COORDS}
    if not any(given.values()):
        return None
    if not all(v.lstrip("-").isdigit() for v in given.values()):
        raise ApiFail(code, "Some co-ordinate paramters were blank")
    return {k[-1]: v for k, v in given.items()}


def _tagged(ctx: Ctx, args: Dict[str, str], edit_code: int,
            edit_message: str) -> Tuple[Photo, Dict[str, str]]:
    person = user_arg(ctx, args, code=1, message="Person not found")
    photo = visible_photo(ctx, args, code=2)
    entry = next((e for e in photo.people if e["nsid"] == person.nsid), None)
    if entry is None:
        raise ApiFail(1, "Person not found")
    if ctx.user_nsid not in (photo.owner, person.nsid, entry.get("added_by")):
        raise ApiFail(edit_code, edit_message)
    return photo, entry


@handles("flickr.photos.people.add")
def people_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    person = user_arg(ctx, args, code=1, message="Person not found")
    photo = visible_photo(ctx, args, code=2)
    viewer = ctx.user_nsid
    if viewer != photo.owner and ctx.store.is_contact(photo.owner, viewer) is None:
        raise ApiFail(4, "User cannot add people to that photo")
    coords = _person_coords(args, 6)
    entry = next((e for e in photo.people if e["nsid"] == person.nsid), None)
    if entry is None:
        entry = {"nsid": person.nsid, "added_by": viewer or ""}
        photo.people.append(entry)
    if coords:
        entry.update(coords)
    return {}


@handles("flickr.photos.people.delete")
def people_delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo, entry = _tagged(ctx, args, 3, "User cannot remove that person")
    photo.people.remove(entry)
    return {}


@handles("flickr.photos.people.deleteCoords")
def people_delete_coords(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, entry = _tagged(ctx, args, 3, "User cannot edit that person in that photo")
    for key in "xywh":
        entry.pop(key, None)
    return {}


@handles("flickr.photos.people.editCoords")
def people_edit_coords(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _, entry = _tagged(ctx, args, 3, "User cannot edit that person in that photo")
    coords = _person_coords(args, 4)
    if coords is None:
        raise ApiFail(5, "No co-ordinates given")
    entry.update(coords)
    return {}


@handles("flickr.photos.people.getList")
def people_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    people = [person_brief(ctx.store, e["nsid"], **{k: v for k, v in e.items() if k != "nsid"})
              for e in photo.people]
    return {"people": {"total": len(people), "photo_width": photo.width,
                       "photo_height": photo.height, "person": people}}


@handles("flickr.people.getPhotosOf")
def people_get_photos_of(ctx: Ctx, args: Dict[str, str]) -> Payload:
    person = user_arg(ctx, args, message="User not found.")
    owner = args.get("owner_id", "").strip()
    photos = [p for p in ctx.store.visible(ctx.user_nsid)
              if any(e["nsid"] == person.nsid for e in p.people)
              and (not owner or p.owner == owner)]
    photos.sort(key=lambda p: -p.dateupload)
    payload = photo_list(ctx, args, photos)
    meta = payload["photos"]
    meta["has_next_page"] = int(meta["page"] < meta["pages"])
    return payload


# ------------------------------------------------------------------ favorites


@handles("flickr.favorites.add")
def favorites_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    user = require_user(ctx)
    if photo.owner == user.nsid:
        raise ApiFail(2, "Photo is owned by you")
    faves = ctx.store.faves.setdefault(user.nsid, {})
    if photo.id in faves:
        raise ApiFail(3, "Photo is already in favorites")
    faves[photo.id] = int(time.time())
    return {}


@handles("flickr.favorites.remove")
def favorites_remove(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    faves = ctx.store.faves.setdefault(user.nsid, {})
    photo_id = args.get("photo_id", "").strip()
    if photo_id not in faves:
        raise ApiFail(1, "Photo not in favorites")
    del faves[photo_id]
    return {}


def _fave_list(ctx: Ctx, args: Dict[str, str], public_only: bool) -> Payload:
    user = user_arg(ctx, args, default_me=True)
    low = date_arg(args.get("min_fave_date", "")) or 0
    high = date_arg(args.get("max_fave_date", ""))
    store = ctx.store
    entries: List[Tuple[int, Photo]] = []
    for photo_id, date in store.faves.get(user.nsid, {}).items():
        photo = store.photos.get(photo_id)
        if photo is None or date < low or (high is not None and date > high):
            continue
        if photo.ispublic if public_only else store.can_see(photo, ctx.user_nsid):
            entries.append((date, photo))
    entries.sort(key=lambda e: (-e[0], -int(e[1].id)))
    meta, chunk = page_of(args, entries)
    extras = extras_of(args)
    meta["photo"] = [photo_item(ctx, p, extras, date_faved=str(date)) for date, p in chunk]
    return {"photos": meta}


@handles("flickr.favorites.getList")
def favorites_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _fave_list(ctx, args, public_only=False)


@handles("flickr.favorites.getPublicList")
def favorites_get_public_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _fave_list(ctx, args, public_only=True)


@handles("flickr.favorites.getContext")
def favorites_get_context(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args, code=2)
    photo = visible_photo(ctx, args)
    faves = ctx.store.faves.get(user.nsid, {})
    if photo.id not in faves:
        raise ApiFail(3, "Photo not a favorite")
    ordered = sorted((p for pid in faves if (p := ctx.store.photos.get(pid)) is not None
                      and ctx.store.can_see(p, ctx.user_nsid)),
                     key=lambda p: (-faves[p.id], -int(p.id)))
    return context_payload(ctx, ordered, photo)


def _activity_item(ctx: Ctx, photo: Photo, events: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {"type": "photo", "id": photo.id, "owner": photo.owner,
            "ownername": ctx.store.users[photo.owner].username, "secret": photo.secret,
            "server": photo.server, "farm": photo.farm, "comments": len(photo.comments),
            "notes": len(photo.notes), "views": photo.views,
            "faves": sum(photo.id in f for f in ctx.store.faves.values()), "more": 0,
            "media": photo.media, "title": {"_content": photo.title},
            "activity": {"event": events}}


def _event(ctx: Ctx, comment: Comment) -> Dict[str, Any]:
    author = ctx.store.users.get(comment.author)
    return {"type": "comment", "commentid": comment.id.rsplit("-", 1)[-1], "user": comment.author,
            "username": author.username if author else "", "dateadded": str(comment.datecreate),
            "_content": comment.text}


@handles("flickr.activity.userComments")
def activity_user_comments(ctx: Ctx, args: Dict[str, str]) -> Payload:
    """Recent activity on photos the caller commented on."""
    user = require_user(ctx)
    photos = [p for p in ctx.store.visible(user.nsid)
              if p.owner != user.nsid and any(c.author == user.nsid for c in p.comments)]
    photos.sort(key=lambda p: -max(c.datecreate for c in p.comments))
    meta, chunk = page_of(args, photos, default=10, maximum=50)
    meta["item"] = [_activity_item(ctx, p, [_event(ctx, c) for c in p.comments]) for p in chunk]
    return {"items": meta}


@handles("flickr.activity.userPhotos")
def activity_user_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    """Recent comments on the caller's photos (timeframe like 2d or 4h limits the age)."""
    user = require_user(ctx)
    timeframe = args.get("timeframe", "").strip()
    since = 0
    if timeframe[:-1].isdigit() and timeframe[-1:] in ("d", "h"):
        since = int(time.time()) - int(timeframe[:-1]) * (86400 if timeframe[-1] == "d" else 3600)
    photos = [p for p in ctx.store.photos.values() if p.owner == user.nsid
              and any(c.datecreate >= since for c in p.comments)]
    photos.sort(key=lambda p: -max(c.datecreate for c in p.comments))
    meta, chunk = page_of(args, photos, default=10, maximum=50)
    meta["item"] = [_activity_item(ctx, p, [_event(ctx, c) for c in p.comments
                                            if c.datecreate >= since]) for p in chunk]
    return {"items": meta}
