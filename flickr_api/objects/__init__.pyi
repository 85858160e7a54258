# Type stubs of flickr_api.objects, generated from its classes by
# scripts/generate_stubs.py: do not edit, run `python scripts/generate_stubs.py`.
# The implementation modules (photo.py, person.py...) have no stubs: they are type-checked.
import datetime as _dt
import os
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, TypeVar, Union, type_check_only

from flickr_api.auth import AuthHandler
from flickr_api.client import Client
from flickr_api.objects import listing as _listing
from flickr_api.objects.base import FlickrObject as FlickrObject
from flickr_api.objects.extras import PHOTO_EXTRAS as PHOTO_EXTRAS
from flickr_api.objects.listing import FlickrList as FlickrList
from flickr_api.objects.listing import Info as Info
from flickr_api.objects.ticket import UploadTicket
from flickr_api.objects.urls import base58_decode as base58_decode
from flickr_api.objects.urls import base58_encode as base58_encode

__all__ = [
    "Activity", "Blog", "BlogService", "Camera", "Category", "Collection", "CommonInstitution",
    "CommonInstitutionUrl", "Contact", "FlickrList", "FlickrObject", "Gallery", "Group", "Info",
    "License", "Location", "MachineTag", "OAuth", "PHOTO_EXTRAS", "Panda", "Person", "Photo",
    "PhotoGeoPerms", "Photoset", "Place", "Profile", "Push", "Reflection", "Tag", "Testimonial",
    "Walker", "base58_decode", "base58_encode", "bind", "prefs", "stats", "test"
]

_T = TypeVar("_T")

class Walker(_listing.Walker[_T]):
    """Every item of every page of a paged method, fetched page by page as you iterate.

    >>> for photo in Walker(flickr_api.Photo.search, tags="cat"):
    ...     print(photo.title)
    >>> len(Walker(user.getPhotos))          # the total, from the first page
    >>> Walker(photoset.getPhotos)[:10]      # a list; only the pages needed are fetched

    ``prefetch=N`` fetches the next N pages in the background while you work on the current
    one (calls still obey the client's rate limit). Over the methods of an async client's
    objects, use ``async for``.
    """
    def __init__(
        self,
        method: Callable[..., FlickrList[_T]],
        *args: Any,
        prefetch: int = ...,
        **kwargs: Any,
    ) -> None: ...

class Activity(FlickrObject):
    """Recent activity on one of your photos or albums: the ``item`` (a Photo or Photoset)
    and its ``events`` (comments, notes, faves...).
    """
    @property
    def item(self) -> FlickrObject:
        """The photo or album the activity is about.
        """
    @staticmethod
    def userComments(
        *,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Activity]:
        """Call ``flickr.activity.userComments``; returns FlickrList[Activity]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.activity.userComments) describes them).
        """
    @staticmethod
    def userPhotos(
        *,
        timeframe: str | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Activity]:
        """Call ``flickr.activity.userPhotos``; returns FlickrList[Activity]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.activity.userPhotos)
        describes them).
        """
    class Event(FlickrObject):
        """One event of an activity: ``type`` (comment, note, fave...), ``user``, ``text``.
        """

class Blog(FlickrObject):
    """A blog you can post photos to (``blog_id``).
    """
    @staticmethod
    def getList(*, service: str | None = ...) -> FlickrList[Blog]:
        """Call ``flickr.blogs.getList``; returns FlickrList[Blog]. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.blogs.getList) describes them).
        """
    def postPhoto(
        self,
        *,
        title: str,
        description: str,
        photo_id: str | int | FlickrObject | None = ...,
        blog_password: str | None = ...,
        service: str | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.blogs.postPhoto`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.blogs.postPhoto)
        describes them).
        """

class BlogService(FlickrObject):
    """A blogging service Flickr can post to (``service``).
    """
    @staticmethod
    def getServices() -> FlickrList[BlogService]:
        """Call ``flickr.blogs.getServices``; returns FlickrList[BlogService]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.blogs.getServices)
        describes them).
        """
    def getList(self) -> FlickrList[Blog]:
        """Call ``flickr.blogs.getList`` for this object; returns FlickrList[Blog]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.blogs.getList) describes them).
        """
    def postPhoto(
        self,
        *,
        title: str,
        description: str,
        blog_id: str | int | FlickrObject | None = ...,
        photo_id: str | int | FlickrObject | None = ...,
        blog_password: str | None = ...,
        blog: str | int | FlickrObject | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.blogs.postPhoto`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.blogs.postPhoto)
        describes them).
        """

class Camera(FlickrObject):
    """A camera model of ``Camera.Brand.getModels``: ``name``, ``details``, ``images``.
    """
    class Brand(FlickrObject):
        """A camera brand (``brand``).
        """
        @staticmethod
        def getList() -> FlickrList[Camera.Brand]:
            """Call ``flickr.cameras.getBrands``; returns FlickrList[Camera.Brand]. Keyword
            arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.cameras.getBrands) describes them).
            """
        def getModels(self) -> FlickrList[Camera]:
            """Call ``flickr.cameras.getBrandModels`` for this object; returns FlickrList[Camera].
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.cameras.getBrandModels) describes them).
            """

class Category(FlickrObject):
    """A category of ``Group.browse``: its ``subcats`` (categories) and ``groups``.
    """

class Collection(FlickrObject):
    """A collection of albums and collections (``collection_id``).
    """
    def getInfo(self) -> dict[str, Any]:
        """Call ``flickr.collections.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.collections.getInfo)
        describes them).
        """
    def getTree(
        self,
        *,
        user_id: str | int | FlickrObject | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Collection]:
        """Call ``flickr.collections.getTree`` for this object; returns FlickrList[Collection].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.collections.getTree) describes them).
        """
    def getStats(self, date: str | int | date) -> Any:
        """Call ``flickr.stats.getCollectionStats`` for this object; returns value. Positional
        arguments: date. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getCollectionStats) describes them).
        """

class CommonInstitution(FlickrObject):
    """A member of the Flickr Commons: ``name``, ``date_launch``, ``urls``.
    """
    @staticmethod
    def getInstitutions() -> FlickrList[CommonInstitution]:
        """Call ``flickr.commons.getInstitutions``; returns FlickrList[CommonInstitution]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.commons.getInstitutions) describes them).
        """

class CommonInstitutionUrl(FlickrObject):
    """One of a Commons institution's links: ``type`` (site, license, flickr) and ``url``.
    """

class Contact(FlickrObject):
    """Your contacts (namespace): ``Contact.getList()`` returns Person objects.
    """
    @staticmethod
    def getList(
        _ignored: Any = ...,
        /,
        *,
        filter: str | None = ...,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
        sort: str | None = ...,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getList``; returns FlickrList[Person]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.contacts.getList)
        describes them).
        """
    @staticmethod
    def getListRecentlyUploaded(
        _ignored: Any = ...,
        /,
        *,
        date_lastupload: str | int | date | None = ...,
        filter: str | None = ...,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getListRecentlyUploaded``; returns FlickrList[Person]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.contacts.getListRecentlyUploaded) describes them).
        """
    @staticmethod
    def getTaggingSuggestions(
        _ignored: Any = ...,
        /,
        *,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getTaggingSuggestions``; returns FlickrList[Person]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.contacts.getTaggingSuggestions) describes them).
        """

