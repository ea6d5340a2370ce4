"""The frame-metadata schema: what the agent builds is what ingest parses, and bad input is one
exception type (ingest turns it into a 400)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from timenet_core.frame_meta import SCHEMA_VERSION, FrameMeta, FrameMetaError

LIMITS = {"default_duration": 10.0, "max_duration": 60.0}
WHEN = datetime(2026, 11, 22, 10, 0, 0, 123456, tzinfo=UTC)


def parse(obj) -> FrameMeta:
    return FrameMeta.parse(json.dumps(obj), **LIMITS)


def test_what_the_agent_sends_parses_back_to_the_same_metadata():
    sent = FrameMeta(WHEN, 10.0, "main.py - Code", "code", 3.5)
    assert FrameMeta.parse(sent.to_json(), **LIMITS) == sent
    assert json.loads(sent.to_json())["schema_version"] == SCHEMA_VERSION


def test_an_old_agents_metadata_without_a_version_still_parses():
    meta = parse({"captured_at": "2026-11-22T10:00:00Z"})
    assert meta.captured_at == datetime(2026, 11, 22, 10, tzinfo=UTC)
    assert (meta.duration, meta.window_title, meta.idle_seconds) == (10.0, "", None)


def test_offsets_are_kept_and_durations_clamped():
    meta = parse({"captured_at": "2026-11-22T11:00:00+01:00", "duration": 3600,
                  "idle_seconds": -4})
    assert meta.captured_at.utcoffset() == timedelta(hours=1)
    assert meta.captured_at == WHEN.replace(microsecond=0)
    assert meta.duration == 60.0 and meta.idle_seconds == 0.0
    assert parse({"captured_at": "2026-11-22T10:00:00Z", "duration": -1}).duration == 0.0


def test_titles_lose_nul_and_lone_surrogates_and_are_cut_to_the_column_size():
    raw = '{"captured_at": "2026-11-22T10:00:00Z", "window_title": "tab \\ud83d\\u0000x", ' \
          f'"window_app": "{"a" * 300}"}}'
    meta = FrameMeta.parse(raw, **LIMITS)
    assert meta.window_title == "tab x"
    assert meta.window_app == "a" * 200
    long_title = parse({"captured_at": "2026-11-22T10:00:00Z", "window_title": "t" * 900})
    assert len(long_title.window_title) == 500



def test_every_lone_surrogate_is_stripped_from_the_first_to_the_last_and_nothing_else():
    """Both ends of U+D800..U+DFFF go, the code points just outside stay (mutation testing found
    the range's ends untested)."""
    raw = ('{"captured_at": "2026-11-22T10:00:00Z", '
           '"window_title": "a\\ud800b\\udfffc\\ud7ffd\\ue000e"}')
    assert FrameMeta.parse(raw, **LIMITS).window_title == "abc\ud7ffd\ue000e"


def test_a_missing_or_null_title_is_empty():
    assert parse({"captured_at": "2026-11-22T10:00:00Z"}).window_title == ""
    assert parse({"captured_at": "2026-11-22T10:00:00Z", "window_app": None}).window_app == ""


def test_an_integer_too_large_for_a_float_is_refused_not_crashed_on():
    with pytest.raises(FrameMetaError, match="must be finite"):
        FrameMeta.parse('{"captured_at": "2026-11-22T10:00:00Z", "duration": 1' + "0" * 400
                        + "}", **LIMITS)

@pytest.mark.parametrize(("raw", "message"), [
    ("not json", "not JSON"),
    ("[1, 2]", "JSON object"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "duration": NaN}', "not a number JSON allows"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "duration": 1e400}', "must be finite"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "duration": "10"}', "must be a number"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "duration": true}', "must be a number"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "idle_seconds": 10e999}', "must be finite"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "window_title": 7}', "must be a string"),
    ('{"captured_at": "2026-11-22T10:00:00"}', "UTC offset"),
    ('{"captured_at": "2024-02-30T10:00:00Z"}', "UTC offset"),
    ('{"captured_at": 1732269600}', "UTC offset"),
    ("{}", "UTC offset"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "schema_version": 99}', "not supported"),
    ('{"captured_at": "2026-11-22T10:00:00Z", "schema_version": "1"}', "not supported"),
])
def test_bad_metadata_raises_one_error_type_naming_the_problem(raw, message):
    with pytest.raises(FrameMetaError, match=message):
        FrameMeta.parse(raw, **LIMITS)


def test_bytes_and_missing_metadata_are_read_too():
    assert FrameMeta.parse(b'{"captured_at": "2026-11-22T10:00:00Z"}', **LIMITS).duration == 10.0
    with pytest.raises(FrameMetaError, match="UTC offset"):
        FrameMeta.parse(None, **LIMITS)


def test_a_non_finite_number_is_never_sent():
    with pytest.raises(ValueError):
        FrameMeta(WHEN, float("nan")).to_json()


def test_other_time_zones_round_trip():
    tokyo = WHEN.astimezone(timezone(timedelta(hours=9)))
    assert FrameMeta.parse(FrameMeta(tokyo, 1.0).to_json(), **LIMITS).captured_at == WHEN
