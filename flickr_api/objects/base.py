"""What every Flickr object shares: identity, fields loaded once, and network-free manners.

An object is its class and its id: ``repr``, ``==``, ``hash``, pickling and copying never
touch the network. Its fields are what Flickr returned, read as attributes (``photo.title``),
items (``photo["title"]``) or with ``photo.get("title", default)``, converted by
:mod:`flickr_api.objects.fields` on first read. Reading a field the object does not have yet
loads the object once (``getInfo``) when that field is one the loader provides; any other
name fails at once with a suggestion, without a request.

Every object remembers the client that made it, so objects of two accounts never mix
credentials; an unpickled object (the client is never pickled) uses the default client.
"""

from __future__ import annotations

import copy
import difflib
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator, Mapping, Optional

from flickr_api import _default
from flickr_api.errors import FlickrError, FlickrReplyError, NotLoadedError
from flickr_api.objects.fields import READ_ERRORS, convert, describe

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["FlickrObject", "as_list", "object_class", "objects_of", "registered_classes"]

_REGISTRY: dict[str, type[FlickrObject]] = {}
_MISSING: Any = object()
_REPR_WIDTH = 40

#: A field converter of one class: (object, raw value) -> value.
FieldConverter = Callable[["FlickrObject", Any], Any]


def object_class(name: str) -> type[FlickrObject]:
    """A registered class by its qualified name (``"Photo"``, ``"Photo.Comment"``)."""
    return _REGISTRY[name]


def registered_classes() -> Mapping[str, type[FlickrObject]]:
    return _REGISTRY


def as_list(value: Any) -> list[Any]:
    """A reply list: None is empty, a single item (XML-style) a list of one."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def objects_of(class_name: str, key: Optional[str] = None,
               parent: Optional[str] = None) -> FieldConverter:
    """A converter building a list of ``class_name`` objects from a reply list (or from the
    list under ``key`` of a reply element); ``parent`` names the field that receives the
    object holding the list."""

    def convert(obj: FlickrObject, raw: Any) -> Any:
        if key is not None:
            if not isinstance(raw, dict):
                return raw
            raw = raw.get(key)
        cls = object_class(class_name)
        result = []
        for item in as_list(raw):
            if not isinstance(item, FlickrObject):
                data = item if isinstance(item, dict) else {cls._text_field: item}
                item = cls._build(obj._client, {**data, parent: obj} if parent else data)
            result.append(item)
        return result

    return convert


class _ObjectType(type):
    """Gives every object class empty ``__slots__`` (objects hold only their fields)."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                **kwargs: Any) -> _ObjectType:
        namespace.setdefault("__slots__", ())
        return super().__new__(mcls, name, bases, namespace, **kwargs)


