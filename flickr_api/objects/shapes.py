"""How a Flickr reply becomes Python values: the result shapes of the binding table.

Each shape is a small callable ``shape(reply, call)``; ``call`` tells which client made the call,
on which object and with which arguments. Paths are dotted keys into the reply
(``"photos.photo"``); a missing part means "nothing", a single item where Flickr usually sends a
list is a list of one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Optional

from flickr_api.objects.base import FlickrObject, as_list, object_class
from flickr_api.objects.fields import convert, convert_tree
from flickr_api.objects.listing import FlickrList, Info
from flickr_api.objects.sizes import sizes_from_reply
from flickr_api.objects.ticket import UploadTicket

if TYPE_CHECKING:
    from flickr_api.client import Client

__all__ = ["Call", "Fields", "Many", "Nothing", "One", "Pair", "Raw", "Secrets", "Shape", "Sizes",
           "Tickets", "Value", "dig"]


@dataclass
class Call:
    """One call of a bound method: its client, receiver (None for static calls), arguments."""

    client: Client
    obj: Optional[FlickrObject]
    args: dict[str, Any]


def dig(reply: Any, path: str) -> Any:
    """``reply["a"]["b"]`` for path ``"a.b"``; None when a part is missing."""
    node = reply
    for key in path.split(".") if path else ():
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


class Shape:
    """Base of the result shapes; ``result`` names what the call returns (for docs/tests)."""

    result: str = "Any"

    def __call__(self, reply: Any, call: Call) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.result})"


class Nothing(Shape):
    """Write methods whose reply says nothing worth keeping."""

    result = "None"

    def __call__(self, reply: Any, call: Call) -> None:
        return None


class Raw(Shape):
    """The reply (or the part at ``path``) as converted dicts and lists."""

    result = "dict"

    def __init__(self, path: str = "") -> None:
        self.path = path

    def __call__(self, reply: Any, call: Call) -> Any:
        return convert_tree(dig(reply, self.path))


class Value(Shape):
    """One value at ``path``, converted by its field name's rule."""

    result = "value"

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, reply: Any, call: Call) -> Any:
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
    """One object built from the reply part at ``path`` (None if absent)."""

    def __call__(self, reply: Any, call: Call) -> Optional[FlickrObject]:
        data = dig(reply, self.path)
        if data is None or (isinstance(data, dict) and str(data.get("id")) == "0"):
            return None  # e.g. no previous photo: <prevphoto id="0" />
        return self._make(self.cls, data, call, self._extra(call))


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

    def __call__(self, reply: Any, call: Call) -> FlickrList[Any]:
        container_path, _, key = self.path.rpartition(".")
        container = dig(reply, container_path)
        if not isinstance(container, dict):
            container = {}
        items = as_list(container.get(key))
        extra = self._extra(call)
        for name in self.inherit:
            if name in container:
                extra.setdefault(name, container[name])
        cls = self.cls
        if extra:
            objects = [self._make(cls, item, call, extra) for item in items]
        else:
            objects = [cls._build(call.client, item) for item in items]
        source = container if self.info_path is None else dig(reply, self.info_path) or {}
        attrs = {k: v for k, v in source.items() if not isinstance(v, (dict, list))}
        return FlickrList(objects, Info.of(attrs, len(objects)))


class Pair(Shape):
    """Two results side by side: ``(prev, next)`` photos, ``(sets, pools)``..."""

    def __init__(self, first: Shape, second: Shape) -> None:
        self.first, self.second = first, second
        self.result = f"tuple[{first.result}, {second.result}]"

    def __call__(self, reply: Any, call: Call) -> tuple[Any, Any]:
        return self.first(reply, call), self.second(reply, call)


class Sizes(Shape):
    """``flickr.photos.getSizes``: a label-keyed dict of width, height, source, url, media."""

    result = "dict[str, dict]"

    def __call__(self, reply: Any, call: Call) -> dict[str, dict[str, Any]]:
        return sizes_from_reply(reply, call.client.endpoints.rewrite)


class Tickets(Shape):
    """``flickr.photos.upload.checkTickets``: the tickets as UploadTicket objects."""

    result = "list[UploadTicket]"

    def __call__(self, reply: Any, call: Call) -> list[Any]:
        return [UploadTicket(str(entry.get("id")), call.client,
                             **{k: v for k, v in entry.items() if k != "id"})
                for entry in as_list(dig(reply, "uploader.ticket"))]


class Secrets(Shape):
    """Replies carrying a photo's new secrets (after a rotation): the receiver takes them and
    forgets its size URLs, which changed with them."""

    result = "None"

    def __call__(self, reply: Any, call: Call) -> None:
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

    def __call__(self, reply: Any, call: Call) -> dict[str, Any]:
        data = dig(reply, self.path)
        obj = call.obj
        if obj is None or not isinstance(data, dict):
            return convert_tree(data) if isinstance(data, dict) else {}
        obj._mark_loaded(data)
        return dict(obj)
