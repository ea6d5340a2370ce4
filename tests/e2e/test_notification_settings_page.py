"""The notification settings page and the browser banner in Debian's Chromium (Playwright).

Screenshots at 1440x900 and 390x844 go to var/test-artifacts/pages/ (look at them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from notify import services
from notify.models import Notification
from tests.conftest import ROOT
from tests.e2e.conftest import CHROMIUM, session_page

ARTIFACTS = ROOT / "var" / "test-artifacts" / "pages"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="Debian's chromium is missing (scripts/system-deps.sh)"),
]


def test_the_settings_page_saves_what_the_person_changes(browser, live_server, device_token,
                                                        categories):
    owner = device_token[0].owner
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for kind, title, body, sound in [
            ("summary", "Your last 30 minutes: 28 min tracked",
             "Writing code in an IDE 71%, Watching YouTube 18%, Unreviewed 11%", False),
            ("warning", "5 min of distraction in the last 30 minutes",
             "Watching YouTube 5 min (your limit is 30 s)", True)]:
        Notification.objects.create(owner=owner, kind=kind, title=title, body=body, sound=sound)
    for width, height, scheme in [(1440, 900, "light"), (390, 844, "light"),
                                  (1440, 900, "dark")]:
        page = session_page(browser, live_server, owner, width, height, scheme)
        page.goto(live_server.url + "/settings/")
        page.wait_for_selector("#id_threshold_seconds")
        suffix = "" if scheme == "light" else "-dark"
        page.screenshot(path=str(ARTIFACTS / f"settings-{width}x{height}{suffix}.png"),
                        full_page=True)
        widths = page.evaluate("[innerWidth, document.documentElement.scrollWidth]")
        assert widths[1] <= widths[0], f"horizontal scrolling at {width}px: {widths}"
        page.context.close()
    page = session_page(browser, live_server, owner, 1440, 900)
    page.goto(live_server.url + "/settings/")
    page.fill("#id_threshold_seconds", "120")
    page.get_by_label("Watching Netflix").uncheck()
    page.fill("#id_quiet_start", "22:00")
    page.fill("#id_quiet_end", "07:30")
    page.click("button:has-text('Save settings')")
    page.wait_for_selector("text=Notification settings saved.")
    prefs = services.settings_for(owner)
    assert prefs.threshold_seconds == 120
    assert sorted(prefs.warn_categories.values_list("code", flat=True)) == ["facebook",
                                                                            "youtube"]
    assert (prefs.quiet_start.hour, prefs.quiet_end.minute) == (22, 30)
    page.context.close()


def test_the_test_button_shows_a_banner_in_the_browser_once(browser, live_server, device_token,
                                                            categories):
    owner = device_token[0].owner
    page = session_page(browser, live_server, owner, 390, 844)
    page.goto(live_server.url + "/settings/")
    page.click("#send-test")
    banner = page.wait_for_selector(".tn-banner", timeout=20_000)
    assert "TimeNet test notification" in banner.inner_text()
    page.screenshot(path=str(ARTIFACTS / "settings-banner-390x844.png"), full_page=False)
    made = Notification.objects.get(owner=owner)
    assert (made.kind, made.delivered_via) == ("test", "browser")
    page.reload()  # shown once: a reload finds nothing left to show
    page.wait_for_function("document.readyState === 'complete'")
    page.wait_for_load_state("networkidle")
    assert page.query_selector(".tn-banner") is None
    page.context.close()
