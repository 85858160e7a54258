"""The emulator's flickr.photos.licenses.* methods."""

from __future__ import annotations

import time
from typing import Any, Dict, List

from flickr_api.testing._handlers._args import owned_photo, visible_photo
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import touched
from flickr_api.testing._protocol import ApiFail, Ctx, Payload

#: The license table of flickr.photos.licenses.getInfo (2025), in Flickr's order.
LICENSES = [
    (0, "All Rights Reserved", "https://www.flickrhelp.com/hc/en-us/articles/"
                               "10710266545556-Using-Flickr-images-shared-by-other-members"),
    (4, "CC BY 2.0", "https://creativecommons.org/licenses/by/2.0/"),
    (6, "CC BY-ND 2.0", "https://creativecommons.org/licenses/by-nd/2.0/"),
    (3, "CC BY-NC-ND 2.0", "https://creativecommons.org/licenses/by-nc-nd/2.0/"),
    (2, "CC BY-NC 2.0", "https://creativecommons.org/licenses/by-nc/2.0/"),
    (1, "CC BY-NC-SA 2.0", "https://creativecommons.org/licenses/by-nc-sa/2.0/"),
    (5, "CC BY-SA 2.0", "https://creativecommons.org/licenses/by-sa/2.0/"),
    (7, "No known copyright restrictions", "https://www.flickr.com/commons/usage/"),
    (8, "United States Government Work", "https://www.usa.gov/government-copyright"),
    (9, "Public Domain Dedication (CC0)", "https://creativecommons.org/publicdomain/zero/1.0/"),
    (10, "Public Domain Mark", "https://creativecommons.org/publicdomain/mark/1.0/"),
    (11, "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    (12, "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    (13, "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    (14, "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    (15, "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    (16, "CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
]


_LICENSE_BY_ID = {number: (name, url) for number, name, url in LICENSES}
#: What setLicense refuses although photos can have it: its documentation says "the 'no known
#: copyright restrictions' license (7) is not a valid argument".
_NOT_SETTABLE = frozenset({7})


@handles("flickr.photos.licenses.getInfo")
def licenses_get_info(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"licenses": {"license": [{"id": number, "name": name, "url": url}
                                     for number, name, url in LICENSES]}}


@handles("flickr.photos.licenses.setLicense")
def set_license(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = owned_photo(ctx, args)
    value = args.get("license_id", "").strip()
    if not value.isdigit() or int(value) not in _LICENSE_BY_ID or int(value) in _NOT_SETTABLE:
        raise ApiFail(2, "License not found")
    if int(value) != photo.license:
        photo.license_history.append((int(time.time()), photo.license, int(value)))
        photo.license = int(value)
    return touched(photo)


@handles("flickr.photos.licenses.getLicenseHistory")
def license_history(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    history: List[Dict[str, Any]] = []
    for date, old, new in photo.license_history:
        old_name, old_url = _LICENSE_BY_ID[old]
        new_name, new_url = _LICENSE_BY_ID[new]
        history.append({"date_change": date, "old_license": old_name, "old_license_url": old_url,
                        "new_license": new_name, "new_license_url": new_url})
    if not history:
        name, url = _LICENSE_BY_ID[photo.license]
        history.append({"date_change": photo.dateupload, "old_license": "", "old_license_url": "",
                        "new_license": name, "new_license_url": url})
    return {"license_history": history}
