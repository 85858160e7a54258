"""Photos through the emulator: what a listing carries, lazy loading, sizes, URLs, files."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import pickle
import weakref

import pytest

from flickr_api import FlickrAPIError, FlickrError, FlickrList
from flickr_api.objects import PHOTO_EXTRAS, Location, Person, Photo, Place, Tag

ALICE = "10000001@N01"


@pytest.fixture
def objects(flickr_client):
    return flickr_client.objects


@pytest.fixture
def photo_id(flickr_emulator):
    return flickr_emulator.store.notable["alice_public_photo"]


def _read_everything(photo, base_url):
    assert photo.getPhotoFile("Medium").startswith(base_url)
    assert photo.getPhotoFile() and photo.getPhotoUrl("Medium").endswith("/sizes/m/")
    assert isinstance(photo.owner, Person) and photo.owner.username == "alice"
    assert isinstance(photo.posted_datetime, dt.datetime)
    assert isinstance(photo.views, int) and isinstance(photo.ispublic, bool)
    assert all(isinstance(tag, Tag) for tag in photo.tags)
    assert photo.getPageUrl().startswith("https://www.flickr.com/photos/")
    assert photo.title is not None and isinstance(photo.description, str)


def test_a_listing_asks_only_what_the_caller_named(objects, flickr_emulator):
    photos = objects.Person(id=ALICE).getPhotos(per_page=20)
    assert isinstance(photos, FlickrList) and len(photos) == 20
    assert isinstance(photos.info.total, int) and photos.info.perpage == 20
    assert "extras" not in flickr_emulator.calls("flickr.people.getPhotos")[-1].params
    assert photos[0].getPhotoFile("Medium")  # from the photo's secret: no request
    assert flickr_emulator.count() == 1


def test_a_field_read_is_fetched_once_for_the_whole_page(objects, flickr_emulator):
    photos = objects.Person(id=ALICE).getPhotos(per_page=20)
    flickr_emulator.reset_log()
    for photo in photos:
        _read_everything(photo, flickr_emulator.base_url)
    calls = flickr_emulator.calls()
    # one listing call per extra the loop needed, for the page: never one per photo
    assert {c.flickr_method for c in calls} == {"flickr.people.getPhotos"}
    assert len(calls) == 6
    assert all(c.params.get("page", "1") == "1" and c.params["per_page"] == "20" for c in calls)
    asked = calls[-1].params["extras"].split(",")
    assert {"owner_name", "date_upload", "views", "tags", "description", "url_o"} <= set(asked)

    flickr_emulator.reset_log()
    second = objects.Person(id=ALICE).getPhotos(per_page=20, page=2)  # the same listing
    for photo in second:
        _read_everything(photo, flickr_emulator.base_url)
    assert flickr_emulator.count() == 1  # it asks for what the first page had to fetch
    assert set(flickr_emulator.calls()[0].params["extras"].split(",")) == set(asked)


def test_extras_up_front_or_all_of_them(objects, flickr_emulator):
    photos = objects.Person(id=ALICE).getPhotos(per_page=20, extras=PHOTO_EXTRAS)
    flickr_emulator.reset_log()
    for photo in photos:
        _read_everything(photo, flickr_emulator.base_url)
        assert photo.getPageUrl().startswith("https://www.flickr.com/photos/alice/")
    assert flickr_emulator.count() == 0


def test_a_photo_that_left_the_listing_asks_on_its_own(objects, flickr_emulator):
    photos = objects.Person(id=ALICE).getPhotos(per_page=5)
    gone = photos[0]
    flickr_emulator.store.photos[gone.id].title = "moved"
    flickr_emulator.store.photos.pop(gone.id)  # no longer in the listing
    for photo in photos[1:]:
        assert isinstance(photo.views, int)
    flickr_emulator.reset_log()
    with pytest.raises(FlickrAPIError):  # a deleted photo: its own getInfo says so
        _ = gone.views
    assert flickr_emulator.calls()[-1].flickr_method == "flickr.photos.getInfo"


def test_a_listing_is_freed_as_soon_as_it_is_dropped(objects, flickr_emulator):
    gc.disable()  # no reference cycles: the listing goes without a garbage collection
    try:
        photos = objects.Person(id=ALICE).getPhotos(per_page=5)
        owner = photos[0].owner
        first = weakref.ref(photos[0])
        del photos
        assert first() is None
    finally:
        gc.enable()
    flickr_emulator.reset_log()
    assert owner.username == "alice"  # its photo is gone: the person loads on its own
    assert flickr_emulator.calls()[-1].flickr_method == "flickr.people.getInfo"


def test_user_extras_are_sent_as_given(objects, flickr_emulator):
    objects.Photo.search(user_id=ALICE, extras=["count_faves", "url_o"], per_page=3)
    extras = flickr_emulator.calls("flickr.photos.search")[-1].params["extras"].split(",")
    assert extras == ["count_faves", "url_o"]


def test_fields_load_once_on_first_read(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    assert flickr_emulator.count() == 0
    assert photo.title == "Eiffel Tower at dusk"
    assert photo.comments == 2 and photo.ispublic is True and photo.loaded
    assert photo.owner.id == ALICE and photo.owner.username == "alice"
    assert [t.raw for t in photo.tags] == ["paris", "Eiffel Tower", "night",
                                           "geo:country=france"]
    assert all(t.photo is photo for t in photo.tags)
    assert [n.text for n in photo.getNotes()] == ["The top"]
    assert isinstance(photo.location, Location) and isinstance(photo.location.locality, Place)
    assert photo.location.locality.name == "Paris" and isinstance(photo.latitude, float)
    assert photo.taken_datetime == dt.datetime.strptime(photo.taken, "%Y-%m-%d %H:%M:%S")
    assert photo.urls["photopage"].endswith(f"/{photo_id}/")
    with pytest.raises(AttributeError, match="did you mean 'views'"):
        _ = photo.veiws
    assert photo.get("url_o") is None
    assert flickr_emulator.count("flickr.photos.getInfo") == 1 and flickr_emulator.count() == 1


def test_unknown_names_never_cost_a_request(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    with pytest.raises(AttributeError, match="did you mean 'title'"):
        _ = photo.titel
    assert not hasattr(photo, "__html__") and not hasattr(photo, "_ipython_display_")
    assert not hasattr(photo, "some_field_flickr_never_sends")
    assert flickr_emulator.count() == 0 and not photo.loaded


def test_repr_pickle_copy_and_hash_never_send_a_request(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    repr(photo), str(photo), hash(photo), photo == Photo(id=photo_id)
    back = pickle.loads(pickle.dumps(photo))
    copy.copy(photo), copy.deepcopy(photo)
    assert back == photo and flickr_emulator.count() == 0
    listed = objects.Person(id=ALICE).getPhotos(per_page=5)
    flickr_emulator.reset_log()
    pickle.loads(pickle.dumps(listed))
    repr(listed), [hasattr(p, "__len__") for p in listed]
    assert flickr_emulator.count() == 0


def test_explicit_load_refreshes(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    photo.load()
    photo.load()
    assert flickr_emulator.count("flickr.photos.getInfo") == 2


def test_get_sizes_asks_flickr_when_the_photo_was_not_listed(objects, flickr_emulator,
                                                             photo_id):
    photo = objects.Photo(id=photo_id)
    sizes = photo.getSizes()
    assert list(sizes)[:3] == ["Square", "Large Square", "Thumbnail"]
    assert all(isinstance(s["width"], int) for s in sizes.values())
    assert photo.getSizes() is sizes and photo.getPhotoFile() == sizes["Original"]["source"]
    assert flickr_emulator.count("flickr.photos.getSizes") == 1
    photo.getSizes(force=True)
    assert flickr_emulator.count("flickr.photos.getSizes") == 2


def test_large_sizes_use_their_own_secrets(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    photo.load()
    medium, large = photo.getPhotoFile("Medium"), photo.getPhotoFile("Large 2048")
    assert f"{photo_id}_{photo.secret}.jpg" in medium
    assert photo.secret not in large and large.endswith("_k.jpg")
    assert flickr_emulator.count("flickr.photos.getSizes") == 1  # only for the large size


def test_video_sizes_may_have_no_dimensions(objects, flickr_emulator):
    video = objects.Photo(id=flickr_emulator.store.notable["alice_video"])
    sizes = video.getSizes()
    players = [s for s in sizes.values() if s["media"] == "video"]
    assert players and all(s["width"] is None or isinstance(s["width"], int) for s in players)


def test_unavailable_sizes_say_which_exist(objects, photo_id):
    photo = objects.Photo(id=photo_id)
    with pytest.raises(FlickrError, match="available: Square"):
        photo.getPhotoUrl("Huge")


def test_save_downloads_the_largest_size(objects, flickr_emulator, photo_id, tmp_path):
    photo = objects.Person(id=ALICE).getPhotos(per_page=1)[0]
    path = photo.save(tmp_path / "picture")
    assert path.exists() and path.suffix == ".jpg" and path.stat().st_size > 0
    assert flickr_emulator.count("flickr.photos.getSizes") == 0


def test_rotate_forgets_old_size_urls(objects, photo_id):
    photo = objects.Person(id=ALICE).getPhotos(per_page=1)[0]
    before = photo.getPhotoFile("Medium")
    photo.rotate(90)
    assert photo.getPhotoFile("Medium") != before


def test_safety_level_is_one_to_three_everywhere(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    photo.setSafetyLevel(3)
    assert flickr_emulator.calls("flickr.photos.setSafetyLevel")[-1].params["safety_level"] == "3"
    assert photo.getInfo()["safety_level"] == 3 and photo.safety_level == 3
    assert objects.prefs.getSafetyLevel() in (1, 2, 3)


def test_set_licence_sends_license_id(objects, flickr_emulator, photo_id):
    objects.Photo(id=photo_id).setLicence(4)
    assert flickr_emulator.calls("flickr.photos.licenses.setLicense")[-1].params[
        "license_id"] == "4"
    licenses = objects.License.getList()
    assert {"0", "4"} <= {lic.id for lic in licenses}


def test_comments_notes_and_tags_round_trip(objects, photo_id):
    photo = objects.Photo(id=photo_id)
    comment = photo.addComment("Nice ✨")
    assert comment.text == "Nice ✨" and comment.photo is photo
    assert comment in photo.getComments()
    comment.edit("Nicer")
    comment.delete()
    assert comment not in photo.getComments()
    photo.addTags(["two words", "cat"])
    assert {"twowords", "cat"} <= {t.text for t in photo.getTags()}
    note = photo.addNote(note_x=1, note_y=2, note_w=3, note_h=4, note_text="hi")
    assert note.id and note.text == "hi"


def test_contexts(objects, flickr_emulator, photo_id):
    photo = objects.Photo(id=photo_id)
    previous, following = photo.getContext()
    assert previous is None or isinstance(previous, Photo)
    assert isinstance(following, Photo) or isinstance(previous, Photo)
    sets, pools = photo.getAllContexts()
    assert isinstance(sets, FlickrList) and isinstance(pools, FlickrList)
    assert all(s.title for s in sets) and all(g.id for g in pools)


def test_threads_reading_one_page_share_one_request(objects, flickr_emulator):
    from concurrent.futures import ThreadPoolExecutor

    photos = objects.Person(id=ALICE).getPhotos(per_page=50)
    flickr_emulator.reset_log()
    with ThreadPoolExecutor(8) as pool:
        urls = list(pool.map(lambda photo: photo.getPhotoFile("Original"), photos))
    assert len(set(urls)) == 50
    assert flickr_emulator.count() == 1


def test_dir_shows_the_fields_a_read_would_fetch(objects):
    photo = objects.Photo(id="1")
    assert {"title", "tags", "views", "description", "originalsecret"} <= set(dir(photo))
    assert not photo.loaded
