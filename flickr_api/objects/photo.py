"""Photos (and videos): :class:`Photo` with its comments, notes, suggestions and EXIF data;
sizes and image URLs without extra requests whenever Flickr already said enough.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Optional, Union

from flickr_api.errors import FlickrError
from flickr_api.objects.base import FlickrObject, as_list, object_class, objects_of
from flickr_api.objects.extras import EXTRA_FIELDS, SIZE_EXTRAS, extra_of
from flickr_api.objects.fields import to_int, utc_datetime
from flickr_api.objects.methods import (
    CONTEXT,
    GALLERIES,
    STATS,
    compat,
    inst,
    photos,
    static,
)
from flickr_api.objects.person import person_of
from flickr_api.objects.shapes import Fields, Many, One, Pair, Raw, Secrets, Sizes, Tickets
from flickr_api.objects.sizes import (
    URL_EXTRAS,
    Size,
    find_size,
    largest,
    sizes_from_extras,
)
from flickr_api.objects.urls import WEB, page_url, short_url, static_url

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from flickr_api.objects.pages import Page

__all__ = ["Photo"]

#: getInfo groups these fields in sub-elements; they are flattened onto the photo.
_FLATTENED = ("visibility", "dates", "permissions", "editability", "usage", "people")
_GEO_FIELDS = ("latitude", "longitude", "accuracy", "context", "place_id", "woeid")
_RESHAPED = frozenset((*_FLATTENED, "location"))


_tags_of_info = objects_of("Tag", key="tag", parent="photo")
_notes_of_info = objects_of("Photo.Note", key="note", parent="photo")


def _tag_list(obj: FlickrObject, raw: Any) -> Any:
    """Tags as Tag objects, from getInfo's ``tags`` or a listing's space-separated text."""
    if isinstance(raw, str):
        tag = object_class("Tag")
        return [tag._build(obj._client, {"text": text, "raw": text}) for text in raw.split()]
    return _tags_of_info(obj, raw)


def _note_list(obj: FlickrObject, raw: Any) -> Any:
    """Notes as Photo.Note objects (getInfo), or the count some replies give."""
    return _notes_of_info(obj, raw) if isinstance(raw, dict) else to_int(raw)


def _url_map(obj: FlickrObject, raw: Any) -> Any:
    """getInfo's ``urls`` as ``{type: url}``."""
    if not isinstance(raw, dict) or "url" not in raw:
        return raw
    return {item.get("type"): item.get("_content") for item in as_list(raw["url"])
            if isinstance(item, dict)}


_COMMENT = One("comment", "Photo.Comment", parent="photo", from_args={"text": "comment_text"})
_COMMENTS = Many("comments.comment", "Photo.Comment", parent="photo")
_NOTE = One("note", "Photo.Note", parent="photo", from_args={"text": "note_text"})
_CONTEXTS = Pair(Many("set", "Photoset"), Many("pool", "Group"))
_SUGGESTIONS = Many("suggestions.suggestion", "Photo.Suggestion", parent="photo")
_SUGGESTION = One("suggestion", "Photo.Suggestion", parent="photo")


def _location(obj: FlickrObject, raw: Any) -> Any:
    if isinstance(raw, dict):
        return object_class("Location")._build(obj._client, {**raw, "photo": obj})
    return raw


