"""Object methods declared as data: each class lists the Flickr methods it calls in its own
body, one row a method, and this module turns each row into a method::

    class Photo(FlickrObject):
        getInfo = inst("photos.getInfo", Fields("photo"), context={"secret": "secret"})
        search = photos("photos.search", static=True)
        setLicense = inst("photos.licenses.setLicense", args=("license_id",))
        setLicence = compat(setLicense)  # the spelling of 0.x releases

A row names the Flickr method (without ``flickr.``), what its reply becomes (a result shape of
:mod:`flickr_api.objects.shapes`), whether it is called on an object (whose identity arguments
are sent: ``photo_id=self.id``) or on the class (``static``), and its positional arguments.
``compat`` marks a name kept only for scripts written for 0.x releases.

Before anything is sent, the keyword arguments are checked against Flickr's catalog, after the
arguments the object fills itself: an unknown name stops with a suggestion, a missing required
one is named. ``photo=obj`` means ``photo_id=obj.id``; lists are comma-joined. Each method has
its real signature (``help()``, ``inspect.signature``, the type stubs).
"""

from __future__ import annotations

import inspect
from types import MethodType
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Optional

from flickr_api import _catalog
from flickr_api._convert import to_params
from flickr_api._validate import OPEN_METHODS, caller_arguments, suggest
from flickr_api.errors import FlickrValidationError
from flickr_api.method_call import call_flow
from flickr_api.objects.base import FlickrObject, object_class, registered_classes
from flickr_api.objects.extras import extras_list, merge_extras
from flickr_api.objects.pages import Page, learned, listing_key
from flickr_api.objects.shapes import (
    Call,
    Fields,
    Many,
    Nothing,
    One,
    Pair,
    Raw,
    Secrets,
    Shape,
    Sizes,
    Tickets,
    Value,
)

if TYPE_CHECKING:
    from flickr_api._requestor import Flow
    from flickr_api.client import Client

__all__ = [
    "Binding", "LEGACY_METHODS", "all_bindings", "argument_type", "compat", "inst", "photos",
    "result_type", "static",
]

#: Pre-OAuth authentication methods, deliberately left unbound.
LEGACY_METHODS = frozenset({
    "flickr.auth.checkToken", "flickr.auth.getFrob", "flickr.auth.getFullToken",
    "flickr.auth.getToken",
})
#: Catalog arguments that object methods do not take, with what to use instead.
_NOT_HERE = {
    "format": "object methods shape the reply themselves; flickr_api.flickr.<method>(..., "
              "raw=True) returns Flickr's own reply",
    "raw": "object methods shape the reply themselves; flickr_api.flickr.<method>(..., "
           "raw=True) returns Flickr's own reply",
}

# -- result shapes several classes share ---------------------------------------------------
NONE = Nothing()
CONTEXT = Pair(One("prevphoto", "Photo"), One("nextphoto", "Photo"))
CONTACTS = Many("contacts.contact", "Person")
GROUPS = Many("groups.group", "Group")
PLACES = Many("places.place", "Place")
PLACE_TAGS = Many("tags.tag", "Place.Tag")
USER_TAGS = Many("who.tags.tag", "Tag")
TESTIMONIALS = Many("testimonials.testimonial", "Testimonial")
TESTIMONIAL = One("testimonial", "Testimonial")
COLLECTIONS = Many("collections.collection", "Collection")
GALLERIES = Many("galleries.gallery", "Gallery")
STATS = Raw("stats")
VIEWS = Value("stats.views")
USER_URL = Value("user.url")
LOOKUP_USER = One("user", "Person")
PROFILE = One("profile", "Profile")
LOCATION = One("location", "Place")
#: Positional arguments of the Contact methods of 0.7, which took a stray first argument.
STRAY = ("_ignored",)


