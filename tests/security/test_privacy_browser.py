"""The privacy controls in a real browser (headless Chromium): the header's pause control on any
page, the exclusion rule form and the two-step range deletion."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from privacy import capture
from privacy.models import ExclusionRule
from tests.e2e.conftest import browser, session_page  # noqa: F401 - fixture
from tests.support.stored_frames import model_version, stored_frame
from tracker.models import Frame

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = os.environ.get("TIMENET_SCREENSHOTS")  # a folder to keep screenshots in, if set


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


def test_the_header_pauses_and_resumes_capture_from_any_page(browser, live_server,  # noqa: F811
                                                             owner):
    """Checked failing with the include removed from base.html (no control to click)."""
    page = session_page(browser, live_server, owner)
    page.goto(f"{live_server.url}/week/")
    state = page.locator("#capture-state .capture-state-line")
    assert state.inner_text() == "Capture on"
    page.select_option("#pause-duration", "1h")
    page.click("#capture-state button:has-text('Pause')")
    page.wait_for_url(f"{live_server.url}/week/")
    assert page.locator("#capture-state .capture-state-line").inner_text().startswith(
        "Capture paused until")
    assert capture.is_paused(capture.settings_for(owner))
    shot(page, "header-paused")
    page.click("#capture-state button:has-text('Resume')")
    page.wait_for_url(f"{live_server.url}/week/")
    assert page.locator("#capture-state .capture-state-line").inner_text() == "Capture on"
    page.context.close()


def test_a_rule_is_added_and_a_range_erased_after_confirmation(browser, live_server,  # noqa: F811
                                                               device_token, tmp_path,
                                                               categories, frames_dir):
    device, _ = device_token
    stored_frame(device, model_version(tmp_path / "m"), datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    page = session_page(browser, live_server, device.owner)
    page.goto(f"{live_server.url}/privacy/")
    page.select_option("select[name=kind]", "app")
    page.fill("input[name=pattern]", "keepassxc")
    page.click("button:has-text('Add rule')")
    page.wait_for_selector("#exclusion-rules code:has-text('keepassxc')")
    assert ExclusionRule.objects.filter(owner=device.owner, pattern="keepassxc").exists()
    shot(page, "privacy-page")

    page.fill("input[name=start]", "2026-02-28T00:00")
    page.fill("input[name=end]", "2026-03-02T00:00")
    page.click("button:has-text('Review what would be deleted')")
    page.wait_for_selector("#erase-summary")
    assert page.locator("[data-count=frames]").inner_text() == "1"
    assert Frame.objects.count() == 1  # only shown so far
    shot(page, "erase-confirm")
    page.click("button:has-text('Delete 1 frame')")
    page.wait_for_url(f"{live_server.url}/privacy/")
    assert "Erased 1 frames" in page.content()
    assert Frame.objects.count() == 0
    page.context.close()
