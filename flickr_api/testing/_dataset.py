"""The emulator's seeded data set: who and what exists before the first call.

Fixed for every seed: the named users (alice, bob, jürgen, a deleted account), the places,
groups and their ids. Drawn from ``random.Random(seed)``: photo ids, secrets, titles, tags,
dates, geo, privacy, comments, favorites, pools, and which photos are whose.
"""

from __future__ import annotations

import base64
import hashlib
import math
import time
from typing import Dict, List, Optional, Tuple

from flickr_api.testing._records import (
    DATASET_NOW,
    Collection,
    Comment,
    Contact,
    Gallery,
    Geo,
    Group,
    Note,
    Photo,
    Photoset,
    Place,
    Reply,
    Tag,
    Topic,
    User,
    nsid_number,
)
from flickr_api.testing._store import Store

__all__ = ["ALICE", "BOB", "DELETED", "JURGEN", "BIG_ALBUM_SIZE", "seeded_store"]

ALICE = "10000001@N01"
BOB = "10000002@N01"
JURGEN = "10000003@N01"
DELETED = "10000004@N01"
BIG_ALBUM_SIZE = 1200
ALICE_MIN_PHOTOS = 1300
_START = 1262304000  # 2010-01-01

_FIRST = ["Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj",
          "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Yuki", "Zoë", "Åsa"]
_LAST = ["Smith", "Nguyen", "García", "Okafor", "Kowalski", "Tanaka", "Rossi", "Dubois", "Silva",
         "Andersson"]
_WORDS = ["sunset", "beach", "mountain", "city", "night", "portrait", "street", "cat", "dog",
          "flower", "tree", "river", "bridge", "snow", "rain", "autumn", "summer", "winter",
          "spring", "lake", "forest", "sky", "cloud", "car", "train", "food", "coffee", "market",
          "festival", "architecture", "church", "museum", "garden", "harbour", "boat", "bird",
          "macro", "blackandwhite", "long exposure", "old town", "New York", "café", "über"]
_ADJ = ["Quiet", "Golden", "Misty", "Bright", "Lonely", "Early", "Late", "Blue", "Red", "Hidden"]
_MACHINE = ["camera:make=canon", "camera:make=nikon", "dc:subject=landscape", "geo:country=france",
            "upcoming:event=1234", "taxonomy:common=cat", "exif:iso=400", "flickr:place=paris"]
_CAMERAS = ["Canon EOS 5D Mark IV", "Canon EOS R5", "Nikon D850", "Nikon Z 6", "Apple iPhone 13",
            "Sony ILCE-7M3", "FUJIFILM X-T4", ""]
_DIMS = [(6000, 4000), (4000, 3000), (3000, 4000), (4032, 3024), (2048, 1365), (1024, 768),
         (5472, 3648), (8192, 4096)]
_VIDEO_DIMS = [(1280, 720), (640, 480), (1920, 1080)]
_LICENSE_WEIGHTS = [40, 6, 6, 6, 12, 6, 3, 2, 1, 3, 2, 4, 3, 2, 2, 1, 1]
_PLACES = [
    # country, region, county, locality, lat, lon, timezone
    ("France", "Île-de-France", "Paris", "Paris", 48.8566, 2.3522, "Europe/Paris"),
    ("France", "Provence-Alpes-Côte d'Azur", "Bouches-du-Rhône", "Marseille", 43.2965, 5.3698,
     "Europe/Paris"),
    ("United States", "California", "San Francisco", "San Francisco", 37.7793, -122.4193,
     "America/Los_Angeles"),
    ("United States", "New York", "New York", "New York", 40.7128, -74.0060, "America/New_York"),
    ("Germany", "Bayern", "München", "München", 48.1372, 11.5755, "Europe/Berlin"),
    ("Japan", "Tokyo", "Tokyo", "Shibuya", 35.6618, 139.7041, "Asia/Tokyo"),
]
_GROUPS = [
    # nsid, name, privacy, path alias
    ("50000001@N02", "Emulator Testers", 3, "emulatortesters"),
    ("50000002@N02", "Black & White", 3, "bw"),
    ("50000003@N02", "Cats of Flickr", 3, "cats"),
    ("50000004@N02", "Landscapes", 3, ""),
    ("50000005@N02", "Street Photography", 3, "street"),
    ("50000006@N02", "Jürgens Gruppe", 3, ""),
    ("50000007@N02", "Invitation Only", 2, ""),
    ("50000008@N02", "Secret Society", 1, ""),
]


