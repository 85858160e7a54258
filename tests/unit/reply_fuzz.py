"""Fuzzing the object layer and the transfers with replies mutated from real Flickr captures.

A *case* takes one scenario (an object accessor, a listing, a walker, a download...), serves it
replies mutated from the captures in ``tests/fixtures/flickr-replies`` through an in-process
fake transport (no sockets), and reads everything the scenario's result offers. Its outcome is
"ok", a ``FlickrError`` subclass name, or a crash: any other exception, or a walker that does
not stop. Both the hypothesis test of the default suite and the long campaign
(``test_objects_fuzz.py``) run cases through :func:`run_case`.
"""

from __future__ import annotations

import contextlib
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Optional, Union
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

import flickr_api
from flickr_api import AuthHandler, Client, RetryConfig
from flickr_api._transport import HTTPRequest, MockTransport, Reply
from flickr_api.errors import FlickrError
from flickr_api.objects import Photo, Walker
from flickr_api.transfer import check_tickets, download_photo, download_photos, wait_for_tickets

CAPTURES = Path(__file__).parent.parent / "fixtures" / "flickr-replies"
#: A walker asking for more pages than this is taken as one that never stops.
MAX_REQUESTS = 60


def _xml_to_json(element: Any) -> Any:
    """An XML capture in the shape of Flickr's JSON format (attributes as keys, children of
    one name as a list, text as ``_content``)."""
    node: dict[str, Any] = dict(element.attrib)
    for child in element:
        node.setdefault(child.tag, []).append(_xml_to_json(child))
    if element.text and element.text.strip():
        node["_content"] = element.text.strip()
    return node


def _load(name: str) -> Any:
    path = CAPTURES / name
    if path.suffix == ".xml":
        root = etree.fromstring(path.read_bytes())
        reply = {child.tag: _xml_to_json(child) for child in root}
        reply["stat"] = root.get("stat")
        return reply
    return json.loads(path.read_text(encoding="utf-8"))


REPLIES: dict[str, Any] = {
    "getSizes": _load("flickr.photos.getSizes.json"),
    "getSizes.video": _load("flickr.photos.getSizes.video.xml"),
    "getInfo": _load("flickr.photos.getInfo.json"),
    "search": _load("flickr.photos.search.json"),
    "checkTickets": _load("flickr.photos.upload.checkTickets.json"),
    "photoset.getInfo": _load("flickr.photosets.getInfo.json"),
    "photoset.getList": _load("flickr.photosets.getList.json"),
    "photoset.getPhotos": _load("flickr.photosets.getPhotos.json"),
    "person.getInfo": _load("flickr.people.getInfo.json"),
    "findByUsername": _load("flickr.people.findByUsername.json"),
    "login": _load("flickr.test.login.json"),
}

# -- mutations -----------------------------------------------------------------------------
_STRINGS = ["", "0", "-1", "1e999", "nan", "../../x", "..", "/etc/passwd", "a/b\\c", "\ud800",
            "\x00", "é" * 3, "9" * 40, " ", "photo", "video", "Original", "https://evil.test/x.exe",
            "http://live.staticflickr.com/1/2_3.jpg", "javascript:x", "C:\\x", "CON", "{}", "[]"]
_NUMBERS = [0, -1, 1, 2, 10**30, -(10**30), 1e308, -1e308, 0.5, 3, 500, 2**63]


