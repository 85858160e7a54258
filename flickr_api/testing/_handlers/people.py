"""flickr.people.*, contacts.*, urls.*, prefs.*, profile.* and testimonials.*."""

from __future__ import annotations

import hashlib
import time
from typing import Any, Callable, Dict

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    filter_photos,
    group_arg,
    handles,
    list_payload,
    person_brief,
    photo_list,
    require_user,
    user_arg,
    user_or_caller,
)
from flickr_api.testing._store import Group, User


def _user_node(user: User, key: str = "id") -> Payload:
    return {"user": {key: user.nsid, "nsid": user.nsid, "username": content(user.username)}}


def _find(ctx: Ctx, args: Dict[str, str], name: str, field: str) -> Payload:
    """The live user whose ``field`` equals the argument (any case)."""
    wanted = args.get(name, "").strip().casefold()
    user = next((u for u in ctx.store.users.values()
                 if wanted and getattr(u, field).casefold() == wanted and not u.deleted), None)
    if user is None:
        raise ApiFail(1, "User not found")
    return _user_node(user)


@handles("flickr.people.findByEmail")
def find_by_email(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _find(ctx, args, "find_email", "email")


@handles("flickr.people.findByUsername")
def find_by_username(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _find(ctx, args, "username", "username")


@handles("flickr.people.getInfo")
def get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    value = args.get("user_id", "").strip()
    user = ctx.store.find_user((ctx.user_nsid or "") if value == "me" else value)
    if user is None:
        raise ApiFail(1, "User not found")
    if user.deleted:
        raise ApiFail(5, "User deleted")
    photos = ctx.store.photos_of(user.nsid, ctx.user_nsid)
    person: Dict[str, Any] = {
        "id": user.nsid, "nsid": user.nsid, "ispro": user.ispro, "is_deleted": 0,
        "iconserver": user.iconserver, "iconfarm": user.iconfarm, "path_alias": user.path_alias,
        "has_stats": int(user.has_stats), "username": content(user.username),
        "realname": content(user.realname),
        "mbox_sha1sum": content(hashlib.sha1(f"mailto:{user.email}".encode()).hexdigest()),
        "location": content(user.location),
        "timezone": {"label": user.timezone[0], "offset": user.timezone[1],
                     "timezone_id": user.timezone[2]},
        "description": content(user.description),
        "photosurl": content(f"https://www.flickr.com/photos/{user.url_name}/"),
        "profileurl": content(f"https://www.flickr.com/people/{user.url_name}/"),
        "mobileurl": content(f"https://m.flickr.com/photostream.gne?id={user.nsid}"),
        "photos": {
            "firstdatetaken": content(min((p.datetaken for p in photos), default="")),
            "firstdate": content(str(min((p.dateupload for p in photos), default=""))),
            "count": content(len(photos))},
    }
    if ctx.user_nsid == user.nsid:
        person["photos"]["views"] = content(str(sum(p.views for p in photos)))
    return {"person": person}


@handles("flickr.people.getPhotos")
def get_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if not args.get("user_id", "").strip():
        raise ApiFail(1, "Required arguments missing")
    user = user_arg(ctx, args, code=2, message="Unknown user")
    photos = filter_photos(ctx, args, ctx.store.photos_of(user.nsid, ctx.user_nsid))
    return photo_list(ctx, args, photos)


@handles("flickr.people.getPublicPhotos")
def get_public_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args)
    public = [p for p in ctx.store.photos_of(user.nsid, None) if p.ispublic]
    return photo_list(ctx, args, filter_photos(ctx, {"safe_search": args.get("safe_search", "")},
                                               public))


def _group_entry(ctx: Ctx, group: Group, nsid: str) -> Dict[str, Any]:
    return {"nsid": group.nsid, "name": group.name, "iconfarm": group.iconfarm,
            "iconserver": group.iconserver, "admin": int(group.members.get(nsid) == 4),
            "eighteenplus": group.eighteenplus, "invitation_only": group.invitation_only,
            "members": str(len(group.members)), "pool_count": str(len(group.pool))}


def _groups_of(ctx: Ctx, user: User, public_only: bool) -> Payload:
    groups = [g for g in ctx.store.groups.values() if user.nsid in g.members
              and (not public_only or g.privacy != 1)]
    return {"groups": {"group": [_group_entry(ctx, g, user.nsid) for g in groups]}}


@handles("flickr.people.getGroups")
def get_groups(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args)
    return _groups_of(ctx, user, public_only=user.nsid != ctx.user_nsid)


@handles("flickr.people.getPublicGroups")
def get_public_groups(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _groups_of(ctx, user_arg(ctx, args), public_only=True)


@handles("flickr.people.getLimits")
def get_limits(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    return {"person": {"nsid": user.nsid,
                       "photos": {"maxdisplaypx": "1024" if not user.ispro else "",
                                  "maxupload": "209715200"},
                       "videos": {"maxduration": "180" if not user.ispro else "600",
                                  "maxupload": "1073741824"}}}


@handles("flickr.people.getUploadStatus")
def get_upload_status(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    mine = [p for p in ctx.store.photos.values() if p.owner == user.nsid]
    used = sum(p.width * p.height // 10 for p in mine[-50:])
    maximum = 2 ** 40 if user.ispro else 2 ** 31
    return {"user": {
        "id": user.nsid, "ispro": user.ispro, "username": content(user.username),
        "bandwidth": {"maxbytes": str(maximum), "maxkb": str(maximum // 1024),
                      "usedbytes": str(used), "usedkb": str(used // 1024),
                      "remainingbytes": str(maximum - used),
                      "remainingkb": str((maximum - used) // 1024), "unlimited": user.ispro},
        "filesize": {"maxbytes": "209715200", "maxkb": "204800", "maxmb": "200"},
        "videosize": {"maxbytes": "1073741824", "maxkb": "1048576", "maxmb": "1024"},
        "sets": {"created": len(user.set_order), "remaining": "lots"},
        "videos": {"uploaded": sum(p.media == "video" for p in mine), "remaining": "lots"}}}


# ------------------------------------------------------------------ contacts


def _contact_filter(name: str) -> Callable[[Any], bool]:
    return {"friends": lambda c: bool(c.friend), "family": lambda c: bool(c.family),
            "both": lambda c: bool(c.friend and c.family),
            "neither": lambda c: not (c.friend or c.family),
            "ff": lambda c: bool(c.friend or c.family)}.get(name, lambda c: True)


@handles("flickr.contacts.getList")
def contacts_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    sort = args.get("sort", "name").strip() or "name"
    if sort not in ("name", "time"):
        raise ApiFail(1, "Invalid sort parameter.")
    keep = _contact_filter(args.get("filter", "").strip())
    store = ctx.store
    entries = [(nsid, c) for nsid, c in user.contacts.items() if keep(c) and nsid in store.users]
    if sort == "name":
        entries.sort(key=lambda e: store.users[e[0]].username.casefold())
    else:
        entries.sort(key=lambda e: -e[1].date_added)
    return list_payload("contacts", "contact", args, entries, lambda e: person_brief(
        store, e[0], ignored=e[1].ignored, rev_ignored=0, friend=e[1].friend, family=e[1].family,
        location=store.users[e[0]].location), default=1000, maximum=1000)


@handles("flickr.contacts.getPublicList")
def contacts_get_public_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args)
    store = ctx.store
    entries = sorted((n for n in user.contacts if n in store.users),
                     key=lambda n: store.users[n].username.casefold())
    return list_payload("contacts", "contact", args, entries, lambda n: {
        "nsid": n, "username": store.users[n].username, "iconserver": store.users[n].iconserver,
        "iconfarm": store.users[n].iconfarm, "ignored": user.contacts[n].ignored,
        "path_alias": store.users[n].path_alias}, default=1000, maximum=1000)


@handles("flickr.contacts.getListRecentlyUploaded")
def contacts_recently_uploaded(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    since_raw = args.get("date_lastupload", "").strip()
    since = int(since_raw) if since_raw.isdigit() else int(time.time()) - 3600
    keep = _contact_filter(args.get("filter", "all").strip())
    counts: Dict[str, int] = {}
    for photo in ctx.store.visible(user.nsid):
        contact = user.contacts.get(photo.owner)
        if contact is not None and keep(contact) and photo.dateupload >= since:
            counts[photo.owner] = counts.get(photo.owner, 0) + 1
    contacts = [person_brief(ctx.store, nsid, photos_uploaded=n, friend=user.contacts[nsid].friend,
                             family=user.contacts[nsid].family) for nsid, n in counts.items()]
    return {"contacts": {"total": len(contacts), "contact": contacts}}


@handles("flickr.contacts.getTaggingSuggestions")
def contacts_tagging_suggestions(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    store = ctx.store
    entries = [n for n in user.contacts if n in store.users]
    return list_payload("contacts", "contact", args, entries, lambda n: person_brief(
        store, n, friend=user.contacts[n].friend, family=user.contacts[n].family),
        default=1000, maximum=1000)


# ------------------------------------------------------------------ urls


@handles("flickr.urls.getUserPhotos")
def urls_user_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args, 2, "No user specified")
    return {"user": {"nsid": user.nsid,
                     "url": f"https://www.flickr.com/photos/{user.url_name}/"}}


@handles("flickr.urls.getUserProfile")
def urls_user_profile(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args, 2, "No user specified")
    return {"user": {"nsid": user.nsid,
                     "url": f"https://www.flickr.com/people/{user.url_name}/"}}


@handles("flickr.urls.getGroup")
def urls_group(ctx: Ctx, args: Dict[str, str]) -> Payload:
    group = group_arg(ctx, args)
    return {"group": {"nsid": group.nsid,
                      "url": f"https://www.flickr.com/groups/{group.path_alias or group.nsid}/"}}


def _url_segment(url: str, marker: str) -> str:
    """The path part after ``/marker/`` in a flickr.com URL ("" if absent)."""
    path = url.split("://", 1)[-1].split("?", 1)[0]
    parts = [p for p in path.split("/") if p]
    return parts[parts.index(marker) + 1] if marker in parts[:-1] else ""


@handles("flickr.urls.lookupUser")
def urls_lookup_user(ctx: Ctx, args: Dict[str, str]) -> Payload:
    url = args.get("url", "").strip()
    name = _url_segment(url, "photos") or _url_segment(url, "people")
    user = ctx.store.find_user(name) if name else None
    if user is None or user.deleted:
        raise ApiFail(1, "User not found")
    return {"user": {"id": user.nsid, "username": content(user.username)}}


@handles("flickr.urls.lookupGroup")
def urls_lookup_group(ctx: Ctx, args: Dict[str, str]) -> Payload:
    name = _url_segment(args.get("url", "").strip(), "groups")
    group = next((g for g in ctx.store.groups.values() if name in (g.nsid, g.path_alias)), None)
    if not name or group is None:
        raise ApiFail(1, "Group not found")
    return {"group": {"id": group.nsid, "groupname": content(group.name)}}


# ------------------------------------------------------------------ prefs and profile


def _pref(*names: str) -> Callable[[Ctx, Dict[str, str]], Payload]:
    """A prefs.get* handler answering the caller's preference values."""

    def handler(ctx: Ctx, args: Dict[str, str]) -> Payload:
        user = require_user(ctx)
        values = {key: str(user.prefs.get(key, 0)) for key in names}
        return {"person": {"nsid": user.nsid, **values}}

    return handler


handles("flickr.prefs.getContentType")(_pref("content_type"))
handles("flickr.prefs.getGeoPerms")(_pref("geoperms", "importgeoexif"))
handles("flickr.prefs.getHidden")(_pref("hidden"))
handles("flickr.prefs.getPrivacy")(_pref("privacy"))
handles("flickr.prefs.getSafetyLevel")(_pref("safety_level"))


@handles("flickr.profile.getProfile")
def get_profile(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args, message="Invalid NSID provided")
    profile = {key: user.profile.get(key, "") for key in (
        "occupation", "hometown", "first_name", "last_name", "website", "city", "country",
        "facebook", "twitter", "tumblr", "instagram", "pinterest")}
    sets = user.set_order
    return {"profile": {"id": user.nsid, "nsid": user.nsid, "join_date": str(user.joined),
                        "showcase_set": sets[0] if sets else "",
                        "showcase_set_title": "Profile Showcase",
                        "profile_description": user.description, **profile}}


# ------------------------------------------------------------------ testimonials


def _testimonial_entry(ctx: Ctx, item: Dict[str, object]) -> Dict[str, Any]:
    store = ctx.store
    return {"id": item["id"], "approved": item["approved"], "date_create": str(item["date_create"]),
            "body": content(item["body"]),
            "author": person_brief(store, str(item["author"])),
            "subject": person_brief(store, str(item["subject"]))}


def _testimonials(ctx: Ctx, args: Dict[str, str], keep: Callable[[Dict[str, object]], bool],
                  paged: bool = True) -> Payload:
    items = sorted((t for t in ctx.store.testimonials.values() if keep(t)),
                   key=lambda t: str(t["id"]), reverse=True)
    if not paged:
        return {"testimonials": {"total": len(items),
                                 "testimonial": [_testimonial_entry(ctx, t) for t in items]}}
    payload = list_payload("testimonials", "testimonial", args, items,
                           lambda t: _testimonial_entry(ctx, t), default=10, maximum=50)
    payload["testimonials"]["per_page"] = payload["testimonials"]["perpage"]
    return payload


def _me(ctx: Ctx) -> str:
    return require_user(ctx).nsid


@handles("flickr.testimonials.getTestimonialsAbout")
def testimonials_about(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args).nsid
    return _testimonials(ctx, args, lambda t: t["subject"] == user and t["approved"] == 1)


@handles("flickr.testimonials.getTestimonialsBy")
def testimonials_by(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_arg(ctx, args).nsid
    return _testimonials(ctx, args, lambda t: t["author"] == user and t["approved"] == 1)


@handles("flickr.testimonials.getTestimonialsAboutBy")
def testimonials_about_by(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, me = user_arg(ctx, args).nsid, _me(ctx)
    return _testimonials(ctx, args, lambda t: t["subject"] == user and t["author"] == me
                         and t["approved"] == 1, paged=False)


@handles("flickr.testimonials.getAllTestimonialsAbout")
def testimonials_all_about(ctx: Ctx, args: Dict[str, str]) -> Payload:
    me = _me(ctx)
    return _testimonials(ctx, args, lambda t: t["subject"] == me)


@handles("flickr.testimonials.getAllTestimonialsBy")
def testimonials_all_by(ctx: Ctx, args: Dict[str, str]) -> Payload:
    me = _me(ctx)
    return _testimonials(ctx, args, lambda t: t["author"] == me)


@handles("flickr.testimonials.getAllTestimonialsAboutBy")
def testimonials_all_about_by(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, me = user_arg(ctx, args).nsid, _me(ctx)
    return _testimonials(ctx, args, lambda t: t["subject"] == user and t["author"] == me,
                         paged=False)


@handles("flickr.testimonials.getPendingTestimonialsAbout")
def testimonials_pending_about(ctx: Ctx, args: Dict[str, str]) -> Payload:
    me = _me(ctx)
    return _testimonials(ctx, args, lambda t: t["subject"] == me and t["approved"] == 0)


@handles("flickr.testimonials.getPendingTestimonialsBy")
def testimonials_pending_by(ctx: Ctx, args: Dict[str, str]) -> Payload:
    me = _me(ctx)
    return _testimonials(ctx, args, lambda t: t["author"] == me and t["approved"] == 0)


@handles("flickr.testimonials.getPendingTestimonialsAboutBy")
def testimonials_pending_about_by(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user, me = user_arg(ctx, args).nsid, _me(ctx)
    return _testimonials(ctx, args, lambda t: t["subject"] == user and t["author"] == me
                         and t["approved"] == 0, paged=False)


def _testimonial(ctx: Ctx, args: Dict[str, str], field: str) -> Dict[str, object]:
    item = ctx.store.testimonials.get(args.get("testimonial_id", "").strip())
    if item is None or item[field] != ctx.user_nsid:
        raise ApiFail(1, "Testimonial not found")
    return item


@handles("flickr.testimonials.addTestimonial")
def testimonials_add(ctx: Ctx, args: Dict[str, str]) -> Payload:
    me = _me(ctx)
    subject = user_arg(ctx, args)
    text = args.get("testimonial_text", "").strip()
    if not text or subject.nsid == me:
        raise ApiFail(2, "Invalid testimonial")
    testimonial_id = ctx.store.new_seq()
    ctx.store.testimonials[testimonial_id] = {
        "id": testimonial_id, "author": me, "subject": subject.nsid, "body": text, "approved": 0,
        "date_create": int(time.time())}
    return {"testimonial": {"id": testimonial_id}}


@handles("flickr.testimonials.approveTestimonial")
def testimonials_approve(ctx: Ctx, args: Dict[str, str]) -> Payload:
    _testimonial(ctx, args, "subject")["approved"] = 1
    return {}


@handles("flickr.testimonials.editTestimonial")
def testimonials_edit(ctx: Ctx, args: Dict[str, str]) -> Payload:
    item = _testimonial(ctx, args, "author")
    if item["subject"] != user_arg(ctx, args).nsid or not args.get("testimonial_text", "").strip():
        raise ApiFail(2, "Invalid testimonial")
    item["body"] = args["testimonial_text"].strip()
    item["approved"] = 0
    return {}


@handles("flickr.testimonials.deleteTestimonial")
def testimonials_delete(ctx: Ctx, args: Dict[str, str]) -> Payload:
    item = ctx.store.testimonials.get(args.get("testimonial_id", "").strip())
    if item is None or ctx.user_nsid not in (item["author"], item["subject"]):
        raise ApiFail(1, "Testimonial not found")
    del ctx.store.testimonials[str(item["id"])]
    return {}
