"""The pages: login everywhere (but login, health check, favicon), the day/week/range/report
parameters and filters, and the site chrome (navigation badge, admin link, favicon, login)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.support.dashboard_seed import seed_short_session
from tracker import bootstrap, dashboard
from tracker.devices import create_device
from tracker.models import Frame

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["tracker:today", "tracker:today_data"])
def test_pages_send_anonymous_visitors_to_the_login_page(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_health_check_needs_no_login(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True}


def test_the_first_start_creates_one_owner_with_a_generated_password(client):
    owner, lines = bootstrap.ensure_owner(base_url="http://testserver")
    password = lines[0].rsplit(": ", 1)[1]
    assert len(password) >= 12
    assert client.login(username=owner.get_username(), password=password)
    again, later_lines = bootstrap.ensure_owner(base_url="http://testserver")
    assert again == owner
    assert not any(password in line for line in later_lines)  # shown on the first start only


def test_the_one_time_login_link_works_once(client):
    owner, _ = bootstrap.ensure_owner(base_url="")
    link = bootstrap.login_link_path(owner)
    assert client.get(link).status_code == 302
    assert client.get(reverse("tracker:today")).status_code == 200
    client.logout()
    assert client.get(link).status_code == 403


def test_the_today_page_shows_the_charts_to_its_owner(client, owner):
    client.force_login(owner)
    response = client.get(reverse("tracker:today"))
    assert response.status_code == 200
    assert b"category-chart" in response.content
    assert b"vendor/chartjs/chart.umd.min.js" in response.content


# --- the issue-13 pages: parameters, filters, chrome ---------------------------------------------
@pytest.mark.parametrize("path", ["/day/2026-01-05/", "/week/", "/week/2026-01-05/", "/range/",
                                  "/report/week/2026-01-05/", "/api/week"])
def test_every_dashboard_page_sends_anonymous_visitors_to_the_login_page(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.fixture
def short_day(owner):
    """Yesterday with one 8-minute coding session on a device called "short"."""
    day = timezone.localdate() - timedelta(days=1)
    return day, seed_short_session(owner, day, minutes=8)


def test_a_day_page_shows_that_days_rollups_with_navigation(client, owner, short_day):
    day, device = short_day
    client.force_login(owner)
    response = client.get(reverse("tracker:day", args=[day.isoformat()]))
    assert response.status_code == 200
    context = response.context
    assert context["usage"]["total_seconds"] == 480
    assert context["usage"]["date"] == day.isoformat()
    assert context["previous_day"] == day - timedelta(days=1)
    assert context["next_day"] == day + timedelta(days=1)  # yesterday has a next day: today
    assert [d["name"] for d in context["devices"]] == ["short"]
    assert b"Focus score" in response.content


def test_today_has_no_next_day(client, owner):
    client.force_login(owner)
    response = client.get(reverse("tracker:today"))
    assert response.context["is_today"] and response.context["next_day"] is None


@pytest.mark.parametrize("path, message", [
    ("/day/2026-02-30/", "is not a date"),
    ("/day/yesterday/", "is not a date"),
    ("/range/?start=2026-01-10&end=2026-01-01", "is before the start date"),
    ("/range/?start=2024-01-01&end=2026-01-01", "at most 366 days"),
    ("/range/?start=2026-01-01", "end date is missing"),
    ("/week/?date=soon", "is not a date"),
    ("/report/week/2026-13-01/", "is not a date"),
    ("/?device=abc", "no device"),
])
def test_bad_dates_and_devices_are_a_400_with_a_message(client, owner, path, message):
    client.force_login(owner)
    response = client.get(path)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_another_persons_device_cannot_filter_my_pages(client, owner, django_user_model,
                                                       short_day):
    _, device = short_day
    stranger = django_user_model.objects.create_user("stranger")
    client.force_login(stranger)
    assert client.get(f"/?device={device.pk}").status_code == 400
    assert client.get(f"/api/today?device={device.pk}").status_code == 400


def test_the_device_filter_narrows_the_day_to_one_device(client, owner, short_day):
    day, device = short_day
    other, _ = create_device(owner, "other")
    client.force_login(owner)
    path = reverse("tracker:day", args=[day.isoformat()])
    assert client.get(f"{path}?device={device.pk}").context["usage"]["total_seconds"] == 480
    assert client.get(f"{path}?device={other.pk}").context["usage"]["total_seconds"] == 0


def test_the_day_picker_redirects_to_the_day_keeping_the_device(client, owner, short_day):
    day, device = short_day
    client.force_login(owner)
    response = client.get(f"/day/?date={day.isoformat()}&device={device.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"/day/{day.isoformat()}/?device={device.pk}"


def test_a_week_page_starts_on_the_monday_of_any_day_given(client, owner, short_day):
    day, _ = short_day
    client.force_login(owner)
    context = client.get(reverse("tracker:week_of", args=[day.isoformat()])).context
    assert context["week_start"].weekday() == 0
    assert context["week_start"] <= day <= context["week_end"]
    assert context["usage"]["total_seconds"] == 480  # the seeded session is all there is


def test_a_range_without_dates_is_the_last_seven_days(client, owner, short_day):
    client.force_login(owner)
    context = client.get(reverse("tracker:range")).context
    assert context["end"] == timezone.localdate()
    assert context["days"] == 7
    assert context["usage"]["total_seconds"] == 480
    assert context["totals"][0]["per_day"] == dashboard.format_duration(480 / 7)


def test_the_json_endpoints_answer_for_a_chosen_day_and_week(client, owner, short_day):
    day, _ = short_day
    client.force_login(owner)
    assert client.get(f"/api/today?date={day.isoformat()}").json()["total_seconds"] == 480
    assert client.get("/api/today").json()["date"] == timezone.localdate().isoformat()
    week = client.get(f"/api/week?date={day.isoformat()}").json()
    assert week["start"] == dashboard.monday_of(day).isoformat()
    assert client.get("/api/today?date=never").status_code == 400


@pytest.mark.parametrize("seconds, text", [
    (0, "0 s"), (0.3, "< 1 s"), (42.4, "42 s"), (59.6, "1 min"), (61, "1 min 01 s"),
    (480, "8 min"), (3599, "59 min 59 s"), (3600, "1 h 00 min"), (7530, "2 h 05 min"),
])
def test_durations_keep_seconds_below_an_hour(seconds, text):
    assert dashboard.format_duration(seconds) == text


@pytest.mark.parametrize("change, previous, text", [
    (720, 2160, "+12 min (+33%)"), (-190, 950, "\u22123 min 10 s (\u221220%)"),
    (300, 0, "new"), (0, 0, "no change"), (0, 600, "no change"),
])
def test_changes_against_the_previous_week_read_as_signed_durations(change, previous, text):
    assert dashboard.format_change(change, previous) == text


def test_the_favicon_is_served_without_a_login(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in b"".join(response.streaming_content)


def test_the_login_page_shows_no_markdown_backticks(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "`" not in response.content.decode()
    assert "<code>make run</code>" in response.content.decode()


def test_the_navigation_counts_open_review_items_and_shows_admin_to_staff(
        client, owner, short_day):
    from labeling.services import queue_for_review

    frames = list(Frame.objects.order_by("pk")[:3])
    for frame in frames:
        queue_for_review(frame, 0.5)
    client.force_login(owner)
    page = client.get(reverse("tracker:today")).content.decode()
    assert 'class="badge" aria-label="3 open">3<' in page
    assert 'href="/admin/"' not in page
    owner.is_staff = True
    owner.save(update_fields=["is_staff"])
    assert 'href="/admin/"' in client.get(reverse("tracker:today")).content.decode()


def css_variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", block))


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two #rrggbb colours (relative luminance, sRGB)."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_colours_keep_a_contrast_of_4_5_to_1_in_both_themes(theme):
    css = (Path(__file__).resolve().parents[2] / "static" / "css" / "timenet.css").read_text()
    light = css_variables(css.split(":root {", 1)[1].split("}", 1)[0])
    dark = css_variables(css.split(':root[data-theme="dark"] {', 1)[1].split("}", 1)[0])
    colours = light if theme == "light" else {**light, **dark}
    pairs = [("ink", "bg"), ("ink", "card"), ("muted", "bg"), ("muted", "card"),
             ("accent", "card"), ("accent", "bg"), ("accent-ink", "accent"), ("bar-ink", "bar"),
             ("good", "card"), ("bad", "card")]
    for fg, bg in pairs:
        ratio = contrast(colours[fg], colours[bg])
        assert ratio >= 4.5, f"{theme}: --{fg} on --{bg} is {ratio:.2f}:1"
    assert contrast("#ffffff", "#c2410c") >= 4.5  # the review badge


@pytest.mark.parametrize("path", ["/day/{day}/", "/week/{day}/", "/range/?start={day}&end={day}",
                                  "/report/week/{day}/", "/api/today?date={day}"])
def test_every_page_answers_in_a_handful_of_queries(client, owner, short_day, path,
                                                    django_assert_max_num_queries):
    day, _ = short_day
    client.force_login(owner)
    # Today: 6-9 (session, user, the review badge, devices, rollups, top titles, categories).
    with django_assert_max_num_queries(12):
        assert client.get(path.format(day=day.isoformat())).status_code == 200
