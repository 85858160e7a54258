"""The emulator's flickr.cameras.* methods."""

from __future__ import annotations

from typing import Dict

from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._handlers._shapes import content
from flickr_api.testing._protocol import ApiFail, Ctx, Payload

_CAMERAS = {
    "canon": ("Canon", ["EOS 5D Mark IV", "EOS R5", "PowerShot G7 X"]),
    "nikon": ("Nikon", ["D850", "Z 6", "Coolpix P1000"]),
    "apple": ("Apple", ["iPhone 13", "iPhone 15 Pro"]),
    "sony": ("Sony", ["ILCE-7M3", "RX100 VII"]),
    "fujifilm": ("FUJIFILM", ["X-T4", "X100V"]),
}


@handles("flickr.cameras.getBrands")
def cameras_get_brands(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return {"brands": {"brand": [{"id": key, "name": name, "_content": name}
                                 for key, (name, _) in sorted(_CAMERAS.items())]}}


@handles("flickr.cameras.getBrandModels")
def cameras_get_brand_models(ctx: Ctx, args: Dict[str, str]) -> Payload:
    brand = args.get("brand", "").strip().lower()
    if brand not in _CAMERAS:
        raise ApiFail(1, "Brand not found")
    name, models = _CAMERAS[brand]
    cameras = []
    for model in models:
        key = model.lower().replace(" ", "_")
        cameras.append({"id": key, "name": content(f"{name} {model}"),
                        "details": {"megapixels": content("24.0"),
                                    "lcd_screen_size": content("3.0"),
                                    "memory_type": content("SD")},
                        "images": {"small": content(f"https://example.com/cameras/{key}_s.jpg"),
                                   "large": content(f"https://example.com/cameras/{key}_l.jpg")}})
    return {"cameras": {"brand": brand, "camera": cameras}}
