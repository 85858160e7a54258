"""Reply shapers shared by several namespaces: photo entries, people, places, comments, URLs."""

from __future__ import annotations

import time
from typing import Any, Dict, Sequence, Set

from flickr_api.testing._protocol import Ctx, Payload
from flickr_api.testing._records import SIZES, Comment, Photo, Photoset, Place, Tag, User
from flickr_api.testing._store import Store


def content(text: object) -> Dict[str, Any]:
    """A text node: ``{"_content": text}``."""
    return {"_content": text}


def image_url(ctx: Ctx, photo: Photo, suffix: str, secret: str, ext: str = "jpg") -> str:
    tail = f"_{suffix}" if suffix else ""
    return f"{ctx.store.base_url}/{photo.server}/{photo.id}_{secret}{tail}.{ext}"


def photo_page(store: Store, photo: Photo) -> str:
    return f"https://www.flickr.com/photos/{store.users[photo.owner].url_name}/{photo.id}/"


def place_attrs(place: Place) -> Dict[str, Any]:
    return {"place_id": place.place_id, "woeid": place.woeid, "latitude": f"{place.latitude:.3f}",
            "longitude": f"{place.longitude:.3f}", "place_url": place.place_url,
            "place_type": place.place_type, "place_type_id": str(place.place_type_id)}


def _geo_extras(ctx: Ctx, photo: Photo) -> Dict[str, Any]:
    geo = photo.geo
    if geo is None or not geo_visible(ctx, photo):
        return {"latitude": "0", "longitude": "0", "accuracy": "0", "context": 0}
    result: Dict[str, Any] = {"latitude": str(geo.latitude), "longitude": str(geo.longitude),
                              "accuracy": str(geo.accuracy), "context": geo.context}
    if geo.place is not None:
        result.update(place_id=geo.place.place_id, woeid=geo.place.woeid)
    result.update(geo_is_public=geo.is_public, geo_is_contact=geo.is_contact,
                  geo_is_friend=geo.is_friend, geo_is_family=geo.is_family)
    return result


def geo_visible(ctx: Ctx, photo: Photo) -> bool:
    """May the caller see where the photo was taken?"""
    geo = photo.geo
    if geo is None:
        return False
    if geo.is_public or photo.owner == ctx.user_nsid:
        return True
    contact = ctx.store.is_contact(photo.owner, ctx.user_nsid)
    return contact is not None and bool(
        geo.is_contact or (geo.is_friend and contact.friend) or (geo.is_family and contact.family))


def photo_item(ctx: Ctx, photo: Photo, extras: Set[str], owner: bool = True,
               visibility: bool = True, **attrs: Any) -> Dict[str, Any]:
    """A photo-list entry with the requested extras, in Flickr's attribute names."""
    store = ctx.store
    item: Dict[str, Any] = {"id": photo.id}
    if owner:
        item["owner"] = photo.owner
    item.update(secret=photo.secret, server=photo.server, farm=photo.farm, title=photo.title)
    if visibility:
        item.update(ispublic=photo.ispublic, isfriend=photo.isfriend, isfamily=photo.isfamily)
    item.update(attrs)
    if not extras:
        return item
    user = store.users[photo.owner]
    original = store.can_see_original(photo, ctx.user_nsid)
    if "license" in extras:
        item["license"] = str(photo.license)
    if "safety_level" in extras:
        item["safety_level"] = str(photo.safety_level)
    if "date_upload" in extras:
        item["dateupload"] = str(photo.dateupload)
    if "last_update" in extras:
        item["lastupdate"] = str(photo.lastupdate)
    if "date_taken" in extras:
        item.update(datetaken=photo.datetaken, datetakengranularity=photo.takengranularity,
                    datetakenunknown=str(photo.takenunknown))
    if "owner_name" in extras:
        item["ownername"] = user.username
    if "realname" in extras:
        item["realname"] = user.realname
    if "icon_server" in extras:
        item.update(iconserver=user.iconserver, iconfarm=user.iconfarm)
    if "views" in extras or "count_views" in extras:
        item["views" if "views" in extras else "count_views"] = str(photo.views)
    if "count_comments" in extras:
        item["count_comments"] = str(len(photo.comments))
    if "count_faves" in extras:
        item["count_faves"] = str(sum(photo.id in f for f in store.faves.values()))
    if "tags" in extras:
        item["tags"] = photo.tag_text()  # machine tags too (2024 galleries.getPhotos capture)
    if "machine_tags" in extras:
        item["machine_tags"] = photo.tag_text(machine=True)
    if "original_format" in extras and original:
        item.update(originalsecret=photo.originalsecret, originalformat=photo.originalformat)
    if "o_dims" in extras and original:
        item.update(o_width=str(photo.width), o_height=str(photo.height))
    if "geo" in extras:
        item.update(_geo_extras(ctx, photo))
    if "media" in extras:
        item.update(media=photo.media, media_status="ready")
    wanted = [spec for spec in SIZES if "url_" + spec.code in extras]
    if wanted:
        sizes = {s.code: (w, h) for s, w, h in photo.available_sizes(with_original=original)}
        for spec in wanted:
            if spec.code in sizes:
                width, height = sizes[spec.code]
                ext = photo.originalformat if spec.code == "o" else "jpg"
                item["url_" + spec.code] = image_url(ctx, photo, spec.suffix,
                                                     photo.size_secret(spec), ext)
                item["height_" + spec.code] = height
                item["width_" + spec.code] = width
    if "path_alias" in extras:
        item["pathalias"] = user.path_alias
    if "description" in extras:
        item["description"] = content(photo.description)
    return item


