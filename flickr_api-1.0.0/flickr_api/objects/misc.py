"""The smaller objects and namespaces: activity, blogs, cameras, collections, the Commons,
contacts, licenses, locations, machine tags, pandas, profiles, push, reflection, prefs, stats,
testimonials, test and OAuth token checks.

Lower-case classes (``prefs``, ``stats``, ``test``) and ``Contact``, ``MachineTag``, ``Push``,
``Reflection``, ``OAuth`` are namespaces of static methods, as in earlier releases.
"""

from __future__ import annotations

from flickr_api.objects.base import FlickrObject, object_class, objects_of
from flickr_api.objects.methods import (
    COLLECTIONS,
    CONTACTS,
    LOOKUP_USER,
    PROFILE,
    STATS,
    STRAY,
    TESTIMONIAL,
    TESTIMONIALS,
    VIEWS,
    Binding,
    inst,
    photos,
    static,
)
from flickr_api.objects.person import person_of
from flickr_api.objects.place import PLACE_PARTS
from flickr_api.objects.shapes import Fields, Many, Raw, Value

__all__ = [
    "Activity", "Blog", "BlogService", "Camera", "Collection", "CommonInstitution",
    "CommonInstitutionUrl", "Contact", "License", "Location", "MachineTag", "OAuth", "Panda",
    "PhotoGeoPerms", "Profile", "Push", "Reflection", "Testimonial", "prefs", "stats", "test",
]

_ACTIVITY = Many("items.item", "Activity")
_BLOGS = Many("blogs.blog", "Blog")
_INSTITUTIONS = Many("institutions.institution", "CommonInstitution")
_DOMAINS = Many("domains.domain", "stats.Domain")
_REFERRERS = Many("domain.referrer", "stats.Referrer")
_NAMESPACES = Many("namespaces.namespace", "MachineTag.Namespace")
_PREDICATES = Many("predicates.predicate", "MachineTag.Predicate")
_VALUES = Many("values.value", "MachineTag.Value")
_SUBSCRIPTIONS = Many("subscriptions.subscription", "Push.Subscription")
_ACCESS_TOKEN = Raw("auth.access_token")


def _testimonials(name: str, *args: str) -> Binding:
    """A static method listing testimonials; ``args``: its positional arguments."""
    return static(f"testimonials.{name}", TESTIMONIALS, args=args)


class Activity(FlickrObject):
    """Recent activity on one of your photos or albums: the ``item`` (a Photo or Photoset)
    and its ``events`` (comments, notes, faves...)."""

    _display = ("type", "id", "title")
    _converters = {"activity": objects_of("Activity.Event", key="event")}
    _aliases = {"events": ("activity",)}

    userComments = static("activity.userComments", _ACTIVITY)
    userPhotos = static("activity.userPhotos", _ACTIVITY)

    @property
    def item(self) -> FlickrObject:
        """The photo or album the activity is about."""
        kind = "Photoset" if self._fields.get("type") == "photoset" else "Photo"
        fields = {k: v for k, v in self._fields.items() if k not in ("activity", "type")}
        return object_class(kind)._build(self._client, fields)

    class Event(FlickrObject):
        """One event of an activity: ``type`` (comment, note, fave...), ``user``, ``text``."""

        _display = ("type", "username", "text")
        _converters = {"user": person_of({"username": "username"})}


class Blog(FlickrObject):
    """A blog you can post photos to (``blog_id``)."""

    _id_args = {"blog_id": "id"}
    _display = ("id", "name")

    getList = static("blogs.getList", _BLOGS)
    postPhoto = inst("blogs.postPhoto")


class BlogService(FlickrObject):
    """A blogging service Flickr can post to (``service``)."""

    _id_args = {"service": "id"}
    _display = ("id", "text")

    getServices = static("blogs.getServices", Many("services.service", "BlogService"))
    getList = inst("blogs.getList", _BLOGS)
    postPhoto = inst("blogs.postPhoto")


class Camera(FlickrObject):
    """A camera model of ``Camera.Brand.getModels``: ``name``, ``details``, ``images``."""

    _display = ("id", "name")

    class Brand(FlickrObject):
        """A camera brand (``brand``)."""

        _id_args = {"brand": "id"}
        _display = ("id", "name")
        _text_field = "name"

        getList = static("cameras.getBrands", Many("brands.brand", "Camera.Brand"))
        getModels = inst("cameras.getBrandModels", Many("cameras.camera", "Camera"))


