"""Regenerate the packaged method catalog and the type stubs (direct API, objects) from a
catalog JSON.

Usage: python scripts/update_catalog.py CATALOG.json

CATALOG.json maps Flickr method names to their reflection data (arguments, needslogin,
needssigning, requiredperms, http_method, errors, description, response_example).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG_OUT = ROOT / "flickr_api" / "_catalog" / "methods.json"
EXAMPLES_OUT = ROOT / "flickr_api" / "testing" / "data" / "examples.json"
COMMON_ERROR_MIN = 95


def compact(source: dict) -> tuple[dict, dict]:
    """Return (catalog, examples): the compact catalog and the example replies by method."""
    common: dict[str, list] = {}
    methods: dict[str, dict] = {}
    examples: dict[str, str] = {}
    for name in sorted(source):
        if not name.startswith("flickr."):
            continue
        spec = source[name]
        errors = []
        for err in spec.get("errors", []):
            code = int(err["code"])
            entry = [code, err.get("message", ""), err.get("description", "")]
            if code >= COMMON_ERROR_MIN:
                common.setdefault(str(code), entry)
                errors.append(code)
            else:
                errors.append(entry)
        methods[name] = {
            "d": spec.get("description", ""),
            "x": spec.get("explanation", ""),
            "a": [
                [a["name"], 0 if a.get("optional", True) else 1, a.get("description", "")]
                for a in spec.get("arguments", [])
            ],
            "l": bool(spec.get("needslogin")),
            "s": bool(spec.get("needssigning")),
            "p": spec.get("requiredperms", "none"),
            "v": spec.get("http_method", "GET"),
            "e": errors,
        }
        if spec.get("response_example"):
            examples[name] = spec["response_example"]
    return {"common_errors": common, "methods": methods}, examples


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    catalog, examples = compact(source)
    CATALOG_OUT.write_text(json.dumps(catalog, separators=(",", ":"), sort_keys=True) + "\n")
    EXAMPLES_OUT.parent.mkdir(parents=True, exist_ok=True)
    EXAMPLES_OUT.write_text(json.dumps(examples, indent=0, sort_keys=True) + "\n")
    print(f"{len(catalog['methods'])} methods -> {CATALOG_OUT.relative_to(ROOT)}")
    try:
        sys.path.insert(0, str(ROOT / "scripts"))
        from generate_stubs import write_stubs
    except ImportError:
        return 0
    write_stubs()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