class Binding:
    """One row: a Flickr method of an object class (a descriptor giving the method)."""

    __slots__ = ("_check", "_function", "compat_of", "context", "extras", "ids", "method",
                 "name", "owner", "positional", "shape", "static")

    def __init__(self, method: str, shape: Optional[Shape] = None, *, static: bool = False,
                 args: tuple[str, ...] = (), ids: Optional[Mapping[str, str]] = None,
                 context: Optional[Mapping[str, str]] = None, extras: bool = False,
                 compat_of: Optional[Binding] = None) -> None:
        self.method = f"flickr.{method}"  # the Flickr method (rows leave out "flickr.")
        self.shape = shape or NONE  # what the reply becomes
        self.static = static  # called on the class (no identity arguments)
        self.positional = args  # names of the positional arguments ("_x": ignored)
        self.ids = ids  # identity arguments (None: the class's _id_args)
        self.context = context or {}  # arguments sent when the object has the field
        self.extras = extras  # a photo list: ask for the extras photos read
        self.compat_of = compat_of  # the current method, for a name kept from 0.x
        self.owner = self.name = ""  # class qualified name and attribute, from the class
        self._function: Callable[..., Any] = _unnamed
        self._check: Optional[_Check] = None

    def __set_name__(self, owner: type[FlickrObject], name: str) -> None:
        self.owner, self.name = owner.__qualname__, name
        self._function = _function(self)
        self._function.__module__ = owner.__module__

    def __get__(self, obj: Optional[FlickrObject], owner: Optional[type] = None) -> Any:
        if self._check is None:
            self._prepare()
        if obj is not None:
            return MethodType(self._function, obj)
        return MethodType(self._function, owner) if self.static else self._function

    def __repr__(self) -> str:
        return f"<binding {self.owner}.{self.name} -> {self.method}>"

    def identity(self, cls: type[FlickrObject]) -> Mapping[str, str]:
        """The arguments naming the receiver: argument -> field path."""
        if self.static:
            return {}
        return self.ids if self.ids is not None else cls._id_args

    @property
    def check(self) -> _Check:
        if self._check is None:
            self._prepare()
        return self._check  # type: ignore[return-value]

    def _prepare(self) -> None:
        """The catalog's part: the argument check, the signature and the documentation."""
        check = _Check(self, object_class(self.owner))
        function = self._function
        function.__signature__ = check.signature()  # type: ignore[attr-defined]
        self._check = check


def _unnamed(*args: Any, **kwargs: Any) -> Any:  # pragma: no cover - replaced by the class
    raise TypeError("a binding must be declared in a class body")


def inst(method: str, shape: Optional[Shape] = None, **options: Any) -> Binding:
    """A method called on an object: its identity arguments are sent."""
    return Binding(method, shape, **options)


def static(method: str, shape: Optional[Shape] = None, **options: Any) -> Binding:
    """A method called on the class."""
    return Binding(method, shape, static=True, **options)


def photos(method: str, path: str = "photos.photo", *, static: bool = False,
           extras: bool = True, **options: Any) -> Binding:
    """A method returning a list of photos (at ``path`` of the reply)."""
    inherit = ("owner", "ownername") if path.startswith("photoset.") else ()
    shape = Many(path, "Photo", inherit=inherit)
    return Binding(method, shape, static=static, extras=extras, **options)


def compat(current: Binding) -> Binding:
    """Another name for ``current``, kept for scripts written for 0.x releases."""
    return Binding(current.method[len("flickr."):], current.shape, static=current.static,
                   args=current.positional, ids=current.ids, context=current.context,
                   extras=current.extras, compat_of=current)


def all_bindings() -> tuple[Binding, ...]:
    """Every row of every object class, in class and declaration order."""
    return tuple(_rows())


def _rows() -> Iterator[Binding]:
    for cls in registered_classes().values():
        for member in vars(cls).values():
            if isinstance(member, Binding):
                yield member


