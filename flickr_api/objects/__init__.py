"""The object interface: Photo, Person, Photoset, Group, Gallery and the rest.

::

    user = flickr_api.Person.findByUserName("alice")
    for photo in flickr_api.Walker(user.getPhotos):
        print(photo.title, photo.getPhotoFile("Medium"))

Classes here use the default client; ``client.objects`` (see :func:`bind`) has the same
classes working for one explicit client.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

from flickr_api.objects import bound as _bound
from flickr_api.objects.base import FlickrObject
from flickr_api.objects.extras import PHOTO_EXTRAS
from flickr_api.objects.gallery import Gallery
from flickr_api.objects.group import Category, Group
from flickr_api.objects.listing import FlickrList, Info, Walker
from flickr_api.objects.misc import (
    Activity,
    Blog,
    BlogService,
    Camera,
    Collection,
    CommonInstitution,
    CommonInstitutionUrl,
    Contact,
    License,
    Location,
    MachineTag,
    OAuth,
    Panda,
    PhotoGeoPerms,
    Profile,
    Push,
    Reflection,
    Testimonial,
    prefs,
    stats,
    test,
)
from flickr_api.objects.person import Person
from flickr_api.objects.photo import Photo
from flickr_api.objects.photoset import Photoset
from flickr_api.objects.place import Place
from flickr_api.objects.tag import Tag
from flickr_api.objects.urls import base58_decode, base58_encode

if TYPE_CHECKING:
    from flickr_api.client import Client


def bind(client: Client) -> SimpleNamespace:
    """The object classes (Photo, Person, Walker...) working for ``client``."""
    return _bound.bind(client, {name: globals()[name] for name in __all__})


__all__ = [
    "Activity", "Blog", "BlogService", "Camera", "Category", "Collection", "CommonInstitution",
    "CommonInstitutionUrl", "Contact", "FlickrList", "FlickrObject", "Gallery", "Group", "Info",
    "License", "Location", "MachineTag", "OAuth", "PHOTO_EXTRAS", "Panda", "Person", "Photo",
    "PhotoGeoPerms", "Photoset", "Place", "Profile", "Push", "Reflection", "Tag", "Testimonial",
    "Walker", "base58_decode", "base58_encode", "bind", "prefs", "stats", "test",
]
