"""CSV and JSON exports of observations and rollups for any range of local days (issue 13).

`/export/observations.csv|json` and `/export/rollups.csv|json` take `start` and `end`
(YYYY-MM-DD, local days of settings.TIME_ZONE, end inclusive), optional `device` (an id of the
user's) and, for rollups, `granularity` (minute | quarter | day, default quarter). Rows stream
from a server-side iterator, so a year of 10 s frames (~3 M rows) never sits in memory.
Times are UTC ISO 8601 (the stored instants), plus the local time for observations.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice

from django.contrib.auth.decorators import login_required
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.views.decorators.http import require_GET

from tracker.dashboard import PageError, check_day
from tracker.models import Device, Frame, UsageRollup
from tracker.rollups import FrameFacts, day_bounds, passive_ids, series_of, zone

FORMATS = ("csv", "json")
MAX_DAYS = 3700  # ten years: a typo'd year is an error, not a crawl over nothing
OBSERVATION_FIELDS = ["frame_id", "device", "captured_at", "captured_at_local", "duration_s",
                      "idle_s", "window_app", "window_title", "category", "confidence",
                      "model_version", "label", "counted_as", "counted_category"]
CHUNK = 2000  # rows per database fetch and per counted_as batch
ROLLUP_FIELDS = ["device", "granularity", "bucket", "kind", "category", "seconds"]


class ExportError(ValueError):
    """A request the export cannot answer; its message is shown to the user (HTTP 400)."""


def parse_range(request: HttpRequest) -> tuple[date, date]:
    """(first, last) local days from ?start=&end= (YYYY-MM-DD). Raises ExportError."""
    try:
        first = date.fromisoformat(request.GET.get("start", ""))
        last = date.fromisoformat(request.GET.get("end", ""))
    except ValueError:
        raise ExportError("start and end must be dates written YYYY-MM-DD, e.g. "
                          "?start=2026-11-01&end=2026-11-30") from None
    try:  # the pages' span: a day near date.max overflows day_bounds (a 500)
        check_day(first, "start")
        check_day(last, "end")
    except PageError as exc:
        raise ExportError(str(exc)) from None
    if last < first:
        raise ExportError(f"end ({last}) is before start ({first})")
    if (last - first).days > MAX_DAYS:
        raise ExportError(f"a range is at most {MAX_DAYS} days")
    return first, last


def owner_device(request: HttpRequest) -> Device | None:
    """The `device` filter, which must be one of the user's devices. Raises ExportError."""
    raw = request.GET.get("device")
    if not raw:
        return None
    device = Device.objects.filter(owner=request.user, pk=raw).first() if raw.isdigit() else None
    if device is None:
        raise ExportError(f"no device {raw!r} of yours")
    return device


def observation_rows(request: HttpRequest, first: date, last: date) -> Iterator[list]:
    """One row per classified frame captured in the range, oldest first.

    `counted_as` (activity | unreviewed | away) and `counted_category` say what the dashboard
    counts the frame as, by the rollups' own rule (`rollups.series_of`), worked out a chunk of
    CHUNK rows at a time so the download still streams."""
    labels = Frame.labels.rel.related_model.objects.filter(
        frame=OuterRef("pk")).order_by("-created_at", "-pk")
    frames: QuerySet = Frame.objects.filter(
        device__owner=request.user, observation__isnull=False,
        captured_at__gte=day_bounds(first)[0], captured_at__lt=day_bounds(last)[1])
    if (device := owner_device(request)) is not None:
        frames = frames.filter(device=device)
    values = (frames.annotate(label=Subquery(labels.values("category__code")[:1]),
                              label_id=Subquery(labels.values("category_id")[:1]))
              .order_by("captured_at", "pk")
              .values_list("pk", "device__name", "captured_at", "duration", "idle_seconds",
                           "window_app", "window_title", "observation__category__code",
                           "observation__confidence", "observation__model_version__version",
                           "label", "observation__category_id",
                           "observation__model_version_id", "review__status", "label_id"))
    rows = values.iterator(chunk_size=CHUNK)
    limits: dict[int, float | None] = {}  # version id -> threshold, read once per version
    passive = passive_ids()
    tz = zone()
    while chunk := list(islice(rows, CHUNK)):
        series = series_of([_facts(row) for row in chunk], limits, passive)
        for (pk, dev, at, *shown), (kind, _) in zip(
                [row[:11] for row in chunk], series, strict=True):
            counted = (shown[-1] or shown[-4]) if kind == UsageRollup.Kind.ACTIVITY else ""
            yield [pk, dev, at.isoformat(), at.astimezone(tz).isoformat(), *shown, str(kind),
                   counted]


