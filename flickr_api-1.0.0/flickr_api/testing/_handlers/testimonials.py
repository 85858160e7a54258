"""The emulator's flickr.testimonials.* methods."""

from __future__ import annotations

import time
from typing import Any, Callable, Dict

from flickr_api.testing._handlers._args import require_user, user_arg
from flickr_api.testing._handlers._paging import list_payload
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content, person_brief
from flickr_api.testing._protocol import ApiFail, Ctx, Payload


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