class Collection(FlickrObject):
    """A collection of albums and collections (``collection_id``)."""

    _id_args = {"collection_id": "id"}
    _display = ("id", "title")
    _loader = "getInfo"
    _known = frozenset({"child_count", "datecreate", "iconlarge", "iconsmall", "server",
                        "secret", "title", "description", "iconphotos"})
    _converters = {"set": objects_of("Photoset"), "collection": objects_of("Collection"),
                   "iconphotos": objects_of("Photo", key="photo")}
    _aliases = {"sets": ("set",), "collections": ("collection",)}

    getInfo = inst("collections.getInfo", Fields("collection"))
    getTree = inst("collections.getTree", COLLECTIONS)
    getStats = inst("stats.getCollectionStats", VIEWS, args=("date",))


class CommonInstitution(FlickrObject):
    """A member of the Flickr Commons: ``name``, ``date_launch``, ``urls``."""

    _display = ("id", "name")
    _renames = {"nsid": "id"}
    _converters = {"urls": objects_of("CommonInstitutionUrl", key="url")}

    getInstitutions = static("commons.getInstitutions", _INSTITUTIONS)


class CommonInstitutionUrl(FlickrObject):
    """One of a Commons institution's links: ``type`` (site, license, flickr) and ``url``."""

    _display = ("type", "url")
    _text_field = "url"


class Contact(FlickrObject):
    """Your contacts (namespace): ``Contact.getList()`` returns Person objects."""

    # STRAY: these took a needless first argument in 0.x; it is accepted and ignored
    getList = static("contacts.getList", CONTACTS, args=STRAY)
    getListRecentlyUploaded = static("contacts.getListRecentlyUploaded", CONTACTS, args=STRAY)
    getTaggingSuggestions = static("contacts.getTaggingSuggestions", CONTACTS, args=STRAY)


class License(FlickrObject):
    """A photo license: ``id``, ``name``, ``url``."""

    _display = ("id", "name")

    getList = static("photos.licenses.getInfo", Many("licenses.license", "License"))


class Location(FlickrObject):
    """Where a photo was taken: ``latitude``, ``longitude`` (floats), ``accuracy`` and the
    enclosing places."""

    _display = ("latitude", "longitude", "accuracy")
    _converters = PLACE_PARTS


class MachineTag(FlickrObject):
    """Machine tags (namespace:predicate=value), a namespace of static methods."""

    getNamespaces = static("machinetags.getNamespaces", _NAMESPACES)
    getPairs = static("machinetags.getPairs", Many("pairs.pair", "MachineTag.Pair"))
    getPredicates = static("machinetags.getPredicates", _PREDICATES)
    getRecentValues = static("machinetags.getRecentValues", _VALUES)
    getValues = static("machinetags.getValues", _VALUES)

    class Namespace(FlickrObject):
        _display = ("text", "usage")

    class Pair(FlickrObject):
        _display = ("text", "usage")

    class Predicate(FlickrObject):
        _display = ("text", "usage")

    class Value(FlickrObject):
        _display = ("text", "usage")


class Panda(FlickrObject):
    """One of Flickr's pandas (``panda_name``), serving a stream of photos."""

    _id_args = {"panda_name": "id"}
    _display = ("id",)
    _text_field = "name"
    _renames = {"name": "id"}

    getList = static("panda.getList", Many("pandas.panda", "Panda"))
    getPhotos = photos("panda.getPhotos")


class PhotoGeoPerms(FlickrObject):
    """Who may see where a photo was taken: ``ispublic``, ``iscontact``, ``isfriend``,
    ``isfamily``."""

    _display = ("id", "ispublic", "iscontact", "isfriend", "isfamily")


class Profile(FlickrObject):
    """A person's profile (``flickr.profile.getProfile``)."""

    _display = ("id", "first_name", "last_name")
    _renames = {"nsid": "id"}

    getProfile = static("profile.getProfile", PROFILE, args=("user_id",))


class Push(FlickrObject):
    """Push subscriptions (namespace)."""

    getSubscriptions = static("push.getSubscriptions", _SUBSCRIPTIONS)
    getTopics = static("push.getTopics", Many("topics.topic", "Push.Topic"))
    subscribe = static("push.subscribe")
    unsubscribe = static("push.unsubscribe")

    class Subscription(FlickrObject):
        _display = ("topic", "callback", "pending")

    class Topic(FlickrObject):
        _display = ("name",)