def seeded_store(seed: int = 0, photos: int = 3000, image_scale: float = 1.0) -> Store:
    """A store filled with the data set of a seed (the same seed gives the same data)."""
    store = Store(seed=seed, image_scale=image_scale)
    _populate(store, photos)
    return store


def _populate(store: Store, photo_count: int) -> None:
    _add_users(store)
    _add_places(store)
    _add_photos(store, photo_count)
    _add_photosets(store)
    _add_social(store)
    _add_groups(store)
    _add_galleries(store)
    _add_collections(store)
    _add_extras(store)


def _place_id(name: str) -> str:
    digest = hashlib.sha1(name.encode()).digest()
    return base64.b64encode(digest, altchars=b"._").decode()[:18]


def _add_users(store: Store) -> None:
    rng = store.rng
    alice = User(
        ALICE, "alice", "Alice Example", path_alias="alice", location="Paris, France",
        description='Photographer. <a href="https://example.com/alice">My site</a> &amp; more.',
        email="alice@example.com", ispro=1, iconserver="65535", iconfarm=66, joined=1230768000,
        timezone=("Brussels, Copenhagen, Madrid, Paris", "+01:00", "Europe/Paris", "15"))
    bob = User(BOB, "bob", "Bob Builder", path_alias="bob", location="London, United Kingdom",
               email="bob@example.com", iconserver="7372", iconfarm=8, joined=1262304000)
    jurgen = User(JURGEN, "jürgen", "Jürgen Müller", location="München, Deutschland",
                  description="Grüße aus München!", email="juergen@example.com", joined=1293840000,
                  timezone=("Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+01:00",
                            "Europe/Berlin", "16"))
    deleted = User(DELETED, "deleted_user", "", deleted=True, joined=1300000000)
    users = [alice, bob, jurgen, deleted]
    for i in range(20):
        first = _FIRST[i]
        last = _LAST[i % len(_LAST)]
        user = User(f"{10000005 + i}@N01", f"{first.lower()}_{last.lower()}",
                    f"{first} {last}" if i % 4 else "",
                    path_alias=first.lower() if i % 3 == 0 else None,
                    location=rng.choice(["", "Berlin", "Tokyo, Japan", "São Paulo, Brazil"]),
                    email=f"{first.lower()}@example.org", ispro=int(i % 5 == 0),
                    iconserver=str(rng.randint(1000, 9999)) if i % 2 else "0",
                    iconfarm=rng.randint(1, 9) if i % 2 else 0,
                    joined=rng.randint(1104537600, 1500000000), candownload=int(i % 4 != 1))
        users.append(user)
    for user in users:
        store.users[user.nsid] = user
        user.prefs = {"content_type": 1, "safety_level": 1, "hidden": 1, "privacy": 1,
                      "geoperms": 1, "importgeoexif": 0, "is_public": 1, "is_friend": 0,
                      "is_family": 0}
    store.default_user_nsid = ALICE
    alice.contacts = {BOB: Contact(friend=1, date_added=1300000000),
                      JURGEN: Contact(friend=1, family=1, date_added=1310000000)}
    bob.contacts = {ALICE: Contact(friend=1, date_added=1300000000)}
    jurgen.contacts = {ALICE: Contact(family=1, date_added=1310000000)}
    generated = users[4:]
    for user in generated[:8]:
        alice.contacts[user.nsid] = Contact(friend=int(rng.random() < 0.3),
                                            ignored=int(rng.random() < 0.1),
                                            date_added=rng.randint(1300000000, 1700000000))
    for user in generated:
        for other in rng.sample(users[:3] + generated, 4):
            if other.nsid != user.nsid:
                user.contacts.setdefault(other.nsid, Contact(friend=int(rng.random() < 0.5),
                                                             date_added=1400000000))
    alice.profile = {"occupation": "Photographer", "hometown": "Lyon", "city": "Paris",
                     "country": "France", "website": "https://example.com/alice",
                     "first_name": "Alice", "last_name": "Example", "twitter": "alice_example",
                     "instagram": "alice.example"}
    alice.blogs = [{"id": "73", "name": "Alice's Photo Blog", "needspassword": "0",
                    "url": "https://alice.example.com/", "service": "MetaWeblogAPI"},
                   {"id": "74", "name": "Alice on Tumblr", "needspassword": "1",
                    "url": "https://alice-example.tumblr.com/", "service": "Tumblr"}]
    alice.subscriptions = [{"topic": "contacts_photos", "callback": "https://example.com/push/alice",
                            "pending": "0", "date_create": "1700000000", "lease_seconds": "0",
                            "expiry": "0", "verify_attempts": "0"}]


