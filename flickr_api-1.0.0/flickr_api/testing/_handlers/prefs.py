"""The emulator's flickr.prefs.* methods."""

from __future__ import annotations

from typing import Callable, Dict

from flickr_api.testing._handlers._args import require_user
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import Ctx, Payload


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
