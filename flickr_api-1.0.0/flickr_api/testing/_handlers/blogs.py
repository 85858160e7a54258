"""The emulator's flickr.blogs.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._args import require_user, visible_photo
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload

_BLOG_SERVICES = [("beta.blogger.com", "Blogger"), ("Typepad", "Typepad"),
                  ("MovableType", "Movable Type"), ("LiveJournal", "LiveJournal"),
                  ("MetaWeblogAPI", "Wordpress"), ("MetaWeblogAPI", "MetaWeblogAPI"),
                  ("Manila", "Manila"), ("AtomAPI", "AtomAPI"), ("BloggerAPI", "BloggerAPI"),
                  ("Tumblr", "Tumblr")]


@handles("flickr.blogs.getServices")
def blogs_get_services(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"services": {"service": [{"id": i, "_content": name} for i, name in _BLOG_SERVICES]}}


@handles("flickr.blogs.getList")
def blogs_get_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    service = args.get("service", "").strip()
    return {"blogs": {"blog": [dict(b) for b in user.blogs
                               if not service or b["service"] == service]}}


@handles("flickr.blogs.postPhoto")
def blogs_post_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    blog_id = args.get("blog_id", "").strip()
    service = args.get("service", "").strip()
    blog = next((b for b in user.blogs if (blog_id and b["id"] == blog_id)
                 or (not blog_id and service and b["service"] == service)), None)
    if blog is None:
        raise ApiFail(1, "Blog not found")
    visible_photo(ctx, args, code=2)
    if blog["needspassword"] == "1" and not args.get("blog_password", ""):
        raise ApiFail(3, "Password needed")
    return {}
