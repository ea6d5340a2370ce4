"""The dashboard pages in Debian's Chromium (Playwright) against a live server with seeded data.

Every page is screenshotted at 1440x900 and 390x844 into var/test-artifacts/pages/ (look at
them); each test also checks what the page computed against tracker.usage / tracker.reports.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from tests.conftest import ROOT
from tests.e2e.conftest import CHROMIUM, session_page
from tests.support.dashboard_seed import seed_dashboard, seed_short_session
from tracker import dashboard, usage

ARTIFACTS = ROOT / "var" / "test-artifacts" / "pages"
SIZES = [(1440, 900), (390, 844)]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is missing (scripts/system-deps.sh)")


@pytest.fixture
def seeded(live_server, django_user_model):
    owner = django_user_model.objects.create_user("owner", is_staff=True)
    return seed_dashboard(owner, timezone.localdate())


def shoot(browser, live_server, owner, path: str, name: str, ready: str) -> list[dict]:
    """Screenshot `path` at both sizes once `ready` (a JS expression) holds; returns, per
    size, the page's width figures (no horizontal scrolling on a phone)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    figures = []
    for width, height in SIZES:
        page = session_page(browser, live_server, owner, width, height)
        page.goto(live_server.url + path)
        page.wait_for_function(ready, timeout=20_000)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}x{height}.png"), full_page=True)
        figures.append(page.evaluate(
            "({viewport: innerWidth, scroll: document.documentElement.scrollWidth})"))
        page.context.close()
    return figures


def test_today_charts_the_day_with_times_on_the_chart(browser, live_server, seeded):
    expected = usage.day_usage(seeded.owner, seeded.day)
    page = session_page(browser, live_server, seeded.owner)
    page.goto(live_server.url + "/")
    page.wait_for_function("Number(document.body.dataset.totalSeconds) > 0")
    charted = page.evaluate(
        "Chart.getChart('category-chart').data.datasets[0].data.reduce((a, b) => a + b, 0)")
    assert charted == pytest.approx(expected["total_seconds"], abs=len(expected["categories"]))
    assert page.inner_text("#total-time") == dashboard.format_duration(expected["total_seconds"])
    kinds = set(page.eval_on_selector_all("#timeline .seg", "els => els.map(e => e.classList[1])"))
    assert {"activity", "away", "unreviewed"} <= kinds
    first_row = page.locator("#activity-rows tr").first
    top = expected["categories"][0]
    assert first_row.get_attribute("data-code") == top["code"]
    assert top["top"][0]["title"] in first_row.inner_text()
    focus = page.inner_text("#focus-big")
    assert focus == str(round(expected["focus_score"]))
    assert "Focus score" in page.inner_text("#focus-help")
    page.context.close()
    for figures in shoot(browser, live_server, seeded.owner, "/", "today",
                         "Number(document.body.dataset.totalSeconds) > 0"):
        assert figures["scroll"] <= figures["viewport"], "the page scrolls sideways"


def test_an_eight_minute_session_fills_the_timeline_instead_of_a_hairline(
        browser, live_server, django_user_model):
    owner = django_user_model.objects.create_user("short")
    day = timezone.localdate() - timedelta(days=1)
    device = seed_short_session(owner, day, minutes=8)
    page = session_page(browser, live_server, owner)
    page.goto(f"{live_server.url}/day/{day.isoformat()}/?device={device.pk}")
    page.wait_for_function("Number(document.body.dataset.totalSeconds) > 0")
    share = page.evaluate("""(() => {
        const box = document.getElementById('timeline').getBoundingClientRect().width;
        const segs = [...document.querySelectorAll('#timeline .seg')];
        return segs.reduce((a, s) => a + s.getBoundingClientRect().width, 0) / box; })()""")
    # 8 of 18 minutes (5 min of padding each side) is 0.44; a 24-hour axis would give 0.006.
    assert share > 0.4
    assert page.inner_text("#total-time") == "8 min"
    page.screenshot(path=str(ARTIFACTS / "day-short-session-1440x900.png"), full_page=True)
    page.context.close()


def test_the_week_stacks_days_and_shows_each_activitys_change(browser, live_server, seeded):
    start = dashboard.monday_of(seeded.day) - timedelta(days=7)  # a full seeded week
    expected = usage.week_usage(seeded.owner, start)
    page = session_page(browser, live_server, seeded.owner)
    page.goto(f"{live_server.url}/week/{start.isoformat()}/")
    page.wait_for_function("Chart.getChart('period-chart') !== undefined")
    assert page.evaluate("Chart.getChart('period-chart').data.labels.length") == 7
    rows = page.locator("#totals-table tbody tr")
    assert rows.count() == len(expected["totals"])
    first = expected["totals"][0]
    change = dashboard.format_change(first["change_seconds"], first["previous"])
    assert change in rows.first.inner_text()
    page.context.close()
    for figures in shoot(browser, live_server, seeded.owner, f"/week/{start.isoformat()}/",
                         "week", "Chart.getChart('period-chart') !== undefined"):
        assert figures["scroll"] <= figures["viewport"]


