# Type stubs of flickr_api.objects, generated from its classes and binding table by
# scripts/generate_stubs.py: do not edit, run `python scripts/generate_stubs.py`.
# The implementation modules (photo.py, person.py...) have no stubs: they are type-checked.
import datetime as _dt
import os
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar, Union, type_check_only

from flickr_api.auth import AuthHandler
from flickr_api.client import Client
from flickr_api.objects import listing as _listing
from flickr_api.objects.base import FlickrObject as FlickrObject
from flickr_api.objects.listing import FlickrList as FlickrList
from flickr_api.objects.listing import Info as Info
from flickr_api.objects.photo import PHOTO_EXTRAS as PHOTO_EXTRAS
from flickr_api.objects.urls import base58_decode as base58_decode
from flickr_api.objects.urls import base58_encode as base58_encode
from flickr_api.transfer.tickets import UploadTicket

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
    one (calls still obey the client's rate limit).
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
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Activity]:
        """Call ``flickr.activity.userComments``; returns FlickrList[Activity]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def userPhotos(
        *,
        timeframe: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Activity]:
        """Call ``flickr.activity.userPhotos``; returns FlickrList[Activity]. Other keyword
        arguments go to Flickr as they are.
        """
    class Event(FlickrObject):
        """One event of an activity: ``type`` (comment, note, fave...), ``user``, ``text``.
        """

class Blog(FlickrObject):
    """A blog you can post photos to (``blog_id``).
    """
    @staticmethod
    def getList(*, service: Any = ..., **kwargs: Any) -> FlickrList[Blog]:
        """Call ``flickr.blogs.getList``; returns FlickrList[Blog]. Other keyword arguments go to
        Flickr as they are.
        """
    def postPhoto(
        self,
        *,
        photo_id: Any = ...,
        title: Any = ...,
        description: Any = ...,
        blog_password: Any = ...,
        service: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.blogs.postPhoto`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """

