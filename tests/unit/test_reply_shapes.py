"""Replies of an unexpected shape: a FlickrReplyError naming the method and the part, from
every place that reads one (shapes, fields, sizes, tickets), and walkers that stop."""

from __future__ import annotations

import pickle

import pytest
from reply_fuzz import REPLIES, FakeTransport, fake_client

from flickr_api import FlickrReplyError, FlickrServerError
from flickr_api.objects import FlickrList, Info, Photo, Walker
from flickr_api.transfer import check_tickets


def client_replying(**replies):
    """A client whose calls of each method (``flickr_photos_search=...``) get that reply."""
    by_method = {name.replace("_", "."): reply for name, reply in replies.items()}
    transport = FakeTransport(lambda method: by_method.get(method, REPLIES["login"]),
                              lambda url: None)
    return fake_client(transport), transport


def test_a_list_that_is_a_text_names_the_method_and_the_part():
    client, _ = client_replying(flickr_photos_search={"stat": "ok", "photos": "none"})
    with pytest.raises(FlickrReplyError) as caught:
        client.objects.Photo.search(text="x")
    assert caught.value.method == "flickr.photos.search"
    assert "'photos'" not in caught.value.detail and "photos is str" in caught.value.detail
    assert "flickr.photos.search" in str(caught.value)
    assert isinstance(caught.value, FlickrServerError)  # unreadable replies, as before


def test_list_items_must_be_elements():
    client, _ = client_replying(flickr_photos_search={
        "stat": "ok", "photos": {"page": 1, "photo": [{"id": "1"}, [1, 2]]}})
    with pytest.raises(FlickrReplyError, match=r"photos\.photo is list"):
        client.objects.Photo.search(text="x")


def test_an_object_id_must_be_a_number_or_a_text():
    client, _ = client_replying(flickr_photos_search={
        "stat": "ok", "photos": {"photo": [{"id": {"x": 1}}]}})
    with pytest.raises(FlickrReplyError, match="a Photo has the id dict"):
        client.objects.Photo.search(text="x")


def test_a_missing_element_is_named():
    client, _ = client_replying(flickr_people_findByUsername={"stat": "ok"})
    with pytest.raises(FlickrReplyError, match="no 'user' element") as caught:
        client.objects.Person.findByUserName("alice")
    assert caught.value.method == "flickr.people.findByUsername"


def test_get_info_keeps_the_identity_of_the_object():
    reply = {"stat": "ok", "photo": {**REPLIES["getInfo"]["photo"], "id": "666"}}
    client, _ = client_replying(flickr_photos_getInfo=reply)
    photo = client.objects.Photo(id="6946979188")
    key = hash(photo)
    photo.getInfo()
    assert photo.id == "6946979188" and hash(photo) == key and photo.loaded


def test_a_field_of_an_unexpected_shape_fails_when_read_naming_it():
    reply = {"stat": "ok", "photo": {"id": "1", "urls": {"url": [{"type": ["a"]}]}}}
    client, _ = client_replying(flickr_photos_getInfo=reply)
    photo = client.objects.Photo(id="1", urls={"url": {"type": {}}})
    with pytest.raises(FlickrReplyError, match="'urls' of Photo 1 is dict") as caught:
        photo.urls  # noqa: B018 - a field read later
    assert caught.value.method is None
    with pytest.raises(FlickrReplyError, match="'urls' of Photo 1 is dict") as caught:
        photo.getInfo()  # getInfo reads every field it loaded
    assert caught.value.method == "flickr.photos.getInfo"


@pytest.mark.parametrize("posted", [10**30, -5, "soon", [1], 1e300])
def test_dates_out_of_range_are_none(posted):
    photo = Photo(id="1", dateupload=posted, lastupdate=posted)
    assert photo.posted_datetime is None and photo.lastupdate_datetime is None


def test_sizes_that_are_not_elements():
    client, _ = client_replying(flickr_photos_getSizes={
        "stat": "ok", "sizes": {"size": ["Square", "Large"]}})
    with pytest.raises(FlickrReplyError, match="a size is str") as caught:
        client.objects.Photo(id="1").getSizes()
    assert caught.value.method == "flickr.photos.getSizes"


def test_a_ticket_in_an_unknown_state_names_the_ticket():
    client, _ = client_replying(flickr_photos_upload_checkTickets={
        "stat": "ok", "uploader": {"ticket": [{"id": "7", "complete": "done!"}]}})
    with pytest.raises(FlickrReplyError, match="ticket 7 has the state str"):
        check_tickets(["7"], client)


def test_a_complete_ticket_needs_its_photo():
    client, _ = client_replying(flickr_photos_upload_checkTickets={
        "stat": "ok", "uploader": {"ticket": {"id": "7", "complete": 1}}})
    with pytest.raises(FlickrReplyError, match="complete without a photo"):
        check_tickets(["7"], client)


def test_the_error_pickles():
    error = FlickrReplyError("flickr.photos.getSizes", "a size is str 'x'")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.method, copy.detail, str(copy)) == (error.method, error.detail, str(error))


# -- walkers over listings that lie -------------------------------------------------------------
class Lying:
    """A paged listing that claims ``pages`` pages of ``total`` items and sends ``sent(page)``."""

    def __init__(self, sent, **info):
        self.sent, self.info, self.requested = sent, info, []

    def __call__(self, page=1, per_page=100, **kwargs):
        self.requested.append(page)
        items = [Photo(id=str(i)) for i in self.sent(page)]
        return FlickrList(items, Info.of(dict(self.info, page=page), len(items)))


def test_a_walker_stops_on_empty_pages_that_claim_more():
    listing = Lying(lambda page: range(100) if page == 1 else [], pages=10**9, total=10**7,
                    perpage=100)
    assert len(list(Walker(listing, per_page=100))) == 100
    assert listing.requested == [1, 2, 3]


def test_a_walker_stops_past_what_the_total_allows():
    listing = Lying(lambda page: range(page * 100, page * 100 + 100), pages=10**9, total=250,
                    perpage=100)
    assert len(list(Walker(listing, per_page=100))) == 300  # three pages hold 250 items
    assert listing.requested == [1, 2, 3]


@pytest.mark.parametrize("info", [{"pages": "many", "total": "lots", "perpage": "x"},
                                  {"pages": -3, "total": -1, "perpage": 0},
                                  {"pages": 2.5, "total": 2.5},
                                  {"pages": 10**20, "total": 10**20, "perpage": 10**20}])
def test_paging_numbers_that_are_not_counts_stop_after_the_first_page(info):
    listing = Lying(lambda page: range(page * 10, page * 10 + 10), **info)
    walker = Walker(listing, per_page=10)
    assert len(list(walker)) == 10
    with pytest.raises(TypeError):
        len(walker)
