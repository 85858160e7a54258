"""Groups: :class:`Group` (``group_id``), its discussion topics and their replies."""

from __future__ import annotations

from flickr_api.objects.base import FlickrObject, objects_of
from flickr_api.objects.methods import CONTEXT, GROUPS, inst, photos, static
from flickr_api.objects.person import person_of
from flickr_api.objects.shapes import Fields, Many, One, Value

__all__ = ["Category", "Group"]

_AUTHOR = person_of({"username": "authorname", "iconserver": "iconserver",
                     "iconfarm": "iconfarm"})
_TOPICS = Many("topics.topic", "Group.Topic", parent="group")
_REPLIES = Many("replies.reply", "Group.Topic.Reply", parent="topic", info_path="replies.topic")


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

    # -- Flickr methods ----------------------------------------------------------------------
    browse = static("groups.browse", One("category", "Category"))
    search = static("groups.search", GROUPS, args=("text",))
    getGroups = static("groups.pools.getGroups", GROUPS)
    getMemberGroups = static("people.getGroups", GROUPS, args=("user_id",))
    getByUrl = static("urls.lookupGroup", One("group", "Group"), args=("url",))
    getInfo = inst("groups.getInfo", Fields("group"))
    getUrl = inst("urls.getGroup", Value("group.url"))
    getMembers = inst("groups.members.getList", Many("members.member", "Person"))
    join = inst("groups.join")
    joinRequest = inst("groups.joinRequest", args=("message",))
    leave = inst("groups.leave")
    addPhoto = inst("groups.pools.add", args=("photo_id",))
    removePhoto = inst("groups.pools.remove", args=("photo_id",))
    getPoolContext = inst("groups.pools.getContext", CONTEXT, args=("photo_id",))
    getPhotos = photos("groups.pools.getPhotos")
    addDiscussTopic = inst("groups.discuss.topics.add")
    getDiscussTopics = inst("groups.discuss.topics.getList", _TOPICS)

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

        getInfo = inst("groups.discuss.topics.getInfo", Fields("topic"))
        addReply = inst("groups.discuss.replies.add", args=("message",))
        getReplies = inst("groups.discuss.replies.getList", _REPLIES)

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

            getInfo = inst("groups.discuss.replies.getInfo", Fields("reply"))
            edit = inst("groups.discuss.replies.edit", args=("message",))
            delete = inst("groups.discuss.replies.delete")


class Category(FlickrObject):
    """A category of ``Group.browse``: its ``subcats`` (categories) and ``groups``."""

    _display = ("id", "name")
    _converters = {"subcat": objects_of("Category"), "group": objects_of("Group")}
    _aliases = {"subcats": ("subcat",), "groups": ("group",)}
