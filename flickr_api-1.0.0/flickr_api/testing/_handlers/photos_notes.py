"""The emulator's flickr.photos.notes.* methods."""

from __future__ import annotations

from typing import Dict, Tuple

from flickr_api.testing._handlers._args import visible_photo
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Note, Photo

MAX_NOTES = 100


def _note_coords(args: Dict[str, str]) -> Tuple[int, int, int, int]:
    try:
        return (int(args["note_x"]), int(args["note_y"]), int(args["note_w"]),
                int(args["note_h"]))
    except (KeyError, ValueError) as exc:
        raise ApiFail(3, "Missing required arguments") from exc


@handles("flickr.photos.notes.add")
def notes_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    if not ctx.store.can_add_meta(photo, ctx.user_nsid):
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
