"""People: :class:`Person`, and the converter that turns an NSID field into one."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, Mapping, Optional, cast

from flickr_api.objects.base import FieldConverter, FlickrObject
from flickr_api.objects.methods import (
    COLLECTIONS,
    CONTACTS,
    CONTEXT,
    GALLERIES,
    GROUPS,
    LOOKUP_USER,
    PROFILE,
    TESTIMONIAL,
    TESTIMONIALS,
    USER_TAGS,
    USER_URL,
    compat,
    inst,
    photos,
    static,
)
from flickr_api.objects.shapes import Fields, Many, Raw
from flickr_api.objects.urls import buddy_icon_url

if TYPE_CHECKING:
    from flickr_api.auth import AuthHandler
    from flickr_api.client import Client

__all__ = ["Person", "person_of"]

_PHOTOSETS = Many("photosets.photoset", "Photoset", parent="owner")


class Person(FlickrObject):
    """A Flickr account (``user_id``): ``Person.findByUserName("alice")``, ``photo.owner``."""

    __slots__ = ("_source",)

    _id_args = {"user_id": "id"}
    _display = ("id", "username")
    _loader = "getInfo"
    _renames = {"nsid": "id"}
    _known = frozenset({
        "nsid", "ispro", "is_deleted", "can_buy_pro", "iconserver", "iconfarm", "path_alias",
        "has_stats", "username", "realname", "mbox_sha1sum", "location", "timezone",
        "description", "photosurl", "profileurl", "mobileurl", "photos_info",
    })

    # -- Flickr methods ----------------------------------------------------------------------
    findByUsername = static("people.findByUsername", LOOKUP_USER, args=("username",))
    findByUserName = compat(findByUsername)
    findByEmail = static("people.findByEmail", LOOKUP_USER, args=("find_email",))
    findByUrl = static("urls.lookupUser", LOOKUP_USER, args=("url",))
    getUploadStatus = static("people.getUploadStatus", Raw("user"))
    getNotInSetPhotos = photos("photos.getNotInSet", static=True)
    batchCorrectLocation = static("photos.geo.batchCorrectLocation")
    getInfo = inst("people.getInfo", Fields("person"))
    getGroups = inst("people.getGroups", GROUPS)
    getPublicGroups = inst("people.getPublicGroups", GROUPS)
    getLimits = inst("people.getLimits", Raw("person"), ids={})
    getPhotoCounts = inst("photos.getCounts", Raw("photocounts.photocount"), ids={})
    getPhotos = photos("people.getPhotos")
    getPublicPhotos = photos("people.getPublicPhotos")
    getPhotosOf = photos("people.getPhotosOf")
    getPopularPhotos = photos("photos.getPopular")
    getContactsPublicPhotos = photos("photos.getContactsPublicPhotos")
    getPhotosets = inst("photosets.getList", _PHOTOSETS)
    getCollectionTree = inst("collections.getTree", COLLECTIONS)
    getPublicContacts = inst("contacts.getPublicList", CONTACTS)
    getFavorites = photos("favorites.getList")
    getPublicFavorites = photos("favorites.getPublicList")
    getFavoriteContext = inst("favorites.getContext", CONTEXT, args=("photo_id",))
    removeFromFavorites = inst("favorites.remove", ids={}, args=("photo_id",))
    getGalleries = inst("galleries.getList", GALLERIES)
    getPhotosUrl = inst("urls.getUserPhotos", USER_URL)
    getProfileUrl = inst("urls.getUserProfile", USER_URL)
    getProfile = inst("profile.getProfile", PROFILE)
    getTags = inst("tags.getListUser", USER_TAGS)
    getPopularTags = inst("tags.getListUserPopular", USER_TAGS)
    getTestimonials = inst("testimonials.getTestimonialsAbout", TESTIMONIALS)
    getTestimonialsBy = inst("testimonials.getTestimonialsBy", TESTIMONIALS)
    addTestimonial = inst("testimonials.addTestimonial", TESTIMONIAL, args=("testimonial_text",))

    def _from_listing(self, name: str) -> bool:
        """A field the object naming this person (a listed photo) can fetch for its page:
        ``photo.owner.username`` asks the listing for ``owner_name``, not one getInfo per
        owner. The person holds that object weakly (no cycle): once it is gone, the person
        loads on its own."""
        source = getattr(self, "_source", None)
        if source is None or name not in source[1]:
            return False
        ref, names = source
        obj = ref()
        if obj is None or not obj._from_listing(names[name]):
            return False
        value = obj._fields.get(names[name])
        if value in (None, ""):
            return False
        self._fields[name] = value
        return True

    @classmethod
    def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
        data = super()._prepare(data)
        if isinstance(data.get("photos"), dict):  # getInfo's photo statistics
            data["photos_info"] = data.pop("photos")
        return data

    def getBuddyIconUrl(self) -> str:
        """The URL of the person's buddy icon (Flickr's default icon when they have none)."""
        url = buddy_icon_url(str(self.id), self.get("iconserver"), self.get("iconfarm"))
        return self.client.endpoints.rewrite(url)

    @classmethod
    def getFromToken(
        cls,
        token: Optional[AuthHandler] = None,
        filename: Optional[str] = None,
        client: Optional[Client] = None,
    ) -> Person:
        """The person a token belongs to: the client's, or that of ``token`` (an AuthHandler)
        or of the token file ``filename`` as in earlier releases. Asks ``flickr.test.login``
        when the token does not say."""
        client = client or cls._class_client()
        if token is not None or filename is not None:
            from flickr_api.auth import AuthHandler

            given = token if token is not None else AuthHandler.load(str(filename))
            client = type(client)(*client.keys(), auth_handler=given, base_url=client.base_url,
                                  timeout=client.timeout, rate_limit=client.rate_limiter())
        handler = client.auth_handler
        nsid = getattr(handler, "user_nsid", None) if handler is not None else None
        if nsid:
            fields = {"id": nsid, "username": getattr(handler, "username", None)}
            return cls(client=client, **{k: v for k, v in fields.items() if v})
        return cast(Person, client.objects.test.login())


def person_of(names: Mapping[str, str]) -> FieldConverter:
    """A converter turning an NSID field into a Person; ``names`` maps Person fields to the
    sibling fields that hold them (``{"username": "ownername"}``)."""

    def convert(obj: FlickrObject, raw: Any) -> Any:
        if isinstance(raw, FlickrObject) or raw is None:
            return raw
        if isinstance(raw, dict):
            return Person._build(obj._client, raw)
        fields = {"id": str(raw)}
        siblings = obj._fields
        for target, source in names.items():
            value = siblings.get(source)
            if value not in (None, ""):
                fields[target] = value
        person = Person._build(obj._client, fields)
        person._source = (weakref.ref(obj), names)  # type: ignore[attr-defined]
        return person

    return convert
