"""Days at the edge of the calendar (a hostile tester's 500s): every page, API and export that
takes a day answers a 400 with a message for a day outside tracker.dashboard.FIRST_DAY..LAST_DAY
— never the OverflowError 500 that day_bounds and the week arithmetic raised near date.min and
date.max — and any day in date.min..date.max on /api/today and /api/week is never a 5xx.

How checked: with tracker.dashboard.check_day's span test disabled by hand (`if False:`), 21 of
these 28 tests failed: 14 URLs with OverflowError (the 500, raised through Django's test client),
the rest with 200 or a 302 to a 500 page instead of the 400, the parse_day test with "DID NOT
RAISE", and the hypothesis test on /api/today at date(1, 1, 1); restored, all 28 pass. The
seven that passed either way are the in-span checks (they guard against a span chosen too wide).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import dashboard

pytestmark = pytest.mark.django_db

EDGE_URLS = [
    "/day/9999-12-31/", "/day/0001-01-01/",
    "/week/0001-01-01/", "/week/9999-12-31/",
    "/report/week/0001-01-01/", "/report/week/9999-12-31/",
    "/week/?date=0001-01-01", "/week/?date=9999-12-31",
    "/day/?date=0001-01-01", "/day/?date=9999-12-31",
    "/api/week?date=0001-01-01", "/api/week?date=9999-12-31",
    "/api/today?date=0001-01-01", "/api/today?date=9999-12-31",
    "/range/?start=9999-12-25&end=9999-12-31", "/range/?start=0001-01-01&end=0001-01-07",
    "/export/rollups.csv?start=9999-12-30&end=9999-12-31",
    "/export/rollups.json?start=0001-01-01&end=0001-01-02",
    "/export/observations.csv?start=9999-12-30&end=9999-12-31",
]


@pytest.fixture
def signed_in(client, owner):
    # raise_request_exception (the default) turns a 500 into the exception itself, so an
    # OverflowError fails the test loudly with its traceback.
    client.force_login(owner)
    return client


@pytest.mark.parametrize("url", EDGE_URLS)
def test_a_day_at_the_calendar_edge_is_a_400_with_a_message(signed_in, url):
    response = signed_in.get(url)
    assert response.status_code == 400, (url, response.status_code)
    assert b"9000-12-31" in response.content or b"start and end" in response.content, \
        response.content[:300]


@pytest.mark.parametrize("url", ["/day/1970-01-01/", "/week/9000-12-31/",
                                 "/api/today?date=9000-12-31", "/api/week?date=1970-01-01",
                                 "/report/week/9000-12-31/",
                                 "/range/?start=9000-12-25&end=9000-12-31",
                                 "/export/rollups.csv?start=1970-01-01&end=1970-01-02"])
def test_the_first_and_last_accepted_days_still_render(signed_in, url):
    """The span's own ends work (a span chosen too wide would 500 here)."""
    assert signed_in.get(url).status_code == 200, url


def test_the_span_is_where_the_parser_refuses():
    """One owner: parse_day refuses exactly outside FIRST_DAY..LAST_DAY."""
    assert dashboard.parse_day("1970-01-01") == dashboard.FIRST_DAY
    assert dashboard.parse_day("9000-12-31") == dashboard.LAST_DAY
    for text in ("1969-12-31", "9001-01-01", "0001-01-01", "9999-12-31"):
        with pytest.raises(dashboard.PageError, match="outside the days"):
            dashboard.parse_day(text)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(day=st.dates(min_value=date.min, max_value=date.max)
       | st.sampled_from([date.min, date.max, dashboard.FIRST_DAY, dashboard.LAST_DAY]))
def test_any_day_on_the_json_apis_is_never_a_5xx(signed_in, day):
    for path in ("/api/today", "/api/week"):
        response = signed_in.get(path, {"date": day.isoformat()})
        inside = dashboard.FIRST_DAY <= day <= dashboard.LAST_DAY
        assert response.status_code == (200 if inside else 400), (path, day)
