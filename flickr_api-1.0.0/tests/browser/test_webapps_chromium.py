"""Both web-app examples in a real, headless Chromium against the emulator: sign in, approve
on Flickr's authorize page, come back, see the albums, upload a photo, sign out; then refuse
("No thanks") and read the app's message on coming back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flickr_api.testing import FlickrEmulator

pytest.importorskip("selenium", reason="the browser tests drive Chromium with Selenium")
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as shown
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 30  # seconds for a page to appear: a bound for a hung page, not a speed target


def wait_for(browser: Any, element_id: str) -> Any:
    return WebDriverWait(browser, WAIT).until(shown.presence_of_element_located((By.ID,
                                                                                 element_id)))


def test_sign_in_approve_see_albums_upload_sign_out(browser, webapp: str,
                                                    emulator: FlickrEmulator, photo_file: Path):
    browser.get(webapp)
    wait_for(browser, "login").click()

    wait_for(browser, "approve")
    assert browser.current_url.startswith(emulator.base_url + "/services/oauth/authorize")
    assert browser.find_element(By.ID, "perms").text == "write"
    Select(browser.find_element(By.ID, "user")).select_by_value("10000002@N01")  # bob
    browser.find_element(By.ID, "approve").click()

    assert wait_for(browser, "username").text == "bob"
    assert browser.current_url == webapp
    albums = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#albums a")]
    assert albums, "bob's albums are listed"
    assert browser.find_elements(By.CSS_SELECTOR, "#photos img")

    browser.find_element(By.ID, "photo").send_keys(str(photo_file))
    browser.find_element(By.ID, "title").send_keys("Seen from Chromium")
    browser.find_element(By.ID, "upload").click()
    assert "Uploaded 'Seen from Chromium'" in wait_for(browser, "message").text
    [uploaded] = emulator.uploads
    assert uploaded.user_nsid == "10000002@N01" and uploaded.fields["title"] == "Seen from Chromium"

    browser.find_element(By.ID, "logout").click()
    wait_for(browser, "login")
    assert not browser.find_elements(By.ID, "username")


def test_no_thanks_then_the_apps_message(browser, webapp: str, emulator: FlickrEmulator):
    browser.get(webapp)
    wait_for(browser, "login").click()
    wait_for(browser, "deny").click()
    wait_for(browser, "home")  # Flickr keeps the person on its own site
    assert browser.current_url == emulator.base_url + "/"

    browser.get(webapp)
    assert "did not finish" in wait_for(browser, "message").text
    assert browser.find_element(By.ID, "login").is_displayed()