def tag_entry(store: Store, tag: Tag) -> Dict[str, Any]:
    """A photo tag as getInfo and tags.getListPhoto list it."""
    author = store.users.get(tag.author)
    return {"id": tag.id, "author": tag.author, "authorname": author.username if author else "",
            "raw": tag.raw, "_content": tag.clean, "machine_tag": tag.machine}


def person_brief(store: Store, nsid: str, **attrs: Any) -> Dict[str, Any]:
    """The usual person attributes of list entries (nsid, username, realname, icon...)."""
    user = store.users.get(nsid)
    if user is None:
        return {"nsid": nsid, **attrs}
    return {"nsid": user.nsid, "username": user.username, "realname": user.realname,
            "iconserver": user.iconserver, "iconfarm": user.iconfarm,
            "path_alias": user.path_alias, **attrs}


def buddyicon(user: User, suffix: str = "") -> str:
    """The user's buddy icon URL (``_r``, ``_l``, ``_m``, ``_s`` variants), or Flickr's default."""
    if user.iconserver != "0":
        tail = f"_{suffix}" if suffix else ""
        return (f"https://farm{user.iconfarm}.staticflickr.com/{user.iconserver}"
                f"/buddyicons/{user.nsid}{tail}.jpg")
    return "https://www.flickr.com/images/buddyicon.gif"


def location_payload(ctx: Ctx, photo: Photo, place_ids: bool = True) -> Dict[str, Any]:
    """The ``location`` element of getInfo / geo.getLocation (caller must be allowed to see it).

    Without ``place_ids``, as photos.getInfo sends it today (2023 capture): place names only,
    and an empty ``neighbourhood`` when there is none.
    """
    geo = photo.geo
    assert geo is not None
    result: Dict[str, Any] = {"latitude": geo.latitude, "longitude": geo.longitude,
                              "accuracy": str(geo.accuracy), "context": str(geo.context)}
    if not place_ids:
        result["neighbourhood"] = content("")
    if geo.place is not None:
        for place in geo.place.chain():
            result[place.place_type] = content(place.name)
            if place_ids:
                result[place.place_type].update(place_id=place.place_id, woeid=place.woeid)
        if place_ids:
            result.update(place_id=geo.place.place_id, woeid=geo.place.woeid)
    return result


def context_payload(ctx: Ctx, sequence: Sequence[Photo], photo: Photo) -> Payload:
    """prevphoto/nextphoto (and count) of a photo within an ordered list."""
    index = next(i for i, p in enumerate(sequence) if p.id == photo.id)

    def neighbour(i: int) -> Dict[str, Any]:
        if not 0 <= i < len(sequence):
            return {"id": 0}
        p = sequence[i]
        user = ctx.store.users[p.owner]
        return {"id": p.id, "secret": p.secret, "server": p.server, "farm": p.farm,
                "title": p.title, "url": f"/photos/{user.url_name}/{p.id}/",
                "thumb": image_url(ctx, p, "s", p.secret), "license": str(p.license),
                "media": p.media,
                "is_faved": int(p.id in ctx.store.faves.get(ctx.user_nsid or "", {}))}

    return {"count": content(len(sequence)), "prevphoto": neighbour(index - 1),
            "nextphoto": neighbour(index + 1)}


def comment_payload(ctx: Ctx, comment: Comment, permalink_base: str) -> Dict[str, Any]:
    """A comment entry (photo or photoset comments): author attributes and text."""
    author = ctx.store.users.get(comment.author)
    seq = comment.id.rsplit("-", 1)[-1]
    return {"id": comment.id, "author": comment.author,
            "author_is_deleted": int(author is None or author.deleted),
            "authorname": author.username if author else "",
            "iconserver": author.iconserver if author else "0",
            "iconfarm": author.iconfarm if author else 0,
            "datecreate": str(comment.datecreate),
            "permalink": f"{permalink_base}#comment{seq}",
            "path_alias": author.path_alias if author else None,
            "realname": author.realname if author else "",
            "_content": comment.text}


def auth_user(user: User) -> Dict[str, Any]:
    return {"nsid": user.nsid, "username": user.username, "fullname": user.realname}


def touched(photo: Photo) -> Payload:
    photo.lastupdate = int(time.time())
    return {}


def photoid_payload(photo: Photo) -> Payload:
    return {"photoid": {"secret": photo.secret, "originalsecret": photo.originalsecret,
                        "_content": photo.id}}


def set_url(store: Store, photoset: Photoset) -> str:
    return f"https://www.flickr.com/photos/{store.users[photoset.owner].url_name}/albums/{photoset.id}"
