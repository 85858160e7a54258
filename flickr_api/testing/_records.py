"""The emulator's records: users, photos, sets, groups, places... and the rules of their fields.

Plain data classes and the facts about them (sizes, tag normalisation); the state that holds
them is :class:`~flickr_api.testing._store.Store`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, NamedTuple, Optional, Tuple

__all__ = [
    "DATASET_NOW",
    "SIZES",
    "Collection",
    "Comment",
    "Contact",
    "Gallery",
    "Geo",
    "Group",
    "Note",
    "Photo",
    "Photoset",
    "Place",
    "Reply",
    "SizeSpec",
    "Tag",
    "Topic",
    "User",
    "clean_tag",
    "is_machine_tag",
    "nsid_number",
    "parse_tags",
]

#: The dataset's "now" (2025-01-01 00:00:00 UTC); generated dates lie before it.
DATASET_NOW = 1735689600


class SizeSpec(NamedTuple):
    """One image size: file suffix, getSizes label, longest edge, url_* / sizes-page code."""

    suffix: str
    label: str
    edge: int  # 0 for the original
    code: str

    @property
    def square(self) -> bool:
        return self.code in ("sq", "q")

    @property
    def own_secret(self) -> bool:
        """True for sizes h and larger (each has its own secret)."""
        return self.edge >= 1600 or self.code == "f"


SIZES: Tuple[SizeSpec, ...] = (
    SizeSpec("s", "Square", 75, "sq"),
    SizeSpec("q", "Large Square", 150, "q"),
    SizeSpec("t", "Thumbnail", 100, "t"),
    SizeSpec("m", "Small", 240, "s"),
    SizeSpec("n", "Small 320", 320, "n"),
    SizeSpec("w", "Small 400", 400, "w"),
    SizeSpec("", "Medium", 500, "m"),
    SizeSpec("z", "Medium 640", 640, "z"),
    SizeSpec("c", "Medium 800", 800, "c"),
    SizeSpec("b", "Large", 1024, "l"),
    SizeSpec("h", "Large 1600", 1600, "h"),
    SizeSpec("k", "Large 2048", 2048, "k"),
    SizeSpec("3k", "X-Large 3K", 3072, "3k"),
    SizeSpec("4k", "X-Large 4K", 4096, "4k"),
    SizeSpec("f", "X-Large 4K 2:1", 4096, "f"),
    SizeSpec("5k", "X-Large 5K", 5120, "5k"),
    SizeSpec("6k", "X-Large 6K", 6144, "6k"),
    SizeSpec("o", "Original", 0, "o"),
)


def clean_text(text: str) -> str:
    """Lower case, letters and digits only."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def clean_tag(raw: str) -> str:
    """Flickr's normalised tag: :func:`clean_text`; a machine tag keeps its lower-cased
    ``namespace:predicate=`` and cleans its value (2024 getInfo capture:
    ``dc:identifier=https://biodiversitylibrary.org/page/33665645`` is
    ``dc:identifier=httpsbiodiversitylibraryorgpage33665645``)."""
    if is_machine_tag(raw):
        head, _, value = raw.partition("=")
        return f"{head.lower()}={clean_text(value)}"
    return clean_text(raw)


_MACHINE_TAG = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*:[A-Za-z_][A-Za-z0-9_]*=.+$")
_TAG_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def is_machine_tag(raw: str) -> bool:
    return bool(_MACHINE_TAG.match(raw))


def parse_tags(text: str) -> List[str]:
    """Split a Flickr tags argument: space separated, "quoted multi word" tags."""
    result = []
    for quoted, bare in _TAG_TOKEN.findall(text):
        raw = (quoted or bare).strip()
        if raw and raw not in result:
            result.append(raw)
    return result


def nsid_number(nsid: str) -> str:
    return nsid.split("@", 1)[0]


@dataclass
class Contact:
    friend: int = 0
    family: int = 0
    ignored: int = 0
    date_added: int = 0


