"""The generated type stubs (direct API and object classes): up to date, and useful to a type
checker."""

from __future__ import annotations

import importlib.util
import pkgutil
import re
import textwrap
from pathlib import Path

import pytest

import flickr_api

#: The package as imported (a checkout or an installed wheel) and the tree these tests came with.
PACKAGE = Path(flickr_api.__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]
#: Whether the package is the source tree itself (else mypy finds it installed, with py.typed).
IN_SOURCE_TREE = PACKAGE.parent == ROOT


def load_generator():
    spec = importlib.util.spec_from_file_location(
        "generate_stubs", ROOT / "scripts" / "generate_stubs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator():
    return load_generator()


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.parametrize("relative", ["api.pyi", "objects/__init__.pyi"])
def test_committed_stubs_are_up_to_date(generator, relative):
    assert (PACKAGE / relative).read_text(encoding="utf-8") == generator.STUBS[relative](), (
        f"flickr_api/{relative} is stale: run python scripts/generate_stubs.py")


def test_write_stubs(generator, tmp_path):
    written = generator.write_stubs(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == list(generator.STUBS)
    for path in written:
        relative = path.relative_to(tmp_path)
        assert path.read_text(encoding="utf-8") == (PACKAGE / relative).read_text(
            encoding="utf-8")


def run_mypy(tmp_path, cache, monkeypatch, sample: str) -> tuple[list[int], list[int], str]:
    """(lines mypy flags, lines marked ``# E:``, mypy's output) for a sample script."""
    api = pytest.importorskip("mypy.api")
    path = tmp_path / "sample.py"
    path.write_text(textwrap.dedent(sample), encoding="utf-8")
    if IN_SOURCE_TREE:
        monkeypatch.setenv("MYPYPATH", str(ROOT))
    monkeypatch.chdir(tmp_path)
    out, err, _status = api.run([
        "--follow-imports=silent", "--ignore-missing-imports", "--no-error-summary",
        "--cache-dir", str(cache), "--python-version", "3.10", str(path),
    ])
    flagged = sorted({
        int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line
    })
    expected = [n + 1 for n, line in enumerate(sample.splitlines()) if "# E:" in line]
    return flagged, expected, out + err


API_SAMPLE = """\
    from typing import Any

    from flickr_api import Client
    from flickr_api.api import Namespace, flickr

    client = Client(api_key="key", api_secret="secret")
    tree: Namespace = client.api
    found: Any = tree.photos.search(tags="cat", per_page=10, extras=["url_m"])
    info = flickr.photos.getInfo(photo_id="1", raw=True)
    flickr.photos.comments.addComment(photo_id="1", comment_text="nice", format="rest")
    flickr.test.echo(anything="goes", format="json")
    flickr.photos.serch(tags="cat")  # E: no such method
    flickr.photos.getInfo()  # E: photo_id missing
    flickr.photos.search(tag="cat")  # E: unknown argument
    flickr.photo.search()  # E: no such namespace
    client.api.photos.getInfo(photo_id="1", secrett="x")  # E: unknown argument
"""

OBJECTS_SAMPLE = """\
    from pathlib import Path
    from typing import Optional

    from flickr_api import Client
    from flickr_api.objects import FlickrList, Group, Person, Photo, Photoset, Walker

    client = Client(api_key="key", api_secret="secret")
    cats: FlickrList[Photo] = Photo.search(tags="cat", per_page=10, extras=["url_m"])
    alice: Person = Person.findByUserName("alice")
    theirs: FlickrList[Photo] = Person.findByUserName(username="bob").getPhotos(per_page=5)
    walker: Walker[Photo] = Walker(alice.getPhotos, prefetch=2)
    first: Photo = next(iter(walker))
    walked: Walker[Photo] = client.objects.Walker(Photo.search, tags="dog")
    album: Photoset = client.objects.Photoset.create(title="Trip", primary_photo=cats[0])
    album.addPhoto(photo=cats[1])
    saved: Path = first.save("cat.jpg", size_label="Medium")
    url: str = first.getPhotoFile("Medium")
    comment: Photo.Comment = first.addComment("nice")
    comment.edit("nicer")
    before, after = first.getContext()
    earlier: Optional[Photo] = before
    topic: Group.Topic = Group(id="1").getDiscussTopics()[0]
    replies: FlickrList[Group.Topic.Reply] = topic.getReplies(per_page=100)
    owner: Person = Person.getFromToken(client=client)
    Photo.serch(tags="cat")  # E: no such method
    client.objects.Photoset.creat(title="Trip")  # E: no such method
    Person.findByUserName()  # E: username missing
    Photoset.create(title="Trip").addComment()  # E: comment_text missing
    first.save()  # E: filename missing
    size: int = first.getSizes()  # E: a dict
    lost: Photo = Photo.search()  # E: a list of photos
    before.getInfo()  # E: maybe None
    Walker(first.getPageUrl)  # E: not a paged method
"""


CLASSIC_SAMPLE = """\
    import flickr_api
    from flickr_api.objects import FlickrList, Photo

    flickr_api.set_keys(api_key="key", api_secret="secret")
    photos: FlickrList[Photo] = flickr_api.Photo.search(tags="cat")
    flickr_api.upload(photo_file="cat.jpg", title="A cat", tags=["cat"])
    flickr_api.Photo.serch(tags="cat")  # E: no such method
    flickr_api.flickr.photos.search(tags="cat", per_page=5)
    flickr_api.flickr.photos.serach(tags="cat")  # E: no such method
    flickr_api.flickr.photos.search(tagz="cat")  # E: unknown argument
    flickr_api.Photo.search(tagz="cat")  # E: unknown argument
    count: int = flickr_api.Person.findByUserName("alice")  # E: a Person
"""


@pytest.mark.parametrize("sample", [API_SAMPLE, OBJECTS_SAMPLE, CLASSIC_SAMPLE],
                         ids=["api", "objects", "classic"])
def test_mypy_accepts_good_calls_and_flags_mistakes(tmp_path, mypy_cache, monkeypatch, sample):
    flagged, expected, output = run_mypy(tmp_path, mypy_cache, monkeypatch, sample)
    assert flagged == expected, output


def test_modules_behind_stubs_still_type_check(mypy_cache, monkeypatch):
    """mypy reads a module's .pyi in place of its .py: each .py behind a stub is checked here
    on its own (``mypy flickr_api`` checks every other module)."""
    api = pytest.importorskip("mypy.api")
    if not IN_SOURCE_TREE:
        pytest.skip("checks the source tree: mypy does not check installed packages' code")
    shadowed = sorted(str(p.with_suffix(".py")) for p in PACKAGE.rglob("*.pyi"))
    assert len(shadowed) == 2
    monkeypatch.chdir(ROOT)
    out, err, status = api.run(
        ["--follow-imports=silent", "--cache-dir", str(mypy_cache), *shadowed])
    assert status == 0, out + err


@pytest.mark.slow
def test_stubs_match_the_runtime_modules(tmp_path):
    """stubtest, but for what the stubs say on purpose: class-level rows are static methods
    in the stubs (at run time, methods bound to the class, whose client they use), and the
    implementation modules have no stubs of their own. The signatures of the other rows are
    checked: the stubs show the runtime ones."""
    stubtest = pytest.importorskip("mypy.stubtest")
    from flickr_api import objects
    from flickr_api.objects.methods import all_bindings

    allowlist = tmp_path / "allowlist.txt"
    allowlist.write_text("\n".join([
        *(re.escape(f"flickr_api.objects.{b.owner}.{b.name}") for b in all_bindings()
          if b.static),
        *(rf"flickr_api\.objects\.{m.name}(\..*)?" for m in pkgutil.iter_modules(
            objects.__path__)),
    ]), encoding="utf-8")
    options = stubtest.parse_options([
        "flickr_api.api", "flickr_api.objects", "--mypy-config-file", str(ROOT / "pyproject.toml"),
        "--allowlist", str(allowlist), "--ignore-unused-allowlist",
    ])
    assert stubtest.test_stubs(options) == 0
