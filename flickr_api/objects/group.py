"""Groups: :class:`Group` (``group_id``), its discussion topics and their replies."""

from __future__ import annotations

from flickr_api.objects.base import FlickrObject, objects_of
from flickr_api.objects.person import person_of

__all__ = ["Category", "Group"]

_AUTHOR = person_of({"username": "authorname", "iconserver": "iconserver",
                     "iconfarm": "iconfarm"})


class Group(FlickrObject):
    """A group; its pool is ``group.getPhotos()``."""

    _id_args = {"group_id": "id"}
    _display = ("id", "name")
    _loader = "getInfo"
    _renames = {"nsid": "id", "groupname": "name"}
    _known = frozenset({
        "nsid", "path_alias", "iconserver", "iconfarm", "name", "description", "rules",
        "members", "pool_count", "topic_count", "privacy", "lang", "ispoolmoderated",
        "throttle", "restrictions", "blast", "eighteenplus", "invitation_only",
    })

    class Topic(FlickrObject):
        """A discussion topic of a group (``topic_id``; knows its ``group``)."""

        _id_args = {"topic_id": "id", "group_id": "group"}
        _display = ("id", "subject")
        _loader = "getInfo"
        _renames = {"topic_id": "id", "group_id": "group"}
        _known = frozenset({
            "subject", "author", "authorname", "role", "iconserver", "iconfarm",
            "count_replies", "can_edit", "can_delete", "can_reply", "is_sticky", "is_locked",
            "datecreate", "datelastpost", "last_reply", "message",
        })
        _converters = {"author": _AUTHOR}

        class Reply(FlickrObject):
            """A reply in a topic (``reply_id``; knows its ``topic``)."""

            _id_args = {"reply_id": "id", "topic_id": "topic", "group_id": "topic.group"}
            _display = ("id", "authorname")
            _loader = "getInfo"
            _known = frozenset({
                "author", "authorname", "role", "iconserver", "iconfarm", "can_edit",
                "can_delete", "datecreate", "lastedit", "message",
            })
            _converters = {"author": _AUTHOR}


class Category(FlickrObject):
    """A category of ``Group.browse``: its ``subcats`` (categories) and ``groups``."""

    _display = ("id", "name")
    _converters = {"subcat": objects_of("Category"), "group": objects_of("Group")}
    _aliases = {"subcats": ("subcat",), "groups": ("group",)}