def _scalar(rng: random.Random) -> Any:
    kind = rng.randrange(6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice(_NUMBERS)
    if kind == 3:
        return rng.choice(_STRINGS)
    if kind == 4:
        return "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(8)))
    return rng.choice([float("inf"), float("-inf"), float("nan")])


def _value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(4) if depth < 2 else 0
    if kind <= 1:
        return _scalar(rng)
    if kind == 2:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    keys = ["_content", "id", "photo", "size", "label", "source", "page", "pages", "x"]
    return {rng.choice(keys): _value(rng, depth + 1) for _ in range(rng.randrange(3))}


def _nodes(tree: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) pair of ``tree``."""
    if isinstance(tree, dict):
        for key in list(tree):
            out.append((tree, key))
            _nodes(tree[key], out)
    elif isinstance(tree, list):
        for index in range(len(tree)):
            out.append((tree, index))
            _nodes(tree[index], out)
    return out


def mutate(reply: Any, rng: random.Random, count: Optional[int] = None) -> Any:
    """A copy of ``reply`` with ``count`` (1-4) random changes: a value replaced by another
    type or a hostile string, deleted, wrapped in a list, unwrapped, or repeated."""
    tree = json.loads(json.dumps(reply))
    nodes = _nodes(tree, [])  # once: a change inside a replaced part is harmless
    for _ in range(count if count is not None else rng.randrange(1, 5)):
        if not nodes:
            break
        parent, key = rng.choice(nodes)
        if (isinstance(parent, dict) and key not in parent) or (
                isinstance(parent, list) and key >= len(parent)):
            continue
        old = parent[key]
        action = rng.randrange(7)
        if action == 0 and isinstance(parent, dict) and key != "stat":
            del parent[key]
        elif action == 1:
            parent[key] = [old]
        elif action == 2 and isinstance(old, list) and old:
            parent[key] = old[0]
        elif action == 3 and isinstance(old, list):
            parent[key] = old + old
        elif action == 4:
            parent[key] = _value(rng)
        elif key != "stat":
            parent[key] = _scalar(rng)
    if isinstance(tree, dict):
        tree["stat"] = "ok"  # a reply the parser accepts: the objects must cope with it
    return tree


# -- the fake transport ----------------------------------------------------------------------
class TooManyRequests(Exception):
    """A scenario asked for more replies than any sane reading needs."""


class FakeTransport(MockTransport):
    """Answers API calls with ``replies(method)`` and downloads with ``media(url)``."""

    def __init__(self, replies: Callable[[str], Any], media: Callable[[str], Reply]) -> None:
        super().__init__(self._answer_for)
        self.replies = replies
        self.media = media
        #: (url, headers) of every download request.
        self.streams: list[tuple[str, Mapping[str, str]]] = []

    def _answer_for(self, request: HTTPRequest) -> Reply:
        if len(self.requests) > MAX_REQUESTS:
            raise TooManyRequests(f"{len(self.requests)} requests, the last to {request.url}")
        if "/services/" not in request.url:
            return self.media(request.url)
        sent = urlsplit(request.url).query
        if isinstance(request.body, bytes):
            sent += "&" + request.body.decode()
        method = dict(parse_qsl(sent)).get("method", "")
        body = json.dumps(self.replies(method)).encode("utf-8", "surrogatepass")
        return Reply(200, {"Content-Type": "application/json"}, body)

    @contextlib.contextmanager
    def stream(self, request: HTTPRequest, deadline: Any) -> Iterator[Any]:
        self.streams.append((request.url, request.headers))
        with super().stream(request, deadline) as reply:
            yield reply


_CLIENTS: dict[tuple[bool, bool], Client] = {}
#: The base URL of clients that have one (the fake transport answers for any host).
BASE_URL = "http://127.0.0.1:9"


def fake_client(transport: FakeTransport, signed: bool = False, based: bool = False) -> Client:
    """A client (one per process and kind: binding classes is not what is fuzzed) whose
    requests go to ``transport``; ``signed`` ones hold a user token (OAuth-signed calls),
    ``based`` ones have :data:`BASE_URL` as base URL (Flickr's URLs are rewritten to it)."""
    client = _CLIENTS.get((signed, based))
    if client is None:
        token = AuthHandler.create("token", "token-secret") if signed else None
        client = _CLIENTS[signed, based] = Client(
            "key", "secret", rate_limit=None, retry=RetryConfig(max_retries=0),
            auth_handler=token, base_url=BASE_URL if based else None)
    client._transport = transport
    return client


JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4


def _image(url: str) -> Reply:
    return Reply(200, {"Content-Type": "image/jpeg", "Content-Length": str(len(JPEG))}, JPEG)


# -- reading everything a result offers --------------------------------------------------------
_PHOTO_FIELDS = ("title", "description", "owner", "tags", "notes", "urls", "location", "views",
                 "secret", "server", "farm", "media", "posted", "taken", "ispublic", "license",
                 "comments", "latitude", "longitude", "safety_level", "rotation")


def touch(obj: Any, depth: int = 0) -> None:
    """Read what a caller would: repr, every field, nested objects and lists."""
    repr(obj)
    if depth > 1:
        return
    if isinstance(obj, list):
        for item in obj[:3]:
            touch(item, depth + 1)
        repr(getattr(obj, "info", None))
        return
    if isinstance(obj, dict):
        for value in list(obj.values())[:10]:
            touch(value, depth + 1)
        return
    if not isinstance(obj, flickr_api.objects.FlickrObject):
        str(obj)
        return
    hash(obj)
    names = obj.keys()  # objects are not iterable
    for name in names:
        touch(obj.get(name), depth + 1)


def _photo_reads(photo: Photo) -> None:
    touch(photo)
    for name in _PHOTO_FIELDS:
        touch(photo.get(name))
    photo.posted_datetime, photo.taken_datetime, photo.lastupdate_datetime  # noqa: B018
    photo.getNotes()
    photo.shortUrl  # noqa: B018
    photo.getPageUrl()
    photo.getPhotoFile()
    photo.getPhotoUrl("Medium")
    photo.getSizes()


# -- scenarios -------------------------------------------------------------------------------
Scenario = Callable[[random.Random, Path], None]


def _signed(rng: random.Random) -> bool:
    """Whether a case's calls are OAuth-signed (one in four: signing is slow, and what it
    adds is that reply values reach the signature base string)."""
    return rng.random() < 0.25


def _serve(rng: random.Random, mutated: Mapping[str, str], signed: bool = False,
           media: Callable[[str], Reply] = _image) -> tuple[Client, FakeTransport]:
    """A client whose API calls get the capture named for their method, mutated when the
    method is in ``mutated``; every other call gets ``flickr.test.login``'s reply."""

    def reply(method: str) -> Any:
        name = mutated.get(method)
        if name is not None:
            return mutate(REPLIES[name], rng)
        return REPLIES["login"]

    transport = FakeTransport(reply, media)
    return fake_client(transport, signed, based=rng.random() < 0.5), transport


def photo_get_info(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photos.getInfo": "getInfo"}, signed=_signed(rng))
    photo = client.objects.Photo(id="6946979188")
    photo.getInfo()
    _photo_reads(photo)
    photo.getExif()  # a signed call naming the photo by the id the reply gave


def photo_get_sizes(rng: random.Random, folder: Path) -> None:
    name = rng.choice(["getSizes", "getSizes.video"])
    client, _ = _serve(rng, {"flickr.photos.getSizes": name, "flickr.photos.getInfo": "getInfo"})
    photo = client.objects.Photo(id="6946979188")
    touch(photo.getSizes())
    photo.getPhotoFile()
    photo.getPhotoFile("Medium")
    photo.getPhotoUrl()


def photo_search(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photos.search": "search",
                             "flickr.photos.getInfo": "getInfo"}, signed=_signed(rng))
    found = client.objects.Photo.search(text="x")
    touch(found)
    for photo in found[:2]:
        photo.getPhotoFile("Medium")
    if found:
        found[-1].getInfo()  # a call reusing an id of the listing


def photoset_get_photos(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photosets.getPhotos": "photoset.getPhotos",
                             "flickr.photosets.getInfo": "photoset.getInfo"})
    photoset = client.objects.Photoset(id="72157629851991663", owner="67131352@N04")
    photos = photoset.getPhotos()
    touch(photos)
    touch(photoset.getInfo())
    for photo in photos[:2]:
        touch(photo.owner if "owner" in photo else None)


def person_lists(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photosets.getList": "photoset.getList",
                             "flickr.people.getInfo": "person.getInfo",
                             "flickr.people.findByUsername": "findByUsername"})
    person = client.objects.Person.findByUserName("janko")
    if person is None:
        return  # Flickr's "no such user" (id 0)
    touch(person)
    touch(person.getInfo())
    sets = person.getPhotosets()
    touch(sets)
    for photoset in sets[:2]:
        photoset.getInfo()


