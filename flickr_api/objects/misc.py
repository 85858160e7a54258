"""The smaller objects and namespaces: activity, blogs, cameras, collections, the Commons,
contacts, licenses, locations, machine tags, pandas, profiles, push, reflection, prefs, stats,
testimonials, test and OAuth token checks.

Lower-case classes (``prefs``, ``stats``, ``test``) and ``Contact``, ``MachineTag``, ``Push``,
``Reflection``, ``OAuth`` are namespaces of static methods, as in earlier releases.
"""

from __future__ import annotations

from flickr_api.objects.base import FlickrObject, object_class, objects_of
from flickr_api.objects.person import person_of
from flickr_api.objects.place import PLACE_PARTS

__all__ = [
    "Activity", "Blog", "BlogService", "Camera", "Collection", "CommonInstitution",
    "CommonInstitutionUrl", "Contact", "License", "Location", "MachineTag", "OAuth", "Panda",
    "PhotoGeoPerms", "Profile", "Push", "Reflection", "Testimonial", "prefs", "stats", "test",
]


class Activity(FlickrObject):
    """Recent activity on one of your photos or albums: the ``item`` (a Photo or Photoset)
    and its ``events`` (comments, notes, faves...)."""

    _display = ("type", "id", "title")
    _converters = {"activity": objects_of("Activity.Event", key="event")}
    _aliases = {"events": ("activity",)}

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


class BlogService(FlickrObject):
    """A blogging service Flickr can post to (``service``)."""

    _id_args = {"service": "id"}
    _display = ("id", "text")


class Camera(FlickrObject):
    """A camera model of ``Camera.Brand.getModels``: ``name``, ``details``, ``images``."""

    _display = ("id", "name")

    class Brand(FlickrObject):
        """A camera brand (``brand``)."""

        _id_args = {"brand": "id"}
        _display = ("id", "name")
        _text_field = "name"


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


class CommonInstitution(FlickrObject):
    """A member of the Flickr Commons: ``name``, ``date_launch``, ``urls``."""

    _display = ("id", "name")
    _renames = {"nsid": "id"}
    _converters = {"urls": objects_of("CommonInstitutionUrl", key="url")}


class CommonInstitutionUrl(FlickrObject):
    """One of a Commons institution's links: ``type`` (site, license, flickr) and ``url``."""

    _display = ("type", "url")
    _text_field = "url"


class Contact(FlickrObject):
    """Your contacts (namespace): ``Contact.getList()`` returns Person objects."""


class License(FlickrObject):
    """A photo license: ``id``, ``name``, ``url``."""

    _display = ("id", "name")


class Location(FlickrObject):
    """Where a photo was taken: ``latitude``, ``longitude`` (floats), ``accuracy`` and the
    enclosing places."""

    _display = ("latitude", "longitude", "accuracy")
    _converters = PLACE_PARTS


class MachineTag(FlickrObject):
    """Machine tags (namespace:predicate=value), a namespace of static methods."""

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


class PhotoGeoPerms(FlickrObject):
    """Who may see where a photo was taken: ``ispublic``, ``iscontact``, ``isfriend``,
    ``isfamily``."""

    _display = ("id", "ispublic", "iscontact", "isfriend", "isfamily")


class Profile(FlickrObject):
    """A person's profile (``flickr.profile.getProfile``)."""

    _display = ("id", "first_name", "last_name")
    _renames = {"nsid": "id"}


class Push(FlickrObject):
    """Push subscriptions (namespace)."""

    class Subscription(FlickrObject):
        _display = ("topic", "callback", "pending")

    class Topic(FlickrObject):
        _display = ("name",)


class Reflection(FlickrObject):
    """Flickr's description of its own methods (namespace)."""


class Testimonial(FlickrObject):
    """A testimonial one person wrote about another (``testimonial_id``)."""

    _id_args = {"testimonial_id": "id"}
    _display = ("id", "body")


class OAuth(FlickrObject):
    """OAuth token checks and the exchange of an old token (namespace). ``checkToken()``
    checks the token the call is signed with."""


class prefs(FlickrObject):
    """The authenticated user's preferences (namespace)."""


class stats(FlickrObject):
    """View statistics (namespace); domains and referrers are Domain and Referrer objects."""

    class Domain(FlickrObject):
        _display = ("name", "views")

    class Referrer(FlickrObject):
        _display = ("url", "views")


class test(FlickrObject):
    """Test methods (namespace): ``test.login()`` returns the authenticated Person."""