class Photo(FlickrObject):
    """A photo or video (``photo_id``). A listed photo carries what its listing asked for; a
    field it lacks is fetched for its whole page on first read (see
    :mod:`flickr_api.objects.pages`), other fields load once (``flickr.photos.getInfo``)."""

    __slots__ = ("_page",)

    _id_args = {"photo_id": "id"}
    _display = ("id", "title")
    _loader = "getInfo"
    _known = frozenset({
        "secret", "server", "farm", "dateuploaded", "isfavorite", "license", "safety_level",
        "rotation", "originalsecret", "originalformat", "owner", "title", "description",
        "ispublic", "isfriend", "isfamily", "posted", "taken", "takengranularity",
        "takenunknown", "lastupdate", "views", "permcomment", "permaddmeta", "cancomment",
        "canaddmeta", "canblog", "candownload", "canprint", "canshare", "comments", "notes",
        "tags", "urls", "media", "location", "latitude", "longitude", "accuracy", "geoperms",
        "haspeople", "publiceditability",
    })
    _aliases = {
        "posted": ("dateupload",), "dateupload": ("posted",),
        "taken": ("datetaken",), "datetaken": ("taken",),
        "takengranularity": ("datetakengranularity",),
        "takenunknown": ("datetakenunknown",),
        "comments": ("count_comments",), "views": ("count_views",),
    }
    _converters = {
        "owner": person_of({"username": "ownername", "path_alias": "pathalias",
                            "iconserver": "iconserver", "iconfarm": "iconfarm",
                            "realname": "realname"}),
        "tags": _tag_list,
        "machine_tags": _tag_list,
        "notes": _note_list,
        "urls": _url_map,
        "location": _location,
    }

    # -- Flickr methods: lists of photos -----------------------------------------------------
    search = photos("photos.search", static=True)
    getRecent = photos("photos.getRecent", static=True)
    getPopular = photos("photos.getPopular", static=True)
    getUntagged = photos("photos.getUntagged", static=True)
    getWithGeoData = photos("photos.getWithGeoData", static=True)
    getWithoutGeoData = photos("photos.getWithoutGeoData", static=True)
    getNotInSet = photos("photos.getNotInSet", static=True)
    getContactsPhotos = photos("photos.getContactsPhotos", static=True)
    recentlyUpdated = photos("photos.recentlyUpdated", static=True, args=("min_date",))
    photosForLocation = photos("photos.geo.photosForLocation", static=True)
    getInteresting = photos("interestingness.getList", static=True)
    checkUploadTickets = static("photos.upload.checkTickets", Tickets(), args=("tickets",))

    # -- Flickr methods: one photo -------------------------------------------------------------
    getInfo = inst("photos.getInfo", Fields("photo"), context={"secret": "secret"})
    _getSizes = inst("photos.getSizes", Sizes())
    getExif = inst("photos.getExif", Many("photo.exif", "Photo.Exif"), context={"secret": "secret"})
    getContext = inst("photos.getContext", CONTEXT)
    getAllContexts = inst("photos.getAllContexts", _CONTEXTS)
    getFavorites = inst("photos.getFavorites", Many("photo.person", "Person"))
    getPerms = inst("photos.getPerms", Raw("perms"))
    getTags = inst("tags.getListPhoto", Many("photo.tags.tag", "Tag", parent="photo"))
    getStats = inst("stats.getPhotoStats", STATS, args=("date",))
    getGalleries = inst("galleries.getListForPhoto", GALLERIES)
    getLicenseHistory = inst("photos.licenses.getLicenseHistory", Raw())
    delete = inst("photos.delete")
    addTags = inst("photos.addTags", args=("tags",))
    setTags = inst("photos.setTags", args=("tags",))
    setContentType = inst("photos.setContentType", args=("content_type",))
    setDates = inst("photos.setDates")
    setMeta = inst("photos.setMeta")
    setPerms = inst("photos.setPerms")
    setSafetyLevel = inst("photos.setSafetyLevel", args=("safety_level",))
    setLicense = inst("photos.licenses.setLicense", args=("license_id",))
    setLicence = compat(setLicense)
    rotate = inst("photos.transform.rotate", Secrets(), args=("degrees",))
    addToFavorites = inst("favorites.add")
    removeFromFavorites = inst("favorites.remove")
    getFavoriteContext = inst("favorites.getContext", CONTEXT, args=("user_id",))
    addComment = inst("photos.comments.addComment", _COMMENT, args=("comment_text",))
    getComments = inst("photos.comments.getList", _COMMENTS)
    addNote = inst("photos.notes.add", _NOTE)
    addPerson = inst("photos.people.add", args=("user_id",))
    deletePerson = inst("photos.people.delete", args=("user_id",))
    deletePersonCoords = inst("photos.people.deleteCoords", args=("user_id",))
    editPersonCoords = inst("photos.people.editCoords", args=("user_id",))
    getPeople = inst("photos.people.getList", Many("people.person", "Person"))
    getLocation = inst("photos.geo.getLocation", One("photo.location", "Location", parent="photo"))
    setLocation = inst("photos.geo.setLocation")
    correctLocation = inst("photos.geo.correctLocation")
    removeLocation = inst("photos.geo.removeLocation")
    setContext = inst("photos.geo.setContext", args=("context",))
    getGeoPerms = inst("photos.geo.getPerms", One("perms", "PhotoGeoPerms"))
    setGeoPerms = inst("photos.geo.setPerms")
    getSuggestions = inst("photos.suggestions.getList", _SUGGESTIONS)
    suggestLocation = inst("photos.suggestions.suggestLocation", _SUGGESTION)

    # -- what the listing fetches ----------------------------------------------------------
    def _listing(self) -> Optional[Page]:
        """The page of the listing the photo came from (None: not listed, or left it)."""
        return getattr(self, "_page", None)

    def _from_listing(self, name: str) -> bool:
        page = self._listing()
        if page is None:
            return False
        extras = extra_of(name) or next(
            (e for e in map(extra_of, self._aliases.get(name, ())) if e), ())
        return bool(extras) and page.fill(self, extras)

    def _fetchable(self) -> set[str]:
        return super()._fetchable() | {f for fields in EXTRA_FIELDS.values() for f in fields}

    @classmethod
    def _from_flickr(cls, data: dict[str, Any]) -> dict[str, Any]:
        if "safety_level" in data:
            level = to_int(data["safety_level"])
            if isinstance(level, int):  # Flickr replies 0-2; we say 1 safe ... 3 restricted
                data["safety_level"] = level + 1
        return data

    @classmethod
    def _prepare(cls, data: dict[str, Any]) -> dict[str, Any]:
        if data.keys().isdisjoint(_RESHAPED):
            return data  # a listing entry: nothing to reshape
        for group in _FLATTENED:
            if isinstance(data.get(group), dict):
                data.update(data.pop(group))
        location = data.get("location")
        if isinstance(location, dict):
            for name in _GEO_FIELDS:
                if name in location:
                    data.setdefault(name, location[name])
        return data

    # -- dates ----------------------------------------------------------------------------
    @property
    def posted_datetime(self) -> Optional[_dt.datetime]:
        """When the photo was uploaded (UTC)."""
        return utc_datetime(self.get("posted"))

    @property
    def taken_datetime(self) -> Optional[_dt.datetime]:
        """When the photo was taken, as Flickr has it (camera local time, no time zone)."""
        taken = self.get("taken")
        if not taken:
            return None
        try:
            return _dt.datetime.strptime(str(taken), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return None

    @property
    def lastupdate_datetime(self) -> Optional[_dt.datetime]:
        return utc_datetime(self.get("lastupdate"))

    # -- URLs and sizes ---------------------------------------------------------------------
    @property
    def shortUrl(self) -> str:
        """The flic.kr short link of the photo."""
        return short_url(self.id)

    def _page_user(self) -> Optional[str]:
        """Who the photo's page URLs name: the path alias if known, else the owner's NSID."""
        fields = self._fields
        owner = fields.get("owner")
        if isinstance(owner, FlickrObject):
            alias, nsid = owner._fields.get("path_alias"), owner.id
        elif isinstance(owner, dict):
            alias, nsid = owner.get("path_alias"), owner.get("nsid")
        else:
            alias, nsid = None, owner
        user = fields.get("pathalias") or alias or nsid
        return str(user) if user else None

    def getPageUrl(self) -> str:
        """The photo's page on www.flickr.com."""
        if self._page_user() is None and not self._loaded:
            self.load()
        return page_url(self._page_user() or "", str(self.id))

    def _size_page(self, size: Size) -> str:
        """The web page of one size (Flickr's redirect to the photo when the owner is unknown)."""
        user = self._page_user()
        if user is None:
            return f"{WEB}/photo.gne?id={self.id}"
        return f"{page_url(user, str(self.id))}sizes/{size.code}/"

    def _inline_sizes(self) -> dict[str, dict[str, Any]]:
        """The sizes the listing gives: those of the ``url_*`` extras it was asked (all of
        them, fetched for the page, when it was asked none); empty when it cannot say."""
        sizes = self._fields.get("sizes")
        if isinstance(sizes, dict):
            return sizes
        page = self._listing()
        if page is not None:
            if page.asked.isdisjoint(URL_EXTRAS) and (
                    self.client.is_async or not page.fill(self, SIZE_EXTRAS)):
                return {}  # an AsyncClient's photo never fetches behind the caller's back
        elif not any(name in self._fields for name in URL_EXTRAS):
            return {}
        sizes = sizes_from_extras(self._fields, self._size_page, self.client.endpoints.rewrite)
        if sizes:
            self._fields["sizes"] = sizes
        return sizes

    def getSizes(self, force: bool = False) -> dict[str, dict[str, Any]]:
        """Every size of the photo by label: ``{"Medium": {"width", "height", "source", "url",
        "media"}, ...}``; from the listing's ``url_*`` extras when it had them, else (or with
        ``force``) from ``flickr.photos.getSizes`` (awaited with an AsyncClient)."""
        if self.client.is_async:
            return self._sizes_awaited(force)  # type: ignore[return-value]
        sizes = {} if force else self._inline_sizes()
        if not sizes:
            sizes = self._getSizes()
            self._fields["sizes"] = sizes
        return sizes

    async def _sizes_awaited(self, force: bool) -> dict[str, dict[str, Any]]:
        sizes = {} if force else self._inline_sizes()
        if not sizes:
            sizes = await self._getSizes()
            self._fields["sizes"] = sizes
        return sizes

    @property
    def sizes(self) -> dict[str, dict[str, Any]]:
        return self.getSizes()

    def _size_entry(self, size_label: Optional[str], key: str) -> Any:
        sizes = self.getSizes()
        label = size_label
        if label is None:
            label = largest(sizes)
        elif label not in sizes:
            size = find_size(label)
            label = size.label if size is not None else label
        if label not in sizes:
            available = ", ".join(sizes) or "none"
            raise FlickrError(f"Size {size_label!r} is not available for photo {self.id} "
                              f"(available: {available})")
        return sizes[str(label)][key]

    def _built_file_url(self, size: Size) -> Optional[str]:
        """The image URL of ``size`` from the photo's secrets, without asking Flickr."""
        fields = self._fields
        server = fields.get("server")
        if size.edge == 0:
            secret, extension = fields.get("originalsecret"), fields.get("originalformat")
        elif size.own_secret:
            return None
        else:
            secret, extension = fields.get("secret"), "jpg"
            longest = max(self._int_field("o_width"), self._int_field("o_height"))
            if longest and size.edge > longest and size.code not in ("sq", "q"):
                return None
        if not (server and secret and extension):
            return None
        return static_url(self.client.endpoints.static, server, str(self.id), str(secret),
                          size.suffix, str(extension))

    def _int_field(self, name: str) -> int:
        value = self.get(name) if name in self._fields else 0
        return value if isinstance(value, int) else 0

    def getPhotoFile(self, size_label: Optional[str] = None) -> str:
        """The URL of the image file of a size (by label "Medium 640" or suffix "z"; the
        largest when None). No request when the photo's sizes or secrets are known; one for
        the whole page of its listing when they are not."""
        size = find_size(size_label) if size_label is not None else None
        if size is not None and "sizes" not in self._fields:
            url = self._listed_file_url(size)
            if url:
                return url
        return str(self._size_entry(size_label, "source"))

    def _listed_file_url(self, size: Size) -> Optional[str]:
        """The image URL of ``size`` from what the listing says, or can say for the page."""
        fields = self._fields
        extra = "url_" + size.extra
        page = self._listing()
        secret = "original_format" if size.edge == 0 else extra  # what says the size's secret
        if page is not None and size.own_secret and page.asked.isdisjoint((extra, secret)):
            page.fill(self, SIZE_EXTRAS)  # Large 1600 and up, the original
            page = self._listing()  # None if the photo left the listing
        listed = fields.get(extra)
        if listed:
            return self.client.endpoints.rewrite(str(listed))
        if page is not None and extra in page.asked:
            return None  # the listing says the photo has no such size
        if page is None and any(name in fields for name in URL_EXTRAS):
            return None  # a listing of the sizes, without this one
        return self._built_file_url(size)

    def getPhotoUrl(self, size_label: Optional[str] = None) -> str:
        """The URL of the web page showing a size (the largest when None)."""
        return str(self._size_entry(size_label, "url"))

    def getNotes(self) -> list[Any]:
        """The notes on the photo (loads the photo if needed)."""
        notes = self.get("notes")
        return notes if isinstance(notes, list) else []

    # -- files ----------------------------------------------------------------------------------
    def save(self, filename: Union[str, os.PathLike[str]],
             size_label: Optional[str] = None) -> Path:
        """Download a size (the largest by default) to ``filename``; returns the path."""
        path: Path = self.client.download(self, filename, size_label)
        return path

    def show(self, size_label: Optional[str] = None) -> None:
        """Open a size of the photo in an image viewer (needs Pillow)."""
        import tempfile

        try:
            from PIL import Image
        except ImportError:
            raise FlickrError("Photo.show() needs Pillow: pip install pillow") from None
        with tempfile.TemporaryDirectory() as folder:
            path = self.save(f"{folder}/photo", size_label)
            with Image.open(path) as image:
                image.show()

    # -- what hangs off a photo ---------------------------------------------------------------
    class Comment(FlickrObject):
        """A comment on a photo (``comment_id``)."""

        _id_args = {"comment_id": "id"}
        _display = ("id", "text")
        _converters = {"author": person_of({"username": "authorname",
                                            "realname": "realname"})}

        edit = inst("photos.comments.editComment", args=("comment_text",))
        delete = inst("photos.comments.deleteComment")
        getRecentForContacts = photos("photos.comments.getRecentForContacts", static=True)

    class Note(FlickrObject):
        """A note on a photo (``note_id``)."""

        _id_args = {"note_id": "id"}
        _display = ("id", "text")
        _converters = {"author": person_of({"username": "authorname"})}

        edit = inst("photos.notes.edit")
        delete = inst("photos.notes.delete")

    class Suggestion(FlickrObject):
        """A location suggestion for a photo (``suggestion_id``)."""

        _id_args = {"suggestion_id": "id"}
        _converters = {"suggested_by": person_of({"username": "suggested_by_username"})}

        approve = inst("photos.suggestions.approveSuggestion")
        reject = inst("photos.suggestions.rejectSuggestion")
        remove = inst("photos.suggestions.removeSuggestion")

    class Exif(FlickrObject):
        """One EXIF/TIFF/GPS tag of a photo: ``tagspace``, ``tag``, ``label``, ``raw``,
        ``clean``."""

        _display = ("tagspace", "label", "raw")