def walk(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photos.search": "search"})
    walker = Walker(client.objects.Photo.search, text="x", prefetch=rng.choice([0, 0, 2]))
    for photo in walker:
        repr(photo)
    walker[3:8]


def tickets(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photos.upload.checkTickets": "checkTickets"})
    ids = ["67099213-72157629966030528", "1-2"]
    for ticket in check_tickets(ids, client):
        repr(ticket), ticket.done, ticket.failed
    wait_for_tickets(ids[:1], timeout=0, client=client)
    touch(client.objects.Photo.checkUploadTickets(ids))


def download(rng: random.Random, folder: Path) -> None:
    name = rng.choice(["getSizes", "getSizes.video"])
    client, _ = _serve(rng, {"flickr.photos.getSizes": name}, signed=_signed(rng))
    photo = client.objects.Photo(id="6946979188")
    download_photo(photo, folder / "photo", size_label=rng.choice([None, "Medium", "o"]))


def download_batch(rng: random.Random, folder: Path) -> None:
    client, _ = _serve(rng, {"flickr.photosets.getPhotos": "photoset.getPhotos",
                             "flickr.photos.getSizes": "getSizes"})
    photos = client.objects.Photoset(id="72157629851991663", owner="67131352@N04").getPhotos()
    summary = download_photos(photos[:4], folder, workers=1, client=client)
    str(summary)
    for path in summary.downloaded + summary.skipped:
        assert folder.resolve() in path.resolve().parents, path


SCENARIOS: dict[str, Scenario] = {
    "Photo.getInfo": photo_get_info,
    "Photo.getSizes": photo_get_sizes,
    "Photo.search": photo_search,
    "Photoset.getPhotos": photoset_get_photos,
    "Person lists": person_lists,
    "Walker": walk,
    "tickets": tickets,
    "download_photo": download,
    "download_photos": download_batch,
}


@dataclass
class Crash:
    scenario: str
    seed: int
    error: BaseException

    @property
    def site(self) -> str:
        """Where it was raised (the innermost frame of the library) and its type."""
        tb, where = self.error.__traceback__, "?"
        while tb is not None:
            code = tb.tb_frame.f_code
            if "flickr_api" in code.co_filename and "/tests/" not in code.co_filename:
                where = f"{Path(code.co_filename).name}:{tb.tb_lineno} {code.co_name}"
            tb = tb.tb_next
        return f"{type(self.error).__name__} at {where}"


def run_case(scenario: str, seed: int, folder: Path) -> Union[str, Crash]:
    """Run one case: "ok", the name of the FlickrError class it ended with, or a Crash."""
    rng = random.Random(seed)
    try:
        SCENARIOS[scenario](rng, folder)
    except FlickrError as exc:
        return type(exc).__name__
    except Exception as exc:  # any other exception is what the fuzzer looks for
        return Crash(scenario, seed, exc)
    return "ok"
