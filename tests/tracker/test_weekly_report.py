"""The weekly report: one service renders the page, the standalone HTML and the text that
`manage.py weekly_report` prints, from the rollups of seeded screen time."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.support.dashboard_seed import seed_dashboard
from tracker import dashboard, reports, usage

pytestmark = pytest.mark.django_db

DAY = date(2026, 6, 17)  # a Wednesday; its week starts Monday 15 June
MONDAY = date(2026, 6, 15)


@pytest.fixture
def seeded(owner):
    return seed_dashboard(owner, DAY)


def test_the_text_report_totals_the_week_per_activity_and_per_day(seeded):
    week = usage.week_usage(seeded.owner, MONDAY)
    text = reports.render_weekly_report(seeded.owner, DAY, "text")
    assert text.startswith("TimeNet weekly report: Mon 15 Jun 2026 to Sun 21 Jun 2026")
    assert f"Tracked      {dashboard.format_duration(week['total_seconds'])}" in text
    for row in week["totals"]:
        assert row["name"][:21] in text
    day_lines = [line for line in text.splitlines() if line[:3] in
                 ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") and line[4:6].isdigit()]
    assert len(day_lines) == 7
    assert reports.FOCUS_DEFINITION in text


def test_the_days_of_the_report_add_up_to_the_week(seeded):
    context = reports.weekly_report_context(seeded.owner, DAY)
    week = context["usage"]
    assert sum(d["tracked_seconds"] for d in context["days"]) == pytest.approx(
        week["total_seconds"], abs=1)
    wednesday = next(d for d in context["days"] if d["date"] == DAY)
    assert context["busiest"]["date"] == wednesday["date"]  # the fully planned day
    assert wednesday["bar_pct"] == 100
    # Wednesday: productive / (productive + distracting), unreviewed and away excluded.
    day = usage.day_usage(seeded.owner, DAY)
    assert wednesday["focus"] == round(day["focus_score"])


def test_the_standalone_html_carries_its_styles_and_no_template_syntax(seeded):
    html = reports.render_weekly_report(seeded.owner, DAY, "html")
    week = usage.week_usage(seeded.owner, MONDAY)
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "<style>" in html and ".report .figures" in html
    assert "{%" not in html and "{{" not in html
    assert f'id="report-total">{dashboard.format_duration(week["total_seconds"])}<' in html
    assert 'class="topbar"' not in html  # no site navigation in a file or an e-mail


def test_the_report_page_is_the_same_report_inside_the_site(client, seeded):
    client.force_login(seeded.owner)
    response = client.get(f"/report/week/{DAY.isoformat()}/")
    assert response.status_code == 200
    page = response.content.decode()
    week = usage.week_usage(seeded.owner, MONDAY)
    assert f'id="report-total">{dashboard.format_duration(week["total_seconds"])}<' in page
    assert 'class="topbar"' in page and 'id="print-report"' in page


def test_a_device_report_counts_only_that_device(seeded):
    context = reports.weekly_report_context(seeded.owner, DAY, device=seeded.desktop)
    assert [row["code"] for row in context["totals"]] == ["netflix"]
    assert context["usage"]["total_seconds"] == 30 * 60


def test_the_command_prints_the_same_text_to_stdout(seeded):
    out = StringIO()
    call_command("weekly_report", "--week", DAY.isoformat(), "--format", "text", stdout=out)
    assert out.getvalue() == reports.render_weekly_report(seeded.owner, DAY, "text")


def test_the_command_writes_html_to_a_file(seeded, tmp_path):
    target = tmp_path / "week.html"
    call_command("weekly_report", "--week", "2026-06-21", "--output", str(target),
                 stderr=StringIO())
    assert target.read_text() == reports.render_weekly_report(seeded.owner, DAY, "html")


def test_the_command_defaults_to_last_week(owner):
    out = StringIO()
    call_command("weekly_report", "--format", "text", stdout=out)
    last_monday = dashboard.monday_of(timezone.localdate()) - timedelta(days=7)
    assert f"{last_monday:%a %d %b %Y}" in out.getvalue().splitlines()[0]


def test_the_command_refuses_a_bad_week_or_a_missing_user(owner):
    with pytest.raises(CommandError, match="not a date"):
        call_command("weekly_report", "--week", "2026-02-30")
    with pytest.raises(CommandError, match="no user 'nobody'"):
        call_command("weekly_report", "--user", "nobody")


def test_an_unknown_format_is_an_error(owner):
    with pytest.raises(ValueError, match="format must be one of html, text"):
        reports.render_weekly_report(owner, DAY, "pdf")
