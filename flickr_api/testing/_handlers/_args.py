"""Reading arguments: numbers, flags, dates, lists, and the users, photos, sets, groups named."""

from __future__ import annotations

import calendar
import datetime
import email.utils
import time
from typing import Dict, List, Optional, Set

from flickr_api.testing._protocol import ApiFail, Ctx
from flickr_api.testing._records import Group, Photo, Photoset, User


def int_arg(args: Dict[str, str], name: str, default: int) -> int:
    try:
        return int(args.get(name, "").strip())
    except ValueError:
        return default


def flag_arg(args: Dict[str, str], name: str) -> Optional[int]:
    """0/1 argument, None when absent or not a flag."""
    value = args.get(name, "").strip()
    return int(value) if value in ("0", "1") else None


def id_list(args: Dict[str, str], name: str) -> List[str]:
    return [x.strip() for x in args.get(name, "").split(",") if x.strip()]


def date_arg(value: str) -> Optional[int]:
    """A unix timestamp or MySQL datetime/date argument as unix time (None if unusable)."""
    value = value.strip()
    if not value:
        return None
    if value.lstrip("-").isdigit():
        return int(value)
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return calendar.timegm(time.strptime(value, fmt))
        except ValueError:
            continue
    return None


def text_date_arg(value: str) -> Optional[int]:
    """A date argument Flickr also takes as "any English textual datetime description": as
    :func:`date_arg`, plus ISO 8601 and RFC 2822 dates (a subset of PHP's strtotime; other
    phrases such as "yesterday" are not understood here)."""
    stamp = date_arg(value)
    if stamp is not None:
        return stamp
    text = value.strip()
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = email.utils.parsedate_tz(text)
        return None if parsed is None else email.utils.mktime_tz(parsed)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return int(moment.timestamp())


def user_arg(ctx: Ctx, args: Dict[str, str], name: str = "user_id",
             code: int = 1, message: str = "User not found", default_me: bool = False) -> User:
    """The user named by an argument (NSID, "me", username or alias), else ApiFail."""
    value = args.get(name, "").strip()
    if (not value and default_me) or value == "me":
        value = ctx.user_nsid or ""
    user = ctx.store.find_user(value) if value else None
    if user is None or user.deleted:
        raise ApiFail(code, message)
    return user


def user_or_caller(ctx: Ctx, args: Dict[str, str], code: int = 1,
                   message: str = "User not found") -> User:
    """``user_id`` if given, else the signed-in caller (ApiFail when neither)."""
    if not args.get("user_id", "").strip() and ctx.user_nsid is None:
        raise ApiFail(code, message)
    return user_arg(ctx, args, default_me=True)


def require_user(ctx: Ctx) -> User:
    """The signed-in user (the server has already enforced login)."""
    if ctx.user_nsid is None or ctx.user_nsid not in ctx.store.users:
        raise ApiFail(99, "Insufficient permissions. Method requires read privileges; "
                          "none granted.")
    return ctx.store.users[ctx.user_nsid]


def visible_photo(ctx: Ctx, args: Dict[str, str], code: int = 1,
                  message: str = "Photo not found", name: str = "photo_id",
                  by_secret: bool = False) -> Photo:
    """The photo an argument names, if the caller may see it (or, with ``by_secret``, passes
    its ``secret``: "permissions checking is skipped", as the argument's text says)."""
    photo = ctx.store.photos.get(args.get(name, "").strip())
    shared = by_secret and photo is not None and args.get("secret", "").strip() == photo.secret
    if photo is None or not (shared or ctx.store.can_see(photo, ctx.user_nsid)):
        raise ApiFail(code, message)
    return photo


def owned_photo(ctx: Ctx, args: Dict[str, str], code: int = 1,
                message: str = "Photo not found", name: str = "photo_id") -> Photo:
    """The photo an argument names, if the caller owns it."""
    photo = ctx.store.photos.get(args.get(name, "").strip())
    if photo is None or photo.owner != ctx.user_nsid:
        raise ApiFail(code, message)
    return photo


def owned_photoset(ctx: Ctx, args: Dict[str, str], code: int = 1,
                   message: str = "Photoset not found") -> Photoset:
    photoset = ctx.store.photosets.get(args.get("photoset_id", "").strip())
    if photoset is None or photoset.owner != ctx.user_nsid:
        raise ApiFail(code, message)
    return photoset


def group_arg(ctx: Ctx, args: Dict[str, str], code: int = 1,
              message: str = "Group not found") -> Group:
    """A group by NSID or path alias."""
    value = args.get("group_id", "").strip() or args.get("group_path_alias", "").strip()
    group = ctx.store.groups.get(value)
    if group is None:
        group = next((g for g in ctx.store.groups.values()
                      if g.path_alias and g.path_alias == value), None)
    if group is None:
        raise ApiFail(code, message)
    return group


def extras_of(args: Dict[str, str], name: str = "extras") -> Set[str]:
    return {x.strip().lower() for x in args.get(name, "").split(",") if x.strip()}



def photoset_arg(ctx: Ctx, args: Dict[str, str], message: str = "Photoset not found") -> Photoset:
    photoset = ctx.store.photosets.get(args.get("photoset_id", "").strip())
    if photoset is None:
        raise ApiFail(1, message)
    return photoset
