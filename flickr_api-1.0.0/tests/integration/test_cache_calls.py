"""Caching through the emulator: reads only, per user, never failures, never polling."""

from __future__ import annotations

import pytest
from reliability_support import client_for, first_photo_id

from flickr_api import FlickrServerError, RetryConfig, SimpleCache
from flickr_api.testing import Fault


def test_a_read_is_served_from_the_cache_whatever_the_argument_order(emu):
    client = client_for(emu, cache=SimpleCache())
    first = client.call("flickr.photos.search", user_id="me", per_page=5, page=1)
    again = client.call("flickr.photos.search", page=1, per_page=5, user_id="me")
    assert again == first and first["stat"] == "ok"
    assert emu.count("flickr.photos.search") == 1
    client.call("flickr.photos.search", user_id="me", per_page=5, page=2)
    assert emu.count("flickr.photos.search") == 2


def test_writes_are_never_cached(emu):
    client = client_for(emu, cache=SimpleCache())
    photo_id = first_photo_id(client)
    client.call("flickr.photos.addTags", photo_id=photo_id, tags="one")
    client.call("flickr.photos.addTags", photo_id=photo_id, tags="one")
    assert emu.count("flickr.photos.addTags") == 2


def test_users_sharing_a_cache_never_see_each_others_replies(emu):
    shared = SimpleCache()
    alice = client_for(emu, cache=shared)
    bob = client_for(emu, user="bob", cache=shared)
    assert alice.call("flickr.test.login")["user"]["username"] == "alice"
    assert bob.call("flickr.test.login")["user"]["username"] == "bob"
    assert alice.call("flickr.test.login")["user"]["username"] == "alice"
    assert emu.count("flickr.test.login") == 2


def test_a_failed_reply_is_never_cached(emu):
    client = client_for(emu, cache=SimpleCache(), retry=RetryConfig(max_retries=0))
    emu.add_fault(Fault("http_502", method="flickr.photos.getInfo"))
    photo_id = first_photo_id(client)
    with pytest.raises(FlickrServerError):
        client.call("flickr.photos.getInfo", photo_id=photo_id)
    info = client.call("flickr.photos.getInfo", photo_id=photo_id)
    assert info["photo"]["id"] == photo_id
    assert client.call("flickr.photos.getInfo", photo_id=photo_id) == info
    assert emu.count("flickr.photos.getInfo") == 2


def test_polling_and_raw_xml_calls_bypass_the_cache(emu):
    client = client_for(emu, cache=SimpleCache())
    for _ in range(2):
        client.call("flickr.photos.upload.checkTickets", tickets="1")
        client.call("flickr.test.login", format="rest")
    assert emu.count("flickr.photos.upload.checkTickets") == 2
    assert emu.count("flickr.test.login") == 2


def test_a_cached_reply_cannot_be_changed_by_a_caller(emu):
    client = client_for(emu, cache=SimpleCache())
    reply = client.call("flickr.test.login")
    reply["user"]["username"] = "mallory"
    assert client.call("flickr.test.login")["user"]["username"] == "alice"


def test_module_level_enable_cache(emu):
    import flickr_api

    client = flickr_api.default_client()
    client.set_keys(emu.api_key, emu.api_secret)
    client.set_base_url(emu.base_url)
    client.set_rate_limit(None)
    flickr_api.enable_cache()
    assert isinstance(client.cache, SimpleCache)
    for _ in range(3):
        flickr_api.call_api(method="flickr.photos.getRecent", per_page=3)
    assert emu.count("flickr.photos.getRecent") == 1
    flickr_api.disable_cache()
    flickr_api.call_api(method="flickr.photos.getRecent", per_page=3)
    assert emu.count("flickr.photos.getRecent") == 2
