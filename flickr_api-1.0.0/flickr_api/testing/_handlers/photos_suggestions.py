"""The emulator's flickr.photos.suggestions.* methods."""

from __future__ import annotations

import time
from typing import Dict

from flickr_api.testing._handlers._args import int_arg, visible_photo
from flickr_api.testing._handlers._geo import set_location
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


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