class Reflection(FlickrObject):
    """Flickr's description of its own methods (namespace)."""

    getMethodInfo = static("reflection.getMethodInfo", Raw(), args=("method_name",))
    getMethods = static("reflection.getMethods", Raw("methods.method"))


class Testimonial(FlickrObject):
    """A testimonial one person wrote about another (``testimonial_id``)."""

    _id_args = {"testimonial_id": "id"}
    _display = ("id", "body")

    add = static("testimonials.addTestimonial", TESTIMONIAL)
    getAllTestimonialsAbout = _testimonials("getAllTestimonialsAbout")
    getAllTestimonialsAboutBy = _testimonials("getAllTestimonialsAboutBy", "user_id")
    getAllTestimonialsBy = _testimonials("getAllTestimonialsBy")
    getPendingTestimonialsAbout = _testimonials("getPendingTestimonialsAbout")
    getPendingTestimonialsAboutBy = _testimonials("getPendingTestimonialsAboutBy", "user_id")
    getPendingTestimonialsBy = _testimonials("getPendingTestimonialsBy")
    getTestimonialsAbout = _testimonials("getTestimonialsAbout", "user_id")
    getTestimonialsAboutBy = _testimonials("getTestimonialsAboutBy", "user_id")
    getTestimonialsBy = _testimonials("getTestimonialsBy", "user_id")
    approve = inst("testimonials.approveTestimonial")
    delete = inst("testimonials.deleteTestimonial")
    edit = inst("testimonials.editTestimonial", args=("testimonial_text",))


class OAuth(FlickrObject):
    """OAuth token checks and the exchange of an old token (namespace). ``checkToken()``
    checks the token the call is signed with."""

    checkToken = static("auth.oauth.checkToken", Raw("oauth"), args=("oauth_token",))
    getAccessToken = static("auth.oauth.getAccessToken", _ACCESS_TOKEN, args=("auth_token",))


class prefs(FlickrObject):
    """The authenticated user's preferences (namespace)."""

    getContentType = static("prefs.getContentType", Value("person.content_type"))
    getGeoPerms = static("prefs.getGeoPerms", Raw("person"))
    getHidden = static("prefs.getHidden", Value("person.hidden"))
    getPrivacy = static("prefs.getPrivacy", Value("person.privacy"))
    getSafetyLevel = static("prefs.getSafetyLevel", Value("person.safety_level"))


class stats(FlickrObject):
    """View statistics (namespace); domains and referrers are Domain and Referrer objects."""

    getCSVFiles = static("stats.getCSVFiles", Raw("stats.csvfiles.csv"))
    getCollectionDomains = static("stats.getCollectionDomains", _DOMAINS)
    getCollectionReferrers = static("stats.getCollectionReferrers", _REFERRERS)
    getCollectionStats = static("stats.getCollectionStats", STATS)
    getPhotoDomains = static("stats.getPhotoDomains", _DOMAINS)
    getPhotoReferrers = static("stats.getPhotoReferrers", _REFERRERS)
    getPhotoStats = static("stats.getPhotoStats", STATS)
    getPhotosetDomains = static("stats.getPhotosetDomains", _DOMAINS)
    getPhotosetReferrers = static("stats.getPhotosetReferrers", _REFERRERS)
    getPhotosetStats = static("stats.getPhotosetStats", STATS)
    getPhotostreamDomains = static("stats.getPhotostreamDomains", _DOMAINS)
    getPhotostreamReferrers = static("stats.getPhotostreamReferrers", _REFERRERS)
    getPhotostreamStats = static("stats.getPhotostreamStats", VIEWS, args=("date",))
    getPopularPhotos = photos("stats.getPopularPhotos", static=True, extras=False)
    getTotalViews = static("stats.getTotalViews", STATS)
    getMostPopularPhotoDateRange = static("stats.getMostPopularPhotoDateRange", Raw())

    class Domain(FlickrObject):
        _display = ("name", "views")

    class Referrer(FlickrObject):
        _display = ("url", "views")


class test(FlickrObject):
    """Test methods (namespace): ``test.login()`` returns the authenticated Person."""

    echo = static("test.echo", Raw())
    login = static("test.login", LOOKUP_USER)
    null = static("test.null")
