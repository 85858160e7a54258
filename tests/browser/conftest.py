"""The web-app examples of examples/, served for real on loopback against an emulator that
shows its authorize page, and a headless Chromium to use them.

The browser tests need Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs
them); without them they are skipped, saying so. Nothing is downloaded: Selenium is pointed at
the system's driver and browser, which run with a fresh profile and no background traffic.
A failing browser test leaves a screenshot and the page's HTML in a temporary folder named in
the failure report.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import requests

from flickr_api import Client
from flickr_api.aio import AsyncClient
from flickr_api.testing import FlickrEmulator
from flickr_api.testing.plugin import FIXTURE_PHOTOS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CHROME_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-dev-shm-usage", "--window-size=1100,900",
)
APPS = ("webapp_flask", "webapp_starlette")


@pytest.fixture
def emulator() -> Iterator[FlickrEmulator]:
    """An emulator whose authorize URL shows the page a person clicks."""
    with FlickrEmulator(photos=FIXTURE_PHOTOS, authorize_page=True) as emu:
        yield emu


def _serve_wsgi(app: Any) -> tuple[int, Callable[[], None]]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        thread.join(10)

    return server.server_port, stop


def _serve_asgi(app: Any) -> tuple[int, Callable[[], None]]:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(500):  # at most 10 s for the loop to bind
        if server.started or not thread.is_alive():
            break
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]

    def stop() -> None:
        server.should_exit = True
        thread.join(10)

    return port, stop


@pytest.fixture(params=APPS)
def webapp(request: pytest.FixtureRequest, emulator: FlickrEmulator, tmp_path: Path
           ) -> Iterator[str]:
    """The base URL of one example app (Flask, then Starlette), talking to ``emulator``."""
    name = request.param
    wsgi = name == "webapp_flask"
    pytest.importorskip("flask" if wsgi else "starlette")
    if not wsgi:
        pytest.importorskip("aiohttp")
    sys.path.insert(0, str(EXAMPLES))
    try:
        module = __import__(name)
    finally:
        sys.path.remove(str(EXAMPLES))
    keys = {"api_key": emulator.api_key, "api_secret": emulator.api_secret,
            "base_url": emulator.base_url, "rate_limit": None}
    # The ASGI app gets an AsyncClient, which it closes when uvicorn stops.
    client = Client(**keys) if wsgi else AsyncClient(**keys)
    app = module.create_app(tmp_path / "webapp.sqlite3", client=client)
    port, stop = (_serve_wsgi if wsgi else _serve_asgi)(app)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop()
        if wsgi:
            client.close()


@pytest.fixture
def photo_file(emulator: FlickrEmulator, tmp_path: Path) -> Path:
    """A JPEG on disk, as a person would pick in the upload form."""
    client = Client(emulator.api_key, emulator.api_secret, base_url=emulator.base_url,
                    rate_limit=None)
    with client:
        found = client.api.photos.search(user_id="10000002@N01", extras="url_s", per_page=1)
    path = tmp_path / "holiday.jpg"
    with requests.Session() as http:
        http.trust_env = False
        path.write_bytes(http.get(found["photos"]["photo"][0]["url_s"], timeout=10).content)
    return path


@pytest.fixture
def browser(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
            ) -> Iterator[Any]:
    """A headless Chromium under Selenium with a fresh profile; screenshots on failure."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("needs Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver), which .ci/run installs")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.implicitly_wait(0)
    try:
        yield driver
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            folder = tmp_path_factory.mktemp("screenshots")
            driver.save_screenshot(str(folder / "failure.png"))
            (folder / "failure.html").write_text(driver.page_source, encoding="utf-8")
            report.sections.append(("browser", f"screenshot and page at {folder} "
                                                f"(last URL {driver.current_url})"))
    finally:
        driver.quit()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.when == "call":
        item.report_call = report  # type: ignore[attr-defined]
    return report
