"""Which object method calls which Flickr method, declared as data, and the generator that
turns each row into a method.

A row says: the class, the Python name, the Flickr method, whether it is called on an object
(its identity arguments are sent: ``photo_id=self.id``) or on the class, the names of positional
arguments, and the result shape (:mod:`flickr_api.objects.shapes`). Keyword arguments pass
through to Flickr (``photo=obj`` means ``photo_id=obj.id``; lists are comma-joined). Photo lists
also ask for every size URL and the fields Photo reads (``extras``), so listed photos need no
further request.

Every method of Flickr's catalog has at least one row here (except the legacy pre-OAuth
``flickr.auth.*`` methods); a test checks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, NamedTuple, Optional

from flickr_api._convert import to_params
from flickr_api.errors import FlickrValidationError
from flickr_api.objects.base import FlickrObject, object_class
from flickr_api.objects.photo import merge_extras
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
    from flickr_api.client import Client

__all__ = ["BINDINGS", "Binding", "LEGACY_METHODS", "install"]

#: Pre-OAuth authentication methods, deliberately left unbound.
LEGACY_METHODS = frozenset({
    "flickr.auth.checkToken", "flickr.auth.getFrob", "flickr.auth.getFullToken",
    "flickr.auth.getToken",
})


class Binding(NamedTuple):
    owner: str  # class name, "Photo" or "Photo.Comment"
    name: str  # Python method name
    method: str  # Flickr method
    shape: Shape  # what the reply becomes
    static: bool = False  # called on the class (no identity arguments)
    positional: tuple[str, ...] = ()  # argument names of positional arguments ("_x": ignored)
    ids: Optional[Mapping[str, str]] = None  # identity arguments (None: the class's _id_args)
    context: Mapping[str, str] = {}  # arguments sent when the object has the field
    extras: bool = False  # a photo list: ask for sizes, dates, owner... (merged with extras=)


def inst(owner: str, name: str, method: str, shape: Optional[Shape] = None,
         **options: Any) -> Binding:
    return Binding(owner, name, method, shape or NONE, **options)


def static(owner: str, name: str, method: str, shape: Optional[Shape] = None,
           **options: Any) -> Binding:
    return Binding(owner, name, method, shape or NONE, static=True, **options)


def photos(owner: str, name: str, method: str, path: str = "photos.photo",
           is_static: bool = False, extras: bool = True, **options: Any) -> Binding:
    """A method returning a list of photos."""
    inherit = ("owner", "ownername") if path.startswith("photoset.") else ()
    shape = Many(path, "Photo", inherit=inherit)
    return Binding(owner, name, method, shape, static=is_static, extras=extras, **options)


NONE = Nothing()
CONTEXT = Pair(One("prevphoto", "Photo"), One("nextphoto", "Photo"))
CONTACTS = Many("contacts.contact", "Person")
GROUPS = Many("groups.group", "Group")
PLACES = Many("places.place", "Place")
USER_TAGS = Many("who.tags.tag", "Tag")
DOMAINS = Many("domains.domain", "stats.Domain")
REFERRERS = Many("domain.referrer", "stats.Referrer")
TESTIMONIALS = Many("testimonials.testimonial", "Testimonial")
TESTIMONIAL = One("testimonial", "Testimonial")
COLLECTIONS = Many("collections.collection", "Collection")
GALLERIES = Many("galleries.gallery", "Gallery")
STATS = Raw("stats")
USER_URL = Value("user.url")
LOOKUP_USER = One("user", "Person")
PROFILE = One("profile", "Profile")
PLACE_TAGS = Many("tags.tag", "Place.Tag")
LOCATION = One("location", "Place")
BRIEF = ("_ignored",)  # Contact methods of 0.7 took a stray positional argument


def _testimonials(name: str, by_user: bool = False) -> Binding:
    return static("Testimonial", name, f"flickr.testimonials.{name}", TESTIMONIALS,
                  positional=("user_id",) if by_user else ())


BINDINGS: tuple[Binding, ...] = (
    # activity
    static("Activity", "userComments", "flickr.activity.userComments",
           Many("items.item", "Activity")),
    static("Activity", "userPhotos", "flickr.activity.userPhotos", Many("items.item", "Activity")),
    # OAuth
    static("OAuth", "checkToken", "flickr.auth.oauth.checkToken", Raw("oauth"),
           positional=("oauth_token",)),
    static("OAuth", "getAccessToken", "flickr.auth.oauth.getAccessToken",
           Raw("auth.access_token"), positional=("auth_token",)),
    # blogs
    static("Blog", "getList", "flickr.blogs.getList", Many("blogs.blog", "Blog")),
    inst("Blog", "postPhoto", "flickr.blogs.postPhoto"),
    inst("BlogService", "getList", "flickr.blogs.getList", Many("blogs.blog", "Blog")),
    inst("BlogService", "postPhoto", "flickr.blogs.postPhoto"),
    static("BlogService", "getServices", "flickr.blogs.getServices",
           Many("services.service", "BlogService")),
    # cameras
    static("Camera.Brand", "getList", "flickr.cameras.getBrands",
           Many("brands.brand", "Camera.Brand")),
    inst("Camera.Brand", "getModels", "flickr.cameras.getBrandModels",
         Many("cameras.camera", "Camera")),
    # collections
    inst("Collection", "getInfo", "flickr.collections.getInfo", Fields("collection")),
    inst("Collection", "getTree", "flickr.collections.getTree", COLLECTIONS),
    inst("Collection", "getStats", "flickr.stats.getCollectionStats", Value("stats.views"),
         positional=("date",)),
    inst("Person", "getCollectionTree", "flickr.collections.getTree", COLLECTIONS),
    # commons
    static("CommonInstitution", "getInstitutions", "flickr.commons.getInstitutions",
           Many("institutions.institution", "CommonInstitution")),
    # contacts
    static("Contact", "getList", "flickr.contacts.getList", CONTACTS, positional=BRIEF),
    static("Contact", "getListRecentlyUploaded", "flickr.contacts.getListRecentlyUploaded",
           CONTACTS, positional=BRIEF),
    static("Contact", "getTaggingSuggestions", "flickr.contacts.getTaggingSuggestions",
           CONTACTS, positional=BRIEF),
    inst("Person", "getPublicContacts", "flickr.contacts.getPublicList", CONTACTS),
    # favorites
    inst("Photo", "addToFavorites", "flickr.favorites.add"),
    inst("Photo", "removeFromFavorites", "flickr.favorites.remove"),
    inst("Photo", "getFavoriteContext", "flickr.favorites.getContext", CONTEXT,
         positional=("user_id",)),
    inst("Person", "getFavoriteContext", "flickr.favorites.getContext", CONTEXT,
         positional=("photo_id",)),
    photos("Person", "getFavorites", "flickr.favorites.getList"),
    photos("Person", "getPublicFavorites", "flickr.favorites.getPublicList"),
    inst("Person", "removeFromFavorites", "flickr.favorites.remove", ids={},
         positional=("photo_id",)),
    # galleries
    static("Gallery", "create", "flickr.galleries.create",
           One("gallery", "Gallery", from_args={"title": "title", "description": "description",
                                                "primary_photo_id": "primary_photo_id"})),
    static("Gallery", "getByUrl", "flickr.urls.lookupGallery", One("gallery", "Gallery"),
           positional=("url",)),
    inst("Gallery", "addPhoto", "flickr.galleries.addPhoto", positional=("photo_id",)),
    inst("Gallery", "editMeta", "flickr.galleries.editMeta"),
    inst("Gallery", "editMedia", "flickr.galleries.editMeta"),
    inst("Gallery", "editPhoto", "flickr.galleries.editPhoto"),
    inst("Gallery", "editPhotos", "flickr.galleries.editPhotos"),
    inst("Gallery", "getInfo", "flickr.galleries.getInfo", Fields("gallery")),
    photos("Gallery", "getPhotos", "flickr.galleries.getPhotos"),
    inst("Gallery", "removePhoto", "flickr.galleries.removePhoto", positional=("photo_id",)),
    inst("Person", "getGalleries", "flickr.galleries.getList", GALLERIES),
    inst("Photo", "getGalleries", "flickr.galleries.getListForPhoto", GALLERIES),
    # groups
    static("Group", "browse", "flickr.groups.browse", One("category", "Category")),
    static("Group", "search", "flickr.groups.search", GROUPS, positional=("text",)),
    static("Group", "getGroups", "flickr.groups.pools.getGroups", GROUPS),
    static("Group", "getMemberGroups", "flickr.people.getGroups", GROUPS,
           positional=("user_id",)),
    static("Group", "getByUrl", "flickr.urls.lookupGroup", One("group", "Group"),
           positional=("url",)),
    inst("Group", "getInfo", "flickr.groups.getInfo", Fields("group")),
    inst("Group", "getUrl", "flickr.urls.getGroup", Value("group.url")),
    inst("Group", "getMembers", "flickr.groups.members.getList", Many("members.member", "Person")),
    inst("Group", "join", "flickr.groups.join"),
    inst("Group", "joinRequest", "flickr.groups.joinRequest", positional=("message",)),
    inst("Group", "leave", "flickr.groups.leave"),
    inst("Group", "addPhoto", "flickr.groups.pools.add", positional=("photo_id",)),
    inst("Group", "removePhoto", "flickr.groups.pools.remove", positional=("photo_id",)),
    inst("Group", "getPoolContext", "flickr.groups.pools.getContext", CONTEXT,
         positional=("photo_id",)),
    photos("Group", "getPhotos", "flickr.groups.pools.getPhotos"),
    inst("Group", "addDiscussTopic", "flickr.groups.discuss.topics.add"),
    inst("Group", "getDiscussTopics", "flickr.groups.discuss.topics.getList",
         Many("topics.topic", "Group.Topic", parent="group")),
    inst("Group.Topic", "getInfo", "flickr.groups.discuss.topics.getInfo", Fields("topic")),
    inst("Group.Topic", "addReply", "flickr.groups.discuss.replies.add", positional=("message",)),
    inst("Group.Topic", "getReplies", "flickr.groups.discuss.replies.getList",
         Many("replies.reply", "Group.Topic.Reply", parent="topic", info_path="replies.topic")),
    inst("Group.Topic.Reply", "getInfo", "flickr.groups.discuss.replies.getInfo",
         Fields("reply")),
    inst("Group.Topic.Reply", "edit", "flickr.groups.discuss.replies.edit",
         positional=("message",)),
    inst("Group.Topic.Reply", "delete", "flickr.groups.discuss.replies.delete"),
    # interestingness
    photos("Photo", "getInteresting", "flickr.interestingness.getList", is_static=True),
    # machine tags
    static("MachineTag", "getNamespaces", "flickr.machinetags.getNamespaces",
           Many("namespaces.namespace", "MachineTag.Namespace")),
    static("MachineTag", "getPairs", "flickr.machinetags.getPairs",
           Many("pairs.pair", "MachineTag.Pair")),
    static("MachineTag", "getPredicates", "flickr.machinetags.getPredicates",
           Many("predicates.predicate", "MachineTag.Predicate")),
    static("MachineTag", "getRecentValues", "flickr.machinetags.getRecentValues",
           Many("values.value", "MachineTag.Value")),
    static("MachineTag", "getValues", "flickr.machinetags.getValues",
           Many("values.value", "MachineTag.Value")),
    # pandas
    static("Panda", "getList", "flickr.panda.getList", Many("pandas.panda", "Panda")),
    photos("Panda", "getPhotos", "flickr.panda.getPhotos"),
    # people
    static("Person", "findByEmail", "flickr.people.findByEmail", LOOKUP_USER,
           positional=("find_email",)),
    static("Person", "findByUserName", "flickr.people.findByUsername", LOOKUP_USER,
           positional=("username",)),
    static("Person", "findByUsername", "flickr.people.findByUsername", LOOKUP_USER,
           positional=("username",)),
    static("Person", "findByUrl", "flickr.urls.lookupUser", LOOKUP_USER, positional=("url",)),
    static("Person", "getUploadStatus", "flickr.people.getUploadStatus", Raw("user")),
    photos("Person", "getNotInSetPhotos", "flickr.photos.getNotInSet", is_static=True),
    static("Person", "batchCorrectLocation", "flickr.photos.geo.batchCorrectLocation"),
    inst("Person", "getInfo", "flickr.people.getInfo", Fields("person")),
    inst("Person", "getGroups", "flickr.people.getGroups", GROUPS),
    inst("Person", "getPublicGroups", "flickr.people.getPublicGroups", GROUPS),
    inst("Person", "getLimits", "flickr.people.getLimits", Raw("person"), ids={}),
    inst("Person", "getPhotoCounts", "flickr.photos.getCounts", Raw("photocounts.photocount"),
         ids={}),
    photos("Person", "getPhotos", "flickr.people.getPhotos"),
    photos("Person", "getPublicPhotos", "flickr.people.getPublicPhotos"),
    photos("Person", "getPhotosOf", "flickr.people.getPhotosOf"),
    photos("Person", "getPopularPhotos", "flickr.photos.getPopular"),
    photos("Person", "getContactsPublicPhotos", "flickr.photos.getContactsPublicPhotos"),
    inst("Person", "getPhotosets", "flickr.photosets.getList",
         Many("photosets.photoset", "Photoset", parent="owner")),
    inst("Person", "getPhotosUrl", "flickr.urls.getUserPhotos", USER_URL),
    inst("Person", "getProfileUrl", "flickr.urls.getUserProfile", USER_URL),
    inst("Person", "getProfile", "flickr.profile.getProfile", PROFILE),
    inst("Person", "getTags", "flickr.tags.getListUser", USER_TAGS),
    inst("Person", "getPopularTags", "flickr.tags.getListUserPopular", USER_TAGS),
    inst("Person", "getTestimonials", "flickr.testimonials.getTestimonialsAbout", TESTIMONIALS),
    inst("Person", "getTestimonialsBy", "flickr.testimonials.getTestimonialsBy", TESTIMONIALS),
    inst("Person", "addTestimonial", "flickr.testimonials.addTestimonial", TESTIMONIAL,
         positional=("testimonial_text",)),
    # photos: class-level lists
    photos("Photo", "search", "flickr.photos.search", is_static=True),
    photos("Photo", "getRecent", "flickr.photos.getRecent", is_static=True),
    photos("Photo", "getPopular", "flickr.photos.getPopular", is_static=True),
    photos("Photo", "getUntagged", "flickr.photos.getUntagged", is_static=True),
    photos("Photo", "getWithGeoData", "flickr.photos.getWithGeoData", is_static=True),
    photos("Photo", "getWithoutGeoData", "flickr.photos.getWithoutGeoData", is_static=True),
    photos("Photo", "getNotInSet", "flickr.photos.getNotInSet", is_static=True),
    photos("Photo", "getContactsPhotos", "flickr.photos.getContactsPhotos", is_static=True),
    photos("Photo", "recentlyUpdated", "flickr.photos.recentlyUpdated", is_static=True,
           positional=("min_date",)),
    photos("Photo", "photosForLocation", "flickr.photos.geo.photosForLocation", is_static=True),
    static("Photo", "checkUploadTickets", "flickr.photos.upload.checkTickets", Tickets(),
           positional=("tickets",)),
    # photos: one photo
    inst("Photo", "getInfo", "flickr.photos.getInfo", Fields("photo"),
         context={"secret": "secret"}),
    inst("Photo", "_getSizes", "flickr.photos.getSizes", Sizes()),
    inst("Photo", "getExif", "flickr.photos.getExif", Many("photo.exif", "Photo.Exif"),
         context={"secret": "secret"}),
    inst("Photo", "getContext", "flickr.photos.getContext", CONTEXT),
    inst("Photo", "getAllContexts", "flickr.photos.getAllContexts",
         Pair(Many("set", "Photoset"), Many("pool", "Group"))),
    inst("Photo", "getFavorites", "flickr.photos.getFavorites", Many("photo.person", "Person")),
    inst("Photo", "getPerms", "flickr.photos.getPerms", Raw("perms")),
    inst("Photo", "getTags", "flickr.tags.getListPhoto",
         Many("photo.tags.tag", "Tag", parent="photo")),
    inst("Photo", "getStats", "flickr.stats.getPhotoStats", STATS, positional=("date",)),
    inst("Photo", "getLicenseHistory", "flickr.photos.licenses.getLicenseHistory", Raw()),
    inst("Photo", "delete", "flickr.photos.delete"),
    inst("Photo", "addTags", "flickr.photos.addTags", positional=("tags",)),
    inst("Photo", "setTags", "flickr.photos.setTags", positional=("tags",)),
    inst("Photo", "setContentType", "flickr.photos.setContentType",
         positional=("content_type",)),
    inst("Photo", "setDates", "flickr.photos.setDates"),
    inst("Photo", "setMeta", "flickr.photos.setMeta"),
    inst("Photo", "setPerms", "flickr.photos.setPerms"),
    inst("Photo", "setSafetyLevel", "flickr.photos.setSafetyLevel",
         positional=("safety_level",)),
    inst("Photo", "setLicence", "flickr.photos.licenses.setLicense", positional=("license_id",)),
    inst("Photo", "setLicense", "flickr.photos.licenses.setLicense", positional=("license_id",)),
    inst("Photo", "rotate", "flickr.photos.transform.rotate", Secrets(), positional=("degrees",)),
    inst("Photo", "addComment", "flickr.photos.comments.addComment",
         One("comment", "Photo.Comment", parent="photo", from_args={"text": "comment_text"}),
         positional=("comment_text",)),
    inst("Photo", "getComments", "flickr.photos.comments.getList",
         Many("comments.comment", "Photo.Comment", parent="photo")),
    inst("Photo.Comment", "edit", "flickr.photos.comments.editComment",
         positional=("comment_text",)),
    inst("Photo.Comment", "delete", "flickr.photos.comments.deleteComment"),
    photos("Photo.Comment", "getRecentForContacts", "flickr.photos.comments.getRecentForContacts",
           is_static=True),
    inst("Photo", "addNote", "flickr.photos.notes.add",
         One("note", "Photo.Note", parent="photo", from_args={"text": "note_text"})),
    inst("Photo.Note", "edit", "flickr.photos.notes.edit"),
    inst("Photo.Note", "delete", "flickr.photos.notes.delete"),
    inst("Photo", "addPerson", "flickr.photos.people.add", positional=("user_id",)),
    inst("Photo", "deletePerson", "flickr.photos.people.delete", positional=("user_id",)),
    inst("Photo", "deletePersonCoords", "flickr.photos.people.deleteCoords",
         positional=("user_id",)),
    inst("Photo", "editPersonCoords", "flickr.photos.people.editCoords", positional=("user_id",)),
    inst("Photo", "getPeople", "flickr.photos.people.getList", Many("people.person", "Person")),
    inst("Photo", "getLocation", "flickr.photos.geo.getLocation",
         One("photo.location", "Location", parent="photo")),
    inst("Photo", "setLocation", "flickr.photos.geo.setLocation"),
    inst("Photo", "correctLocation", "flickr.photos.geo.correctLocation"),
    inst("Photo", "removeLocation", "flickr.photos.geo.removeLocation"),
    inst("Photo", "setContext", "flickr.photos.geo.setContext", positional=("context",)),
    inst("Photo", "getGeoPerms", "flickr.photos.geo.getPerms", One("perms", "PhotoGeoPerms")),
    inst("Photo", "setGeoPerms", "flickr.photos.geo.setPerms"),
    inst("Photo", "getSuggestions", "flickr.photos.suggestions.getList",
         Many("suggestions.suggestion", "Photo.Suggestion", parent="photo")),
    inst("Photo", "suggestLocation", "flickr.photos.suggestions.suggestLocation",
         One("suggestion", "Photo.Suggestion", parent="photo")),
    inst("Photo.Suggestion", "approve", "flickr.photos.suggestions.approveSuggestion"),
    inst("Photo.Suggestion", "reject", "flickr.photos.suggestions.rejectSuggestion"),
    inst("Photo.Suggestion", "remove", "flickr.photos.suggestions.removeSuggestion"),
    # licenses
    static("License", "getList", "flickr.photos.licenses.getInfo",
           Many("licenses.license", "License")),
    # photosets
    static("Photoset", "create", "flickr.photosets.create",
           One("photoset", "Photoset", from_args={"title": "title", "description": "description",
                                                  "primary": "primary_photo_id"})),
    static("Photoset", "orderSets", "flickr.photosets.orderSets", positional=("photoset_ids",)),
    inst("Photoset", "getInfo", "flickr.photosets.getInfo", Fields("photoset"),
         context={"user_id": "owner"}),
    photos("Photoset", "getPhotos", "flickr.photosets.getPhotos", path="photoset.photo",
           context={"user_id": "owner"}),
    inst("Photoset", "getContext", "flickr.photosets.getContext", CONTEXT,
         positional=("photo_id",)),
    inst("Photoset", "getStats", "flickr.stats.getPhotosetStats", STATS, positional=("date",)),
    inst("Photoset", "addPhoto", "flickr.photosets.addPhoto", positional=("photo_id",)),
    inst("Photoset", "removePhoto", "flickr.photosets.removePhoto", positional=("photo_id",)),
    inst("Photoset", "removePhotos", "flickr.photosets.removePhotos",
         positional=("photo_ids",)),
    inst("Photoset", "reorderPhotos", "flickr.photosets.reorderPhotos",
         positional=("photo_ids",)),
    inst("Photoset", "setPrimaryPhoto", "flickr.photosets.setPrimaryPhoto",
         positional=("photo_id",)),
    inst("Photoset", "editMeta", "flickr.photosets.editMeta"),
    inst("Photoset", "editPhotos", "flickr.photosets.editPhotos"),
    inst("Photoset", "delete", "flickr.photosets.delete"),
    inst("Photoset", "addComment", "flickr.photosets.comments.addComment",
         One("comment", "Photoset.Comment", parent="photoset",
             from_args={"text": "comment_text"}),
         positional=("comment_text",)),
    inst("Photoset", "getComments", "flickr.photosets.comments.getList",
         Many("comments.comment", "Photoset.Comment", parent="photoset")),
    inst("Photoset.Comment", "edit", "flickr.photosets.comments.editComment",
         positional=("comment_text",)),
    inst("Photoset.Comment", "delete", "flickr.photosets.comments.deleteComment"),
    # places
    static("Place", "find", "flickr.places.find", PLACES, positional=("query",)),
    static("Place", "findByLatLon", "flickr.places.findByLatLon", PLACES),
    static("Place", "getByUrl", "flickr.places.getInfoByUrl", One("place", "Place"),
           positional=("url",)),
    static("Place", "getPlaceTypes", "flickr.places.getPlaceTypes",
           Many("place_types.place_type", "Place.Type")),
    static("Place", "placesForBoundingBox", "flickr.places.placesForBoundingBox", PLACES,
           positional=("bbox",)),
    static("Place", "placesForContacts", "flickr.places.placesForContacts", PLACES),
    static("Place", "placesForTags", "flickr.places.placesForTags", PLACES),
    static("Place", "placesForUser", "flickr.places.placesForUser", PLACES),
    static("Place", "resolvePlaceId", "flickr.places.resolvePlaceId", LOCATION,
           positional=("place_id",)),
    static("Place", "resolvePlaceURL", "flickr.places.resolvePlaceURL", LOCATION,
           positional=("url",)),
    static("Place", "tagsForPlace", "flickr.places.tagsForPlace", PLACE_TAGS),
    inst("Place", "getInfo", "flickr.places.getInfo", Fields("place")),
    inst("Place", "getChildrenWithPhotosPublic", "flickr.places.getChildrenWithPhotosPublic",
         PLACES),
    inst("Place", "getChildrenWithPhotoPublic", "flickr.places.getChildrenWithPhotosPublic",
         PLACES),
    inst("Place", "getShapeHistory", "flickr.places.getShapeHistory",
         Many("shapes.shapedata", "Place.ShapeData")),
    inst("Place", "getTopPlaces", "flickr.places.getTopPlacesList", PLACES,
         positional=("place_type_id",)),
    inst("Place", "getTags", "flickr.places.tagsForPlace", PLACE_TAGS),
    # prefs
    static("prefs", "getContentType", "flickr.prefs.getContentType",
           Value("person.content_type")),
    static("prefs", "getGeoPerms", "flickr.prefs.getGeoPerms", Raw("person")),
    static("prefs", "getHidden", "flickr.prefs.getHidden", Value("person.hidden")),
    static("prefs", "getPrivacy", "flickr.prefs.getPrivacy", Value("person.privacy")),
    static("prefs", "getSafetyLevel", "flickr.prefs.getSafetyLevel",
           Value("person.safety_level")),
    # profile
    static("Profile", "getProfile", "flickr.profile.getProfile", PROFILE,
           positional=("user_id",)),
    # push
    static("Push", "getSubscriptions", "flickr.push.getSubscriptions",
           Many("subscriptions.subscription", "Push.Subscription")),
    static("Push", "getTopics", "flickr.push.getTopics", Many("topics.topic", "Push.Topic")),
    static("Push", "subscribe", "flickr.push.subscribe"),
    static("Push", "unsubscribe", "flickr.push.unsubscribe"),
    # reflection
    static("Reflection", "getMethodInfo", "flickr.reflection.getMethodInfo", Raw(),
           positional=("method_name",)),
    static("Reflection", "getMethods", "flickr.reflection.getMethods", Raw("methods.method")),
    # stats
    static("stats", "getCSVFiles", "flickr.stats.getCSVFiles", Raw("stats.csvfiles.csv")),
    static("stats", "getCollectionDomains", "flickr.stats.getCollectionDomains", DOMAINS),
    static("stats", "getCollectionReferrers", "flickr.stats.getCollectionReferrers", REFERRERS),
    static("stats", "getCollectionStats", "flickr.stats.getCollectionStats", STATS),
    static("stats", "getPhotoDomains", "flickr.stats.getPhotoDomains", DOMAINS),
    static("stats", "getPhotoReferrers", "flickr.stats.getPhotoReferrers", REFERRERS),
    static("stats", "getPhotoStats", "flickr.stats.getPhotoStats", STATS),
    static("stats", "getPhotosetDomains", "flickr.stats.getPhotosetDomains", DOMAINS),
    static("stats", "getPhotosetReferrers", "flickr.stats.getPhotosetReferrers", REFERRERS),
    static("stats", "getPhotosetStats", "flickr.stats.getPhotosetStats", STATS),
    static("stats", "getPhotostreamDomains", "flickr.stats.getPhotostreamDomains", DOMAINS),
    static("stats", "getPhotostreamReferrers", "flickr.stats.getPhotostreamReferrers",
           REFERRERS),
    static("stats", "getPhotostreamStats", "flickr.stats.getPhotostreamStats",
           Value("stats.views"), positional=("date",)),
    photos("stats", "getPopularPhotos", "flickr.stats.getPopularPhotos", is_static=True,
           extras=False),
    static("stats", "getTotalViews", "flickr.stats.getTotalViews", STATS),
    static("stats", "getMostPopularPhotoDateRange", "flickr.stats.getMostPopularPhotoDateRange",
           Raw()),
    # tags
    inst("Tag", "remove", "flickr.photos.removeTag"),
    static("Tag", "getClusters", "flickr.tags.getClusters",
           Many("clusters.cluster", "Tag.Cluster", from_args={"source": "tag"}),
           positional=("tag",)),
    static("Tag", "getHotList", "flickr.tags.getHotList", Many("hottags.tag", "Tag")),
    static("Tag", "getListUser", "flickr.tags.getListUser", USER_TAGS),
    static("Tag", "getListUserPopular", "flickr.tags.getListUserPopular", USER_TAGS),
    static("Tag", "getListUserRaw", "flickr.tags.getListUserRaw", USER_TAGS),
    static("Tag", "getMostFrequentlyUsed", "flickr.tags.getMostFrequentlyUsed", USER_TAGS),
    static("Tag", "getRelated", "flickr.tags.getRelated", Many("tags.tag", "Tag"),
           positional=("tag",)),
    photos("Tag.Cluster", "getPhotos", "flickr.tags.getClusterPhotos", extras=False),
    # test
    static("test", "echo", "flickr.test.echo", Raw()),
    static("test", "login", "flickr.test.login", LOOKUP_USER),
    static("test", "null", "flickr.test.null"),
    # testimonials
    static("Testimonial", "add", "flickr.testimonials.addTestimonial", TESTIMONIAL),
    _testimonials("getAllTestimonialsAbout"),
    _testimonials("getAllTestimonialsAboutBy", by_user=True),
    _testimonials("getAllTestimonialsBy"),
    _testimonials("getPendingTestimonialsAbout"),
    _testimonials("getPendingTestimonialsAboutBy", by_user=True),
    _testimonials("getPendingTestimonialsBy"),
    _testimonials("getTestimonialsAbout", by_user=True),
    _testimonials("getTestimonialsAboutBy", by_user=True),
    _testimonials("getTestimonialsBy", by_user=True),
    inst("Testimonial", "approve", "flickr.testimonials.approveTestimonial"),
    inst("Testimonial", "delete", "flickr.testimonials.deleteTestimonial"),
    inst("Testimonial", "edit", "flickr.testimonials.editTestimonial",
         positional=("testimonial_text",)),
)


# -- the generator ---------------------------------------------------------------------------
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
    ids = binding.ids if binding.ids is not None else obj._id_args
    params = {}
    for argument, path in ids.items():
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
    """Call the Flickr method of ``binding`` and shape its reply."""
    params = _arguments(binding, args, kwargs)
    if obj is not None:
        params.update(_identity(binding, obj, params))
    if binding.extras:
        params["extras"] = merge_extras(params.get("extras"))
    sent = to_params(params, binding.method)
    reply = client.call(binding.method, **sent)
    return binding.shape(reply, Call(client, obj, sent, binding.method))


def _describe(function: Callable[..., Any], binding: Binding) -> None:
    function.__name__ = binding.name
    function.__qualname__ = f"{binding.owner}.{binding.name}"
    where = "" if binding.static else " for this object"
    names = [n for n in binding.positional if not n.startswith("_")]
    positional = f" Positional arguments: {', '.join(names)}." if names else ""
    function.__doc__ = (f"Call ``{binding.method}``{where}; returns {binding.shape.result}."
                        f"{positional} Other keyword arguments go to Flickr as they are.")
    function.binding = binding  # type: ignore[attr-defined]


def _instance_method(binding: Binding) -> Callable[..., Any]:
    def method(self: FlickrObject, *args: Any, **kwargs: Any) -> Any:
        return run(binding, self.client, self, args, kwargs)

    _describe(method, binding)
    return method


class _StaticMethod:
    """A class-level binding; called on an object, it uses that object's client."""

    def __init__(self, binding: Binding) -> None:
        self.binding = binding

    def __get__(self, obj: Optional[FlickrObject], owner: type[FlickrObject]) -> Any:
        binding = self.binding

        def method(*args: Any, **kwargs: Any) -> Any:
            client = obj.client if obj is not None else owner._class_client()
            return run(binding, client, None, args, kwargs)

        _describe(method, binding)
        return method


def install(bindings: tuple[Binding, ...] = BINDINGS) -> None:
    """Add the methods of the binding table to the object classes."""
    for binding in bindings:
        cls = object_class(binding.owner)
        if binding.name in cls.__dict__:
            raise RuntimeError(f"{binding.owner}.{binding.name} is bound twice")
        attribute = _StaticMethod(binding) if binding.static else _instance_method(binding)
        setattr(cls, binding.name, attribute)
