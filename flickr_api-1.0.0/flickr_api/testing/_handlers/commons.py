"""The emulator's flickr.commons.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import Ctx, Payload


@handles("flickr.commons.getInstitutions")
def commons_get_institutions(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"institutions": {"institution": []}}