class Gallery(FlickrObject):
    @property
    def primary_photo(self) -> Optional[Photo]:
        """The gallery's cover photo.
        """
    @staticmethod
    def create(
        *,
        title: str,
        description: str,
        primary_photo_id: str | int | FlickrObject | None = ...,
        full_result: bool | int | str | None = ...,
        primary_photo: str | int | FlickrObject | None = ...,
    ) -> Gallery:
        """Call ``flickr.galleries.create``; returns Gallery. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.galleries.create) describes
        them).
        """
    @staticmethod
    def getByUrl(url: str) -> Gallery:
        """Call ``flickr.urls.lookupGallery``; returns Gallery. Positional arguments: url. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.urls.lookupGallery) describes them).
        """
    def addPhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        comment: str | None = ...,
        full_response: bool | int | str | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.galleries.addPhoto`` for this object; returns None. Positional arguments:
        photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.galleries.addPhoto) describes them).
        """
    def editMeta(self, *, title: str, description: str | None = ...) -> None:
        """Call ``flickr.galleries.editMeta`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.galleries.editMeta)
        describes them).
        """
    def editMedia(self, *, title: str, description: str | None = ...) -> None:
        """The name of earlier releases for ``editMeta``, kept for scripts written for 0.x: calls
        ``flickr.galleries.editMeta``.
        """
    def editPhoto(
        self,
        *,
        comment: str,
        photo_id: str | int | FlickrObject | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.galleries.editPhoto`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.galleries.editPhoto)
        describes them).
        """
    def editPhotos(
        self,
        *,
        photo_ids: str | Iterable[Any],
        primary_photo_id: str | int | FlickrObject | None = ...,
        primary_photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.galleries.editPhotos`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.galleries.editPhotos)
        describes them).
        """
    def getInfo(
        self,
        *,
        primary_photo_size: str | None = ...,
        cover_photos_size: str | None = ...,
        limit: int | str | None = ...,
        short_limit: int | str | None = ...,
    ) -> dict[str, Any]:
        """Call ``flickr.galleries.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.galleries.getInfo)
        describes them).
        """
    def getPhotos(
        self,
        *,
        continuation: int | str | None = ...,
        get_user_info: bool | int | str | None = ...,
        get_gallery_info: bool | int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.galleries.getPhotos`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.galleries.getPhotos) describes them).
        """
    def removePhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        full_response: bool | int | str,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.galleries.removePhoto`` for this object; returns None. Positional
        arguments: photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.galleries.removePhoto) describes them).
        """

class Group(FlickrObject):
    """A group; its pool is ``group.getPhotos()``.
    """
    @staticmethod
    def browse(
        *,
        cat_id: str | int | FlickrObject | None = ...,
        cat: str | int | FlickrObject | None = ...,
    ) -> Category:
        """Call ``flickr.groups.browse``; returns Category. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.groups.browse) describes them).
        """
    @staticmethod
    def search(
        text: str,
        *,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Group]:
        """Call ``flickr.groups.search``; returns FlickrList[Group]. Positional arguments: text.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.search) describes them).
        """
    @staticmethod
    def getGroups(
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Group]:
        """Call ``flickr.groups.pools.getGroups``; returns FlickrList[Group]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.groups.pools.getGroups)
        describes them).
        """
    @staticmethod
    def getMemberGroups(
        user_id: str | int | FlickrObject | None = ...,
        *,
        extras: str | Iterable[Any] | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Group]:
        """Call ``flickr.people.getGroups``; returns FlickrList[Group]. Positional arguments:
        user_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.getGroups) describes them).
        """
    @staticmethod
    def getByUrl(url: str) -> Group:
        """Call ``flickr.urls.lookupGroup``; returns Group. Positional arguments: url. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.urls.lookupGroup) describes them).
        """
    def getInfo(
        self,
        *,
        group_path_alias: str | None = ...,
        lang: str | None = ...,
    ) -> dict[str, Any]:
        """Call ``flickr.groups.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.groups.getInfo)
        describes them).
        """
    def getUrl(self) -> Any:
        """Call ``flickr.urls.getGroup`` for this object; returns value. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.urls.getGroup)
        describes them).
        """
    def getMembers(
        self,
        *,
        membertypes: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Person]:
        """Call ``flickr.groups.members.getList`` for this object; returns FlickrList[Person].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.members.getList) describes them).
        """
    def join(self, *, accept_rules: bool | int | str | None = ...) -> None:
        """Call ``flickr.groups.join`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.groups.join) describes
        them).
        """
    def joinRequest(self, message: str, *, accept_rules: bool | int | str) -> None:
        """Call ``flickr.groups.joinRequest`` for this object; returns None. Positional arguments:
        message. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.joinRequest) describes them).
        """
    def leave(self, *, delete_photos: bool | int | str | None = ...) -> None:
        """Call ``flickr.groups.leave`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.groups.leave) describes
        them).
        """
    def addPhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.groups.pools.add`` for this object; returns None. Positional arguments:
        photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.pools.add) describes them).
        """
    def removePhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.groups.pools.remove`` for this object; returns None. Positional arguments:
        photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.pools.remove) describes them).
        """
    def getPoolContext(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.groups.pools.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: photo_id. Keyword arguments are Flickr's, checked before anything
        is sent (help(flickr_api.flickr.groups.pools.getContext) describes them).
        """
    def getPhotos(
        self,
        *,
        tags: str | Iterable[Any] | None = ...,
        user_id: str | int | FlickrObject | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.groups.pools.getPhotos`` for this object; returns FlickrList[Photo].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.pools.getPhotos) describes them).
        """
    def addDiscussTopic(self, *, subject: str, message: str) -> None:
        """Call ``flickr.groups.discuss.topics.add`` for this object; returns None. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.discuss.topics.add) describes them).
        """
    def getDiscussTopics(
        self,
        *,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Group.Topic]:
        """Call ``flickr.groups.discuss.topics.getList`` for this object; returns
        FlickrList[Group.Topic]. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.groups.discuss.topics.getList) describes them).
        """
    class Topic(FlickrObject):
        """A discussion topic of a group (``topic_id``; knows its ``group``).
        """
        def getInfo(self) -> dict[str, Any]:
            """Call ``flickr.groups.discuss.topics.getInfo`` for this object; returns dict. Keyword
            arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.groups.discuss.topics.getInfo) describes them).
            """
        def addReply(self, message: str) -> None:
            """Call ``flickr.groups.discuss.replies.add`` for this object; returns None. Positional
            arguments: message. Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.groups.discuss.replies.add) describes them).
            """
        def getReplies(
            self,
            *,
            per_page: int | str,
            page: int | str | None = ...,
        ) -> FlickrList[Group.Topic.Reply]:
            """Call ``flickr.groups.discuss.replies.getList`` for this object; returns
            FlickrList[Group.Topic.Reply]. Keyword arguments are Flickr's, checked before
            anything is sent (help(flickr_api.flickr.groups.discuss.replies.getList) describes
            them).
            """
        class Reply(FlickrObject):
            """A reply in a topic (``reply_id``; knows its ``topic``).
            """
            def getInfo(self) -> dict[str, Any]:
                """Call ``flickr.groups.discuss.replies.getInfo`` for this object; returns dict.
                Keyword arguments are Flickr's, checked before anything is sent
                (help(flickr_api.flickr.groups.discuss.replies.getInfo) describes them).
                """
            def edit(self, message: str) -> None:
                """Call ``flickr.groups.discuss.replies.edit`` for this object; returns None.
                Positional arguments: message. Keyword arguments are Flickr's, checked before
                anything is sent (help(flickr_api.flickr.groups.discuss.replies.edit) describes
                them).
                """
            def delete(self) -> None:
                """Call ``flickr.groups.discuss.replies.delete`` for this object; returns None.
                Keyword arguments are Flickr's, checked before anything is sent
                (help(flickr_api.flickr.groups.discuss.replies.delete) describes them).
                """

class License(FlickrObject):
    """A photo license: ``id``, ``name``, ``url``.
    """
    @staticmethod
    def getList() -> FlickrList[License]:
        """Call ``flickr.photos.licenses.getInfo``; returns FlickrList[License]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.licenses.getInfo) describes them).
        """

class Location(FlickrObject):
    """Where a photo was taken: ``latitude``, ``longitude`` (floats), ``accuracy`` and the
    enclosing places.
    """

class MachineTag(FlickrObject):
    """Machine tags (namespace:predicate=value), a namespace of static methods.
    """
    @staticmethod
    def getNamespaces(
        *,
        predicate: str | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[MachineTag.Namespace]:
        """Call ``flickr.machinetags.getNamespaces``; returns FlickrList[MachineTag.Namespace].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.machinetags.getNamespaces) describes them).
        """
    @staticmethod
    def getPairs(
        *,
        namespace: str | None = ...,
        predicate: str | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[MachineTag.Pair]:
        """Call ``flickr.machinetags.getPairs``; returns FlickrList[MachineTag.Pair]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.machinetags.getPairs) describes them).
        """
    @staticmethod
    def getPredicates(
        *,
        namespace: str | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[MachineTag.Predicate]:
        """Call ``flickr.machinetags.getPredicates``; returns FlickrList[MachineTag.Predicate].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.machinetags.getPredicates) describes them).
        """
    @staticmethod
    def getRecentValues(
        *,
        namespace: str | None = ...,
        predicate: str | None = ...,
        added_since: str | int | date | None = ...,
    ) -> FlickrList[MachineTag.Value]:
        """Call ``flickr.machinetags.getRecentValues``; returns FlickrList[MachineTag.Value].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.machinetags.getRecentValues) describes them).
        """
    @staticmethod
    def getValues(
        *,
        namespace: str,
        predicate: str,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[MachineTag.Value]:
        """Call ``flickr.machinetags.getValues``; returns FlickrList[MachineTag.Value]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.machinetags.getValues) describes them).
        """
    class Namespace(FlickrObject): ...
    class Pair(FlickrObject): ...
    class Predicate(FlickrObject): ...
    class Value(FlickrObject): ...

class OAuth(FlickrObject):
    """OAuth token checks and the exchange of an old token (namespace). ``checkToken()``
    checks the token the call is signed with.
    """
    @staticmethod
    def checkToken(oauth_token: str | None = ...) -> Any:
        """Call ``flickr.auth.oauth.checkToken``; returns dict. Positional arguments: oauth_token.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.auth.oauth.checkToken) describes them).
        """
    @staticmethod
    def getAccessToken(auth_token: str | None = ...) -> Any:
        """Call ``flickr.auth.oauth.getAccessToken``; returns dict. Positional arguments:
        auth_token. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.auth.oauth.getAccessToken) describes them).
        """

class Panda(FlickrObject):
    """One of Flickr's pandas (``panda_name``), serving a stream of photos.
    """
    @staticmethod
    def getList() -> FlickrList[Panda]:
        """Call ``flickr.panda.getList``; returns FlickrList[Panda]. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.panda.getList) describes them).
        """
    def getPhotos(
        self,
        *,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.panda.getPhotos`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.panda.getPhotos) describes them).
        """

class Person(FlickrObject):
    """A Flickr account (``user_id``): ``Person.findByUserName("alice")``, ``photo.owner``.
    """
    def getBuddyIconUrl(self) -> str:
        """The URL of the person's buddy icon (Flickr's default icon when they have none).
        """
    @classmethod
    def getFromToken(
        cls,
        token: Optional[AuthHandler] = ...,
        filename: Optional[str] = ...,
        client: Optional[Client] = ...,
    ) -> Person:
        """The person a token belongs to: the client's, or that of ``token`` (an AuthHandler)
        or of the token file ``filename`` as in earlier releases. Asks ``flickr.test.login``
        when the token does not say.
        """
    @staticmethod
    def findByUsername(username: str) -> Person:
        """Call ``flickr.people.findByUsername``; returns Person. Positional arguments: username.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.findByUsername) describes them).
        """
    @staticmethod
    def findByUserName(username: str) -> Person:
        """The name of earlier releases for ``findByUsername``, kept for scripts written for 0.x:
        calls ``flickr.people.findByUsername``.
        """
    @staticmethod
    def findByEmail(find_email: str) -> Person:
        """Call ``flickr.people.findByEmail``; returns Person. Positional arguments: find_email.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.findByEmail) describes them).
        """
    @staticmethod
    def findByUrl(url: str) -> Person:
        """Call ``flickr.urls.lookupUser``; returns Person. Positional arguments: url. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.urls.lookupUser) describes them).
        """
    @staticmethod
    def getUploadStatus() -> Any:
        """Call ``flickr.people.getUploadStatus``; returns dict. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.people.getUploadStatus) describes
        them).
        """
    @staticmethod
    def getNotInSetPhotos(
        *,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        privacy_filter: int | str | None = ...,
        media: str | None = ...,
        min_upload_date: str | int | date | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getNotInSet``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getNotInSet)
        describes them).
        """
    @staticmethod
    def batchCorrectLocation(
        *,
        lat: float | str,
        lon: float | str,
        accuracy: int | str,
        place_id: str | int | FlickrObject | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.geo.batchCorrectLocation``; returns None. Keyword arguments are
        Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.batchCorrectLocation) describes them).
        """
    def getInfo(self) -> dict[str, Any]:
        """Call ``flickr.people.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.people.getInfo)
        describes them).
        """
    def getGroups(self, *, extras: str | Iterable[Any] | None = ...) -> FlickrList[Group]:
        """Call ``flickr.people.getGroups`` for this object; returns FlickrList[Group]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.getGroups) describes them).
        """
    def getPublicGroups(self) -> FlickrList[Group]:
        """Call ``flickr.people.getPublicGroups`` for this object; returns FlickrList[Group].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.getPublicGroups) describes them).
        """
    def getLimits(self) -> Any:
        """Call ``flickr.people.getLimits`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.people.getLimits)
        describes them).
        """
    def getPhotoCounts(
        self,
        *,
        dates: str | Iterable[Any] | None = ...,
        taken_dates: str | Iterable[Any] | None = ...,
    ) -> Any:
        """Call ``flickr.photos.getCounts`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getCounts)
        describes them).
        """
    def getPhotos(
        self,
        *,
        safe_search: int | str | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        content_types: str | Iterable[Any] | None = ...,
        privacy_filter: int | str | None = ...,
        content_type: int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.people.getPhotos`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.getPhotos) describes them).
        """
    def getPublicPhotos(
        self,
        *,
        safe_search: int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.people.getPublicPhotos`` for this object; returns FlickrList[Photo].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.getPublicPhotos) describes them).
        """
    def getPhotosOf(
        self,
        *,
        owner_id: str | int | FlickrObject | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        owner: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.people.getPhotosOf`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.people.getPhotosOf) describes them).
        """
    def getPopularPhotos(
        self,
        *,
        sort: str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getPopular`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getPopular) describes them).
        """
    def getContactsPublicPhotos(
        self,
        *,
        count: int | str | None = ...,
        just_friends: bool | int | str | None = ...,
        single_photo: bool | int | str | None = ...,
        include_self: bool | int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getContactsPublicPhotos`` for this object; returns
        FlickrList[Photo]. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getContactsPublicPhotos) describes them).
        """
    def getPhotosets(
        self,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
        primary_photo_extras: str | Iterable[Any] | None = ...,
        photo_ids: str | Iterable[Any] | None = ...,
        sort_groups: str | Iterable[Any] | None = ...,
    ) -> FlickrList[Photoset]:
        """Call ``flickr.photosets.getList`` for this object; returns FlickrList[Photoset]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.getList) describes them).
        """
    def getCollectionTree(
        self,
        *,
        collection_id: str | int | FlickrObject | None = ...,
        collection: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Collection]:
        """Call ``flickr.collections.getTree`` for this object; returns FlickrList[Collection].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.collections.getTree) describes them).
        """
    def getPublicContacts(
        self,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getPublicList`` for this object; returns FlickrList[Person].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.contacts.getPublicList) describes them).
        """
    def getFavorites(
        self,
        *,
        min_fave_date: str | int | date | None = ...,
        max_fave_date: str | int | date | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.favorites.getList`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.favorites.getList) describes them).
        """
    def getPublicFavorites(
        self,
        *,
        min_fave_date: str | int | date | None = ...,
        max_fave_date: str | int | date | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.favorites.getPublicList`` for this object; returns FlickrList[Photo].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.favorites.getPublicList) describes them).
        """
    def getFavoriteContext(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.favorites.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: photo_id. Keyword arguments are Flickr's, checked before anything
        is sent (help(flickr_api.flickr.favorites.getContext) describes them).
        """
    def removeFromFavorites(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.favorites.remove`` for this object; returns None. Positional arguments:
        photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.favorites.remove) describes them).
        """
    def getGalleries(
        self,
        *,
        continuation: int | str,
        short_limit: int | str,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        primary_photo_extras: str | Iterable[Any] | None = ...,
        sort_groups: str | Iterable[Any] | None = ...,
        photo_ids: str | Iterable[Any] | None = ...,
        cover_photos: bool | int | str | None = ...,
        primary_photo_cover_size: str | None = ...,
        cover_photos_size: str | None = ...,
        limit: int | str | None = ...,
    ) -> FlickrList[Gallery]:
        """Call ``flickr.galleries.getList`` for this object; returns FlickrList[Gallery]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.galleries.getList) describes them).
        """
    def getPhotosUrl(self) -> Any:
        """Call ``flickr.urls.getUserPhotos`` for this object; returns value. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.urls.getUserPhotos)
        describes them).
        """
    def getProfileUrl(self) -> Any:
        """Call ``flickr.urls.getUserProfile`` for this object; returns value. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.urls.getUserProfile)
        describes them).
        """
    def getProfile(self) -> Profile:
        """Call ``flickr.profile.getProfile`` for this object; returns Profile. Keyword arguments
        are Flickr's, checked before anything is sent (help(flickr_api.flickr.profile.getProfile)
        describes them).
        """
    def getTags(self) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUser`` for this object; returns FlickrList[Tag]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getListUser) describes them).
        """
    def getPopularTags(self, *, count: int | str | None = ...) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUserPopular`` for this object; returns FlickrList[Tag]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getListUserPopular) describes them).
        """
    def getTestimonials(
        self,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsAbout`` for this object; returns
        FlickrList[Testimonial]. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.getTestimonialsAbout) describes them).
        """
    def getTestimonialsBy(
        self,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsBy`` for this object; returns
        FlickrList[Testimonial]. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.getTestimonialsBy) describes them).
        """
    def addTestimonial(self, testimonial_text: str) -> Testimonial:
        """Call ``flickr.testimonials.addTestimonial`` for this object; returns Testimonial.
        Positional arguments: testimonial_text. Keyword arguments are Flickr's, checked before
        anything is sent (help(flickr_api.flickr.testimonials.addTestimonial) describes them).
        """

