"""The reply shapes the library reads, per method, declared as data: ``path -> types``.

Paths walk the JSON reply as the library parses it (``{"_content": x}`` collapsed to ``x``);
``name[]`` means every element of the list ``name``. Numbers that Flickr sends as an int in one
era and a string in another accept both (see the protocol notes on ``total``).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Tuple, Type, Union

__all__ = ["SHAPES", "mismatches"]

Types = Union[Type[Any], Tuple[Type[Any], ...]]
NUMBER = (int, str)

_PHOTO_LIST: Dict[str, Types] = {"page": int, "pages": int, "perpage": int, "total": NUMBER,
                                 "photo[].id": str, "photo[].owner": str,
                                 "photo[].secret": str, "photo[].server": str,
                                 "photo[].farm": int, "photo[].title": str,
                                 "photo[].ispublic": int}

#: Method -> what the library reads from its JSON reply.
SHAPES: Dict[str, Mapping[str, Types]] = {
    "flickr.test.login": {"user.id": str, "user.username": str},
    "flickr.auth.oauth.checkToken": {"oauth.token": str, "oauth.perms": str,
                                     "oauth.user.nsid": str, "oauth.user.username": str},
    "flickr.people.getInfo": {"person.nsid": str, "person.username": str,
                              "person.iconserver": str, "person.iconfarm": int,
                              "person.photos.count": NUMBER},
    "flickr.people.findByUsername": {"user.nsid": str, "user.username": str},
    "flickr.urls.lookupUser": {"user.id": str, "user.username": str},
    "flickr.photos.search": {f"photos.{path}": kind for path, kind in _PHOTO_LIST.items()},
    "flickr.photos.getInfo": {"photo.id": str, "photo.secret": str, "photo.server": str,
                              "photo.owner.nsid": str, "photo.owner.username": str,
                              "photo.title": str, "photo.description": str,
                              "photo.dates.posted": str, "photo.dates.taken": str,
                              "photo.urls.url[].type": str, "photo.urls.url[]._content": str},
    "flickr.photos.getSizes": {"sizes.size[].label": str, "sizes.size[].width": NUMBER,
                               "sizes.size[].height": NUMBER, "sizes.size[].source": str,
                               "sizes.size[].url": str, "sizes.size[].media": str},
    "flickr.photos.licenses.getInfo": {"licenses.license[].id": NUMBER,
                                       "licenses.license[].name": str,
                                       "licenses.license[].url": str},
    "flickr.photosets.getList": {"photosets.photoset[].id": str,
                                 "photosets.photoset[].title": str,
                                 "photosets.photoset[].photos": NUMBER},
    "flickr.photosets.getPhotos": {"photoset.id": str, "photoset.owner": str,
                                   "photoset.page": NUMBER, "photoset.pages": NUMBER,
                                   "photoset.total": NUMBER, "photoset.photo[].id": str,
                                   "photoset.photo[].secret": str},
}


def _values(data: Any, path: str) -> List[Any]:
    found = [data]
    for part in path.split("."):
        name, each = (part[:-2], True) if part.endswith("[]") else (part, False)
        step = []
        for item in found:
            if isinstance(item, dict) and name in item:
                value = item[name]
                if each:
                    step.extend(value if isinstance(value, list) else [value])
                else:
                    step.append(value)
        found = step
    return found


def mismatches(data: Any, shape: Mapping[str, Types]) -> List[str]:
    """Where ``data`` differs from ``shape``: missing paths and values of another type."""
    problems = []
    for path, kinds in shape.items():
        values = _values(data, path)
        if not values:
            problems.append(f"{path} missing")
        for value in values:
            if not isinstance(value, kinds):
                problems.append(f"{path} is {type(value).__name__} {value!r:.40}")
                break
    return problems