@dataclass
class User:
    """A Flickr account."""

    nsid: str
    username: str
    realname: str = ""
    path_alias: Optional[str] = None  # replies carry null (JSON) or "" (XML) without one
    location: str = ""
    description: str = ""
    email: str = ""
    ispro: int = 0
    iconserver: str = "0"
    iconfarm: int = 0
    deleted: bool = False
    joined: int = 0
    # label, offset, zone id and Flickr's own number for the zone (a capture shows 5 for
    # "Pacific Time (US & Canada); Tijuana"; the numbers of the other zones are made up)
    timezone: Tuple[str, str, str, str] = ("GMT: Dublin, Edinburgh, Lisbon, London", "+00:00",
                                           "Europe/London", "14")
    candownload: int = 1  # others may see originals and large sizes
    contacts: Dict[str, Contact] = field(default_factory=dict)
    prefs: Dict[str, int] = field(default_factory=dict)
    profile: Dict[str, str] = field(default_factory=dict)
    set_order: List[str] = field(default_factory=list)  # photoset ids, the user's order
    blogs: List[Dict[str, str]] = field(default_factory=list)
    subscriptions: List[Dict[str, str]] = field(default_factory=list)
    join_requests: List[str] = field(default_factory=list)  # group ids

    @property
    def url_name(self) -> str:
        """What www.flickr.com URLs use: the path alias, else the NSID."""
        return self.path_alias or self.nsid

    @property
    def has_stats(self) -> bool:
        return bool(self.ispro)


@dataclass
class Tag:
    id: str
    author: str
    raw: str

    @property
    def clean(self) -> str:
        return clean_tag(self.raw)

    @property
    def machine(self) -> int:
        return int(is_machine_tag(self.raw))


@dataclass
class Place:
    """A node of the places hierarchy (country > region > county > locality)."""

    place_id: str
    woeid: str
    name: str
    place_type: str
    latitude: float
    longitude: float
    parent: Optional[Place] = None
    timezone: str = "UTC"

    PLACE_TYPE_IDS = {"neighbourhood": 22, "locality": 7, "county": 9, "region": 8,
                      "country": 12, "continent": 29}

    @property
    def place_type_id(self) -> int:
        return self.PLACE_TYPE_IDS[self.place_type]

    def chain(self) -> List[Place]:
        """This place and its ancestors, innermost first."""
        result: List[Place] = []
        node: Optional[Place] = self
        while node is not None:
            result.append(node)
            node = node.parent
        return result

    @property
    def place_url(self) -> str:
        if self.place_type == "county":
            return "/" + self.place_id
        chain = reversed(self.chain())
        return "/" + "/".join(p.name.replace(" ", "+") for p in chain if p.place_type != "county")

    @property
    def full_name(self) -> str:
        seen: List[str] = []
        for p in self.chain():
            if p.name not in seen:
                seen.append(p.name)
        return ", ".join(seen)


@dataclass
class Geo:
    latitude: float
    longitude: float
    accuracy: int
    context: int
    place: Optional[Place]
    is_public: int = 1
    is_contact: int = 0
    is_friend: int = 0
    is_family: int = 0


@dataclass
class Comment:
    id: str
    author: str
    text: str
    datecreate: int
    target: str  # photo id or photoset id


@dataclass
class Note:
    id: str
    author: str
    x: int
    y: int
    w: int
    h: int
    text: str


