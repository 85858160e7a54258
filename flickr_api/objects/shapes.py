"""How a Flickr reply becomes Python values: the result shapes of the binding table.

Each shape is a small callable ``shape(reply, call)``; ``call`` tells which client made the call,
on which object and with which arguments. Paths are dotted keys into the reply
(``"photos.photo"``); a missing part means "nothing", a single item where Flickr usually sends a
list is a list of one. A part of another kind than the shape needs (a text where a list of
photos belongs, a photo without an id) raises :class:`~flickr_api.errors.FlickrReplyError`
naming the method and the part, never another exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Optional

from flickr_api.errors import FlickrReplyError
from flickr_api.objects.base import FlickrObject, as_list, object_class
from flickr_api.objects.fields import READ_ERRORS, convert, convert_tree, describe
from flickr_api.objects.listing import FlickrList, Info
from flickr_api.objects.sizes import sizes_from_reply
from flickr_api.objects.ticket import tickets_from_reply

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["Call", "Fields", "Many", "Nothing", "One", "Pair", "Raw", "Secrets", "Shape", "Sizes",
           "Tickets", "Value", "dig"]


@dataclass
class Call:
    """One call of a bound method: its client, receiver (None for static calls), arguments,
    and the Flickr method (for error messages)."""

    client: Client
    obj: Optional[FlickrObject]
    args: dict[str, Any]
    method: str = ""


def dig(reply: Any, path: str) -> Any:
    """``reply["a"]["b"]`` for path ``"a.b"``; None when a part is missing."""
    node = reply
    for key in path.split(".") if path else ():
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _element(data: Any, path: str) -> Any:
    """A reply element that must be an object (a dict) or a text, never a list or a number."""
    if isinstance(data, (dict, str)) or (isinstance(data, int) and not isinstance(data, bool)):
        return data
    raise FlickrReplyError(None, f"{path or 'the reply'} is {describe(data)}, not an element")


class Shape:
    """Base of the result shapes; ``result`` names what the call returns (for docs/tests).

    Subclasses implement :meth:`read`; calling the shape turns any failure to read the reply
    into a :class:`~flickr_api.errors.FlickrReplyError` naming the method.
    """

    result: str = "Any"

    def __call__(self, reply: Any, call: Call) -> Any:
        try:
            return self.read(reply, call)
        except FlickrReplyError as exc:
            if exc.method is not None:
                raise
            raise FlickrReplyError(call.method or None, exc.detail) from None
        except READ_ERRORS as exc:
            raise FlickrReplyError(call.method or None,
                                   f"{self.result} could not be read from it ({exc!r})") from None

    def read(self, reply: Any, call: Call) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.result})"


class Nothing(Shape):
    """Write methods whose reply says nothing worth keeping."""

    result = "None"

    def read(self, reply: Any, call: Call) -> None:
        return None


class Raw(Shape):
    """The reply (or the part at ``path``) as converted dicts and lists."""

    result = "dict"

    def __init__(self, path: str = "") -> None:
        self.path = path

    def read(self, reply: Any, call: Call) -> Any:
        return convert_tree(dig(reply, self.path))


class Value(Shape):
    """One value at ``path``, converted by its field name's rule."""

    result = "value"

    def __init__(self, path: str) -> None:
        self.path = path

    def read(self, reply: Any, call: Call) -> Any:
        return convert(self.path.rsplit(".", 1)[-1], dig(reply, self.path))


class _Objects(Shape):
    """Shapes that build objects of one class, with fields taken from the call.

    ``parent``: the field that receives the receiver object (a comment's ``photo``);
    ``from_args``: field -> call argument copied into every object (a cluster's ``tag``).
    """

    def __init__(self, path: str, cls: str, parent: Optional[str] = None,
                 from_args: Optional[Mapping[str, str]] = None) -> None:
        self.path = path
        self.cls_name = cls
        self.parent = parent
        self.from_args = from_args or {}
        self.result = cls

    @property
    def cls(self) -> type[FlickrObject]:
        return object_class(self.cls_name)

    def _extra(self, call: Call) -> dict[str, Any]:
        extra = {field: call.args[arg] for field, arg in self.from_args.items()
                 if call.args.get(arg) is not None}
        if self.parent and call.obj is not None:
            extra[self.parent] = call.obj
        return extra

    def _make(self, cls: type[FlickrObject], data: Any, call: Call,
              extra: dict[str, Any]) -> FlickrObject:
        if extra:
            data = {**extra, **data} if isinstance(data, dict) else {
                cls._text_field: data, **extra}
        return cls._build(call.client, data)


