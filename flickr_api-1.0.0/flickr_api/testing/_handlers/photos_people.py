"""The emulator's flickr.photos.people.* methods."""

from __future__ import annotations

from typing import Dict, Optional, Tuple

from flickr_api.testing._handlers._args import user_arg, visible_photo
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import person_brief
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo

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