class Photo(FlickrObject):
    """A photo or video (``photo_id``). A listed photo carries what its listing asked for; a
    field it lacks is fetched for its whole page on first read (see
    :mod:`flickr_api.objects.pages`), other fields load once (``flickr.photos.getInfo``).
    """
    @property
    def posted_datetime(self) -> Optional[_dt.datetime]:
        """When the photo was uploaded (UTC).
        """
    @property
    def taken_datetime(self) -> Optional[_dt.datetime]:
        """When the photo was taken, as Flickr has it (camera local time, no time zone).
        """
    @property
    def lastupdate_datetime(self) -> Optional[_dt.datetime]: ...
    @property
    def shortUrl(self) -> str:
        """The flic.kr short link of the photo.
        """
    def getPageUrl(self) -> str:
        """The photo's page on www.flickr.com.
        """
    def getSizes(self, force: bool = ...) -> dict[str, dict[str, Any]]:
        """Every size of the photo by label: ``{"Medium": {"width", "height", "source", "url",
        "media"}, ...}``; from the listing's ``url_*`` extras when it had them, else (or with
        ``force``) from ``flickr.photos.getSizes`` (awaited with an AsyncClient).
        """
    @property
    def sizes(self) -> dict[str, dict[str, Any]]: ...
    def getPhotoFile(self, size_label: Optional[str] = ...) -> str:
        """The URL of the image file of a size (by label "Medium 640" or suffix "z"; the
        largest when None). No request when the photo's sizes or secrets are known; one for
        the whole page of its listing when they are not.
        """
    def getPhotoUrl(self, size_label: Optional[str] = ...) -> str:
        """The URL of the web page showing a size (the largest when None).
        """
    def getNotes(self) -> list[Any]:
        """The notes on the photo (loads the photo if needed).
        """
    def save(self, filename: Union[str, os.PathLike[str]], size_label: Optional[str] = ...) -> Path:
        """Download a size (the largest by default) to ``filename``; returns the path.
        """
    def show(self, size_label: Optional[str] = ...) -> None:
        """Open a size of the photo in an image viewer (needs Pillow).
        """
    @staticmethod
    def search(
        *,
        user_id: str | int | FlickrObject | None = ...,
        tags: str | Iterable[Any] | None = ...,
        tag_mode: str | None = ...,
        text: str | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        license: int | str | None = ...,
        sort: str | None = ...,
        privacy_filter: int | str | None = ...,
        bbox: str | Iterable[Any] | None = ...,
        accuracy: int | str | None = ...,
        safe_search: int | str | None = ...,
        content_types: str | Iterable[Any] | None = ...,
        video_content_types: str | Iterable[Any] | None = ...,
        machine_tags: str | Iterable[Any] | None = ...,
        machine_tag_mode: str | None = ...,
        group_id: str | int | FlickrObject | None = ...,
        contacts: str | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place_id: str | int | FlickrObject | None = ...,
        media: str | None = ...,
        has_geo: bool | int | str | None = ...,
        geo_context: int | str | None = ...,
        lat: float | str | None = ...,
        lon: float | str | None = ...,
        radius: float | str | None = ...,
        radius_units: str | None = ...,
        is_commons: bool | int | str | None = ...,
        in_gallery: bool | int | str | None = ...,
        is_getty: bool | int | str | None = ...,
        content_type: int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
        group: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.search``; returns FlickrList[Photo]. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.photos.search) describes them).
        """
    @staticmethod
    def getRecent(
        *,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getRecent``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getRecent)
        describes them).
        """
    @staticmethod
    def getPopular(
        *,
        user_id: str | int | FlickrObject | None = ...,
        sort: str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getPopular``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getPopular)
        describes them).
        """
    @staticmethod
    def getUntagged(
        *,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        privacy_filter: int | str | None = ...,
        media: str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getUntagged``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getUntagged)
        describes them).
        """
    @staticmethod
    def getWithGeoData(
        *,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        privacy_filter: int | str | None = ...,
        sort: str | None = ...,
        media: str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getWithGeoData``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getWithGeoData)
        describes them).
        """
    @staticmethod
    def getWithoutGeoData(
        *,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        privacy_filter: int | str | None = ...,
        sort: str | None = ...,
        media: str | None = ...,
        min_upload_date: str | int | date | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getWithoutGeoData``; returns FlickrList[Photo]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getWithoutGeoData) describes them).
        """
    @staticmethod
    def getNotInSet(
        *,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        privacy_filter: int | str | None = ...,
        media: str | None = ...,
        min_upload_date: str | int | date | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getNotInSet``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getNotInSet)
        describes them).
        """
    @staticmethod
    def getContactsPhotos(
        *,
        count: int | str | None = ...,
        just_friends: bool | int | str | None = ...,
        single_photo: bool | int | str | None = ...,
        include_self: bool | int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getContactsPhotos``; returns FlickrList[Photo]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getContactsPhotos) describes them).
        """
    @staticmethod
    def recentlyUpdated(
        min_date: str | int | date,
        *,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.recentlyUpdated``; returns FlickrList[Photo]. Positional arguments:
        min_date. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.recentlyUpdated) describes them).
        """
    @staticmethod
    def photosForLocation(
        *,
        lat: float | str,
        lon: float | str,
        accuracy: int | str | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.geo.photosForLocation``; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.photosForLocation) describes them).
        """
    @staticmethod
    def getInteresting(
        *,
        date: str | int | date | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.interestingness.getList``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent
        (help(flickr_api.flickr.interestingness.getList) describes them).
        """
    @staticmethod
    def checkUploadTickets(tickets: str | Iterable[Any]) -> list[UploadTicket]:
        """Call ``flickr.photos.upload.checkTickets``; returns list[UploadTicket]. Positional
        arguments: tickets. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.upload.checkTickets) describes them).
        """
    def getInfo(self, *, secret: str | None = ...) -> dict[str, Any]:
        """Call ``flickr.photos.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getInfo)
        describes them).
        """
    def getExif(self, *, secret: str | None = ...) -> FlickrList[Photo.Exif]:
        """Call ``flickr.photos.getExif`` for this object; returns FlickrList[Photo.Exif]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getExif) describes them).
        """
    def getContext(self) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.photos.getContext`` for this object; returns tuple[Photo, Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getContext) describes them).
        """
    def getAllContexts(self) -> tuple[FlickrList[Photoset], FlickrList[Group]]:
        """Call ``flickr.photos.getAllContexts`` for this object; returns
        tuple[FlickrList[Photoset], FlickrList[Group]]. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.photos.getAllContexts) describes them).
        """
    def getFavorites(
        self,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Person]:
        """Call ``flickr.photos.getFavorites`` for this object; returns FlickrList[Person]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.getFavorites) describes them).
        """
    def getPerms(self) -> Any:
        """Call ``flickr.photos.getPerms`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.getPerms)
        describes them).
        """
    def getTags(self) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListPhoto`` for this object; returns FlickrList[Tag]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getListPhoto) describes them).
        """
    def getStats(self, date: str | int | date) -> Any:
        """Call ``flickr.stats.getPhotoStats`` for this object; returns dict. Positional arguments:
        date. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotoStats) describes them).
        """
    def getGalleries(
        self,
        *,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Gallery]:
        """Call ``flickr.galleries.getListForPhoto`` for this object; returns FlickrList[Gallery].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.galleries.getListForPhoto) describes them).
        """
    def getLicenseHistory(self) -> Any:
        """Call ``flickr.photos.licenses.getLicenseHistory`` for this object; returns dict. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.licenses.getLicenseHistory) describes them).
        """
    def delete(self) -> None:
        """Call ``flickr.photos.delete`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.delete)
        describes them).
        """
    def addTags(self, tags: str | Iterable[Any]) -> None:
        """Call ``flickr.photos.addTags`` for this object; returns None. Positional arguments: tags.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.addTags) describes them).
        """
    def setTags(self, tags: str | Iterable[Any]) -> None:
        """Call ``flickr.photos.setTags`` for this object; returns None. Positional arguments: tags.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.setTags) describes them).
        """
    def setContentType(self, content_type: int | str) -> None:
        """Call ``flickr.photos.setContentType`` for this object; returns None. Positional
        arguments: content_type. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.setContentType) describes them).
        """
    def setDates(
        self,
        *,
        date_posted: str | int | date | None = ...,
        date_taken: str | int | date | None = ...,
        date_taken_granularity: int | str | None = ...,
    ) -> None:
        """Call ``flickr.photos.setDates`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.setDates)
        describes them).
        """
    def setMeta(self, *, title: str | None = ..., description: str | None = ...) -> None:
        """Call ``flickr.photos.setMeta`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.setMeta)
        describes them).
        """
    def setPerms(
        self,
        *,
        is_public: bool | int | str,
        is_friend: bool | int | str,
        is_family: bool | int | str,
        perm_comment: int | str | None = ...,
        perm_addmeta: int | str | None = ...,
    ) -> None:
        """Call ``flickr.photos.setPerms`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.setPerms)
        describes them).
        """
    def setSafetyLevel(
        self,
        safety_level: int | str | None = ...,
        *,
        hidden: bool | int | str | None = ...,
    ) -> None:
        """Call ``flickr.photos.setSafetyLevel`` for this object; returns None. Positional
        arguments: safety_level. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.setSafetyLevel) describes them).
        """
    def setLicense(
        self,
        license_id: str | int | FlickrObject | None = ...,
        *,
        license: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.licenses.setLicense`` for this object; returns None. Positional
        arguments: license_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.licenses.setLicense) describes them).
        """
    def setLicence(
        self,
        license_id: str | int | FlickrObject | None = ...,
        *,
        license: str | int | FlickrObject | None = ...,
    ) -> None:
        """The name of earlier releases for ``setLicense``, kept for scripts written for 0.x: calls
        ``flickr.photos.licenses.setLicense``.
        """
    def rotate(self, degrees: int | str) -> None:
        """Call ``flickr.photos.transform.rotate`` for this object; returns None. Positional
        arguments: degrees. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.transform.rotate) describes them).
        """
    def addToFavorites(self) -> None:
        """Call ``flickr.favorites.add`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.favorites.add)
        describes them).
        """
    def removeFromFavorites(self) -> None:
        """Call ``flickr.favorites.remove`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.favorites.remove)
        describes them).
        """
    def getFavoriteContext(
        self,
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.favorites.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: user_id. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.favorites.getContext) describes them).
        """
    def addComment(self, comment_text: str) -> Photo.Comment:
        """Call ``flickr.photos.comments.addComment`` for this object; returns Photo.Comment.
        Positional arguments: comment_text. Keyword arguments are Flickr's, checked before
        anything is sent (help(flickr_api.flickr.photos.comments.addComment) describes them).
        """
    def getComments(
        self,
        *,
        min_comment_date: str | int | date | None = ...,
        max_comment_date: str | int | date | None = ...,
    ) -> FlickrList[Photo.Comment]:
        """Call ``flickr.photos.comments.getList`` for this object; returns
        FlickrList[Photo.Comment]. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.photos.comments.getList) describes them).
        """
    def addNote(
        self,
        *,
        note_x: int | str,
        note_y: int | str,
        note_w: int | str,
        note_h: int | str,
        note_text: str,
    ) -> Photo.Note:
        """Call ``flickr.photos.notes.add`` for this object; returns Photo.Note. Keyword arguments
        are Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.notes.add)
        describes them).
        """
    def addPerson(
        self,
        user_id: str | int | FlickrObject | None = ...,
        *,
        person_x: int | str | None = ...,
        person_y: int | str | None = ...,
        person_w: int | str | None = ...,
        person_h: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.people.add`` for this object; returns None. Positional arguments:
        user_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.people.add) describes them).
        """
    def deletePerson(
        self,
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.people.delete`` for this object; returns None. Positional arguments:
        user_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.people.delete) describes them).
        """
    def deletePersonCoords(
        self,
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.people.deleteCoords`` for this object; returns None. Positional
        arguments: user_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.people.deleteCoords) describes them).
        """
    def editPersonCoords(
        self,
        user_id: str | int | FlickrObject | None = ...,
        *,
        person_x: int | str,
        person_y: int | str,
        person_w: int | str,
        person_h: int | str,
        user: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.people.editCoords`` for this object; returns None. Positional
        arguments: user_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.people.editCoords) describes them).
        """
    def getPeople(self) -> FlickrList[Person]:
        """Call ``flickr.photos.people.getList`` for this object; returns FlickrList[Person].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.people.getList) describes them).
        """
    def getLocation(self, *, extras: str | Iterable[Any] | None = ...) -> Location:
        """Call ``flickr.photos.geo.getLocation`` for this object; returns Location. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.getLocation) describes them).
        """
    def setLocation(
        self,
        *,
        lat: float | str,
        lon: float | str,
        accuracy: int | str | None = ...,
        context: int | str | None = ...,
    ) -> None:
        """Call ``flickr.photos.geo.setLocation`` for this object; returns None. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.setLocation) describes them).
        """
    def correctLocation(
        self,
        *,
        place_id: str | int | FlickrObject | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        foursquare_id: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
        foursquare: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photos.geo.correctLocation`` for this object; returns None. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.correctLocation) describes them).
        """
    def removeLocation(self) -> None:
        """Call ``flickr.photos.geo.removeLocation`` for this object; returns None. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.removeLocation) describes them).
        """
    def setContext(self, context: int | str) -> None:
        """Call ``flickr.photos.geo.setContext`` for this object; returns None. Positional
        arguments: context. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.setContext) describes them).
        """
    def getGeoPerms(self) -> PhotoGeoPerms:
        """Call ``flickr.photos.geo.getPerms`` for this object; returns PhotoGeoPerms. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.geo.getPerms) describes them).
        """
    def setGeoPerms(
        self,
        *,
        is_public: bool | int | str,
        is_contact: bool | int | str,
        is_friend: bool | int | str,
        is_family: bool | int | str,
    ) -> None:
        """Call ``flickr.photos.geo.setPerms`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.geo.setPerms)
        describes them).
        """
    def getSuggestions(
        self,
        *,
        status_id: str | int | FlickrObject | None = ...,
        status: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Photo.Suggestion]:
        """Call ``flickr.photos.suggestions.getList`` for this object; returns
        FlickrList[Photo.Suggestion]. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.photos.suggestions.getList) describes them).
        """
    def suggestLocation(
        self,
        *,
        lat: float | str,
        lon: float | str,
        accuracy: int | str | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place_id: str | int | FlickrObject | None = ...,
        note: str | None = ...,
        woe: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
    ) -> Photo.Suggestion:
        """Call ``flickr.photos.suggestions.suggestLocation`` for this object; returns
        Photo.Suggestion. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photos.suggestions.suggestLocation) describes them).
        """
    class Comment(FlickrObject):
        """A comment on a photo (``comment_id``).
        """
        def edit(self, comment_text: str) -> None:
            """Call ``flickr.photos.comments.editComment`` for this object; returns None. Positional
            arguments: comment_text. Keyword arguments are Flickr's, checked before anything is
            sent (help(flickr_api.flickr.photos.comments.editComment) describes them).
            """
        def delete(self) -> None:
            """Call ``flickr.photos.comments.deleteComment`` for this object; returns None. Keyword
            arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.comments.deleteComment) describes them).
            """
        @staticmethod
        def getRecentForContacts(
            *,
            date_lastcomment: str | int | date | None = ...,
            contacts_filter: str | Iterable[Any] | None = ...,
            extras: str | Iterable[Any] | None = ...,
            per_page: int | str | None = ...,
            page: int | str | None = ...,
        ) -> FlickrList[Photo]:
            """Call ``flickr.photos.comments.getRecentForContacts``; returns FlickrList[Photo].
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.comments.getRecentForContacts) describes them).
            """
    class Note(FlickrObject):
        """A note on a photo (``note_id``).
        """
        def edit(
            self,
            *,
            note_x: int | str,
            note_y: int | str,
            note_w: int | str,
            note_h: int | str,
            note_text: str,
        ) -> None:
            """Call ``flickr.photos.notes.edit`` for this object; returns None. Keyword arguments
            are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.notes.edit) describes them).
            """
        def delete(self) -> None:
            """Call ``flickr.photos.notes.delete`` for this object; returns None. Keyword arguments
            are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.notes.delete) describes them).
            """
    class Suggestion(FlickrObject):
        """A location suggestion for a photo (``suggestion_id``).
        """
        def approve(self) -> None:
            """Call ``flickr.photos.suggestions.approveSuggestion`` for this object; returns None.
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.suggestions.approveSuggestion) describes them).
            """
        def reject(self) -> None:
            """Call ``flickr.photos.suggestions.rejectSuggestion`` for this object; returns None.
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.suggestions.rejectSuggestion) describes them).
            """
        def remove(self) -> None:
            """Call ``flickr.photos.suggestions.removeSuggestion`` for this object; returns None.
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photos.suggestions.removeSuggestion) describes them).
            """
    class Exif(FlickrObject):
        """One EXIF/TIFF/GPS tag of a photo: ``tagspace``, ``tag``, ``label``, ``raw``,
        ``clean``.
        """

