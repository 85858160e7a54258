"""The emulator's state: every record, the lookups and rules the handlers share, and writes.

The records are :mod:`flickr_api.testing._records`; the data set that fills a new store is
:mod:`flickr_api.testing._dataset`; image bytes are :mod:`flickr_api.testing._media`.
"""

from __future__ import annotations

import os
import random
import threading
import time
from typing import Dict, Iterator, List, Optional, Tuple

from flickr_api.testing._records import (
    Collection,
    Contact,
    Gallery,
    Group,
    Photo,
    Photoset,
    Place,
    Tag,
    User,
    clean_tag,
    nsid_number,
    parse_tags,
)

__all__ = ["Store"]


class Store:
    """The emulated Flickr state, empty until :func:`~flickr_api.testing._dataset.seeded_store`
    fills it (deterministically for a seed).

    The locking rule: :attr:`lock` guards everything here, and the code that serves a request
    takes it once, for as long as that request reads or writes the store: the REST route around
    the method's handler, the upload route around recording the upload, the media lookups around
    finding the photo. Handlers and the methods below never take it; they run with it held.
    """

    def __init__(self, seed: int = 0, base_url: str = "", image_scale: float = 1.0) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.base_url = base_url
        self.image_scale = image_scale
        self.rng = random.Random(seed)
        self.users: Dict[str, User] = {}
        self.default_user_nsid = ""
        self.photos: Dict[str, Photo] = {}
        self.photosets: Dict[str, Photoset] = {}
        self.groups: Dict[str, Group] = {}
        self.galleries: Dict[str, Gallery] = {}
        self.collections: Dict[str, Collection] = {}
        self.places: Dict[str, Place] = {}  # by place_id
        self.faves: Dict[str, Dict[str, int]] = {}  # user nsid -> photo id -> date faved
        self.testimonials: Dict[str, Dict[str, object]] = {}
        self.suggestions: Dict[str, Dict[str, object]] = {}
        self.tickets: Dict[str, Dict[str, object]] = {}
        self.legacy_tokens: Dict[str, Tuple[str, str]] = {}  # frob/token -> (nsid, perms)
        self.notable: Dict[str, str] = {}  # names of noteworthy objects -> their ids
        self._next_photo_id = 53000000000
        self._next_seq = 72157720000000000

    # ---------------------------------------------------------------- ids and time

    def new_photo_id(self) -> str:
        self._next_photo_id += self.rng.randint(1, 97)
        return str(self._next_photo_id)

    def new_seq(self) -> str:
        """A fresh 721577... id (photosets, comments, topics, notes, galleries...)."""
        self._next_seq += self.rng.randint(1, 9999)
        return str(self._next_seq)

    def new_secret(self) -> str:
        return f"{self.rng.getrandbits(40):010x}"

    @staticmethod
    def now() -> int:
        return int(time.time())

    # ---------------------------------------------------------------- lookups

    def find_user(self, name_or_nsid: str) -> Optional[User]:
        """A user by NSID, username (any case) or path alias."""
        user = self.users.get(name_or_nsid)
        if user is not None:
            return user
        wanted = name_or_nsid.casefold()
        for user in self.users.values():
            if user.username.casefold() == wanted or (
                    user.path_alias and user.path_alias == name_or_nsid):
                return user
        return None

    def is_contact(self, owner: str, viewer: Optional[str]) -> Optional[Contact]:
        """The owner's contact entry for the viewer, if the owner lists them."""
        if viewer is None:
            return None
        user = self.users.get(owner)
        return user.contacts.get(viewer) if user else None

    def can_see(self, photo: Photo, viewer: Optional[str]) -> bool:
        """Flickr's privacy rule: owner, public, or a friend/family contact of the owner."""
        if photo.ispublic or photo.owner == viewer:
            return True
        contact = self.is_contact(photo.owner, viewer)
        if contact is None:
            return False
        return bool((photo.isfriend and contact.friend) or (photo.isfamily and contact.family))

    def can_add_meta(self, photo: Photo, viewer: Optional[str]) -> bool:
        """perm_addmeta: 0 owner only, 1 friends & family, 2 contacts, 3 everybody."""
        if viewer is None:
            return False
        if photo.owner == viewer:
            return True
        contact = self.is_contact(photo.owner, viewer)
        level = photo.perm_addmeta
        return level >= 3 or (contact is not None and (
            level == 2 or (level == 1 and bool(contact.friend or contact.family))))

    def can_see_original(self, photo: Photo, viewer: Optional[str]) -> bool:
        return photo.owner == viewer or bool(self.users[photo.owner].candownload)

    def photos_of(self, owner: str, viewer: Optional[str]) -> List[Photo]:
        """The owner's photos the viewer may see, newest upload first."""
        found = [p for p in self.photos.values() if p.owner == owner and self.can_see(p, viewer)]
        found.sort(key=lambda p: (p.dateupload, int(p.id)), reverse=True)
        return found

    def visible(self, viewer: Optional[str]) -> Iterator[Photo]:
        for photo in self.photos.values():
            if self.can_see(photo, viewer):
                yield photo

    def photo_sets(self, photo_id: str) -> List[Photoset]:
        return [s for s in self.photosets.values() if photo_id in s.photos]

    def delete_photo(self, photo_id: str) -> None:
        """Remove a photo and every reference to it."""
        self.photos.pop(photo_id, None)
        for photoset in list(self.photosets.values()):
            if photo_id in photoset.photos:
                photoset.photos.remove(photo_id)
                if not photoset.photos:
                    self.delete_photoset(photoset.id)
                elif photoset.primary == photo_id:
                    photoset.primary = photoset.photos[0]
        for group in self.groups.values():
            group.pool.pop(photo_id, None)
        for gallery in self.galleries.values():
            gallery.photos.pop(photo_id, None)
        for faves in self.faves.values():
            faves.pop(photo_id, None)

    def delete_photoset(self, photoset_id: str) -> None:
        photoset = self.photosets.pop(photoset_id)
        owner = self.users[photoset.owner]
        if photoset_id in owner.set_order:
            owner.set_order.remove(photoset_id)
        for collection in self.all_collections():
            if photoset_id in collection.sets:
                collection.sets.remove(photoset_id)

    def all_collections(self) -> Iterator[Collection]:
        stack = list(self.collections.values())
        while stack:
            collection = stack.pop()
            yield collection
            stack.extend(collection.children)

    def add_tags(self, photo: Photo, author: str, raws: List[str]) -> None:
        have = {t.clean for t in photo.tags}
        for raw in raws:
            if clean_tag(raw) and clean_tag(raw) not in have:
                have.add(clean_tag(raw))
                tag_id = f"{nsid_number(author)}-{photo.id}-{self.new_seq()[-8:]}"
                photo.tags.append(Tag(tag_id, author, raw))
        photo.lastupdate = self.now()

    # ---------------------------------------------------------------- uploads

    def add_upload(self, owner_nsid: str, fields: Dict[str, str], filename: str, path: str,
                   dimensions: Optional[Tuple[int, int]]) -> Photo:
        """Create a photo from an uploaded file (already saved at ``path``)."""
        owner = self.users[owner_nsid]
        base, _, ext = os.path.basename(filename).rpartition(".")
        if not base:
            base, ext = ext, ""
        ext = ext.lower()
        now = self.now()
        is_video = ext in ("mp4", "mov", "avi", "mpg", "mpeg", "m4v", "3gp", "wmv")
        prefs = owner.prefs
        width, height = dimensions or ((1280, 720) if is_video else (4000, 3000))
        photo = Photo(
            id=self.new_photo_id(), owner=owner_nsid, secret=self.new_secret(),
            server="65535", farm=66,
            title=fields.get("title") or base,
            description=fields.get("description", ""),
            ispublic=_flag(fields, "is_public", prefs.get("is_public", 1)),
            isfriend=_flag(fields, "is_friend", prefs.get("is_friend", 0)),
            isfamily=_flag(fields, "is_family", prefs.get("is_family", 0)),
            license=0, dateupload=now,
            datetaken=time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now)),
            width=width, height=height,
            originalsecret=self.new_secret(),
            originalformat="jpg" if ext in ("jpeg", "", "jpe") else ext,
            media="video" if is_video else "photo", lastupdate=now,
            safety_level=_choice(fields, "safety_level", (1, 2, 3),
                                 prefs.get("safety_level", 1)) - 1,
            content_type=_choice(fields, "content_type", (1, 2, 3),
                                 prefs.get("content_type", 1)),
            hidden=_choice(fields, "hidden", (1, 2), prefs.get("hidden", 1)),
            takenunknown=1, original_path=path,
            duration=12 if is_video else 0,
        )
        self.photos[photo.id] = photo
        self.add_tags(photo, owner_nsid, parse_tags(fields.get("tags", "")))
        photo.lastupdate = now
        return photo

    def replace_photo(self, photo: Photo, filename: str, path: str,
                      dimensions: Optional[Tuple[int, int]]) -> None:
        """Replace a photo's file: new secrets, the new file becomes the original."""
        ext = os.path.basename(filename).rpartition(".")[2].lower()
        photo.secret = self.new_secret()
        photo.originalsecret = self.new_secret()
        photo.originalformat = "jpg" if ext in ("jpeg", "jpe", "") else ext
        photo.original_path = path
        photo.width, photo.height = dimensions or (photo.width, photo.height)
        photo.lastupdate = self.now()


def _flag(fields: Dict[str, str], name: str, default: int) -> int:
    value = fields.get(name, "").strip()
    return int(value == "1") if value in ("0", "1") else default


def _choice(fields: Dict[str, str], name: str, allowed: Tuple[int, ...], default: int) -> int:
    value = fields.get(name, "").strip()
    return int(value) if value.isdigit() and int(value) in allowed else default
