"""The emulator's flickr.machinetags.* methods."""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, List, Optional, Tuple

from flickr_api.testing._handlers._args import date_arg
from flickr_api.testing._handlers._filters import public_photos
from flickr_api.testing._handlers._paging import list_payload
from flickr_api.testing._handlers._registry import handles
from flickr_api.testing._protocol import ApiFail, Ctx, Payload
from flickr_api.testing._records import Photo
from flickr_api.testing._store import Store


def _machine_tags(store: Store, since: int = 0) -> List[Tuple[str, str, str, Photo]]:
    """(namespace, predicate, value, photo) for every public machine tag."""
    found = []
    for photo in public_photos(store):
        if photo.dateupload < since:
            continue
        for tag in photo.tags:
            if tag.machine:
                namespace, _, rest = tag.clean.partition(":")
                predicate, _, value = rest.partition("=")
                found.append((namespace, predicate, value, photo))
    return found


def _filtered(ctx: Ctx, args: Dict[str, str], since: int = 0) -> List[Tuple[str, str, str, Photo]]:
    namespace = args.get("namespace", "").strip().lower()
    predicate = args.get("predicate", "").strip().lower()
    everything = _machine_tags(ctx.store, since)
    if namespace and not any(n == namespace for n, _, _, _ in everything):
        raise ApiFail(1, "Not a valid namespace")
    if predicate and not any(p == predicate for _, p, _, _ in everything):
        raise ApiFail(2 if namespace else 1, "Not a valid predicate")
    return [e for e in everything if (not namespace or e[0] == namespace)
            and (not predicate or e[1] == predicate)]


def _parts(args: Dict[str, str], pairs: List[Tuple[str, str]], child: str, other: str) -> Payload:
    """(part, other part) pairs listed by part, with usage and how many other parts."""
    usage = Counter(key for key, _ in pairs)
    others = {k: len({o for key, o in pairs if key == k}) for k in usage}
    return list_payload(child + "s", child, args, sorted(usage), lambda k: {
        "usage": str(usage[k]), other: str(others[k]), "_content": k})


@handles("flickr.machinetags.getNamespaces")
def get_namespaces(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tags = _filtered(ctx, {"predicate": args.get("predicate", "")})
    return _parts(args, [(n, p) for n, p, _, _ in tags], "namespace", "predicates")


@handles("flickr.machinetags.getPredicates")
def get_predicates(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tags = _filtered(ctx, {"namespace": args.get("namespace", "")})
    return _parts(args, [(p, n) for n, p, _, _ in tags], "predicate", "namespaces")


@handles("flickr.machinetags.getPairs")
def get_pairs(ctx: Ctx, args: Dict[str, str]) -> Payload:
    usage = Counter((n, p) for n, p, _, _ in _filtered(ctx, args))
    return list_payload("pairs", "pair", args, sorted(usage), lambda e: {
        "namespace": e[0], "predicate": e[1], "usage": str(usage[e]),
        "_content": f"{e[0]}:{e[1]}"})


def _values(ctx: Ctx, args: Dict[str, str], since: int = 0,
            detailed: bool = False) -> Payload:
    tags = _filtered(ctx, args, since)
    usage = Counter(v for _, _, v, _ in tags)
    dates: Dict[str, List[int]] = {}
    for _, _, value, photo in tags:
        dates.setdefault(value, []).append(photo.dateupload)

    def shape(value: str) -> Dict[str, Any]:
        entry: Dict[str, Any] = {"usage": str(usage[value])}
        if detailed:
            entry.update(namespace=args.get("namespace", ""), predicate=args.get("predicate", ""),
                         first_added=str(min(dates[value])), last_added=str(max(dates[value])))
        entry["_content"] = value
        return entry

    return list_payload("values", "value", args, sorted(usage), shape,
                        namespace=args.get("namespace", ""), predicate=args.get("predicate", ""))


@handles("flickr.machinetags.getValues")
def get_values(ctx: Ctx, args: Dict[str, str]) -> Payload:
    return _values(ctx, args)


@handles("flickr.machinetags.getRecentValues")
def get_recent_values(ctx: Ctx, args: Dict[str, str]) -> Payload:
    since: Optional[int] = date_arg(args.get("added_since", ""))
    return _values(ctx, args, since or 0, detailed=True)