# -- argument types (signatures and stubs) ---------------------------------------------------
_ID = "str | int | FlickrObject"
_LIST = "str | Iterable[Any]"
_DATE = "str | int | date"
_FLAG = "bool | int | str"
_INT = "int | str"
_FLOAT = "float | str"
#: Arguments by exact name (the other rules go by suffix and prefix).
_TYPES = {
    **dict.fromkeys(("tags", "extras", "machine_tags", "nsids", "sort_groups", "membertypes",
                     "content_types", "video_content_types", "tickets", "dates",
                     "taken_dates", "bbox", "woe_ids", "place_ids", "contacts_filter",
                     "primary_photo_extras"), _LIST),
    **dict.fromkeys(("date", "date_until", "date_posted", "date_taken", "min_date",
                     "added_since", "date_lastcomment", "date_lastupload"), _DATE),
    **dict.fromkeys(("hidden", "accept_rules", "full_response", "full_result",
                     "include_self", "just_friends", "single_photo", "delete_photos",
                     "cover_photos", "get_gallery_info", "get_user_info", "has_geo",
                     "in_gallery"), _FLAG),
    **dict.fromkeys(("page", "per_page", "count", "limit", "accuracy", "safety_level",
                     "safe_search", "content_type", "degrees", "context", "geo_context",
                     "privacy_filter", "perm_addmeta", "perm_comment", "note_x", "note_y",
                     "note_w", "note_h", "person_x", "person_y", "person_w", "person_h",
                     "threshold", "num_days", "lease_seconds", "short_limit",
                     "license", "continuation", "date_taken_granularity"), _INT),
    **dict.fromkeys(("lat", "lon", "radius"), _FLOAT),
    **dict.fromkeys(("brand", "service", "panda_name", "cluster_id"), "str"),
}


def argument_type(name: str) -> str:
    """The Python type an argument takes, as an annotation (``photo_id``: an id or object)."""
    if name in _TYPES:
        return _TYPES[name]
    if name.endswith("_ids"):
        return _LIST
    if name.endswith("_id"):
        return _ID
    if name.endswith("_date") and name.startswith(("min_", "max_")):
        return _DATE
    if name.startswith("is_"):
        return _FLAG
    return "str"


def result_type(shape: Shape, in_pair: bool = False) -> str:
    """The Python type a result shape returns, as an annotation."""
    if isinstance(shape, Many):
        return f"FlickrList[{shape.cls_name}]"
    if isinstance(shape, One):  # None only for an empty slot: no previous photo
        return f"Optional[{shape.cls_name}]" if in_pair else shape.cls_name
    if isinstance(shape, Pair):
        return f"tuple[{result_type(shape.first, True)}, {result_type(shape.second, True)}]"
    simple = {
        Nothing: "None", Secrets: "None", Fields: "dict[str, Any]",
        Sizes: "dict[str, dict[str, Any]]", Tickets: "list[UploadTicket]", Raw: "Any",
        Value: "Any",
    }
    if type(shape) not in simple:
        raise TypeError(f"no result type for the shape {shape!r}: add it to result_type")
    return simple[type(shape)]


