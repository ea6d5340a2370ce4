"""Malformed ids and bodies sent to the review and models endpoints get a 400 that says what is
wrong, never a 500, and change nothing (the hostile tester's inputs, then hypothesis).

How these were checked to fail without the fix: this file was run against a `git worktree` of
9d3e0a0 (views parsing with int(), str.isdigit and a body parser that let UnicodeDecodeError
escape): 28 of its 44 tests failed - every tester input (ValueError, TypeError, AttributeError,
OverflowError, UnicodeDecodeError as 500s; "1,abc"/"0"/"-3" exclude lists silently dropped with
200), the over-long and "²" rollback versions, and the hypothesis test. The 16 that already
passed there ({"a": 1}, negative ids, a JSON list body...) guard against regressions.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labeling.models import Label, ReviewItem
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import ModelVersion, Observation

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 25, 9, tzinfo=UTC)
NINES = "9" * 5000  # over Python's 4300-digit int() limit
HUGE = "99999999999999999999999"  # over SQLite's / PostgreSQL's 64-bit INTEGER
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def seeded(device_token, small_model, categories, frames_dir, tmp_path):
    activate_unsure_model(small_model, tmp_path)
    return seed_review(device_token[0], [("youtube", 1)] * 2 + [("code", 2)], START)


@pytest.fixture
def staff(owner) -> Client:
    """The owner signed in as staff, so rollback reaches its version parsing."""
    owner.is_staff = True
    owner.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(owner)
    return client


def snapshot() -> tuple:
    """Everything a label, relabel or rollback could change."""
    return (list(Label.objects.values_list("pk", "frame_id", "category_id")),
            list(ReviewItem.objects.order_by("pk").values_list("pk", "status")),
            list(Observation.objects.order_by("pk").values_list("pk", "category_id")),
            list(ModelVersion.objects.order_by("pk").values_list("pk", "active")))


LABEL_BODIES = [
    (JSON, json.dumps({"item": "abc", "category": "code"})),
    (JSON, json.dumps({"item": [1], "category": "code"})),
    (JSON, json.dumps({"a": 1})),
    (JSON, '{"item": 1e400, "category": "code"}'),
    (JSON, '{"item": NaN, "category": "code"}'),
    (JSON, '{"item": Infinity, "category": "code"}'),
    (JSON, b'{"item": "\xff\xfe", "category": "code"}'),
    (JSON, b"\xff"),
    (JSON, '{"item": ' + NINES + ', "category": "code"}'),
    (JSON, json.dumps({"item": HUGE, "category": "code"})),
    (JSON, json.dumps({"item": int(HUGE), "category": "code"})),
    (JSON, json.dumps({"item": "\u00b2", "category": "code"})),
    (JSON, json.dumps({"item": True, "category": "code"})),
    (JSON, json.dumps({"item": -1, "category": "code"})),
    (JSON, json.dumps({"item": 1, "category": 1})),
    (JSON, json.dumps({"item": 1, "category": ["code"]})),
    (JSON, json.dumps({"item": 1, "category": "code", "frames": ["\u00b2"]})),
    (JSON, json.dumps({"item": 1, "category": "code", "exclude": {"a": 1}})),
    (JSON, "[1, 2]"),
    (JSON, "1"),
    (JSON, "{"),
    (JSON, "[" * 100_000),
    (FORM, "item=abc&category=code"),
    (FORM, "item=1&item=2&category=code"),
    (FORM, "item=%C2%B2&category=code"),
]


@pytest.mark.parametrize(("content_type", "raw"), LABEL_BODIES)
def test_label_refuses_a_malformed_item_with_400_and_changes_nothing(seeded, staff,
                                                                      content_type, raw):
    before = snapshot()
    response = staff.generic("POST", "/review/label", raw, content_type=content_type)
    assert response.status_code == 400, response.content[:200]
    assert response.json()["error"]
    assert snapshot() == before


@pytest.mark.parametrize("raw", [
    json.dumps({"start": 1, "end": 2, "category": 1}),
    json.dumps({"start": ["2026-11-25T09:00"], "end": "2026-11-25T10:00", "category": "code"}),
    json.dumps({"start": "2026-11-25T09:00", "end": "2026-11-25T10:00", "category": "code",
                "device": HUGE}),
    json.dumps({"start": "2026-11-25T09:00", "end": "2026-11-25T10:00", "category": "code",
                "device": NINES}),
    b"\xff", "[]", "{",
])
def test_relabel_range_refuses_malformed_fields_with_400(seeded, staff, raw):
    before = snapshot()
    response = staff.generic("POST", "/review/relabel-range", raw, content_type=JSON)
    assert response.status_code == 400, response.content[:200]
    assert snapshot() == before


@pytest.mark.parametrize("exclude", ["\u00b2", HUGE, NINES, "1,abc", "0", "-3"])
def test_next_refuses_a_malformed_exclude_list_with_400(seeded, staff, exclude):
    response = staff.get("/review/next", {"exclude": exclude})
    assert response.status_code == 400
    assert "exclude" in response.json()["error"]


def test_next_still_takes_the_pages_exclude_lists(seeded, staff):
    """The page sends "" (nothing skipped) or "12,13"; both keep working."""
    first = staff.get("/review/next", {"exclude": ""}).json()["item"]["id"]
    second = staff.get("/review/next", {"exclude": f"{first},"}).json()["item"]["id"]
    assert second != first


def test_rollback_refuses_an_over_long_version_with_400(seeded, staff):
    before = snapshot()
    response = staff.post("/models/rollback", {"version": NINES})
    assert response.status_code == 400 and b"version" in response.content
    assert snapshot() == before


@pytest.mark.parametrize("version", ["\u00b2", HUGE, "0"])
def test_rollback_to_a_digit_like_unknown_version_says_so(seeded, staff, version):
    """No int() overflow or '²' ValueError: an unknown version is the usual message."""
    before = snapshot()
    page = staff.post("/models/rollback", {"version": version}, follow=True)
    assert page.status_code == 200 and "no model version" in page.content.decode()
    assert snapshot() == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=8)
FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def test_arbitrary_json_values_never_get_a_5xx(seeded, staff):
    """Any JSON value for item/category/frames/exclude/start/end/device: 200 or 4xx. The test
    client re-raises a view's exception, so a 500 fails the test with its traceback."""
    ids = [f.review.pk for f in seeded if hasattr(f, "review")] or [1]

    @FUZZ
    @given(item=json_values | st.sampled_from(ids), category=json_values | st.just("code"),
           extra=json_values, start=json_values, end=json_values)
    def check(item, category, extra, start, end):
        label = {"item": item, "category": category, "frames": extra, "exclude": extra,
                 "strategy": extra}
        relabel = {"start": start, "end": end, "category": category, "device": extra}
        for url, payload in (("/review/label", label), ("/review/relabel-range", relabel)):
            response = staff.post(url, json.dumps(payload, allow_nan=True), content_type=JSON)
            assert response.status_code < 500
            assert response.status_code in (200, 400), (url, payload, response.status_code)

    check()