class BlogService(FlickrObject):
    """A blogging service Flickr can post to (``service``).
    """
    def getList(self, **kwargs: Any) -> FlickrList[Blog]:
        """Call ``flickr.blogs.getList`` for this object; returns FlickrList[Blog]. Other keyword
        arguments go to Flickr as they are.
        """
    def postPhoto(
        self,
        *,
        blog_id: Any = ...,
        photo_id: Any = ...,
        title: Any = ...,
        description: Any = ...,
        blog_password: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.blogs.postPhoto`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getServices(**kwargs: Any) -> FlickrList[BlogService]:
        """Call ``flickr.blogs.getServices``; returns FlickrList[BlogService]. Other keyword
        arguments go to Flickr as they are.
        """

class Camera(FlickrObject):
    """A camera model of ``Camera.Brand.getModels``: ``name``, ``details``, ``images``.
    """
    class Brand(FlickrObject):
        """A camera brand (``brand``).
        """
        @staticmethod
        def getList(**kwargs: Any) -> FlickrList[Camera.Brand]:
            """Call ``flickr.cameras.getBrands``; returns FlickrList[Camera.Brand]. Other keyword
            arguments go to Flickr as they are.
            """
        def getModels(self, **kwargs: Any) -> FlickrList[Camera]:
            """Call ``flickr.cameras.getBrandModels`` for this object; returns FlickrList[Camera].
            Other keyword arguments go to Flickr as they are.
            """

class Category(FlickrObject):
    """A category of ``Group.browse``: its ``subcats`` (categories) and ``groups``.
    """

class Collection(FlickrObject):
    """A collection of albums and collections (``collection_id``).
    """
    def getInfo(self, **kwargs: Any) -> dict[str, Any]:
        """Call ``flickr.collections.getInfo`` for this object; returns dict. Other keyword
        arguments go to Flickr as they are.
        """
    def getTree(self, *, user_id: Any = ..., **kwargs: Any) -> FlickrList[Collection]:
        """Call ``flickr.collections.getTree`` for this object; returns FlickrList[Collection].
        Other keyword arguments go to Flickr as they are.
        """
    def getStats(self, date: Any, **kwargs: Any) -> Any:
        """Call ``flickr.stats.getCollectionStats`` for this object; returns value. Positional
        arguments: date. Other keyword arguments go to Flickr as they are.
        """

class CommonInstitution(FlickrObject):
    """A member of the Flickr Commons: ``name``, ``date_launch``, ``urls``.
    """
    @staticmethod
    def getInstitutions(**kwargs: Any) -> FlickrList[CommonInstitution]:
        """Call ``flickr.commons.getInstitutions``; returns FlickrList[CommonInstitution]. Other
        keyword arguments go to Flickr as they are.
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
        filter: Any = ...,
        page: Any = ...,
        per_page: Any = ...,
        sort: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getList``; returns FlickrList[Person]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getListRecentlyUploaded(
        _ignored: Any = ...,
        /,
        *,
        date_lastupload: Any = ...,
        filter: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getListRecentlyUploaded``; returns FlickrList[Person]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getTaggingSuggestions(
        _ignored: Any = ...,
        /,
        *,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getTaggingSuggestions``; returns FlickrList[Person]. Other keyword
        arguments go to Flickr as they are.
        """

class Gallery(FlickrObject):
    @property
    def primary_photo(self) -> Optional[Photo]:
        """The gallery's cover photo.
        """
    @staticmethod
    def create(
        *,
        title: Any = ...,
        description: Any = ...,
        primary_photo_id: Any = ...,
        full_result: Any = ...,
        **kwargs: Any,
    ) -> Gallery:
        """Call ``flickr.galleries.create``; returns Gallery. Other keyword arguments go to Flickr
        as they are.
        """
    @staticmethod
    def getByUrl(url: Any, **kwargs: Any) -> Gallery:
        """Call ``flickr.urls.lookupGallery``; returns Gallery. Positional arguments: url. Other
        keyword arguments go to Flickr as they are.
        """
    def addPhoto(
        self,
        photo_id: Any = ...,
        *,
        comment: Any = ...,
        full_response: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.galleries.addPhoto`` for this object; returns None. Positional arguments:
        photo_id. Other keyword arguments go to Flickr as they are.
        """
    def editMeta(self, *, title: Any = ..., description: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.galleries.editMeta`` for this object; returns None. Other keyword arguments
        go to Flickr as they are.
        """
    def editMedia(self, *, title: Any = ..., description: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.galleries.editMeta`` for this object; returns None. Other keyword arguments
        go to Flickr as they are.
        """
    def editPhoto(self, *, photo_id: Any = ..., comment: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.galleries.editPhoto`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def editPhotos(
        self,
        *,
        primary_photo_id: Any = ...,
        photo_ids: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.galleries.editPhotos`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def getInfo(
        self,
        *,
        primary_photo_size: Any = ...,
        cover_photos_size: Any = ...,
        limit: Any = ...,
        short_limit: Any = ...,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Call ``flickr.galleries.getInfo`` for this object; returns dict. Other keyword arguments
        go to Flickr as they are.
        """
    def getPhotos(
        self,
        *,
        continuation: Any = ...,
        get_user_info: Any = ...,
        get_gallery_info: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.galleries.getPhotos`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def removePhoto(self, photo_id: Any = ..., *, full_response: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.galleries.removePhoto`` for this object; returns None. Positional
        arguments: photo_id. Other keyword arguments go to Flickr as they are.
        """

class Group(FlickrObject):
    """A group; its pool is ``group.getPhotos()``.
    """
    @staticmethod
    def browse(*, cat_id: Any = ..., **kwargs: Any) -> Category:
        """Call ``flickr.groups.browse``; returns Category. Other keyword arguments go to Flickr as
        they are.
        """
    @staticmethod
    def search(
        text: Any,
        *,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Group]:
        """Call ``flickr.groups.search``; returns FlickrList[Group]. Positional arguments: text.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getGroups(*, page: Any = ..., per_page: Any = ..., **kwargs: Any) -> FlickrList[Group]:
        """Call ``flickr.groups.pools.getGroups``; returns FlickrList[Group]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getMemberGroups(
        user_id: Any = ...,
        *,
        extras: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Group]:
        """Call ``flickr.people.getGroups``; returns FlickrList[Group]. Positional arguments:
        user_id. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getByUrl(url: Any, **kwargs: Any) -> Group:
        """Call ``flickr.urls.lookupGroup``; returns Group. Positional arguments: url. Other keyword
        arguments go to Flickr as they are.
        """
    def getInfo(
        self,
        *,
        group_path_alias: Any = ...,
        lang: Any = ...,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Call ``flickr.groups.getInfo`` for this object; returns dict. Other keyword arguments go
        to Flickr as they are.
        """
    def getUrl(self, **kwargs: Any) -> Any:
        """Call ``flickr.urls.getGroup`` for this object; returns value. Other keyword arguments go
        to Flickr as they are.
        """
    def getMembers(
        self,
        *,
        membertypes: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Person]:
        """Call ``flickr.groups.members.getList`` for this object; returns FlickrList[Person]. Other
        keyword arguments go to Flickr as they are.
        """
    def join(self, *, accept_rules: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.groups.join`` for this object; returns None. Other keyword arguments go to
        Flickr as they are.
        """
    def joinRequest(self, message: Any, *, accept_rules: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.groups.joinRequest`` for this object; returns None. Positional arguments:
        message. Other keyword arguments go to Flickr as they are.
        """
    def leave(self, *, delete_photos: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.groups.leave`` for this object; returns None. Other keyword arguments go to
        Flickr as they are.
        """
    def addPhoto(self, photo_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.groups.pools.add`` for this object; returns None. Positional arguments:
        photo_id. Other keyword arguments go to Flickr as they are.
        """
    def removePhoto(self, photo_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.groups.pools.remove`` for this object; returns None. Positional arguments:
        photo_id. Other keyword arguments go to Flickr as they are.
        """
    def getPoolContext(
        self,
        photo_id: Any = ...,
        **kwargs: Any,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.groups.pools.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: photo_id. Other keyword arguments go to Flickr as they are.
        """
    def getPhotos(
        self,
        *,
        tags: Any = ...,
        user_id: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.groups.pools.getPhotos`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def addDiscussTopic(self, *, subject: Any = ..., message: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.groups.discuss.topics.add`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def getDiscussTopics(
        self,
        *,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Group.Topic]:
        """Call ``flickr.groups.discuss.topics.getList`` for this object; returns
        FlickrList[Group.Topic]. Other keyword arguments go to Flickr as they are.
        """
    class Topic(FlickrObject):
        """A discussion topic of a group (``topic_id``; knows its ``group``).
        """
        def getInfo(self, **kwargs: Any) -> dict[str, Any]:
            """Call ``flickr.groups.discuss.topics.getInfo`` for this object; returns dict. Other
            keyword arguments go to Flickr as they are.
            """
        def addReply(self, message: Any, **kwargs: Any) -> None:
            """Call ``flickr.groups.discuss.replies.add`` for this object; returns None. Positional
            arguments: message. Other keyword arguments go to Flickr as they are.
            """
        def getReplies(
            self,
            *,
            per_page: Any = ...,
            page: Any = ...,
            **kwargs: Any,
        ) -> FlickrList[Group.Topic.Reply]:
            """Call ``flickr.groups.discuss.replies.getList`` for this object; returns
            FlickrList[Group.Topic.Reply]. Other keyword arguments go to Flickr as they are.
            """
        class Reply(FlickrObject):
            """A reply in a topic (``reply_id``; knows its ``topic``).
            """
            def getInfo(self, **kwargs: Any) -> dict[str, Any]:
                """Call ``flickr.groups.discuss.replies.getInfo`` for this object; returns dict.
                Other keyword arguments go to Flickr as they are.
                """
            def edit(self, message: Any, **kwargs: Any) -> None:
                """Call ``flickr.groups.discuss.replies.edit`` for this object; returns None.
                Positional arguments: message. Other keyword arguments go to Flickr as they are.
                """
            def delete(self, **kwargs: Any) -> None:
                """Call ``flickr.groups.discuss.replies.delete`` for this object; returns None.
                Other keyword arguments go to Flickr as they are.
                """

class License(FlickrObject):
    """A photo license: ``id``, ``name``, ``url``.
    """
    @staticmethod
    def getList(**kwargs: Any) -> FlickrList[License]:
        """Call ``flickr.photos.licenses.getInfo``; returns FlickrList[License]. Other keyword
        arguments go to Flickr as they are.
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
        predicate: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[MachineTag.Namespace]:
        """Call ``flickr.machinetags.getNamespaces``; returns FlickrList[MachineTag.Namespace].
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPairs(
        *,
        namespace: Any = ...,
        predicate: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[MachineTag.Pair]:
        """Call ``flickr.machinetags.getPairs``; returns FlickrList[MachineTag.Pair]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getPredicates(
        *,
        namespace: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[MachineTag.Predicate]:
        """Call ``flickr.machinetags.getPredicates``; returns FlickrList[MachineTag.Predicate].
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getRecentValues(
        *,
        namespace: Any = ...,
        predicate: Any = ...,
        added_since: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[MachineTag.Value]:
        """Call ``flickr.machinetags.getRecentValues``; returns FlickrList[MachineTag.Value]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getValues(
        *,
        namespace: Any = ...,
        predicate: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[MachineTag.Value]:
        """Call ``flickr.machinetags.getValues``; returns FlickrList[MachineTag.Value]. Other
        keyword arguments go to Flickr as they are.
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
    def checkToken(oauth_token: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.auth.oauth.checkToken``; returns dict. Positional arguments: oauth_token.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getAccessToken(auth_token: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.auth.oauth.getAccessToken``; returns dict. Positional arguments:
        auth_token. Other keyword arguments go to Flickr as they are.
        """

class Panda(FlickrObject):
    """One of Flickr's pandas (``panda_name``), serving a stream of photos.
    """
    @staticmethod
    def getList(**kwargs: Any) -> FlickrList[Panda]:
        """Call ``flickr.panda.getList``; returns FlickrList[Panda]. Other keyword arguments go to
        Flickr as they are.
        """
    def getPhotos(
        self,
        *,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.panda.getPhotos`` for this object; returns FlickrList[Photo]. Other keyword
        arguments go to Flickr as they are.
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
    def getCollectionTree(
        self,
        *,
        collection_id: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Collection]:
        """Call ``flickr.collections.getTree`` for this object; returns FlickrList[Collection].
        Other keyword arguments go to Flickr as they are.
        """
    def getPublicContacts(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Person]:
        """Call ``flickr.contacts.getPublicList`` for this object; returns FlickrList[Person]. Other
        keyword arguments go to Flickr as they are.
        """
    def getFavoriteContext(
        self,
        photo_id: Any = ...,
        **kwargs: Any,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.favorites.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: photo_id. Other keyword arguments go to Flickr as they are.
        """
    def getFavorites(
        self,
        *,
        min_fave_date: Any = ...,
        max_fave_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.favorites.getList`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPublicFavorites(
        self,
        *,
        min_fave_date: Any = ...,
        max_fave_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.favorites.getPublicList`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def removeFromFavorites(self, photo_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.favorites.remove`` for this object; returns None. Positional arguments:
        photo_id. Other keyword arguments go to Flickr as they are.
        """
    def getGalleries(
        self,
        *,
        per_page: Any = ...,
        page: Any = ...,
        primary_photo_extras: Any = ...,
        continuation: Any = ...,
        sort_groups: Any = ...,
        photo_ids: Any = ...,
        cover_photos: Any = ...,
        primary_photo_cover_size: Any = ...,
        cover_photos_size: Any = ...,
        limit: Any = ...,
        short_limit: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Gallery]:
        """Call ``flickr.galleries.getList`` for this object; returns FlickrList[Gallery]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def findByEmail(find_email: Any, **kwargs: Any) -> Person:
        """Call ``flickr.people.findByEmail``; returns Person. Positional arguments: find_email.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def findByUserName(username: Any, **kwargs: Any) -> Person:
        """Call ``flickr.people.findByUsername``; returns Person. Positional arguments: username.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def findByUsername(username: Any, **kwargs: Any) -> Person:
        """Call ``flickr.people.findByUsername``; returns Person. Positional arguments: username.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def findByUrl(url: Any, **kwargs: Any) -> Person:
        """Call ``flickr.urls.lookupUser``; returns Person. Positional arguments: url. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getUploadStatus(**kwargs: Any) -> Any:
        """Call ``flickr.people.getUploadStatus``; returns dict. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getNotInSetPhotos(
        *,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        min_upload_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getNotInSet``; returns FlickrList[Photo]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def batchCorrectLocation(
        *,
        lat: Any = ...,
        lon: Any = ...,
        accuracy: Any = ...,
        place_id: Any = ...,
        woe_id: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.geo.batchCorrectLocation``; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    def getInfo(self, **kwargs: Any) -> dict[str, Any]:
        """Call ``flickr.people.getInfo`` for this object; returns dict. Other keyword arguments go
        to Flickr as they are.
        """
    def getGroups(self, *, extras: Any = ..., **kwargs: Any) -> FlickrList[Group]:
        """Call ``flickr.people.getGroups`` for this object; returns FlickrList[Group]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPublicGroups(self, **kwargs: Any) -> FlickrList[Group]:
        """Call ``flickr.people.getPublicGroups`` for this object; returns FlickrList[Group]. Other
        keyword arguments go to Flickr as they are.
        """
    def getLimits(self, **kwargs: Any) -> Any:
        """Call ``flickr.people.getLimits`` for this object; returns dict. Other keyword arguments
        go to Flickr as they are.
        """
    def getPhotoCounts(self, *, dates: Any = ..., taken_dates: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.photos.getCounts`` for this object; returns dict. Other keyword arguments
        go to Flickr as they are.
        """
    def getPhotos(
        self,
        *,
        safe_search: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        content_types: Any = ...,
        privacy_filter: Any = ...,
        content_type: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.people.getPhotos`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPublicPhotos(
        self,
        *,
        safe_search: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.people.getPublicPhotos`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPhotosOf(
        self,
        *,
        owner_id: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.people.getPhotosOf`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPopularPhotos(
        self,
        *,
        sort: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getPopular`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getContactsPublicPhotos(
        self,
        *,
        count: Any = ...,
        just_friends: Any = ...,
        single_photo: Any = ...,
        include_self: Any = ...,
        extras: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getContactsPublicPhotos`` for this object; returns
        FlickrList[Photo]. Other keyword arguments go to Flickr as they are.
        """
    def getPhotosets(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        primary_photo_extras: Any = ...,
        photo_ids: Any = ...,
        sort_groups: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photoset]:
        """Call ``flickr.photosets.getList`` for this object; returns FlickrList[Photoset]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPhotosUrl(self, **kwargs: Any) -> Any:
        """Call ``flickr.urls.getUserPhotos`` for this object; returns value. Other keyword
        arguments go to Flickr as they are.
        """
    def getProfileUrl(self, **kwargs: Any) -> Any:
        """Call ``flickr.urls.getUserProfile`` for this object; returns value. Other keyword
        arguments go to Flickr as they are.
        """
    def getProfile(self, **kwargs: Any) -> Profile:
        """Call ``flickr.profile.getProfile`` for this object; returns Profile. Other keyword
        arguments go to Flickr as they are.
        """
    def getTags(self, **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUser`` for this object; returns FlickrList[Tag]. Other keyword
        arguments go to Flickr as they are.
        """
    def getPopularTags(self, *, count: Any = ..., **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUserPopular`` for this object; returns FlickrList[Tag]. Other
        keyword arguments go to Flickr as they are.
        """
    def getTestimonials(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsAbout`` for this object; returns
        FlickrList[Testimonial]. Other keyword arguments go to Flickr as they are.
        """
    def getTestimonialsBy(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsBy`` for this object; returns
        FlickrList[Testimonial]. Other keyword arguments go to Flickr as they are.
        """
    def addTestimonial(self, testimonial_text: Any, **kwargs: Any) -> Testimonial:
        """Call ``flickr.testimonials.addTestimonial`` for this object; returns Testimonial.
        Positional arguments: testimonial_text. Other keyword arguments go to Flickr as they are.
        """

class Photo(FlickrObject):
    """A photo or video (``photo_id``). Listed photos carry their sizes, dates, owner and tags;
    other fields load once on first read (``flickr.photos.getInfo``).
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
        ``force``) from ``flickr.photos.getSizes``.
        """
    @property
    def sizes(self) -> dict[str, dict[str, Any]]: ...
    def getPhotoFile(self, size_label: Optional[str] = ...) -> str:
        """The URL of the image file of a size (by label "Medium 640" or suffix "z"; the
        largest when None). No request when the photo's sizes or secrets are known.
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
    def addToFavorites(self, **kwargs: Any) -> None:
        """Call ``flickr.favorites.add`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    def removeFromFavorites(self, **kwargs: Any) -> None:
        """Call ``flickr.favorites.remove`` for this object; returns None. Other keyword arguments
        go to Flickr as they are.
        """
    def getFavoriteContext(
        self,
        user_id: Any = ...,
        **kwargs: Any,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.favorites.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    def getGalleries(
        self,
        *,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Gallery]:
        """Call ``flickr.galleries.getListForPhoto`` for this object; returns FlickrList[Gallery].
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getInteresting(
        *,
        date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.interestingness.getList``; returns FlickrList[Photo]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def search(
        *,
        user_id: Any = ...,
        tags: Any = ...,
        tag_mode: Any = ...,
        text: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        license: Any = ...,
        sort: Any = ...,
        privacy_filter: Any = ...,
        bbox: Any = ...,
        accuracy: Any = ...,
        safe_search: Any = ...,
        content_types: Any = ...,
        video_content_types: Any = ...,
        machine_tags: Any = ...,
        machine_tag_mode: Any = ...,
        group_id: Any = ...,
        contacts: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        media: Any = ...,
        has_geo: Any = ...,
        geo_context: Any = ...,
        lat: Any = ...,
        lon: Any = ...,
        radius: Any = ...,
        radius_units: Any = ...,
        is_commons: Any = ...,
        in_gallery: Any = ...,
        is_getty: Any = ...,
        content_type: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.search``; returns FlickrList[Photo]. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getRecent(
        *,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getRecent``; returns FlickrList[Photo]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getPopular(
        *,
        user_id: Any = ...,
        sort: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getPopular``; returns FlickrList[Photo]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getUntagged(
        *,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getUntagged``; returns FlickrList[Photo]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getWithGeoData(
        *,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        sort: Any = ...,
        media: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getWithGeoData``; returns FlickrList[Photo]. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def getWithoutGeoData(
        *,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        sort: Any = ...,
        media: Any = ...,
        min_upload_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getWithoutGeoData``; returns FlickrList[Photo]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getNotInSet(
        *,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        min_upload_date: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getNotInSet``; returns FlickrList[Photo]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getContactsPhotos(
        *,
        count: Any = ...,
        just_friends: Any = ...,
        single_photo: Any = ...,
        include_self: Any = ...,
        extras: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.getContactsPhotos``; returns FlickrList[Photo]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def recentlyUpdated(
        min_date: Any,
        *,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.recentlyUpdated``; returns FlickrList[Photo]. Positional arguments:
        min_date. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def photosForLocation(
        *,
        lat: Any = ...,
        lon: Any = ...,
        accuracy: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photos.geo.photosForLocation``; returns FlickrList[Photo]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def checkUploadTickets(tickets: Any, **kwargs: Any) -> list[UploadTicket]:
        """Call ``flickr.photos.upload.checkTickets``; returns list[UploadTicket]. Positional
        arguments: tickets. Other keyword arguments go to Flickr as they are.
        """
    def getInfo(self, *, secret: Any = ..., **kwargs: Any) -> dict[str, Any]:
        """Call ``flickr.photos.getInfo`` for this object; returns dict. Other keyword arguments go
        to Flickr as they are.
        """
    def getExif(self, *, secret: Any = ..., **kwargs: Any) -> FlickrList[Photo.Exif]:
        """Call ``flickr.photos.getExif`` for this object; returns FlickrList[Photo.Exif]. Other
        keyword arguments go to Flickr as they are.
        """
    def getContext(self, **kwargs: Any) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.photos.getContext`` for this object; returns tuple[Photo, Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getAllContexts(self, **kwargs: Any) -> tuple[FlickrList[Photoset], FlickrList[Group]]:
        """Call ``flickr.photos.getAllContexts`` for this object; returns
        tuple[FlickrList[Photoset], FlickrList[Group]]. Other keyword arguments go to Flickr as
        they are.
        """
    def getFavorites(
        self,
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Person]:
        """Call ``flickr.photos.getFavorites`` for this object; returns FlickrList[Person]. Other
        keyword arguments go to Flickr as they are.
        """
    def getPerms(self, **kwargs: Any) -> Any:
        """Call ``flickr.photos.getPerms`` for this object; returns dict. Other keyword arguments go
        to Flickr as they are.
        """
    def getTags(self, **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListPhoto`` for this object; returns FlickrList[Tag]. Other keyword
        arguments go to Flickr as they are.
        """
    def getStats(self, date: Any, **kwargs: Any) -> Any:
        """Call ``flickr.stats.getPhotoStats`` for this object; returns dict. Positional arguments:
        date. Other keyword arguments go to Flickr as they are.
        """
    def getLicenseHistory(self, **kwargs: Any) -> Any:
        """Call ``flickr.photos.licenses.getLicenseHistory`` for this object; returns dict. Other
        keyword arguments go to Flickr as they are.
        """
    def delete(self, **kwargs: Any) -> None:
        """Call ``flickr.photos.delete`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    def addTags(self, tags: Any, **kwargs: Any) -> None:
        """Call ``flickr.photos.addTags`` for this object; returns None. Positional arguments: tags.
        Other keyword arguments go to Flickr as they are.
        """
    def setTags(self, tags: Any, **kwargs: Any) -> None:
        """Call ``flickr.photos.setTags`` for this object; returns None. Positional arguments: tags.
        Other keyword arguments go to Flickr as they are.
        """
    def setContentType(self, content_type: Any, **kwargs: Any) -> None:
        """Call ``flickr.photos.setContentType`` for this object; returns None. Positional
        arguments: content_type. Other keyword arguments go to Flickr as they are.
        """
    def setDates(
        self,
        *,
        date_posted: Any = ...,
        date_taken: Any = ...,
        date_taken_granularity: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.setDates`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    def setMeta(self, *, title: Any = ..., description: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photos.setMeta`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    def setPerms(
        self,
        *,
        is_public: Any = ...,
        is_friend: Any = ...,
        is_family: Any = ...,
        perm_comment: Any = ...,
        perm_addmeta: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.setPerms`` for this object; returns None. Other keyword arguments go
        to Flickr as they are.
        """
    def setSafetyLevel(self, safety_level: Any = ..., *, hidden: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photos.setSafetyLevel`` for this object; returns None. Positional
        arguments: safety_level. Other keyword arguments go to Flickr as they are.
        """
    def setLicence(self, license_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photos.licenses.setLicense`` for this object; returns None. Positional
        arguments: license_id. Other keyword arguments go to Flickr as they are.
        """
    def setLicense(self, license_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photos.licenses.setLicense`` for this object; returns None. Positional
        arguments: license_id. Other keyword arguments go to Flickr as they are.
        """
    def rotate(self, degrees: Any, **kwargs: Any) -> None:
        """Call ``flickr.photos.transform.rotate`` for this object; returns None. Positional
        arguments: degrees. Other keyword arguments go to Flickr as they are.
        """
    def addComment(self, comment_text: Any, **kwargs: Any) -> Photo.Comment:
        """Call ``flickr.photos.comments.addComment`` for this object; returns Photo.Comment.
        Positional arguments: comment_text. Other keyword arguments go to Flickr as they are.
        """
    def getComments(
        self,
        *,
        min_comment_date: Any = ...,
        max_comment_date: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo.Comment]:
        """Call ``flickr.photos.comments.getList`` for this object; returns
        FlickrList[Photo.Comment]. Other keyword arguments go to Flickr as they are.
        """
    def addNote(
        self,
        *,
        note_x: Any = ...,
        note_y: Any = ...,
        note_w: Any = ...,
        note_h: Any = ...,
        note_text: Any = ...,
        **kwargs: Any,
    ) -> Photo.Note:
        """Call ``flickr.photos.notes.add`` for this object; returns Photo.Note. Other keyword
        arguments go to Flickr as they are.
        """
    def addPerson(
        self,
        user_id: Any = ...,
        *,
        person_x: Any = ...,
        person_y: Any = ...,
        person_w: Any = ...,
        person_h: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.people.add`` for this object; returns None. Positional arguments:
        user_id. Other keyword arguments go to Flickr as they are.
        """
    def deletePerson(self, user_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photos.people.delete`` for this object; returns None. Positional arguments:
        user_id. Other keyword arguments go to Flickr as they are.
        """
    def deletePersonCoords(self, user_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photos.people.deleteCoords`` for this object; returns None. Positional
        arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    def editPersonCoords(
        self,
        user_id: Any = ...,
        *,
        person_x: Any = ...,
        person_y: Any = ...,
        person_w: Any = ...,
        person_h: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.people.editCoords`` for this object; returns None. Positional
        arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    def getPeople(self, **kwargs: Any) -> FlickrList[Person]:
        """Call ``flickr.photos.people.getList`` for this object; returns FlickrList[Person]. Other
        keyword arguments go to Flickr as they are.
        """
    def getLocation(self, *, extras: Any = ..., **kwargs: Any) -> Location:
        """Call ``flickr.photos.geo.getLocation`` for this object; returns Location. Other keyword
        arguments go to Flickr as they are.
        """
    def setLocation(
        self,
        *,
        lat: Any = ...,
        lon: Any = ...,
        accuracy: Any = ...,
        context: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.geo.setLocation`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def correctLocation(
        self,
        *,
        place_id: Any = ...,
        woe_id: Any = ...,
        foursquare_id: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.geo.correctLocation`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def removeLocation(self, **kwargs: Any) -> None:
        """Call ``flickr.photos.geo.removeLocation`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def setContext(self, context: Any, **kwargs: Any) -> None:
        """Call ``flickr.photos.geo.setContext`` for this object; returns None. Positional
        arguments: context. Other keyword arguments go to Flickr as they are.
        """
    def getGeoPerms(self, **kwargs: Any) -> PhotoGeoPerms:
        """Call ``flickr.photos.geo.getPerms`` for this object; returns PhotoGeoPerms. Other keyword
        arguments go to Flickr as they are.
        """
    def setGeoPerms(
        self,
        *,
        is_public: Any = ...,
        is_contact: Any = ...,
        is_friend: Any = ...,
        is_family: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photos.geo.setPerms`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def getSuggestions(
        self,
        *,
        status_id: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo.Suggestion]:
        """Call ``flickr.photos.suggestions.getList`` for this object; returns
        FlickrList[Photo.Suggestion]. Other keyword arguments go to Flickr as they are.
        """
    def suggestLocation(
        self,
        *,
        lat: Any = ...,
        lon: Any = ...,
        accuracy: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        note: Any = ...,
        **kwargs: Any,
    ) -> Photo.Suggestion:
        """Call ``flickr.photos.suggestions.suggestLocation`` for this object; returns
        Photo.Suggestion. Other keyword arguments go to Flickr as they are.
        """
    class Comment(FlickrObject):
        """A comment on a photo (``comment_id``).
        """
        def edit(self, comment_text: Any, **kwargs: Any) -> None:
            """Call ``flickr.photos.comments.editComment`` for this object; returns None. Positional
            arguments: comment_text. Other keyword arguments go to Flickr as they are.
            """
        def delete(self, **kwargs: Any) -> None:
            """Call ``flickr.photos.comments.deleteComment`` for this object; returns None. Other
            keyword arguments go to Flickr as they are.
            """
        @staticmethod
        def getRecentForContacts(
            *,
            date_lastcomment: Any = ...,
            contacts_filter: Any = ...,
            extras: Any = ...,
            per_page: Any = ...,
            page: Any = ...,
            **kwargs: Any,
        ) -> FlickrList[Photo]:
            """Call ``flickr.photos.comments.getRecentForContacts``; returns FlickrList[Photo].
            Other keyword arguments go to Flickr as they are.
            """
    class Note(FlickrObject):
        """A note on a photo (``note_id``).
        """
        def edit(
            self,
            *,
            note_x: Any = ...,
            note_y: Any = ...,
            note_w: Any = ...,
            note_h: Any = ...,
            note_text: Any = ...,
            **kwargs: Any,
        ) -> None:
            """Call ``flickr.photos.notes.edit`` for this object; returns None. Other keyword
            arguments go to Flickr as they are.
            """
        def delete(self, **kwargs: Any) -> None:
            """Call ``flickr.photos.notes.delete`` for this object; returns None. Other keyword
            arguments go to Flickr as they are.
            """
    class Suggestion(FlickrObject):
        """A location suggestion for a photo (``suggestion_id``).
        """
        def approve(self, **kwargs: Any) -> None:
            """Call ``flickr.photos.suggestions.approveSuggestion`` for this object; returns None.
            Other keyword arguments go to Flickr as they are.
            """
        def reject(self, **kwargs: Any) -> None:
            """Call ``flickr.photos.suggestions.rejectSuggestion`` for this object; returns None.
            Other keyword arguments go to Flickr as they are.
            """
        def remove(self, **kwargs: Any) -> None:
            """Call ``flickr.photos.suggestions.removeSuggestion`` for this object; returns None.
            Other keyword arguments go to Flickr as they are.
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
        title: Any = ...,
        description: Any = ...,
        primary_photo_id: Any = ...,
        **kwargs: Any,
    ) -> Photoset:
        """Call ``flickr.photosets.create``; returns Photoset. Other keyword arguments go to Flickr
        as they are.
        """
    @staticmethod
    def orderSets(photoset_ids: Any, **kwargs: Any) -> None:
        """Call ``flickr.photosets.orderSets``; returns None. Positional arguments: photoset_ids.
        Other keyword arguments go to Flickr as they are.
        """
    def getInfo(self, *, user_id: Any = ..., **kwargs: Any) -> dict[str, Any]:
        """Call ``flickr.photosets.getInfo`` for this object; returns dict. Other keyword arguments
        go to Flickr as they are.
        """
    def getPhotos(
        self,
        *,
        user_id: Any = ...,
        extras: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        privacy_filter: Any = ...,
        media: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.photosets.getPhotos`` for this object; returns FlickrList[Photo]. Other
        keyword arguments go to Flickr as they are.
        """
    def getContext(
        self,
        photo_id: Any = ...,
        **kwargs: Any,
    ) -> tuple[Optional[Photo], Optional[Photo]]:
        """Call ``flickr.photosets.getContext`` for this object; returns tuple[Photo, Photo].
        Positional arguments: photo_id. Other keyword arguments go to Flickr as they are.
        """
    def getStats(self, date: Any, **kwargs: Any) -> Any:
        """Call ``flickr.stats.getPhotosetStats`` for this object; returns dict. Positional
        arguments: date. Other keyword arguments go to Flickr as they are.
        """
    def addPhoto(self, photo_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photosets.addPhoto`` for this object; returns None. Positional arguments:
        photo_id. Other keyword arguments go to Flickr as they are.
        """
    def removePhoto(self, photo_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photosets.removePhoto`` for this object; returns None. Positional
        arguments: photo_id. Other keyword arguments go to Flickr as they are.
        """
    def removePhotos(self, photo_ids: Any, **kwargs: Any) -> None:
        """Call ``flickr.photosets.removePhotos`` for this object; returns None. Positional
        arguments: photo_ids. Other keyword arguments go to Flickr as they are.
        """
    def reorderPhotos(self, photo_ids: Any, **kwargs: Any) -> None:
        """Call ``flickr.photosets.reorderPhotos`` for this object; returns None. Positional
        arguments: photo_ids. Other keyword arguments go to Flickr as they are.
        """
    def setPrimaryPhoto(self, photo_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photosets.setPrimaryPhoto`` for this object; returns None. Positional
        arguments: photo_id. Other keyword arguments go to Flickr as they are.
        """
    def editMeta(self, *, title: Any = ..., description: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.photosets.editMeta`` for this object; returns None. Other keyword arguments
        go to Flickr as they are.
        """
    def editPhotos(
        self,
        *,
        primary_photo_id: Any = ...,
        photo_ids: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.photosets.editPhotos`` for this object; returns None. Other keyword
        arguments go to Flickr as they are.
        """
    def delete(self, **kwargs: Any) -> None:
        """Call ``flickr.photosets.delete`` for this object; returns None. Other keyword arguments
        go to Flickr as they are.
        """
    def addComment(self, comment_text: Any, **kwargs: Any) -> Photoset.Comment:
        """Call ``flickr.photosets.comments.addComment`` for this object; returns Photoset.Comment.
        Positional arguments: comment_text. Other keyword arguments go to Flickr as they are.
        """
    def getComments(self, **kwargs: Any) -> FlickrList[Photoset.Comment]:
        """Call ``flickr.photosets.comments.getList`` for this object; returns
        FlickrList[Photoset.Comment]. Other keyword arguments go to Flickr as they are.
        """
    class Comment(FlickrObject):
        """A comment on an album (``comment_id``).
        """
        def edit(self, comment_text: Any, **kwargs: Any) -> None:
            """Call ``flickr.photosets.comments.editComment`` for this object; returns None.
            Positional arguments: comment_text. Other keyword arguments go to Flickr as they are.
            """
        def delete(self, **kwargs: Any) -> None:
            """Call ``flickr.photosets.comments.deleteComment`` for this object; returns None. Other
            keyword arguments go to Flickr as they are.
            """

class Place(FlickrObject):
    """A place of Flickr's geography (``place_id``); its enclosing ``locality``, ``county``,
    ``region`` and ``country`` are Places too.
    """
    @staticmethod
    def find(query: Any, **kwargs: Any) -> FlickrList[Place]:
        """Call ``flickr.places.find``; returns FlickrList[Place]. Positional arguments: query.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def findByLatLon(
        *,
        lat: Any = ...,
        lon: Any = ...,
        accuracy: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.findByLatLon``; returns FlickrList[Place]. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def getByUrl(url: Any, **kwargs: Any) -> Place:
        """Call ``flickr.places.getInfoByUrl``; returns Place. Positional arguments: url. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPlaceTypes(**kwargs: Any) -> FlickrList[Place.Type]:
        """Call ``flickr.places.getPlaceTypes``; returns FlickrList[Place.Type]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def placesForBoundingBox(
        bbox: Any,
        *,
        place_type: Any = ...,
        place_type_id: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForBoundingBox``; returns FlickrList[Place]. Positional
        arguments: bbox. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def placesForContacts(
        *,
        place_type: Any = ...,
        place_type_id: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        threshold: Any = ...,
        contacts: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForContacts``; returns FlickrList[Place]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def placesForTags(
        *,
        place_type_id: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        threshold: Any = ...,
        tags: Any = ...,
        tag_mode: Any = ...,
        machine_tags: Any = ...,
        machine_tag_mode: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForTags``; returns FlickrList[Place]. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def placesForUser(
        *,
        place_type_id: Any = ...,
        place_type: Any = ...,
        woe_id: Any = ...,
        place_id: Any = ...,
        threshold: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.placesForUser``; returns FlickrList[Place]. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def resolvePlaceId(place_id: Any = ..., **kwargs: Any) -> Place:
        """Call ``flickr.places.resolvePlaceId``; returns Place. Positional arguments: place_id.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def resolvePlaceURL(url: Any, **kwargs: Any) -> Place:
        """Call ``flickr.places.resolvePlaceURL``; returns Place. Positional arguments: url. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def tagsForPlace(
        *,
        woe_id: Any = ...,
        place_id: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place.Tag]:
        """Call ``flickr.places.tagsForPlace``; returns FlickrList[Place.Tag]. Other keyword
        arguments go to Flickr as they are.
        """
    def getInfo(self, *, woe_id: Any = ..., **kwargs: Any) -> dict[str, Any]:
        """Call ``flickr.places.getInfo`` for this object; returns dict. Other keyword arguments go
        to Flickr as they are.
        """
    def getChildrenWithPhotosPublic(self, *, woe_id: Any = ..., **kwargs: Any) -> FlickrList[Place]:
        """Call ``flickr.places.getChildrenWithPhotosPublic`` for this object; returns
        FlickrList[Place]. Other keyword arguments go to Flickr as they are.
        """
    def getChildrenWithPhotoPublic(self, *, woe_id: Any = ..., **kwargs: Any) -> FlickrList[Place]:
        """Call ``flickr.places.getChildrenWithPhotosPublic`` for this object; returns
        FlickrList[Place]. Other keyword arguments go to Flickr as they are.
        """
    def getShapeHistory(self, *, woe_id: Any = ..., **kwargs: Any) -> FlickrList[Place.ShapeData]:
        """Call ``flickr.places.getShapeHistory`` for this object; returns
        FlickrList[Place.ShapeData]. Other keyword arguments go to Flickr as they are.
        """
    def getTopPlaces(
        self,
        place_type_id: Any = ...,
        *,
        date: Any = ...,
        woe_id: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place]:
        """Call ``flickr.places.getTopPlacesList`` for this object; returns FlickrList[Place].
        Positional arguments: place_type_id. Other keyword arguments go to Flickr as they are.
        """
    def getTags(
        self,
        *,
        woe_id: Any = ...,
        min_upload_date: Any = ...,
        max_upload_date: Any = ...,
        min_taken_date: Any = ...,
        max_taken_date: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Place.Tag]:
        """Call ``flickr.places.tagsForPlace`` for this object; returns FlickrList[Place.Tag]. Other
        keyword arguments go to Flickr as they are.
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
    def getProfile(user_id: Any = ..., **kwargs: Any) -> Profile:
        """Call ``flickr.profile.getProfile``; returns Profile. Positional arguments: user_id. Other
        keyword arguments go to Flickr as they are.
        """

class Push(FlickrObject):
    """Push subscriptions (namespace).
    """
    @staticmethod
    def getSubscriptions(**kwargs: Any) -> FlickrList[Push.Subscription]:
        """Call ``flickr.push.getSubscriptions``; returns FlickrList[Push.Subscription]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getTopics(**kwargs: Any) -> FlickrList[Push.Topic]:
        """Call ``flickr.push.getTopics``; returns FlickrList[Push.Topic]. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def subscribe(
        *,
        topic: Any = ...,
        callback: Any = ...,
        verify: Any = ...,
        verify_token: Any = ...,
        lease_seconds: Any = ...,
        woe_ids: Any = ...,
        place_ids: Any = ...,
        lat: Any = ...,
        lon: Any = ...,
        radius: Any = ...,
        radius_units: Any = ...,
        accuracy: Any = ...,
        nsids: Any = ...,
        tags: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.push.subscribe``; returns None. Other keyword arguments go to Flickr as
        they are.
        """
    @staticmethod
    def unsubscribe(
        *,
        topic: Any = ...,
        callback: Any = ...,
        verify: Any = ...,
        verify_token: Any = ...,
        **kwargs: Any,
    ) -> None:
        """Call ``flickr.push.unsubscribe``; returns None. Other keyword arguments go to Flickr as
        they are.
        """
    class Subscription(FlickrObject): ...
    class Topic(FlickrObject): ...

class Reflection(FlickrObject):
    """Flickr's description of its own methods (namespace).
    """
    @staticmethod
    def getMethodInfo(method_name: Any, **kwargs: Any) -> Any:
        """Call ``flickr.reflection.getMethodInfo``; returns dict. Positional arguments:
        method_name. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getMethods(**kwargs: Any) -> Any:
        """Call ``flickr.reflection.getMethods``; returns dict. Other keyword arguments go to Flickr
        as they are.
        """

class Tag(FlickrObject):
    """A tag: ``text`` (the clean form), ``raw`` (as typed), and for tags on a photo its
    ``id`` and ``author``.
    """
    def remove(self, **kwargs: Any) -> None:
        """Call ``flickr.photos.removeTag`` for this object; returns None. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def getClusters(tag: Any, **kwargs: Any) -> FlickrList[Tag.Cluster]:
        """Call ``flickr.tags.getClusters``; returns FlickrList[Tag.Cluster]. Positional arguments:
        tag. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getHotList(*, period: Any = ..., count: Any = ..., **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getHotList``; returns FlickrList[Tag]. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getListUser(*, user_id: Any = ..., **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUser``; returns FlickrList[Tag]. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getListUserPopular(
        *,
        user_id: Any = ...,
        count: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUserPopular``; returns FlickrList[Tag]. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def getListUserRaw(*, tag: Any = ..., **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getListUserRaw``; returns FlickrList[Tag]. Other keyword arguments go
        to Flickr as they are.
        """
    @staticmethod
    def getMostFrequentlyUsed(**kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getMostFrequentlyUsed``; returns FlickrList[Tag]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getRelated(tag: Any, **kwargs: Any) -> FlickrList[Tag]:
        """Call ``flickr.tags.getRelated``; returns FlickrList[Tag]. Positional arguments: tag.
        Other keyword arguments go to Flickr as they are.
        """
    class Cluster(FlickrObject):
        """A cluster of tags used together with ``source`` (``Tag.getClusters("cows")``); its
        id is what ``getPhotos`` sends as ``cluster_id``.
        """
        def getPhotos(self, **kwargs: Any) -> FlickrList[Photo]:
            """Call ``flickr.tags.getClusterPhotos`` for this object; returns FlickrList[Photo].
            Other keyword arguments go to Flickr as they are.
            """

class Testimonial(FlickrObject):
    """A testimonial one person wrote about another (``testimonial_id``).
    """
    @staticmethod
    def add(*, user_id: Any = ..., testimonial_text: Any = ..., **kwargs: Any) -> Testimonial:
        """Call ``flickr.testimonials.addTestimonial``; returns Testimonial. Other keyword arguments
        go to Flickr as they are.
        """
    @staticmethod
    def getAllTestimonialsAbout(
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getAllTestimonialsAbout``; returns FlickrList[Testimonial].
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getAllTestimonialsAboutBy(user_id: Any = ..., **kwargs: Any) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getAllTestimonialsAboutBy``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getAllTestimonialsBy(
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getAllTestimonialsBy``; returns FlickrList[Testimonial]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPendingTestimonialsAbout(
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getPendingTestimonialsAbout``; returns
        FlickrList[Testimonial]. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPendingTestimonialsAboutBy(user_id: Any = ..., **kwargs: Any) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getPendingTestimonialsAboutBy``; returns
        FlickrList[Testimonial]. Positional arguments: user_id. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getPendingTestimonialsBy(
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getPendingTestimonialsBy``; returns FlickrList[Testimonial].
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getTestimonialsAbout(
        user_id: Any = ...,
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsAbout``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getTestimonialsAboutBy(user_id: Any = ..., **kwargs: Any) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsAboutBy``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getTestimonialsBy(
        user_id: Any = ...,
        *,
        page: Any = ...,
        per_page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Testimonial]:
        """Call ``flickr.testimonials.getTestimonialsBy``; returns FlickrList[Testimonial].
        Positional arguments: user_id. Other keyword arguments go to Flickr as they are.
        """
    def approve(self, **kwargs: Any) -> None:
        """Call ``flickr.testimonials.approveTestimonial`` for this object; returns None. Other
        keyword arguments go to Flickr as they are.
        """
    def delete(self, **kwargs: Any) -> None:
        """Call ``flickr.testimonials.deleteTestimonial`` for this object; returns None. Other
        keyword arguments go to Flickr as they are.
        """
    def edit(self, testimonial_text: Any, *, user_id: Any = ..., **kwargs: Any) -> None:
        """Call ``flickr.testimonials.editTestimonial`` for this object; returns None. Positional
        arguments: testimonial_text. Other keyword arguments go to Flickr as they are.
        """

class prefs(FlickrObject):
    """The authenticated user's preferences (namespace).
    """
    @staticmethod
    def getContentType(**kwargs: Any) -> Any:
        """Call ``flickr.prefs.getContentType``; returns value. Other keyword arguments go to Flickr
        as they are.
        """
    @staticmethod
    def getGeoPerms(**kwargs: Any) -> Any:
        """Call ``flickr.prefs.getGeoPerms``; returns dict. Other keyword arguments go to Flickr as
        they are.
        """
    @staticmethod
    def getHidden(**kwargs: Any) -> Any:
        """Call ``flickr.prefs.getHidden``; returns value. Other keyword arguments go to Flickr as
        they are.
        """
    @staticmethod
    def getPrivacy(**kwargs: Any) -> Any:
        """Call ``flickr.prefs.getPrivacy``; returns value. Other keyword arguments go to Flickr as
        they are.
        """
    @staticmethod
    def getSafetyLevel(**kwargs: Any) -> Any:
        """Call ``flickr.prefs.getSafetyLevel``; returns value. Other keyword arguments go to Flickr
        as they are.
        """

class stats(FlickrObject):
    """View statistics (namespace); domains and referrers are Domain and Referrer objects.
    """
    @staticmethod
    def getCSVFiles(**kwargs: Any) -> Any:
        """Call ``flickr.stats.getCSVFiles``; returns dict. Other keyword arguments go to Flickr as
        they are.
        """
    @staticmethod
    def getCollectionDomains(
        *,
        date: Any = ...,
        collection_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getCollectionDomains``; returns FlickrList[stats.Domain]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getCollectionReferrers(
        *,
        date: Any = ...,
        domain: Any = ...,
        collection_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getCollectionReferrers``; returns FlickrList[stats.Referrer]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getCollectionStats(*, date: Any = ..., collection_id: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.stats.getCollectionStats``; returns dict. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getPhotoDomains(
        *,
        date: Any = ...,
        photo_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getPhotoDomains``; returns FlickrList[stats.Domain]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getPhotoReferrers(
        *,
        date: Any = ...,
        domain: Any = ...,
        photo_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getPhotoReferrers``; returns FlickrList[stats.Referrer]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPhotoStats(*, date: Any = ..., photo_id: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.stats.getPhotoStats``; returns dict. Other keyword arguments go to Flickr
        as they are.
        """
    @staticmethod
    def getPhotosetDomains(
        *,
        date: Any = ...,
        photoset_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getPhotosetDomains``; returns FlickrList[stats.Domain]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getPhotosetReferrers(
        *,
        date: Any = ...,
        domain: Any = ...,
        photoset_id: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getPhotosetReferrers``; returns FlickrList[stats.Referrer]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPhotosetStats(*, date: Any = ..., photoset_id: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.stats.getPhotosetStats``; returns dict. Other keyword arguments go to
        Flickr as they are.
        """
    @staticmethod
    def getPhotostreamDomains(
        *,
        date: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Domain]:
        """Call ``flickr.stats.getPhotostreamDomains``; returns FlickrList[stats.Domain]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPhotostreamReferrers(
        *,
        date: Any = ...,
        domain: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[stats.Referrer]:
        """Call ``flickr.stats.getPhotostreamReferrers``; returns FlickrList[stats.Referrer]. Other
        keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPhotostreamStats(date: Any, **kwargs: Any) -> Any:
        """Call ``flickr.stats.getPhotostreamStats``; returns value. Positional arguments: date.
        Other keyword arguments go to Flickr as they are.
        """
    @staticmethod
    def getPopularPhotos(
        *,
        date: Any = ...,
        sort: Any = ...,
        per_page: Any = ...,
        page: Any = ...,
        **kwargs: Any,
    ) -> FlickrList[Photo]:
        """Call ``flickr.stats.getPopularPhotos``; returns FlickrList[Photo]. Other keyword
        arguments go to Flickr as they are.
        """
    @staticmethod
    def getTotalViews(*, date: Any = ..., **kwargs: Any) -> Any:
        """Call ``flickr.stats.getTotalViews``; returns dict. Other keyword arguments go to Flickr
        as they are.
        """
    @staticmethod
    def getMostPopularPhotoDateRange(
        *,
        date_until: Any = ...,
        num_days: Any = ...,
        sort: Any = ...,
        **kwargs: Any,
    ) -> Any:
        """Call ``flickr.stats.getMostPopularPhotoDateRange``; returns dict. Other keyword arguments
        go to Flickr as they are.
        """
    class Domain(FlickrObject): ...
    class Referrer(FlickrObject): ...

class test(FlickrObject):
    """Test methods (namespace): ``test.login()`` returns the authenticated Person.
    """
    @staticmethod
    def echo(**kwargs: Any) -> Any:
        """Call ``flickr.test.echo``; returns dict. Other keyword arguments go to Flickr as they
        are.
        """
    @staticmethod
    def login(**kwargs: Any) -> Person:
        """Call ``flickr.test.login``; returns Person. Other keyword arguments go to Flickr as they
        are.
        """
    @staticmethod
    def null(**kwargs: Any) -> None:
        """Call ``flickr.test.null``; returns None. Other keyword arguments go to Flickr as they
        are.
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
