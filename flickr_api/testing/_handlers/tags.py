"""flickr.tags.* and flickr.machinetags.*, computed from the photos' tags."""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, Iterable, List, Optional, Tuple

from flickr_api.testing._handlers._base import (
    ApiFail,
    Ctx,
    Payload,
    content,
    date_arg,
    extras_of,
    handles,
    int_arg,
    list_payload,
    newest_first,
    photo_item,
    require_user,
    tag_entry,
    user_or_caller,
    visible_photo,
)
from flickr_api.testing._store import Photo, Store, User, clean_tag


def _public(store: Store) -> Iterable[Photo]:
    return (p for p in store.photos.values() if p.ispublic)


def _user_tags(ctx: Ctx, user: User) -> Counter[str]:
    return Counter(t.clean for p in ctx.store.photos_of(user.nsid, ctx.user_nsid) for t in p.tags)


def _who(user: User, tags: List[Dict[str, Any]]) -> Payload:
    return {"who": {"id": user.nsid, "tags": {"tag": tags}}}


@handles("flickr.tags.getListPhoto")
def get_list_photo(ctx: Ctx, args: Dict[str, str]) -> Payload:
    photo = visible_photo(ctx, args)
    return {"photo": {"id": photo.id,
                      "tags": {"tag": [tag_entry(ctx.store, t) for t in photo.tags]}}}


@handles("flickr.tags.getListUser")
def get_list_user(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args)
    return _who(user, [content(t) for t in sorted(_user_tags(ctx, user))])


@handles("flickr.tags.getListUserPopular")
def get_list_user_popular(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = user_or_caller(ctx, args)
    top = _user_tags(ctx, user).most_common(max(1, int_arg(args, "count", 10)))
    return _who(user, [{"count": str(n), "_content": t} for t, n in top])


@handles("flickr.tags.getListUserRaw")
def get_list_user_raw(ctx: Ctx, args: Dict[str, str]) -> Payload:
    if ctx.user_nsid is None:
        raise ApiFail(1, "User not found")
    user = require_user(ctx)
    wanted = clean_tag(args.get("tag", "")) if args.get("tag", "").strip() else None
    raws: Dict[str, List[str]] = {}
    for photo in ctx.store.photos_of(user.nsid, user.nsid):
        for tag in photo.tags:
            if wanted is None or tag.clean == wanted:
                bucket = raws.setdefault(tag.clean, [])
                if tag.raw not in bucket:
                    bucket.append(tag.raw)
    return _who(user, [{"clean": clean, "raw": [content(r) for r in found]}
                       for clean, found in sorted(raws.items())])


@handles("flickr.tags.getMostFrequentlyUsed")
def get_most_frequently_used(ctx: Ctx, args: Dict[str, str]) -> Payload:
    user = require_user(ctx)
    top = _user_tags(ctx, user).most_common(10)
    return _who(user, [{"count": str(n), "_content": t} for t, n in sorted(top)])


@handles("flickr.tags.getHotList")
def get_hot_list(ctx: Ctx, args: Dict[str, str]) -> Payload:
    period = args.get("period", "day").strip() or "day"
    if period not in ("day", "week"):
        raise ApiFail(1, "Invalid period")
    count = max(1, min(int_arg(args, "count", 20), 200))
    photos = list(_public(ctx.store))
    latest = max((p.dateupload for p in photos), default=0)
    window = 86400 * (1 if period == "day" else 7) * 30
    counts = Counter(t.clean for p in photos if p.dateupload >= latest - window for t in p.tags
                     if not t.machine)
    return {"hottags": {"period": period, "count": count, "tag": [
        {"score": str(min(100, n)), "_content": t} for t, n in counts.most_common(count)]}}


def _related(store: Store, tag: str) -> List[Tuple[str, int]]:
    counts: Counter[str] = Counter()
    for photo in _public(store):
        cleans = {t.clean for t in photo.tags if not t.machine}
        if tag in cleans:
            counts.update(cleans - {tag})
    return counts.most_common()


@handles("flickr.tags.getRelated")
def get_related(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag = clean_tag(args.get("tag", ""))
    related = _related(ctx.store, tag)
    if not related:
        raise ApiFail(1, "Tag not found")
    return {"tags": {"source": tag, "tag": [content(t) for t, _ in related[:20]]}}


def _clusters(store: Store, tag: str) -> List[List[str]]:
    related = [t for t, _ in _related(store, tag)[:9]]
    return [related[i:i + 3] for i in range(0, len(related), 3)]


@handles("flickr.tags.getClusters")
def get_clusters(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag = clean_tag(args.get("tag", ""))
    clusters = _clusters(ctx.store, tag)
    if not clusters:
        raise ApiFail(1, "Tag cluster not found")
    return {"clusters": {"source": tag, "total": len(clusters), "cluster": [
        {"total": len(c), "tag": [content(t) for t in c]} for c in clusters]}}


@handles("flickr.tags.getClusterPhotos")
def get_cluster_photos(ctx: Ctx, args: Dict[str, str]) -> Payload:
    tag = clean_tag(args.get("tag", ""))
    cluster = {clean_tag(t) for t in args.get("cluster_id", "").split("-") if t.strip()}
    photos = [p for p in newest_first(_public(ctx.store))
              if tag in {t.clean for t in p.tags} and cluster & {t.clean for t in p.tags}][:24]
    extras = extras_of(args)
    return {"photos": {"total": len(photos), "photo": [photo_item(ctx, p, extras)
                                                        for p in photos]}}


# ------------------------------------------------------------------ machine tags


def _machine_tags(store: Store, since: int = 0) -> List[Tuple[str, str, str, Photo]]:
    """(namespace, predicate, value, photo) for every public machine tag."""
    found = []
    for photo in _public(store):
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
