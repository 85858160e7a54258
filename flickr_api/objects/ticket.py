"""Asynchronous uploads: the tickets Flickr hands out, and waiting for them to become photos.

::

    ticket = flickr_api.upload(photo_file="big.mp4", asynchronous=True)
    photo = ticket.wait(timeout=600)
    photos = flickr_api.wait_for_tickets([t1, t2, t3], timeout=600)
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Union, cast

from flickr_api import _default
from flickr_api._requestor import Flow, Pause
from flickr_api.errors import FlickrReplyError, FlickrTimeoutError, FlickrUploadError
from flickr_api.method_call import call_flow
from flickr_api.objects.base import object_class
from flickr_api.objects.fields import describe, to_bool, to_int

if TYPE_CHECKING:
    from flickr_api.client import Client
    from flickr_api.objects import Photo

__all__ = ["UploadTicket", "check_tickets", "tickets_from_reply", "wait_for_tickets"]

CHECK_METHOD = "flickr.photos.upload.checkTickets"
#: Flickr's ``complete`` values.
PENDING, DONE, FAILED = 0, 1, 2
#: The longest wait between two checks of pending tickets, in seconds.
MAX_INTERVAL = 15.0


class UploadTicket:
    """An upload Flickr accepted and is still processing (``upload(..., asynchronous=True)``).

    ``complete`` is None until checked, then 0 pending, 1 done (``photo_id`` is set) or
    2 failed; ``invalid`` is True for a ticket Flickr does not know.
    """

    def __init__(self, id: str, client: Optional[Client] = None, **fields: Any) -> None:
        self.id = str(id)
        self.client = client
        self.complete: Optional[int] = None
        self.photo_id: Optional[str] = None
        self.imported: Optional[str] = None
        self.invalid = False
        self._update(fields)

    def _update(self, fields: Mapping[str, Any]) -> None:
        complete = to_int(fields.get("complete"))
        if complete is not None:
            if complete not in (PENDING, DONE, FAILED):
                raise FlickrReplyError(CHECK_METHOD, f"ticket {self.id} has the state "
                                                     f"{describe(fields.get('complete'))}")
            self.complete = complete
        photo_id = fields.get("photoid")
        if photo_id:
            if not isinstance(photo_id, (str, int)) or not str(photo_id).isdigit():
                raise FlickrReplyError(CHECK_METHOD, f"ticket {self.id} names the photo "
                                                     f"{describe(photo_id)}")
            self.photo_id = str(photo_id)
        if self.complete == DONE and self.photo_id is None:
            raise FlickrReplyError(CHECK_METHOD, f"ticket {self.id} is complete without a photo")
        imported = fields.get("imported")
        if imported and isinstance(imported, (str, int)):
            self.imported = str(imported)
        self.invalid = to_bool(fields.get("invalid") or 0) is True

    @property
    def done(self) -> bool:
        return self.complete == DONE

    @property
    def failed(self) -> bool:
        return self.complete == FAILED or self.invalid

    def check(self) -> UploadTicket:
        """Ask Flickr once how the upload is doing; returns the ticket, updated (awaited
        with an :class:`~flickr_api.aio.AsyncClient`)."""
        client = _client_for([self], self.client)
        return client._run(_first(_check([self], client)))  # type: ignore[no-any-return]

    def wait(self, timeout: float = 600.0, interval: float = 1.0) -> Photo:
        """Wait until Flickr has made the photo and return it (see :func:`wait_for_tickets`;
        awaited with an :class:`~flickr_api.aio.AsyncClient`)."""
        client = _client_for([self], self.client)
        return client._run(  # type: ignore[no-any-return]
            _first(_wait([self], client, timeout, interval, MAX_INTERVAL)))

    def __repr__(self) -> str:
        state = {None: "unchecked", PENDING: "pending", DONE: "done", FAILED: "failed"}
        status = "invalid" if self.invalid else state.get(self.complete, str(self.complete))
        return f"UploadTicket(id={self.id!r}, {status})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadTicket) and other.id == self.id

    def __hash__(self) -> int:
        return hash((UploadTicket, self.id))

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: v for k, v in vars(self).items() if k != "client"}
        return (UploadTicket, (self.id,), state)


TicketLike = Union[UploadTicket, str]


def _as_tickets(tickets: Iterable[TicketLike], client: Optional[Client]) -> list[UploadTicket]:
    return [t if isinstance(t, UploadTicket) else UploadTicket(t, client) for t in tickets]


def _client_for(tickets: list[UploadTicket], client: Optional[Client]) -> Client:
    if client is None:
        client = next((t.client for t in tickets if t.client is not None), None)
    return _default.resolve(client)


def check_tickets(tickets: Iterable[TicketLike],
                  client: Optional[Client] = None) -> list[UploadTicket]:
    """Ask Flickr once about every ticket (one API call) and return them, updated."""
    found = _as_tickets(tickets, client)
    client = _client_for(found, client)
    return client._run(_check(found, client))  # type: ignore[no-any-return]


def _first(flow: Flow[list[Any]]) -> Flow[Any]:
    items = yield from flow
    return items[0]


def _check(found: list[UploadTicket], client: Client) -> Flow[list[UploadTicket]]:
    if not found:
        return found
    reply = yield from call_flow(client, CHECK_METHOD, {"tickets": ",".join(t.id for t in found)})
    by_id = {ticket.id: ticket for ticket in tickets_from_reply(reply, client)}
    for ticket in found:
        ticket.client = ticket.client or client
        answer = by_id.get(ticket.id)
        if answer is None:
            ticket.invalid = True  # Flickr does not list a ticket it does not know
        else:
            ticket.complete, ticket.photo_id = answer.complete, answer.photo_id
            ticket.imported, ticket.invalid = answer.imported, answer.invalid
    return found


def tickets_from_reply(reply: Any, client: Optional[Client]) -> list[UploadTicket]:
    """The tickets of a ``flickr.photos.upload.checkTickets`` reply;
    :class:`~flickr_api.errors.FlickrReplyError` when it does not list tickets."""
    uploader = reply.get("uploader") if isinstance(reply, dict) else None
    if not isinstance(uploader, dict):
        raise FlickrReplyError(CHECK_METHOD, f"'uploader' is {describe(uploader)}")
    entries = uploader.get("ticket")
    tickets = []
    for entry in entries if isinstance(entries, list) else [] if entries is None else [entries]:
        ident = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(ident, (str, int)) or isinstance(ident, bool):
            raise FlickrReplyError(CHECK_METHOD, f"a ticket is {describe(entry)}")
        ticket = UploadTicket(str(ident), client)
        ticket._update(entry)
        tickets.append(ticket)
    return tickets


def wait_for_tickets(
    tickets: Iterable[TicketLike],
    timeout: float = 600.0,
    client: Optional[Client] = None,
    *,
    interval: float = 1.0,
    max_interval: float = MAX_INTERVAL,
) -> list[Photo]:
    """Wait until Flickr has processed every ticket; return their photos, in order.

    Polls ``flickr.photos.upload.checkTickets`` for all pending tickets at once, first at once,
    then every ``interval`` seconds, growing to ``max_interval``. A failed or unknown ticket
    raises :class:`~flickr_api.errors.FlickrUploadError`; tickets still pending after
    ``timeout`` seconds raise :class:`~flickr_api.errors.FlickrTimeoutError` (they may still
    complete: wait again later).
    """
    found = _as_tickets(tickets, client)
    client = _client_for(found, client)
    return client._run(  # type: ignore[no-any-return]
        _wait(found, client, timeout, interval, max_interval))


def _wait(found: list[UploadTicket], client: Client, timeout: float, interval: float,
          max_interval: float) -> Flow[list[Photo]]:
    deadline = time.monotonic() + timeout
    delay = interval
    pending = [t for t in found if not t.done]
    while pending:
        yield from _check(pending, client)
        for ticket in pending:
            if ticket.failed:
                reason = "Flickr does not know it" if ticket.invalid else "processing failed"
                raise FlickrUploadError(
                    3, f"Upload ticket {ticket.id} failed ({reason}): upload the file again",
                    CHECK_METHOD)
        pending = [t for t in pending if not t.done]
        left = deadline - time.monotonic()
        if pending and left <= 0:
            ids = ", ".join(t.id for t in pending)
            raise FlickrTimeoutError(
                f"{len(pending)} upload ticket(s) still pending after {timeout:g} s ({ids}): "
                "Flickr may still finish them; wait again later.")
        if pending:
            yield Pause(min(delay, left))
            delay = min(delay * 1.5, max_interval)
    photo = object_class("Photo")  # registered by objects.photo, which lists tickets itself
    return [cast("Photo", photo(id=t.photo_id or "", client=client)) for t in found]
