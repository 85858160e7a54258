"""The emulator's flickr.profile.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._args import user_arg
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import Ctx, Payload


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
