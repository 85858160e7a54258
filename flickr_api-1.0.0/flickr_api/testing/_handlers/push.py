"""The emulator's flickr.push.* methods."""

from __future__ import annotations

import time
from typing import Dict

from flickr_api.testing._handlers._args import require_user
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import User

PUSH_TOPICS = ("contacts_photos", "contacts_faves", "geotagged", "airports", "my_photos",
               "my_faves", "tags", "commons")


@handles("flickr.push.getTopics")
def push_get_topics(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"topics": {"topic": [{"name": t} for t in PUSH_TOPICS]}}


def _pro(ctx: Ctx) -> User:
    user = require_user(ctx)
    if not user.ispro:
        raise ApiFail(5, "Service currently available only to pro accounts")
    return user


@handles("flickr.push.getSubscriptions")
def push_get_subscriptions(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"subscriptions": {"subscription": [dict(s) for s in _pro(ctx).subscriptions]}}


def _subscription_args(args: Dict[str, str]) -> Dict[str, str]:
    topic = args.get("topic", "").strip()
    callback = args.get("callback", "").strip()
    verify = args.get("verify", "").strip()
    if not topic or not callback or not verify:
        raise ApiFail(1, "Required parameter missing")
    if topic not in PUSH_TOPICS or verify not in ("sync", "async") or len(callback) > 255:
        raise ApiFail(2, "Invalid parameter value")
    return {"topic": topic, "callback": callback}


@handles("flickr.push.subscribe")
def push_subscribe(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = _pro(ctx)
    wanted = _subscription_args(args)
    lease = args.get("lease_seconds", "").strip()
    if lease and (not lease.isdigit() or not 60 <= int(lease) <= 86400):
        raise ApiFail(2, "Invalid parameter value")
    for existing in user.subscriptions:
        if existing["callback"] == wanted["callback"]:
            if existing["topic"] != wanted["topic"]:
                raise ApiFail(3, "Callback URL already in use for a different subscription")
            return {}
    now = int(time.time())
    user.subscriptions.append({
        **wanted, "pending": "0", "date_create": str(now), "lease_seconds": lease or "0",
        "expiry": str(now + int(lease)) if lease else "0", "verify_attempts": "0"})
    return {}


@handles("flickr.push.unsubscribe")
def push_unsubscribe(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    wanted = _subscription_args(args)
    for existing in user.subscriptions:
        if existing["topic"] == wanted["topic"] and existing["callback"] == wanted["callback"]:
            user.subscriptions.remove(existing)
            return {}
    raise ApiFail(7, "Subscription not found")