def test_a_range_is_picked_by_dates_and_filtered_by_device(browser, live_server, seeded):
    start, end = seeded.day - timedelta(days=9), seeded.day
    path = f"/range/?start={start}&end={end}&device={seeded.desktop.pk}"
    expected = usage.range_usage(seeded.owner, start, end, device=seeded.desktop)
    page = session_page(browser, live_server, seeded.owner)
    page.goto(live_server.url + path)
    page.wait_for_function("Chart.getChart('period-chart') !== undefined")
    assert page.inner_text("#total-time") == dashboard.format_duration(expected["total_seconds"])
    assert page.locator("#totals-table tbody tr").first.get_attribute("data-code") == "netflix"
    page.fill("#range-start", str(end - timedelta(days=2)))
    page.select_option("#range-device", "")
    page.click("form[aria-label='Choose a date range'] button[type=submit]")
    page.wait_for_url(f"**start={end - timedelta(days=2)}**")
    whole = usage.range_usage(seeded.owner, end - timedelta(days=2), end)
    assert page.inner_text("#total-time") == dashboard.format_duration(whole["total_seconds"])
    response = page.goto(live_server.url + "/range/?start=2024-02-30&end=2024-03-02")
    assert response.status == 400
    assert "2024-02-30" in page.inner_text("#error-message")
    page.context.close()
    for figures in shoot(browser, live_server, seeded.owner, f"/range/?start={start}&end={end}",
                         "range", "Chart.getChart('period-chart') !== undefined"):
        assert figures["scroll"] <= figures["viewport"]


def test_the_weekly_report_prints_without_the_site_chrome(browser, live_server, seeded):
    start = dashboard.monday_of(seeded.day) - timedelta(days=7)  # a full seeded week
    path = f"/report/week/{start.isoformat()}/"
    page = session_page(browser, live_server, seeded.owner)
    page.goto(live_server.url + path)
    week = usage.week_usage(seeded.owner, start)
    assert page.inner_text("#report-total") == dashboard.format_duration(week["total_seconds"])
    assert page.is_visible("header.topbar")
    page.emulate_media(media="print")
    assert not page.is_visible("header.topbar") and not page.is_visible("#print-report")
    page.pdf(path=str(ARTIFACTS / "report.pdf"))
    page.context.close()
    for figures in shoot(browser, live_server, seeded.owner, path, "report", "true"):
        assert figures["scroll"] <= figures["viewport"]


def test_the_chrome_has_a_favicon_a_skip_link_and_a_remembered_dark_mode(
        browser, live_server, seeded):
    page = session_page(browser, live_server, seeded.owner, scheme="light")
    icon = page.request.get(live_server.url + "/favicon.ico")
    assert icon.status == 200 and icon.headers["content-type"] == "image/svg+xml"
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.is_visible(".skip-link")
    assert "Review" in page.inner_text(".mainnav") and page.inner_text(".mainnav .badge") == "18"
    page.click("#theme-toggle")
    page.reload()
    page.wait_for_function("Number(document.body.dataset.totalSeconds) > 0")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(15, 20, 27)"
    page.screenshot(path=str(ARTIFACTS / "today-dark-1440x900.png"), full_page=True)
    page.context.close()


def test_the_login_page_shows_no_markdown_backticks(browser, live_server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert "/login/" in page.url
    assert "`" not in page.inner_text("main")
    page.screenshot(path=str(ARTIFACTS / "login-390x844.png"), full_page=True)
    context.close()


def test_the_range_page_downloads_its_observations_as_csv(browser, live_server, seeded):
    import csv

    from tracker.models import Frame

    start, end = seeded.day - timedelta(days=2), seeded.day
    page = session_page(browser, live_server, seeded.owner)
    page.goto(f"{live_server.url}/range/?start={start}&end={end}&device={seeded.desktop.pk}")
    with page.expect_download() as info:
        page.click("#exports a:text('observations CSV')")
    download = info.value
    assert download.suggested_filename == f"timenet-observations-{start}_{end}.csv"
    target = ARTIFACTS / download.suggested_filename
    download.save_as(target)
    rows = list(csv.DictReader(target.open(newline="")))
    assert len(rows) == Frame.objects.filter(device=seeded.desktop).count() == 60
    assert {row["category"] for row in rows} == {"netflix"}
    page.context.close()