class One(_Objects):
    """One object built from the reply part at ``path`` (None for Flickr's ``id="0"``, "no such
    object", e.g. no previous photo: ``<prevphoto id="0" />``)."""

    def read(self, reply: Any, call: Call) -> Optional[FlickrObject]:
        data = dig(reply, self.path)
        if data is None:
            raise FlickrReplyError(None, f"it has no {self.path!r} element")
        if isinstance(data, dict) and str(data.get("id")) == "0":
            return None
        return self._make(self.cls, _element(data, self.path), call, self._extra(call))


class Many(_Objects):
    """A :class:`FlickrList` of objects from the list at ``path`` (``"photos.photo"``); its
    ``info`` holds the attributes of the enclosing element (page, pages, perpage, total...).

    ``inherit``: attributes of the enclosing element copied into items that lack them (a
    photoset's ``owner`` into its photos). ``info_path``: where the paging attributes are,
    when not on the enclosing element.
    """

    def __init__(self, path: str, cls: str, parent: Optional[str] = None,
                 from_args: Optional[Mapping[str, str]] = None,
                 inherit: tuple[str, ...] = (), info_path: Optional[str] = None) -> None:
        super().__init__(path, cls, parent, from_args)
        self.inherit = inherit
        self.info_path = info_path
        self.result = f"FlickrList[{cls}]"

    def read(self, reply: Any, call: Call) -> FlickrList[Any]:
        container_path, _, key = self.path.rpartition(".")
        container = dig(reply, container_path)
        if not isinstance(container, dict):
            where = container_path or "the reply"
            raise FlickrReplyError(None, f"{where} is {describe(container)}, not a list element")
        items = [_element(item, self.path) for item in as_list(container.get(key))]
        extra = self._extra(call)
        for name in self.inherit:
            if name in container:
                extra.setdefault(name, container[name])
        cls = self.cls
        if extra:
            objects = [self._make(cls, item, call, extra) for item in items]
        else:
            objects = [cls._build(call.client, item) for item in items]
        source = container if self.info_path is None else dig(reply, self.info_path)
        if not isinstance(source, dict):
            source = {}
        attrs = {k: v for k, v in source.items() if not isinstance(v, (dict, list))}
        return FlickrList(objects, Info.of(attrs, len(objects)))


class Pair(Shape):
    """Two results side by side: ``(prev, next)`` photos, ``(sets, pools)``..."""

    def __init__(self, first: Shape, second: Shape) -> None:
        self.first, self.second = first, second
        self.result = f"tuple[{first.result}, {second.result}]"

    def read(self, reply: Any, call: Call) -> tuple[Any, Any]:
        return self.first(reply, call), self.second(reply, call)


class Sizes(Shape):
    """``flickr.photos.getSizes``: a label-keyed dict of width, height, source, url, media."""

    result = "dict[str, dict]"

    def read(self, reply: Any, call: Call) -> dict[str, dict[str, Any]]:
        return sizes_from_reply(reply, call.client.endpoints.rewrite)


class Tickets(Shape):
    """``flickr.photos.upload.checkTickets``: the tickets as UploadTicket objects."""

    result = "list[UploadTicket]"

    def read(self, reply: Any, call: Call) -> list[Any]:
        return tickets_from_reply(reply, call.client)


class Secrets(Shape):
    """Replies carrying a photo's new secrets (after a rotation): the receiver takes them and
    forgets its size URLs, which changed with them."""

    result = "None"

    def read(self, reply: Any, call: Call) -> None:
        data = dig(reply, "photoid")
        obj = call.obj
        if obj is None or not isinstance(data, dict):
            return
        fields = obj._fields
        for name in [n for n in fields if n == "sizes" or n.startswith("url_")]:
            del fields[name]
        fields.update({k: v for k, v in data.items() if k in ("secret", "originalsecret")})


class Fields(Shape):
    """``getInfo``: the reply part at ``path`` becomes the receiver's fields (it is loaded);
    returns them as a dict."""

    result = "dict"

    def __init__(self, path: str) -> None:
        self.path = path

    def read(self, reply: Any, call: Call) -> dict[str, Any]:
        data = dig(reply, self.path)
        if not isinstance(data, dict):
            raise FlickrReplyError(None, f"{self.path!r} is {describe(data)}, not an element")
        obj = call.obj
        if obj is None:
            converted: dict[str, Any] = convert_tree(data)
            return converted
        identity = obj._fields.get("id")
        obj._mark_loaded(data)
        if identity is not None:
            obj._fields["id"] = identity  # the object keeps its identity, whatever the reply
        names = obj.keys()  # objects are not iterable
        return {name: obj.get(name) for name in names}