# -- the check -------------------------------------------------------------------------------
class _Check:
    """What one bound method accepts, from the catalog and its row."""

    __slots__ = ("accepted", "aliases", "binding", "cls", "descriptions", "filled", "keyword",
                 "open", "required", "where")

    def __init__(self, binding: Binding, cls: type[FlickrObject]) -> None:
        spec = _catalog.methods()[binding.method]
        self.binding, self.cls = binding, cls
        self.where = f"{binding.owner}.{binding.name}()"
        named = [a.name for a in caller_arguments(spec)]
        own = [n for n in binding.positional if not n.startswith("_")]
        self.accepted = frozenset(named) | frozenset(own)
        self.open = binding.method in OPEN_METHODS  # takes any argument
        #: ``photo`` -> ``photo_id``: an object (or its id) under the argument's short name.
        self.aliases = {n[:-3]: n for n in self.accepted
                        if n.endswith("_id") and n[:-3] not in self.accepted}
        self.filled = frozenset(binding.identity(cls))
        self.required = spec.required_arguments
        self.keyword = [n for n in named if n not in own and n not in self.filled]
        self.descriptions = {a.name: " ".join(a.description.split()) for a in spec.arguments}

    def names(self, params: dict[str, Any]) -> dict[str, Any]:
        """The caller's arguments under their catalog names; an unknown one stops here."""
        if self.open or params.keys() <= self.accepted:
            return params
        resolved: dict[str, Any] = {}
        for name, value in params.items():
            full = self.aliases.get(name, name)
            if full not in self.accepted:
                raise self._unknown(name)
            if full in resolved:
                raise FlickrValidationError(
                    f"{self.where}: {name}= and {full}= name the same argument; pass only one")
            resolved[full] = value
        return resolved

    def complete(self, params: dict[str, Any]) -> None:
        """Stop unless every required argument is there (after the object filled its own)."""
        missing = [n for n in self.required if params.get(n) is None]
        if missing:
            raise FlickrValidationError(self._missing(missing))

    def _unknown(self, name: str) -> FlickrValidationError:
        binding = self.binding
        message = f"{self.where} has no argument {name!r}"
        if name in _NOT_HERE:
            return FlickrValidationError(f"{message}: {_NOT_HERE[name]}")
        close = suggest(name, [*(self.accepted - self.filled),
                               *(a for a, full in self.aliases.items() if full not in self.filled)])
        if close:
            message += f"; did you mean {close!r}?"
        else:
            known = sorted(self.accepted - self.filled)
            message += f". Its arguments: {', '.join(known) or 'none'}."
        return FlickrValidationError(
            f"{message} Nothing was sent.",
            python_hint=f"It calls {binding.method}; if Flickr added the argument recently, "
                        f"flickr_api.call_api(method={binding.method!r}, ...) sends any "
                        "argument unchecked.")

    def _missing(self, missing: list[str]) -> str:
        context = self.binding.context
        lines = [f"{self.where} needs {', '.join(missing)} (nothing was sent):"]
        for name in missing:
            hint = self.descriptions.get(name, "")
            if name in context:
                field = context[name].split(".")[0]
                hint = (f"the {self.binding.owner} does not know its {field!r}: pass "
                        f"{name}=... or build it with {field}=...")
            lines.append(f"  {name}: {hint}".rstrip())
        return "\n".join(lines)

    def signature(self) -> inspect.Signature:
        P = inspect.Parameter
        binding = self.binding
        params = [P("cls" if binding.static else "self", P.POSITIONAL_ONLY)]
        optional = False
        for name in binding.positional:
            if name.startswith("_"):
                params.append(P(name, P.POSITIONAL_ONLY, default=None, annotation="Any"))
                continue
            # an *_id may come as name=obj (photo=... for photo_id): never required here
            optional = optional or name not in self.required or name.endswith("_id")
            params.append(_parameter(name, P.POSITIONAL_OR_KEYWORD, optional))
        keyword = [_parameter(name, P.KEYWORD_ONLY, not self._needed(name))
                   for name in self.keyword]
        keyword.sort(key=lambda p: p.default is not P.empty)
        shown = [p.name for p in (*params, *keyword)]
        aliases = [P(name[:-3], P.KEYWORD_ONLY, default=None, annotation=f"{_ID} | None")
                   for name in shown if self.aliases.get(name[:-3]) == name]
        rest = [P("kwargs", P.VAR_KEYWORD, annotation="Any")] if self.open else []
        return inspect.Signature([*params, *keyword, *aliases, *rest],
                                 return_annotation=result_type(binding.shape))

    def _needed(self, name: str) -> bool:
        """A keyword argument the caller must give (not an id, which may come as an object)."""
        return (name in self.required and not name.endswith("_id")
                and name not in self.binding.context)


def _parameter(name: str, kind: inspect._ParameterKind, optional: bool) -> inspect.Parameter:
    if optional:
        return inspect.Parameter(name, kind, default=None,
                                 annotation=f"{argument_type(name)} | None")
    return inspect.Parameter(name, kind, annotation=argument_type(name))


# -- the call ----------------------------------------------------------------------------------
def _resolve(obj: FlickrObject, path: str) -> Any:
    """The value of a field path of ``obj`` (``"topic.group"``), without loading anything."""
    value: Any = obj
    for part in path.split("."):
        if not isinstance(value, FlickrObject):
            return None
        value = value._fields.get(part)
    if isinstance(value, dict):
        value = value.get("nsid") or value.get("id")
    return value