class FlickrObject(metaclass=_ObjectType):
    """Base class of the Flickr objects (Photo, Person, Photoset, ...)."""

    # Weak references: what an object leads to (its listing page, its owner) refers back to
    # it weakly, so objects never form cycles that only a full garbage collection frees.
    __slots__ = ("__weakref__", "_client", "_fields", "_loaded")

    #: Arguments that carry the object's identity in calls: argument name -> field name.
    _id_args: ClassVar[Mapping[str, str]] = {}
    #: Fields shown by repr().
    _display: ClassVar[tuple[str, ...]] = ("id",)
    #: Name of the method that loads all fields (None: the object cannot be loaded).
    _loader: ClassVar[Optional[str]] = None
    #: Fields the loader provides: reading one of them on an unloaded object loads it.
    _known: ClassVar[frozenset[str]] = frozenset()
    #: Other names under which Flickr sends the same value (``posted`` / ``dateupload``).
    _aliases: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    #: Reply keys copied to our field names when an object is built (``nsid`` -> ``id``).
    _renames: ClassVar[Mapping[str, str]] = {}
    #: Field name for a reply that is only text (``<panda>ling ling</panda>``).
    _text_field: ClassVar[str] = "text"
    #: Per-class converters (e.g. ``owner`` -> Person); others follow the field-name rules.
    _converters: ClassVar[Mapping[str, FieldConverter]] = {}
    #: The client of classes bound with :func:`flickr_api.objects.bind` (a weak reference, so
    #: a client's cached bound classes never keep it alive).
    _bound_client: ClassVar[Optional[Callable[[], Optional[Client]]]] = None
    #: The public class (itself, or the class a bound class derives from).
    _base: ClassVar[type[FlickrObject]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_bound_client" not in cls.__dict__:
            cls._base = cls
            _REGISTRY[cls.__qualname__] = cls

    def __init__(self, id: Any = None, client: Optional[Client] = None, **fields: Any) -> None:
        if id is not None:
            fields["id"] = id
        self._fields = self._prepare(fields)
        self._client = client if client is not None else type(self)._bound()
        self._loaded = False

    # -- building ---------------------------------------------------------------------
    @classmethod
    def _build(cls, client: Optional[Client], data: Any) -> FlickrObject:
        """An object from a reply fragment, without copying it."""
        if not isinstance(data, dict):
            data = {cls._text_field: data}
        ident = data.get("id")
        if ident is not None and not _usable_id(ident):
            raise FlickrReplyError(None, f"a {cls._base.__qualname__} has the id {describe(ident)}")
        obj = cls.__new__(cls)
        obj._fields = cls._prepare(cls._from_flickr(data))
        obj._client = client
        obj._loaded = False
        return obj

    @classmethod
    def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
        """Reshape a reply fragment into fields (in place); classes add their own steps."""
        if "_content" in data:
            data[cls._text_field] = data.pop("_content")
        for source, target in cls._renames.items():
            if source in data and target not in data:
                data[target] = data[source]
        return data

    @classmethod
    def _from_flickr(cls, data: dict[str, Any]) -> dict[str, Any]:
        """Reply values Flickr writes otherwise than our interface (in place; none here)."""
        return data

    def _default_field(self, name: str) -> Any:
        """A value for a missing field that a call needs (None: none; classes may know one)."""
        return None

    def _merge(self, data: dict[str, Any]) -> None:
        self._fields.update(self._prepare(self._from_flickr(data)))

    # -- the client -----------------------------------------------------------------------
    @property
    def client(self) -> Client:
        """The client this object's calls go through."""
        return self._client if self._client is not None else self._class_client()

    @classmethod
    def _bound(cls) -> Optional[Client]:
        return cls._bound_client() if cls._bound_client is not None else None

    @classmethod
    def _class_client(cls) -> Client:
        if cls._bound_client is not None:
            client = cls._bound()
            if client is None:
                raise FlickrError(f"The client {cls.__qualname__} was bound to is gone: keep "
                                  "the Client while you use client.objects")
            return client
        return _default.default_client()

    # -- identity ---------------------------------------------------------------------------
    @property
    def id(self) -> Optional[str]:
        value = self._fields.get("id")
        return None if value is None else str(value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FlickrObject):
            return NotImplemented
        ident = self.id
        if ident is None:
            return self is other
        return other._base is self._base and other.id == ident

    def __hash__(self) -> int:
        ident = self.id
        return hash((self._base, ident)) if ident is not None else object.__hash__(self)

    def __repr__(self) -> str:
        shown = []
        for name in self._display:
            value = self._value(name) if name in self._fields else None
            if value is None or isinstance(value, (dict, list)):
                continue
            text = repr(value.id if isinstance(value, FlickrObject) else value)
            if len(text) > _REPR_WIDTH:
                text = text[: _REPR_WIDTH - 4] + "...'"
            shown.append(f"{name}={text}")
        return f"{self._base.__qualname__}({', '.join(shown)})"

    __str__ = __repr__

    # -- pickling and copying (never the client) ---------------------------------------------
    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (self._base, self._fields, self._loaded))

    def __copy__(self) -> FlickrObject:
        return self._clone(dict(self._fields))

    def __deepcopy__(self, memo: dict[int, Any]) -> FlickrObject:
        obj = memo[id(self)] = self._clone({})  # fields may point back here (tag.photo)
        obj._fields = copy.deepcopy(self._fields, memo)
        return obj

    def _clone(self, fields: dict[str, Any]) -> FlickrObject:
        obj = self._base.__new__(self._base)
        obj._fields, obj._client, obj._loaded = fields, self._client, self._loaded
        return obj

    # -- fields ---------------------------------------------------------------------------------
    def _value(self, name: str) -> Any:
        """The converted value of a field or of one of its aliases; _MISSING if absent."""
        fields = self._fields
        key = name
        if name not in fields:
            key = next((alias for alias in self._aliases.get(name, ()) if alias in fields), "")
            if not key:
                return _MISSING
        raw = fields[key]
        special = self._converters.get(key)
        try:
            value = special(self, raw) if special is not None else convert(key, raw)
        except READ_ERRORS as exc:
            owner = f"{self._base.__qualname__} {self.id}"
            raise FlickrReplyError(None, f"the {key!r} of {owner} is {describe(raw)} "
                                         f"({type(exc).__name__})") from None
        if value is not raw and isinstance(value, (FlickrObject, list, dict)):
            fields[key] = value
        return value

    def _lookup(self, name: str) -> Any:
        value = self._value(name)
        if value is _MISSING and not self._loaded:
            if self.client.is_async and (self._loads(name) or name in self._fetchable()):
                kind = self._base.__name__.lower()
                raise NotLoadedError(
                    f"{self._base.__qualname__}.{name} is not loaded: 'await {kind}.load()' "
                    f"first (the objects of an AsyncClient never fetch behind your back)")
            if self._from_listing(name):
                return self._value(name)  # the listing answered: absent means absent
            if self._loads(name):
                self.load()
                value = self._value(name)
        return value

    def _from_listing(self, name: str) -> bool:
        """Whether the listing the object came from answers for field ``name`` (after
        fetching it for the listing's page if needed); classes of listed objects say."""
        return False

    def _loads(self, name: str) -> bool:
        return self._loader is not None and (
            name in self._known or any(a in self._known for a in self._aliases.get(name, ())))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = self._lookup(name)
        if value is _MISSING:
            raise AttributeError(self._no_field(name))
        return value

    def __getitem__(self, name: str) -> Any:
        value = self._lookup(name) if isinstance(name, str) else _MISSING
        if value is _MISSING:
            raise KeyError(name)
        return value

    def get(self, name: str, default: Any = None) -> Any:
        """The field ``name``, or ``default`` when the object does not have it."""
        value = self._lookup(name)
        return default if value is _MISSING else value

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def keys(self) -> list[str]:
        """The names of the fields the object has now (no request)."""
        return list(self._fields)

    def __iter__(self) -> Iterator[str]:
        kind = self._base.__qualname__
        if callable(getattr(type(self), "getPhotos", None)):
            name = kind.lower()
            raise TypeError(
                f"{kind} objects are not iterable: for every photo of a {name}, use "
                f"Walker({name}.getPhotos) (pages of photos, fetched as you go); "
                f"{name}.getPhotos() is one page, {name}.keys() its fields")
        raise TypeError(f"{kind} objects are not iterable; .keys() lists the fields it has")

    def __dir__(self) -> list[str]:
        """The attributes, the fields the object has and those a read would fetch."""
        return sorted(set(super().__dir__()) | set(self._fields) | self._fetchable())

    def _fetchable(self) -> set[str]:
        """Fields a read would fetch (classes with more ways to fetch add theirs)."""
        return set(self._known) if self._loader is not None else set()

    def _no_field(self, name: str) -> str:
        kind = self._base.__qualname__
        choices = set(self._fields) | set(self._known) | {
            n for n in dir(type(self)) if not n.startswith("_")}
        close = difflib.get_close_matches(name, sorted(choices), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        loaded = " (loaded)" if self._loaded else ""
        return f"{kind!r} object{loaded} has no attribute {name!r}{hint}"

    # -- loading ----------------------------------------------------------------------------------
    def load(self) -> Any:
        """Fetch every field from Flickr now (``getInfo``), replacing what was there (with an
        :class:`~flickr_api.aio.AsyncClient`: ``await photo.load()``)."""
        if self._loader is None:
            raise AttributeError(f"{self._base.__qualname__} objects cannot be loaded")
        return getattr(self, self._loader)()

    def _mark_loaded(self, data: dict[str, Any]) -> None:
        self._merge(data)
        self._loaded = True

    @property
    def loaded(self) -> bool:
        """True once every field has been fetched."""
        return self._loaded


def _usable_id(ident: Any) -> bool:
    """True for an id Flickr could send and calls can carry: a number or a UTF-8 text."""
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return False
    if isinstance(ident, int):
        return True
    try:
        ident.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return bool(ident) and "\x00" not in ident


def _restore(cls: type[FlickrObject], fields: dict[str, Any], loaded: bool) -> FlickrObject:
    obj = cls.__new__(cls)
    obj._fields, obj._client, obj._loaded = fields, None, loaded
    return obj
