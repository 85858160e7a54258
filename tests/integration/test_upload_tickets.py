"""Asynchronous uploads: tickets waited on together, with backoff, failures and timeouts. Each
test drives its client through ``kit``: test_aio_upload_tickets runs them again with an
AsyncClient."""

from __future__ import annotations

import itertools
import pickle

import pytest
from transfer_support import client_for, write_jpeg

import flickr_api
from flickr_api import UploadTicket, wait_for_tickets
from flickr_api.errors import FlickrTimeoutError, FlickrUploadError
from flickr_api.testing import FlickrEmulator
from flickr_api.transfer import check_tickets

CHECK = "flickr.photos.upload.checkTickets"


@pytest.fixture
def jpegs(tmp_path):
    return [write_jpeg(tmp_path / f"photo{i}.jpg", 5000) for i in range(3)]


def test_tickets_are_waited_on_together_and_become_photos_in_order(kit, jpegs):
    with FlickrEmulator(photos=300, ticket_delay=0.3) as emu:
        client = client_for(emu, client_class=kit.client_class)
        tickets = [kit.upload(client, path, asynchronous=True) for path in jpegs]
        assert all(not t.done for t in kit.run(client, lambda: check_tickets(tickets)))
        photos = kit.run(client, lambda: wait_for_tickets(tickets, timeout=5, interval=0.05))
        calls = emu.calls(CHECK)
    assert [p.id for p in photos] == [r.photo_id for r in emu.uploads]
    assert all(isinstance(p, flickr_api.Photo) and p.client is client for p in photos)
    assert all(t.done and t.photo_id == p.id for t, p in zip(tickets, photos))
    asked = [set(c.params["tickets"].split(",")) for c in calls]
    assert asked[0] == {t.id for t in tickets}  # one call for all the pending tickets
    assert all(later <= earlier for earlier, later in itertools.pairwise(asked))
    assert len(calls) <= 9  # backoff: 0.05 s growing by half each time over 0.3 s


def test_ticket_ids_as_strings_use_the_given_client(kit, jpegs):
    with FlickrEmulator(photos=300) as emu:
        client = client_for(emu, client_class=kit.client_class)
        ticket = kit.upload(client, jpegs[0], asynchronous=True)
        [photo] = kit.run(client, lambda: wait_for_tickets([ticket.id], client=client))
    assert photo.id == emu.uploads[0].photo_id


def test_a_ticket_still_pending_at_the_timeout(kit, jpegs):
    with FlickrEmulator(photos=300, ticket_delay=60) as emu:
        client = client_for(emu, client_class=kit.client_class)
        ticket = kit.upload(client, jpegs[0], asynchronous=True)
        with pytest.raises(FlickrTimeoutError, match=f"still pending after 0.2 s .{ticket.id}"):
            kit.wait(client, ticket, timeout=0.2, interval=0.05)
    assert ticket.complete == 0
    assert "pending" in repr(ticket)


def test_a_failed_ticket(kit, jpegs):
    with FlickrEmulator(photos=300, ticket_delay=60) as emu:
        client = client_for(emu, client_class=kit.client_class)
        good = kit.upload(client, jpegs[0], asynchronous=True)
        bad = kit.upload(client, jpegs[1], asynchronous=True)
        emu.store.tickets[bad.id]["complete"] = 2
        with pytest.raises(FlickrUploadError, match=f"{bad.id} failed .processing failed.") as e:
            kit.run(client, lambda: wait_for_tickets([good, bad], timeout=5))
    assert (e.value.code, e.value.method) == (3, CHECK)
    assert bad.failed and not good.failed


def test_an_unknown_ticket(kit, jpegs):
    with FlickrEmulator(photos=300) as emu:
        client = client_for(emu, client_class=kit.client_class)
        with pytest.raises(FlickrUploadError, match="Flickr does not know it"):
            kit.run(client, lambda: wait_for_tickets(["1-2"], client=client))
        assert kit.run(client, UploadTicket("1-2", client).check).invalid


def test_tickets_compare_and_pickle_by_id_without_their_client(kit, jpegs):
    with FlickrEmulator(photos=300) as emu:
        client = client_for(emu, client_class=kit.client_class)
        ticket = kit.run(client, kit.upload(client, jpegs[0], asynchronous=True).check)
    copy = pickle.loads(pickle.dumps(ticket))
    assert copy == ticket and hash(copy) == hash(ticket)
    assert (copy.client, copy.complete, copy.photo_id) == (None, 1, ticket.photo_id)
    assert repr(copy) == f"UploadTicket(id={ticket.id!r}, done)"