def _add_places(store: Store) -> None:
    woeid = 2_000_000
    by_path: Dict[Tuple[str, ...], Place] = {}
    for country, region, county, locality, lat, lon, tz in _PLACES:
        parent: Optional[Place] = None
        path: Tuple[str, ...] = ()
        levels = ((country, "country"), (region, "region"), (county, "county"),
                  (locality, "locality"))
        for depth, (name, kind) in enumerate(levels):
            path += (name,)
            place = by_path.get(path)
            if place is None:
                woeid += 1
                spread = (3 - depth) * 1.5
                place = Place(_place_id("/".join(path)), str(woeid), name, kind,
                              round(lat + spread * 0.3, 6), round(lon - spread * 0.2, 6),
                              parent, tz)
                by_path[path] = place
                store.places[place.place_id] = place
            parent = place


def _owner_plan(store: Store, count: int) -> List[str]:
    """Owners of photos 0..count-1 (upload order): alice owns at least 1300 or most."""
    if count >= ALICE_MIN_PHOTOS:
        alice_n = max(ALICE_MIN_PHOTOS, count * 2 // 5)
    else:
        alice_n = math.ceil(count * 3 / 4)
    others = count - alice_n
    bob_n = max(min(6, others), others * 15 // 100)
    jurgen_n = max(min(4, others - bob_n), others // 10)
    rest = others - bob_n - jurgen_n
    generated = [u for u in store.users if u not in (ALICE, BOB, JURGEN, DELETED)]
    plan = [ALICE] * alice_n + [BOB] * bob_n + [JURGEN] * jurgen_n
    plan += [generated[store.rng.randrange(len(generated))] for _ in range(rest)]
    store.rng.shuffle(plan)
    return plan


def _add_photos(store: Store, count: int) -> None:
    rng = store.rng
    random_ = rng.random
    randint = rng.randint
    choice = rng.choice
    getrandbits = rng.getrandbits
    owners = _owner_plan(store, count)
    localities = [p for p in store.places.values() if p.place_type == "locality"]
    licenses = rng.choices(range(17), weights=_LICENSE_WEIGHTS, k=count)
    step = (DATASET_NOW - 86400 - _START) // max(1, count)
    gmtime = time.gmtime
    strftime = time.strftime
    alice_seen = 0
    alice_total = owners.count(ALICE)
    for i, owner in enumerate(owners):
        posted = _START + i * step + randint(0, max(0, step - 1))
        is_video = random_() < 0.03 and owner != ALICE  # alice's one video is pinned below
        width, height = choice(_VIDEO_DIMS if is_video else _DIMS)
        if random_() < 0.12:
            title = f"IMG_{randint(1, 9999):04d}"
        else:
            title = f"{choice(_ADJ)} {choice(_WORDS)}"
        r = random_()
        description = ("" if r < 0.35 else
                       f"A {choice(_WORDS)} seen from the {choice(_WORDS)}." if r < 0.85 else
                       f'<b>{choice(_ADJ)}</b> light over the <a href="https://example.com/{i}">'
                       f'{choice(_WORDS)}</a> &amp; <i>{choice(_WORDS)}</i>')
        privacy = random_()
        if owner == ALICE:
            # Alice's oldest 1200 (the Big album) stay public when she has more than that.
            alice_seen += 1
            if alice_total > BIG_ALBUM_SIZE and alice_seen <= BIG_ALBUM_SIZE:
                privacy = 0.0
        ispublic, isfriend, isfamily = ((1, 0, 0) if privacy < 0.85 else (0, 1, 0) if privacy < 0.9
                                        else (0, 0, 1) if privacy < 0.93 else
                                        (0, 1, 1) if privacy < 0.95 else (0, 0, 0))
        secret = f"{getrandbits(40):010x}"
        server = "65535" if random_() < 0.8 else str(randint(1000, 8000))
        photo = Photo(
            id=store.new_photo_id(), owner=owner, secret=secret, server=server,
            farm=66 if server == "65535" else randint(1, 9), title=title, description=description,
            ispublic=ispublic, isfriend=isfriend, isfamily=isfamily, license=licenses[i],
            dateupload=posted,
            datetaken=strftime("%Y-%m-%d %H:%M:%S", gmtime(posted - randint(0, 30 * 86400))),
            width=width, height=height, originalsecret=f"{getrandbits(40):010x}",
            originalformat="png" if random_() < 0.05 else "jpg",
            media="video" if is_video else "photo",
            views=int(random_() ** 3 * 5000),
            safety_level=0 if random_() < 0.9 else randint(1, 2),
            content_type=1 if random_() < 0.95 else randint(2, 3),
            rotation=90 if random_() < 0.03 else 0,
            takenunknown=int(random_() < 0.05),
            lastupdate=posted + randint(0, 86400 * 30),
            camera=choice(_CAMERAS), duration=randint(5, 120) if is_video else 0,
        )
        number = nsid_number(owner)
        for k, raw in enumerate(rng.sample(_WORDS, randint(0, 5))):
            photo.tags.append(Tag(f"{number}-{photo.id}-{k}", owner, raw))
        if random_() < 0.1:
            photo.tags.append(Tag(f"{number}-{photo.id}-9", owner, choice(_MACHINE)))
        if random_() < 0.3:
            place = choice(localities)
            photo.geo = Geo(round(place.latitude + (random_() - 0.5) * 0.1, 6),
                            round(place.longitude + (random_() - 0.5) * 0.1, 6),
                            randint(11, 16), randint(0, 2), place)
        store.photos[photo.id] = photo
    _pin_notable_photos(store)


def _newest(store: Store, owner: str, n: int) -> List[Photo]:
    found: List[Photo] = []
    for photo in reversed(list(store.photos.values())):
        if photo.owner == owner:
            found.append(photo)
            if len(found) == n:
                break
    return found


def _pin_notable_photos(store: Store) -> None:
    """Give the newest photos of alice/bob/jürgen known properties (and record their ids)."""
    paris = next(p for p in store.places.values()
                 if p.name == "Paris" and p.place_type == "locality")
    alice = _newest(store, ALICE, 7)
    roles = ["alice_public_photo", "alice_private_photo", "alice_friends_photo", "alice_video",
             "alice_panorama", "alice_png_photo", "alice_family_photo"]
    for role, photo in zip(roles, alice):
        photo.ispublic, photo.isfriend, photo.isfamily = 1, 0, 0
        photo.media, photo.width, photo.height = "photo", 6000, 4000
        photo.originalformat = "jpg"
        store.notable[role] = photo.id
    if len(alice) == len(roles):
        first = alice[0]
        first.title = "Eiffel Tower at dusk"
        first.description = 'The <b>Eiffel Tower</b> from the <a href="https://example.com/">Trocadéro</a>.'
        first.license = 4
        first.tags = [Tag(f"10000001-{first.id}-{k}", ALICE, raw) for k, raw in
                      enumerate(["paris", "Eiffel Tower", "night", "geo:country=france"])]
        first.geo = Geo(48.858093, 2.294694, 16, 0, paris)
        alice[1].ispublic = 0
        alice[2].ispublic, alice[2].isfriend = 0, 1
        alice[3].media, alice[3].width, alice[3].height, alice[3].duration = "video", 1280, 720, 30
        alice[4].width, alice[4].height = 8192, 4096
        alice[5].originalformat = "png"
        alice[6].ispublic, alice[6].isfamily = 0, 1
    bob = _newest(store, BOB, 2)
    for role, photo, public in zip(("bob_private_photo", "bob_public_photo"), bob, (0, 1)):
        photo.ispublic, photo.isfriend, photo.isfamily = public, 0, 0
        store.notable[role] = photo.id
    jurgen = _newest(store, JURGEN, 1)
    if jurgen:
        jurgen[0].ispublic, jurgen[0].title = 1, "Grüße vom Marienplatz"
        store.notable["jurgen_public_photo"] = jurgen[0].id


def _photos_by_owner(store: Store) -> Dict[str, List[Photo]]:
    """Every owner's photos, oldest upload first."""
    result: Dict[str, List[Photo]] = {}
    for photo in store.photos.values():
        result.setdefault(photo.owner, []).append(photo)
    return result


def _new_set(store: Store, owner: str, title: str, description: str,
             photos: List[Photo]) -> Photoset:
    created = max(p.dateupload for p in photos[:50])
    photoset = Photoset(store.new_seq(), owner, title, description, photos[0].id,
                        [p.id for p in photos], created, created + 86400,
                        count_views=store.rng.randint(0, 900))
    store.photosets[photoset.id] = photoset
    store.users[owner].set_order.append(photoset.id)
    return photoset


def _add_photosets(store: Store) -> None:
    rng = store.rng
    by_owner = _photos_by_owner(store)
    alice = by_owner.get(ALICE, [])
    if alice:
        big = _new_set(store, ALICE, "Big album", "Everything from the early years.",
                       alice[:BIG_ALBUM_SIZE])
        store.notable["big_album"] = big.id
        store.notable["alice_set"] = _new_set(
            store, ALICE, "Holidays 2019", "Sun, sea &amp; <b>sand</b>.",
            rng.sample(alice, min(40, len(alice)))).id
        cats = [p for p in alice if "cat" in p.tag_text(False).split()] or alice[:5]
        _new_set(store, ALICE, "Cats", "", cats[:25])
        videos = [p for p in alice if p.media == "video"]
        if videos:
            _new_set(store, ALICE, "Videos", "Moving pictures.", videos[:30])
        private = [p for p in alice if not p.ispublic]
        if private:
            store.notable["alice_private_set"] = _new_set(
                store, ALICE, "Just for me", "Private photos only.", private[:10]).id
        store.notable["alice_unicode_set"] = _new_set(
            store, ALICE, "Ünïcødé ✓ 東京", "Set with a non-ASCII title.", alice[-12:]).id
    for owner, photos in by_owner.items():
        if owner == ALICE:
            continue
        for n in range(3 if owner == BOB else rng.randint(0, 2)):
            chosen = sorted(rng.sample(photos, min(len(photos), rng.randint(3, 30))),
                            key=lambda p: p.dateupload)
            photoset = _new_set(store, owner, f"{rng.choice(_ADJ)} {rng.choice(_WORDS)} {n + 1}",
                                "", chosen)
            if owner == BOB and n == 0:
                store.notable["bob_set"] = photoset.id


def _people(store: Store) -> List[str]:
    return [u.nsid for u in store.users.values() if not u.deleted]


def _add_social(store: Store) -> None:
    """Comments, notes, people tags and favorites."""
    rng = store.rng
    people = _people(store)
    public = [p for p in store.photos.values() if p.ispublic]
    for photo in store.photos.values():
        if rng.random() < 0.08 and photo.ispublic:
            for _ in range(rng.randint(1, 3)):
                author = rng.choice(people)
                when = photo.dateupload + rng.randint(60, 86400 * 90)
                photo.comments.append(Comment(
                    f"{nsid_number(photo.owner)}-{photo.id}-{store.new_seq()}", author,
                    rng.choice(["Lovely!", "Great light.", "Wow ✨", "Schön!",
                                'See <a href="https://example.com/">this</a> too.']),
                    when, photo.id))
        if rng.random() < 0.02:
            photo.notes.append(Note(store.new_seq(), photo.owner, rng.randint(0, 300),
                                    rng.randint(0, 200), 50, 50,
                                    f"Look at the {rng.choice(_WORDS)}"))
        if rng.random() < 0.01:
            person = rng.choice(people)
            photo.people.append({"nsid": person, "added_by": photo.owner})
    for nsid in people:
        count = 60 if nsid == ALICE else 40 if nsid == BOB else 15
        pool = ([p for p in public if p.owner == ALICE] if nsid == BOB else public)
        pool = [p for p in pool if p.owner != nsid]
        chosen = rng.sample(pool, min(count, len(pool)))
        store.faves[nsid] = {p.id: p.dateupload + rng.randint(3600, 86400 * 200) for p in chosen}
    store.faves.setdefault(DELETED, {})
    first = store.notable.get("alice_public_photo")
    if first:
        photo = store.photos[first]
        photo.comments = [
            Comment(f"10000001-{first}-{store.new_seq()}", BOB, "Beautiful shot!",
                    photo.dateupload + 600, first),
            Comment(f"10000001-{first}-{store.new_seq()}", JURGEN, "Wunderschön, Grüße!",
                    photo.dateupload + 1200, first),
        ]
        photo.notes = [Note(store.new_seq(), ALICE, 316, 10, 59, 50, "The top")]
        photo.people = [{"nsid": BOB, "added_by": ALICE, "x": "10", "y": "20", "w": "100",
                         "h": "120"}]
        store.faves[BOB][first] = photo.dateupload + 3600
        store.faves[JURGEN][first] = photo.dateupload + 7200


def _add_groups(store: Store) -> None:
    rng = store.rng
    people = _people(store)
    public = [p for p in store.photos.values() if p.ispublic]
    alice_public = [p for p in public if p.owner == ALICE]
    for index, (nsid, name, privacy, alias) in enumerate(_GROUPS):
        group = Group(nsid, name, f"The {name} group. <b>Be nice</b>.", privacy, path_alias=alias,
                      lang="de-de" if "Jürgen" in name else "en-us", eighteenplus=0,
                      ispoolmoderated=int(index == 6),
                      rules="1. Only your own photos." if index in (0, 4) else "",
                      datecreate=1200000000 + index * 1000000)
        for member in rng.sample(people, rng.randint(5, len(people) - 2)):
            group.members[member] = 2
        group.members.pop(ALICE, None)
        if index < 4:
            group.members[ALICE] = 4 if index == 0 else 2
        if index == 5:
            group.members[JURGEN] = 4
        if nsid not in ("50000008@N02",):
            group.members.setdefault(BOB, 3 if index == 1 else 2)
        size = 400 if index == 0 else rng.randint(20, 120)
        chosen = rng.sample(public, min(size, len(public)))
        if index == 0:
            chosen += rng.sample(alice_public, min(150, len(alice_public)))
        for photo in chosen:
            if photo.owner in group.members or index == 0:
                group.pool[photo.id] = (photo.owner, photo.dateupload + rng.randint(60, 86400 * 30))
        for t in range(rng.randint(3, 8) if privacy == 3 else 1):
            author = rng.choice(list(group.members))
            created = 1500000000 + t * 86400 * 7 + rng.randint(0, 86400)
            topic = Topic(store.new_seq(), nsid, f"{rng.choice(_ADJ)} {rng.choice(_WORDS)}?",
                          author, f"What do you think about {rng.choice(_WORDS)}?", created,
                          is_sticky=int(t == 0))
            for r in range(rng.randint(0, 12)):
                topic.replies.append(Reply(store.new_seq(), rng.choice(list(group.members)),
                                           f"Reply {r + 1}: {rng.choice(_WORDS)}!",
                                           created + (r + 1) * 3600))
            group.topics.append(topic)
        store.groups[nsid] = group
    store.notable["group"] = _GROUPS[0][0]
    store.notable["private_group"] = _GROUPS[7][0]
    store.notable["topic"] = store.groups[_GROUPS[0][0]].topics[0].id


def _new_gallery(store: Store, owner: str, title: str, description: str,
                 photos: List[Photo]) -> Gallery:
    created = 1600000000 + store.rng.randint(0, 10_000_000)
    gallery = Gallery(f"{nsid_number(owner)}-{store.new_seq()}", owner, title, description,
                      photos[0].id if photos else "",
                      {p.id: ("Love this one" if k == 0 else "") for k, p in enumerate(photos)},
                      created, created + 86400, count_views=store.rng.randint(0, 300))
    store.galleries[gallery.id] = gallery
    return gallery


def _add_galleries(store: Store) -> None:
    rng = store.rng
    public = [p for p in store.photos.values() if p.ispublic]
    others = [p for p in public if p.owner != ALICE]
    store.notable["gallery"] = _new_gallery(
        store, ALICE, "Sunsets I love", "Other people's <b>sunsets</b>.",
        rng.sample(others, min(15, len(others)))).id
    bob = [p for p in others if p.owner == BOB]
    _new_gallery(store, ALICE, "Bob's best", "", bob[:10])
    alice = [p for p in public if p.owner == ALICE]
    _new_gallery(store, BOB, "Alice picks", "Chosen by Bob.", rng.sample(alice, min(8, len(alice))))


def _add_collections(store: Store) -> None:
    sets = store.users[ALICE].set_order
    travel = Collection(f"10000001-{store.new_seq()}", ALICE, "Travel", "Trips and holidays.",
                        1400000000, sets[1:3])
    everything = Collection(f"10000001-{store.new_seq()}", ALICE, "All my photos", "Photos!",
                            1400000000, sets[:1], [travel])
    store.collections[everything.id] = everything
    store.notable["collection"] = everything.id
    store.notable["child_collection"] = travel.id


def _add_extras(store: Store) -> None:
    """Testimonials and location suggestions."""
    for author, subject, body, approved in (
            (BOB, ALICE, "Alice takes wonderful photos.", 1),
            (JURGEN, ALICE, "Sehr gute Fotografin!", 0),
            (ALICE, BOB, "Bob is a great friend.", 1)):
        testimonial_id = store.new_seq()
        store.testimonials[testimonial_id] = {
            "id": testimonial_id, "author": author, "subject": subject, "body": body,
            "approved": approved, "date_create": 1650000000}
    first = store.notable.get("alice_public_photo")
    if first:
        suggestion_id = store.new_seq()
        store.suggestions[suggestion_id] = {
            "id": suggestion_id, "photo_id": first, "suggested_by": BOB, "latitude": 48.8583,
            "longitude": 2.2945, "accuracy": 16, "woe_id": "", "place_id": "",
            "note": "It's the Eiffel Tower", "status_id": 0, "date_suggested": 1700000000}


def add_account(store: Store, username: str, photos: int, albums: int = 0) -> User:
    """A new account of ``photos`` plain photos (titles, dates, privacy; no tags, geo or
    comments) in ``albums`` albums, made quickly enough for 100,000 photos (a few seconds):
    for backups and other whole-account work. Album ``k`` holds every ``albums``-th photo from
    the ``k``-th; one photo in ten is in no album."""
    with store.lock:
        if store.find_user(username) is not None:
            raise ValueError(f"the emulator has a user called {username!r} already")
        nsid = f"{20000001 + sum(u.startswith('2') for u in store.users)}@N01"
        user = User(nsid, username, username.title(), joined=_START)
        store.users[nsid] = user
        rng = store.rng
        step = max(1, (DATASET_NOW - _START) // max(1, photos))
        made: List[Photo] = []
        for i in range(photos):
            posted = _START + i * step
            secret = f"{rng.getrandbits(40):010x}"
            width, height = _DIMS[i % len(_DIMS)]
            photo = Photo(
                id=store.new_photo_id(), owner=nsid, secret=secret, server="65535", farm=66,
                title=f"{_ADJ[i % len(_ADJ)]} {_WORDS[i % len(_WORDS)]} {i}", description="",
                ispublic=int(i % 7 != 0), isfriend=0, isfamily=0, license=0, dateupload=posted,
                datetaken=time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(posted - 3600)),
                width=width, height=height, originalsecret=f"{rng.getrandbits(40):010x}",
                lastupdate=posted + 60,
            )
            store.photos[photo.id] = photo
            made.append(photo)
        in_albums = [p for n, p in enumerate(made) if n % 10 != 9]
        for k in range(min(albums, len(in_albums))):
            _new_set(store, nsid, f"Album {k + 1}", "", in_albums[k::albums])
        return user