def _arguments(binding: Binding, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    names = binding.positional
    if len(args) > len(names):
        shown = ", ".join(n for n in names if not n.startswith("_")) or "none"
        raise TypeError(f"{binding.owner}.{binding.name}() takes at most {len(names)} "
                        f"positional argument(s) ({shown}); pass the others by keyword")
    params = {}
    for name, value in zip(names, args):
        if name.startswith("_"):
            continue
        if name in kwargs:
            raise TypeError(f"{binding.owner}.{binding.name}() got {name!r} twice")
        params[name] = value
    params.update(kwargs)
    return params


def _identity(binding: Binding, obj: FlickrObject, given: dict[str, Any]) -> dict[str, Any]:
    """The arguments naming ``obj``, and the context arguments the caller did not give."""
    params = {}
    for argument, path in binding.identity(type(obj)).items():
        value = _resolve(obj, path)
        if value is None:
            kind = obj._base.__qualname__
            raise FlickrValidationError(
                f"{kind}.{binding.name}() needs the {kind}'s {path!r} to send {argument}: "
                f"build it with {kind}({path.split('.')[0]}=...)")
        params[argument] = value
    for argument, path in binding.context.items():
        if given.get(argument) is not None:
            continue
        value = _resolve(obj, path)
        if value is None:
            value = obj._default_field(path)
        if value is not None:
            params[argument] = value
    return params


def run(binding: Binding, client: Client, obj: Optional[FlickrObject], args: tuple[Any, ...],
        kwargs: dict[str, Any]) -> Any:
    """Check the arguments, call the Flickr method of ``binding`` and shape its reply."""
    check = binding.check
    params = check.names(_arguments(binding, args, kwargs))
    if obj is not None:
        params.update(_identity(binding, obj, params))
    check.complete(params)
    if binding.extras:
        return _listing(binding, client, obj, params)
    return _call(binding, client, obj, params)


def _call(binding: Binding, client: Client, obj: Optional[FlickrObject],
          params: dict[str, Any]) -> Any:
    return client._run(_call_flow(binding, client, obj, params))


def _call_flow(binding: Binding, client: Client, obj: Optional[FlickrObject],
               params: dict[str, Any]) -> Flow[Any]:
    """The call's flow; its arguments are converted and checked at once."""
    sent = to_params(params, binding.method)
    return _shaped(call_flow(client, binding.method, dict(sent)), binding,
                   Call(client, obj, sent, binding.method))


def _shaped(call: Flow[Any], binding: Binding, context: Call) -> Flow[Any]:
    reply = yield from call
    return binding.shape(reply, context)


def _listing(binding: Binding, client: Client, obj: Optional[FlickrObject],
             params: dict[str, Any]) -> Any:
    """A photo listing asking the caller's extras and those earlier pages had to fetch; its
    photos fetch a missing field for the whole page (:mod:`flickr_api.objects.pages`)."""
    key = listing_key(binding.method, to_params({**params, "extras": None}, binding.method))
    asked = merge_extras(extras_list(params.get("extras")), learned(client, key))

    def with_extras(extras: list[str]) -> dict[str, Any]:
        return {**params, "extras": ",".join(extras) or None}

    def fetch(extras: list[str]) -> Any:
        return _call(binding, client, obj, with_extras(extras))

    first = _call_flow(binding, client, obj, with_extras(asked))

    def listed() -> Flow[Any]:
        photos = yield from first
        page = Page(client, key, asked, fetch, photos)
        for photo in photos:
            photo._page = page
        return photos

    return client._run(listed())


def _doc(binding: Binding) -> str:
    if binding.compat_of is not None:
        return (f"The name of earlier releases for ``{binding.compat_of.name}``, kept for "
                f"scripts written for 0.x: calls ``{binding.method}``.")
    where = "" if binding.static else " for this object"
    names = [n for n in binding.positional if not n.startswith("_")]
    positional = f" Positional arguments: {', '.join(names)}." if names else ""
    return (f"Call ``{binding.method}``{where}; returns {binding.shape.result}.{positional} "
            f"Keyword arguments are Flickr's, checked before anything is sent "
            f"(help(flickr_api.flickr.{binding.method[len('flickr.'):]}) describes them).")


def _function(binding: Binding) -> Callable[..., Any]:
    """The function of a row; its first argument is the object, or the class when static."""
    if binding.static:
        def method(receiver: Any, /, *args: Any, **kwargs: Any) -> Any:
            client = (receiver.client if isinstance(receiver, FlickrObject)
                      else receiver._class_client())
            return run(binding, client, None, args, kwargs)
    else:
        def method(receiver: Any, /, *args: Any, **kwargs: Any) -> Any:
            return run(binding, receiver.client, receiver, args, kwargs)
    method.__name__ = binding.name
    method.__qualname__ = f"{binding.owner}.{binding.name}"
    method.__doc__ = _doc(binding)
    method.binding = binding  # type: ignore[attr-defined]
    return method