@dataclass
class Photo:
    """A photo or video."""

    id: str
    owner: str
    secret: str
    server: str
    farm: int
    title: str
    description: str
    ispublic: int
    isfriend: int
    isfamily: int
    license: int
    dateupload: int
    datetaken: str
    width: int  # of the original
    height: int
    originalsecret: str
    originalformat: str = "jpg"
    media: str = "photo"
    views: int = 0
    safety_level: int = 0  # 0 safe, 1 moderate, 2 restricted (as in replies)
    content_type: int = 1
    hidden: int = 1  # 1 shown in public searches, 2 hidden
    rotation: int = 0
    takengranularity: int = 0
    takenunknown: int = 0
    lastupdate: int = 0
    camera: str = ""
    perm_comment: int = 3
    perm_addmeta: int = 2
    duration: int = 0  # seconds, videos only
    tags: List[Tag] = field(default_factory=list)
    geo: Optional[Geo] = None
    comments: List[Comment] = field(default_factory=list)
    notes: List[Note] = field(default_factory=list)
    people: List[Dict[str, str]] = field(default_factory=list)
    license_history: List[Tuple[int, int, int]] = field(default_factory=list)  # date, old, new
    original_path: Optional[str] = None  # uploaded file served as the original

    @property
    def long_edge(self) -> int:
        return max(self.width, self.height)

    def size_secret(self, spec: SizeSpec) -> str:
        """The secret in the URL of one size."""
        if spec.code == "o":
            return self.originalsecret
        if not spec.own_secret:
            return self.secret
        return hashlib.md5(f"{self.secret}/{spec.code}".encode()).hexdigest()[:10]

    def available_sizes(self, with_original: bool = True) -> Iterator[Tuple[SizeSpec, int, int]]:
        """The sizes Flickr made for this photo, with their width and height."""
        long_edge = self.long_edge
        previous = 0
        for spec in SIZES:
            if spec.code == "o":
                if with_original:
                    yield spec, self.width, self.height
                continue
            if spec.square:
                yield spec, spec.edge, spec.edge
                continue
            if spec.code == "f":
                if long_edge > 3072 and long_edge == 2 * min(self.width, self.height):
                    scale = min(spec.edge, long_edge) / long_edge
                    yield spec, round(self.width * scale), round(self.height * scale)
                continue
            if long_edge >= spec.edge or long_edge > previous:
                scale = min(spec.edge, long_edge) / long_edge
                yield spec, round(self.width * scale), round(self.height * scale)
            previous = spec.edge

    def tag_text(self, machine: Optional[bool] = None) -> str:
        """The clean tags, space separated: all, or only the machine tags or the others."""
        return " ".join(t.clean for t in self.tags if machine is None or bool(t.machine) == machine)


@dataclass
class Photoset:
    id: str
    owner: str
    title: str
    description: str
    primary: str
    photos: List[str]
    date_create: int
    date_update: int
    count_views: int = 0
    comments: List[Comment] = field(default_factory=list)


@dataclass
class Reply:
    id: str
    author: str
    message: str
    datecreate: int
    lastedit: int = 0


@dataclass
class Topic:
    id: str
    group_id: str
    subject: str
    author: str
    message: str
    datecreate: int
    replies: List[Reply] = field(default_factory=list)
    is_sticky: int = 0
    is_locked: int = 0


@dataclass
class Group:
    nsid: str
    name: str
    description: str
    privacy: int  # 1 private, 2 invite-only public, 3 public
    path_alias: str = ""
    lang: str = "en-us"
    eighteenplus: int = 0
    ispoolmoderated: int = 0
    rules: str = ""
    iconserver: str = "65535"
    iconfarm: int = 66
    datecreate: int = 0
    members: Dict[str, int] = field(default_factory=dict)  # nsid -> membertype (2, 3 mod, 4 admin)
    pool: Dict[str, Tuple[str, int]] = field(default_factory=dict)  # photo id -> (added by, date)
    topics: List[Topic] = field(default_factory=list)
    pending: List[str] = field(default_factory=list)  # photo ids awaiting pool moderation

    @property
    def invitation_only(self) -> int:
        return int(self.privacy == 2)


@dataclass
class Gallery:
    id: str
    owner: str
    title: str
    description: str
    primary: str
    photos: Dict[str, str]  # photo id -> comment
    date_create: int
    date_update: int
    count_views: int = 0

    @property
    def short_id(self) -> str:
        return self.id.split("-", 1)[1]


@dataclass
class Collection:
    id: str
    owner: str
    title: str
    description: str
    datecreate: int
    sets: List[str] = field(default_factory=list)
    children: List[Collection] = field(default_factory=list)