class PhotoGeoPerms(FlickrObject):
    """Who may see where a photo was taken: ``ispublic``, ``iscontact``, ``isfriend``,
    ``isfamily``.
    """

class Photoset(FlickrObject):
    """An album. ``photoset.getPhotos()`` lists its photos, ``Photoset.create(title=...,
    primary_photo=photo)`` makes one.
    """
    @staticmethod
    def create(
        *,
        title: str,
        description: str | None = ...,
        primary_photo_id: str | int | FlickrObject | None = ...,
        primary_photo: str | int | FlickrObject | None = ...,
    ) -> Photoset:
        """Call ``flickr.photosets.create``; returns Photoset. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.photosets.create) describes
        them).
        """
    @staticmethod
    def orderSets(photoset_ids: str | Iterable[Any]) -> None:
        """Call ``flickr.photosets.orderSets``; returns None. Positional arguments: photoset_ids.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.orderSets) describes them).
        """
    def getInfo(
        self,
        *,
        user_id: str | int | FlickrObject | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> dict[str, Any]:
        """Call ``flickr.photosets.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photosets.getInfo)
        describes them).
        """
    def getPhotos(
        self,
        *,
        user_id: str | int | FlickrObject | None = ...,
        extras: str | Iterable[Any] | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        privacy_filter: int | str | None = ...,
        media: str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photosets.getPhotos`` for this object; returns FlickrList[Photo]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.getPhotos) describes them).
        """
    def getContext(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.photosets.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: photo_id. Keyword arguments are Flickr's, checked before anything
        is sent (help(flickr_api.flickr.photosets.getContext) describes them).
        """
    def getStats(self, date: str | int | date) -> Any:
        """Call ``flickr.stats.getPhotosetStats`` for this object; returns dict. Positional
        arguments: date. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotosetStats) describes them).
        """
    def addPhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photosets.addPhoto`` for this object; returns None. Positional arguments:
        photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.addPhoto) describes them).
        """
    def removePhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photosets.removePhoto`` for this object; returns None. Positional
        arguments: photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.removePhoto) describes them).
        """
    def removePhotos(self, photo_ids: str | Iterable[Any]) -> None:
        """Call ``flickr.photosets.removePhotos`` for this object; returns None. Positional
        arguments: photo_ids. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.removePhotos) describes them).
        """
    def reorderPhotos(self, photo_ids: str | Iterable[Any]) -> None:
        """Call ``flickr.photosets.reorderPhotos`` for this object; returns None. Positional
        arguments: photo_ids. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.reorderPhotos) describes them).
        """
    def setPrimaryPhoto(
        self,
        photo_id: str | int | FlickrObject | None = ...,
        *,
        photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photosets.setPrimaryPhoto`` for this object; returns None. Positional
        arguments: photo_id. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.photosets.setPrimaryPhoto) describes them).
        """
    def editMeta(self, *, title: str, description: str | None = ...) -> None:
        """Call ``flickr.photosets.editMeta`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photosets.editMeta)
        describes them).
        """
    def editPhotos(
        self,
        *,
        photo_ids: str | Iterable[Any],
        primary_photo_id: str | int | FlickrObject | None = ...,
        primary_photo: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.photosets.editPhotos`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photosets.editPhotos)
        describes them).
        """
    def delete(self) -> None:
        """Call ``flickr.photosets.delete`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photosets.delete)
        describes them).
        """
    def addComment(self, comment_text: str) -> Photoset.Comment:
        """Call ``flickr.photosets.comments.addComment`` for this object; returns Photoset.Comment.
        Positional arguments: comment_text. Keyword arguments are Flickr's, checked before
        anything is sent (help(flickr_api.flickr.photosets.comments.addComment) describes them).
        """
    def getComments(self) -> FlickrList[Photoset.Comment]:
        """Call ``flickr.photosets.comments.getList`` for this object; returns
        FlickrList[Photoset.Comment]. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.photosets.comments.getList) describes them).
        """
    class Comment(FlickrObject):
        """A comment on an album (``comment_id``).
        """
        def edit(self, comment_text: str) -> None:
            """Call ``flickr.photosets.comments.editComment`` for this object; returns None.
            Positional arguments: comment_text. Keyword arguments are Flickr's, checked before
            anything is sent (help(flickr_api.flickr.photosets.comments.editComment) describes
            them).
            """
        def delete(self) -> None:
            """Call ``flickr.photosets.comments.deleteComment`` for this object; returns None.
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.photosets.comments.deleteComment) describes them).
            """

class Place(FlickrObject):
    """A place of Flickr's geography (``place_id``); its enclosing ``locality``, ``county``,
    ``region`` and ``country`` are Places too.
    """
    @staticmethod
    def find(query: str) -> FlickrList[Place]:
        """Call ``flickr.places.find``; returns FlickrList[Place]. Positional arguments: query.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.find) describes them).
        """
    @staticmethod
    def findByLatLon(
        *,
        lat: float | str,
        lon: float | str,
        accuracy: int | str | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.findByLatLon``; returns FlickrList[Place]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.places.findByLatLon)
        describes them).
        """
    @staticmethod
    def getByUrl(url: str) -> Place:
        """Call ``flickr.places.getInfoByUrl``; returns Place. Positional arguments: url. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.getInfoByUrl) describes them).
        """
    @staticmethod
    def getPlaceTypes() -> FlickrList[Place.Type]:
        """Call ``flickr.places.getPlaceTypes``; returns FlickrList[Place.Type]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.getPlaceTypes) describes them).
        """
    @staticmethod
    def placesForBoundingBox(
        bbox: str | Iterable[Any],
        *,
        place_type: str | None = ...,
        place_type_id: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForBoundingBox``; returns FlickrList[Place]. Positional
        arguments: bbox. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.placesForBoundingBox) describes them).
        """
    @staticmethod
    def placesForContacts(
        *,
        place_type: str | None = ...,
        place_type_id: str | int | FlickrObject | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place_id: str | int | FlickrObject | None = ...,
        threshold: int | str | None = ...,
        contacts: str | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        woe: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForContacts``; returns FlickrList[Place]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.placesForContacts) describes them).
        """
    @staticmethod
    def placesForTags(
        *,
        place_type_id: str | int | FlickrObject | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place_id: str | int | FlickrObject | None = ...,
        threshold: int | str | None = ...,
        tags: str | Iterable[Any] | None = ...,
        tag_mode: str | None = ...,
        machine_tags: str | Iterable[Any] | None = ...,
        machine_tag_mode: str | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        place_type: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForTags``; returns FlickrList[Place]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.places.placesForTags)
        describes them).
        """
    @staticmethod
    def placesForUser(
        *,
        place_type_id: str | int | FlickrObject | None = ...,
        place_type: str | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place_id: str | int | FlickrObject | None = ...,
        threshold: int | str | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        woe: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForUser``; returns FlickrList[Place]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.places.placesForUser)
        describes them).
        """
    @staticmethod
    def resolvePlaceId(
        place_id: str | int | FlickrObject | None = ...,
        *,
        place: str | int | FlickrObject | None = ...,
    ) -> Place:
        """Call ``flickr.places.resolvePlaceId``; returns Place. Positional arguments: place_id.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.resolvePlaceId) describes them).
        """
    @staticmethod
    def resolvePlaceURL(url: str) -> Place:
        """Call ``flickr.places.resolvePlaceURL``; returns Place. Positional arguments: url. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.resolvePlaceURL) describes them).
        """
    @staticmethod
    def tagsForPlace(
        *,
        woe_id: str | int | FlickrObject | None = ...,
        place_id: str | int | FlickrObject | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        woe: str | int | FlickrObject | None = ...,
        place: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place.Tag]:
        """Call ``flickr.places.tagsForPlace``; returns FlickrList[Place.Tag]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.places.tagsForPlace)
        describes them).
        """
    def getInfo(
        self,
        *,
        woe_id: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> dict[str, Any]:
        """Call ``flickr.places.getInfo`` for this object; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.places.getInfo)
        describes them).
        """
    def getChildrenWithPhotosPublic(
        self,
        *,
        woe_id: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.getChildrenWithPhotosPublic`` for this object; returns
        FlickrList[Place]. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.getChildrenWithPhotosPublic) describes them).
        """
    def getChildrenWithPhotoPublic(
        self,
        *,
        woe_id: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """The name of earlier releases for ``getChildrenWithPhotosPublic``, kept for scripts
        written for 0.x: calls ``flickr.places.getChildrenWithPhotosPublic``.
        """
    def getShapeHistory(
        self,
        *,
        woe_id: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place.ShapeData]:
        """Call ``flickr.places.getShapeHistory`` for this object; returns
        FlickrList[Place.ShapeData]. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.places.getShapeHistory) describes them).
        """
    def getTopPlaces(
        self,
        place_type_id: str | int | FlickrObject | None = ...,
        *,
        date: str | int | date | None = ...,
        woe_id: str | int | FlickrObject | None = ...,
        place_type: str | int | FlickrObject | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.getTopPlacesList`` for this object; returns FlickrList[Place].
        Positional arguments: place_type_id. Keyword arguments are Flickr's, checked before
        anything is sent (help(flickr_api.flickr.places.getTopPlacesList) describes them).
        """
    def getTags(
        self,
        *,
        woe_id: str | int | FlickrObject | None = ...,
        min_upload_date: str | int | date | None = ...,
        max_upload_date: str | int | date | None = ...,
        min_taken_date: str | int | date | None = ...,
        max_taken_date: str | int | date | None = ...,
        woe: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Place.Tag]:
        """Call ``flickr.places.tagsForPlace`` for this object; returns FlickrList[Place.Tag].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.places.tagsForPlace) describes them).
        """
    class Type(FlickrObject):
        """A place type of ``Place.getPlaceTypes`` (``id`` and ``name``).
        """
    class Tag(FlickrObject):
        """A tag used at a place, with its ``count``.
        """
    class ShapeData(FlickrObject):
        """One shape of a place's history: ``polylines`` (lists of "lat,lon" texts), ``urls``.
        """

class Profile(FlickrObject):
    """A person's profile (``flickr.profile.getProfile``).
    """
    @staticmethod
    def getProfile(
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> Profile:
        """Call ``flickr.profile.getProfile``; returns Profile. Positional arguments: user_id.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.profile.getProfile) describes them).
        """

class Push(FlickrObject):
    """Push subscriptions (namespace).
    """
    @staticmethod
    def getSubscriptions() -> FlickrList[Push.Subscription]:
        """Call ``flickr.push.getSubscriptions``; returns FlickrList[Push.Subscription]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.push.getSubscriptions) describes them).
        """
    @staticmethod
    def getTopics() -> FlickrList[Push.Topic]:
        """Call ``flickr.push.getTopics``; returns FlickrList[Push.Topic]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.push.getTopics)
        describes them).
        """
    @staticmethod
    def subscribe(
        *,
        topic: str,
        callback: str,
        verify: str,
        verify_token: str | None = ...,
        lease_seconds: int | str | None = ...,
        woe_ids: str | Iterable[Any] | None = ...,
        place_ids: str | Iterable[Any] | None = ...,
        lat: float | str | None = ...,
        lon: float | str | None = ...,
        radius: float | str | None = ...,
        radius_units: str | None = ...,
        accuracy: int | str | None = ...,
        nsids: str | Iterable[Any] | None = ...,
        tags: str | Iterable[Any] | None = ...,
    ) -> None:
        """Call ``flickr.push.subscribe``; returns None. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.push.subscribe) describes them).
        """
    @staticmethod
    def unsubscribe(
        *,
        topic: str,
        callback: str,
        verify: str,
        verify_token: str | None = ...,
    ) -> None:
        """Call ``flickr.push.unsubscribe``; returns None. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.push.unsubscribe) describes them).
        """
    class Subscription(FlickrObject): ...
    class Topic(FlickrObject): ...

class Reflection(FlickrObject):
    """Flickr's description of its own methods (namespace).
    """
    @staticmethod
    def getMethodInfo(method_name: str) -> Any:
        """Call ``flickr.reflection.getMethodInfo``; returns dict. Positional arguments:
        method_name. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.reflection.getMethodInfo) describes them).
        """
    @staticmethod
    def getMethods() -> Any:
        """Call ``flickr.reflection.getMethods``; returns dict. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.reflection.getMethods) describes
        them).
        """

class Tag(FlickrObject):
    """A tag: ``text`` (the clean form), ``raw`` (as typed), and for tags on a photo its
    ``id`` and ``author``.
    """
    def remove(self) -> None:
        """Call ``flickr.photos.removeTag`` for this object; returns None. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.photos.removeTag)
        describes them).
        """
    @staticmethod
    def getClusters(tag: str) -> FlickrList[Tag.Cluster]:
        """Call ``flickr.tags.getClusters``; returns FlickrList[Tag.Cluster]. Positional arguments:
        tag. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getClusters) describes them).
        """
    @staticmethod
    def getHotList(*, period: str | None = ..., count: int | str | None = ...) -> FlickrList[Tag]:
        """Call ``flickr.tags.getHotList``; returns FlickrList[Tag]. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.tags.getHotList) describes them).
        """
    @staticmethod
    def getListUser(
        *,
        user_id: str | int | FlickrObject | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUser``; returns FlickrList[Tag]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.tags.getListUser)
        describes them).
        """
    @staticmethod
    def getListUserPopular(
        *,
        user_id: str | int | FlickrObject | None = ...,
        count: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUserPopular``; returns FlickrList[Tag]. Keyword arguments are
        Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getListUserPopular) describes them).
        """
    @staticmethod
    def getListUserRaw(*, tag: str | None = ...) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUserRaw``; returns FlickrList[Tag]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.tags.getListUserRaw)
        describes them).
        """
    @staticmethod
    def getMostFrequentlyUsed() -> FlickrList[Tag]:
        """Call ``flickr.tags.getMostFrequentlyUsed``; returns FlickrList[Tag]. Keyword arguments
        are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getMostFrequentlyUsed) describes them).
        """
    @staticmethod
    def getRelated(tag: str) -> FlickrList[Tag]:
        """Call ``flickr.tags.getRelated``; returns FlickrList[Tag]. Positional arguments: tag.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.tags.getRelated) describes them).
        """
    class Cluster(FlickrObject):
        """A cluster of tags used together with ``source`` (``Tag.getClusters("cows")``); its
        id is what ``getPhotos`` sends as ``cluster_id``.
        """
        def getPhotos(self) -> FlickrList[Photo]:
            """Call ``flickr.tags.getClusterPhotos`` for this object; returns FlickrList[Photo].
            Keyword arguments are Flickr's, checked before anything is sent
            (help(flickr_api.flickr.tags.getClusterPhotos) describes them).
            """

class Testimonial(FlickrObject):
    """A testimonial one person wrote about another (``testimonial_id``).
    """
    @staticmethod
    def add(
        *,
        testimonial_text: str,
        user_id: str | int | FlickrObject | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> Testimonial:
        """Call ``flickr.testimonials.addTestimonial``; returns Testimonial. Keyword arguments are
        Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.addTestimonial) describes them).
        """
    @staticmethod
    def getAllTestimonialsAbout(
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getAllTestimonialsAbout``; returns FlickrList[Testimonial].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.getAllTestimonialsAbout) describes them).
        """
    @staticmethod
    def getAllTestimonialsAboutBy(
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getAllTestimonialsAboutBy``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.testimonials.getAllTestimonialsAboutBy) describes them).
        """
    @staticmethod
    def getAllTestimonialsBy(
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getAllTestimonialsBy``; returns FlickrList[Testimonial].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.getAllTestimonialsBy) describes them).
        """
    @staticmethod
    def getPendingTestimonialsAbout(
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getPendingTestimonialsAbout``; returns
        FlickrList[Testimonial]. Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.getPendingTestimonialsAbout) describes them).
        """
    @staticmethod
    def getPendingTestimonialsAboutBy(
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getPendingTestimonialsAboutBy``; returns
        FlickrList[Testimonial]. Positional arguments: user_id. Keyword arguments are Flickr's,
        checked before anything is sent
        (help(flickr_api.flickr.testimonials.getPendingTestimonialsAboutBy) describes them).
        """
    @staticmethod
    def getPendingTestimonialsBy(
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getPendingTestimonialsBy``; returns FlickrList[Testimonial].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.getPendingTestimonialsBy) describes them).
        """
    @staticmethod
    def getTestimonialsAbout(
        user_id: str | int | FlickrObject | None = ...,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsAbout``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.testimonials.getTestimonialsAbout) describes them).
        """
    @staticmethod
    def getTestimonialsAboutBy(
        user_id: str | int | FlickrObject | None = ...,
        *,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsAboutBy``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.testimonials.getTestimonialsAboutBy) describes them).
        """
    @staticmethod
    def getTestimonialsBy(
        user_id: str | int | FlickrObject | None = ...,
        *,
        page: int | str | None = ...,
        per_page: int | str | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsBy``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.testimonials.getTestimonialsBy) describes them).
        """
    def approve(self) -> None:
        """Call ``flickr.testimonials.approveTestimonial`` for this object; returns None. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.approveTestimonial) describes them).
        """
    def delete(self) -> None:
        """Call ``flickr.testimonials.deleteTestimonial`` for this object; returns None. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.testimonials.deleteTestimonial) describes them).
        """
    def edit(
        self,
        testimonial_text: str,
        *,
        user_id: str | int | FlickrObject | None = ...,
        user: str | int | FlickrObject | None = ...,
    ) -> None:
        """Call ``flickr.testimonials.editTestimonial`` for this object; returns None. Positional
        arguments: testimonial_text. Keyword arguments are Flickr's, checked before anything is
        sent (help(flickr_api.flickr.testimonials.editTestimonial) describes them).
        """

class prefs(FlickrObject):
    """The authenticated user's preferences (namespace).
    """
    @staticmethod
    def getContentType() -> Any:
        """Call ``flickr.prefs.getContentType``; returns value. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.prefs.getContentType) describes
        them).
        """
    @staticmethod
    def getGeoPerms() -> Any:
        """Call ``flickr.prefs.getGeoPerms``; returns dict. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.prefs.getGeoPerms) describes them).
        """
    @staticmethod
    def getHidden() -> Any:
        """Call ``flickr.prefs.getHidden``; returns value. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.prefs.getHidden) describes them).
        """
    @staticmethod
    def getPrivacy() -> Any:
        """Call ``flickr.prefs.getPrivacy``; returns value. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.prefs.getPrivacy) describes them).
        """
    @staticmethod
    def getSafetyLevel() -> Any:
        """Call ``flickr.prefs.getSafetyLevel``; returns value. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.prefs.getSafetyLevel) describes
        them).
        """

class stats(FlickrObject):
    """View statistics (namespace); domains and referrers are Domain and Referrer objects.
    """
    @staticmethod
    def getCSVFiles() -> Any:
        """Call ``flickr.stats.getCSVFiles``; returns dict. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.stats.getCSVFiles) describes them).
        """
    @staticmethod
    def getCollectionDomains(
        *,
        date: str | int | date,
        collection_id: str | int | FlickrObject | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        collection: str | int | FlickrObject | None = ...,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getCollectionDomains``; returns FlickrList[stats.Domain]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getCollectionDomains) describes them).
        """
    @staticmethod
    def getCollectionReferrers(
        *,
        date: str | int | date,
        domain: str,
        collection_id: str | int | FlickrObject | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        collection: str | int | FlickrObject | None = ...,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getCollectionReferrers``; returns FlickrList[stats.Referrer]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getCollectionReferrers) describes them).
        """
    @staticmethod
    def getCollectionStats(
        *,
        date: str | int | date,
        collection_id: str | int | FlickrObject | None = ...,
        collection: str | int | FlickrObject | None = ...,
    ) -> Any:
        """Call ``flickr.stats.getCollectionStats``; returns dict. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.stats.getCollectionStats)
        describes them).
        """
    @staticmethod
    def getPhotoDomains(
        *,
        date: str | int | date,
        photo_id: str | int | FlickrObject | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getPhotoDomains``; returns FlickrList[stats.Domain]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotoDomains) describes them).
        """
    @staticmethod
    def getPhotoReferrers(
        *,
        date: str | int | date,
        domain: str,
        photo_id: str | int | FlickrObject | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getPhotoReferrers``; returns FlickrList[stats.Referrer]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotoReferrers) describes them).
        """
    @staticmethod
    def getPhotoStats(
        *,
        date: str | int | date,
        photo_id: str | int | FlickrObject | None = ...,
        photo: str | int | FlickrObject | None = ...,
    ) -> Any:
        """Call ``flickr.stats.getPhotoStats``; returns dict. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.stats.getPhotoStats) describes
        them).
        """
    @staticmethod
    def getPhotosetDomains(
        *,
        date: str | int | date,
        photoset_id: str | int | FlickrObject | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        photoset: str | int | FlickrObject | None = ...,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getPhotosetDomains``; returns FlickrList[stats.Domain]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotosetDomains) describes them).
        """
    @staticmethod
    def getPhotosetReferrers(
        *,
        date: str | int | date,
        domain: str,
        photoset_id: str | int | FlickrObject | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
        photoset: str | int | FlickrObject | None = ...,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getPhotosetReferrers``; returns FlickrList[stats.Referrer]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotosetReferrers) describes them).
        """
    @staticmethod
    def getPhotosetStats(
        *,
        date: str | int | date,
        photoset_id: str | int | FlickrObject | None = ...,
        photoset: str | int | FlickrObject | None = ...,
    ) -> Any:
        """Call ``flickr.stats.getPhotosetStats``; returns dict. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.stats.getPhotosetStats) describes
        them).
        """
    @staticmethod
    def getPhotostreamDomains(
        *,
        date: str | int | date,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getPhotostreamDomains``; returns FlickrList[stats.Domain]. Keyword
        arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotostreamDomains) describes them).
        """
    @staticmethod
    def getPhotostreamReferrers(
        *,
        date: str | int | date,
        domain: str,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getPhotostreamReferrers``; returns FlickrList[stats.Referrer].
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotostreamReferrers) describes them).
        """
    @staticmethod
    def getPhotostreamStats(date: str | int | date) -> Any:
        """Call ``flickr.stats.getPhotostreamStats``; returns value. Positional arguments: date.
        Keyword arguments are Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getPhotostreamStats) describes them).
        """
    @staticmethod
    def getPopularPhotos(
        *,
        date: str | int | date | None = ...,
        sort: str | None = ...,
        per_page: int | str | None = ...,
        page: int | str | None = ...,
    ) -> FlickrList[Photo]:
        """Call ``flickr.stats.getPopularPhotos``; returns FlickrList[Photo]. Keyword arguments are
        Flickr's, checked before anything is sent (help(flickr_api.flickr.stats.getPopularPhotos)
        describes them).
        """
    @staticmethod
    def getTotalViews(*, date: str | int | date | None = ...) -> Any:
        """Call ``flickr.stats.getTotalViews``; returns dict. Keyword arguments are Flickr's,
        checked before anything is sent (help(flickr_api.flickr.stats.getTotalViews) describes
        them).
        """
    @staticmethod
    def getMostPopularPhotoDateRange(
        *,
        date_until: str | int | date,
        num_days: int | str,
        sort: str | None = ...,
    ) -> Any:
        """Call ``flickr.stats.getMostPopularPhotoDateRange``; returns dict. Keyword arguments are
        Flickr's, checked before anything is sent
        (help(flickr_api.flickr.stats.getMostPopularPhotoDateRange) describes them).
        """
    class Domain(FlickrObject): ...
    class Referrer(FlickrObject): ...

class test(FlickrObject):
    """Test methods (namespace): ``test.login()`` returns the authenticated Person.
    """
    @staticmethod
    def echo(**kwargs: Any) -> Any:
        """Call ``flickr.test.echo``; returns dict. Keyword arguments are Flickr's, checked before
        anything is sent (help(flickr_api.flickr.test.echo) describes them).
        """
    @staticmethod
    def login() -> Person:
        """Call ``flickr.test.login``; returns Person. Keyword arguments are Flickr's, checked
        before anything is sent (help(flickr_api.flickr.test.login) describes them).
        """
    @staticmethod
    def null() -> None:
        """Call ``flickr.test.null``; returns None. Keyword arguments are Flickr's, checked before
        anything is sent (help(flickr_api.flickr.test.null) describes them).
        """

def bind(client: Client) -> BoundObjects:
    """The object classes (Photo, Person, Walker...) working for ``client``.
    """

@type_check_only
class BoundObjects:
    """The classes of flickr_api.objects working for one client: ``client.objects``.
    """
    Activity = Activity
    Blog = Blog
    BlogService = BlogService
    Camera = Camera
    Category = Category
    Collection = Collection
    CommonInstitution = CommonInstitution
    CommonInstitutionUrl = CommonInstitutionUrl
    Contact = Contact
    FlickrList = FlickrList
    FlickrObject = FlickrObject
    Gallery = Gallery
    Group = Group
    Info = Info
    License = License
    Location = Location
    MachineTag = MachineTag
    OAuth = OAuth
    PHOTO_EXTRAS: tuple[str, ...]
    Panda = Panda
    Person = Person
    Photo = Photo
    PhotoGeoPerms = PhotoGeoPerms
    Photoset = Photoset
    Place = Place
    Profile = Profile
    Push = Push
    Reflection = Reflection
    Tag = Tag
    Testimonial = Testimonial
    Walker = Walker
    @staticmethod
    def base58_decode(text: str) -> str: ...
    @staticmethod
    def base58_encode(number: Any) -> str: ...
    @staticmethod
    def bind(client: Client) -> BoundObjects: ...
    prefs = prefs
    stats = stats
    test = test