def _facts(row: tuple) -> FrameFacts:
    """The rollups' view of one `observation_rows` query row."""
    return FrameFacts(pk=row[0], captured_at=row[2], duration=row[3], idle_seconds=row[4],
                      category_id=row[11], confidence=row[8], model_version_id=row[12],
                      review_open=row[13] == "open", label_category_id=row[14])


def rollup_rows(request: HttpRequest, first: date, last: date) -> Iterator[list]:
    """One row per stored bucket of the granularity asked for, in time order."""
    granularity = request.GET.get("granularity", UsageRollup.Granularity.QUARTER)
    if granularity not in UsageRollup.Granularity.values:
        raise ExportError(f"granularity must be one of {', '.join(UsageRollup.Granularity.values)}")
    rows = UsageRollup.objects.filter(owner=request.user, granularity=granularity,
                                      bucket__gte=day_bounds(first)[0],
                                      bucket__lt=day_bounds(last)[1])
    if (device := owner_device(request)) is not None:
        rows = rows.filter(device=device)
    values = rows.order_by("bucket", "device", "kind", "category__code").values_list(
        "device__name", "granularity", "bucket", "kind", "category__code", "seconds")
    for dev, gran, bucket, kind, code, seconds in values.iterator(chunk_size=2000):
        yield [dev, gran, bucket.isoformat(), kind, code, round(seconds, 3)]


class _Line:
    """A write-only file for csv.writer that hands back the line it was given."""

    def write(self, value: str) -> str:
        return value


def stream_csv(fields: list[str], rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(fields)
    for row in rows:
        yield writer.writerow(row)


def stream_json(fields: list[str], rows: Iterable[list]) -> Iterator[str]:
    """A JSON array of objects, written an object at a time."""
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(dict(zip(fields, row, strict=True)))
    yield "\n]\n"


def export(request: HttpRequest, name: str, fmt: str, fields: list[str], rows_of) -> HttpResponse:
    """Validate, then stream. The first row is computed before streaming starts, so a bad
    parameter found while building the query is still a 400, not a broken download."""
    if fmt not in FORMATS:
        return HttpResponseBadRequest(f"unknown format {fmt!r}: use .csv or .json",
                                      content_type="text/plain")
    try:
        first, last = parse_range(request)
        rows = rows_of(request, first, last)
        head = next(rows, None)
    except ExportError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain")
    everything = _chain(head, rows) if head is not None else iter(())
    body = stream_csv(fields, everything) if fmt == "csv" else stream_json(fields, everything)
    response = StreamingHttpResponse(
        body, content_type="text/csv; charset=utf-8" if fmt == "csv" else "application/json")
    response["Content-Disposition"] = (
        f'attachment; filename="timenet-{name}-{first}_{last}.{fmt}"')
    return response


def _chain(head: list, rest: Iterator[list]) -> Iterator[list]:
    yield head
    yield from rest


@login_required
@require_GET
def observations(request: HttpRequest, fmt: str) -> HttpResponse:
    """`/export/observations.<csv|json>?start=&end=[&device=]`."""
    return export(request, "observations", fmt, OBSERVATION_FIELDS, observation_rows)


@login_required
@require_GET
def rollups(request: HttpRequest, fmt: str) -> HttpResponse:
    """`/export/rollups.<csv|json>?start=&end=[&device=][&granularity=]`."""
    return export(request, "rollups", fmt, ROLLUP_FIELDS, rollup_rows)
