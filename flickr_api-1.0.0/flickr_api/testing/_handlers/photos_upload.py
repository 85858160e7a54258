"""The emulator's flickr.photos.upload.* methods."""

from __future__ import annotations

import time
from typing import Any, Dict

from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import Ctx, Payload


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
