"""Computing usage rollups: seconds per device, series (activity / away / unreviewed) and bucket.

Rules (the why is in /work/notes/w13_rollups_api.md and issue 13):
- A frame stands for [captured_at, captured_at + duration), cut short at the device's next
  frame, so two agents sharing a token (or overlapping durations) never count a second twice:
  a bucket never holds more than its length per device.
- Buckets are UTC instants: minute and quarter (15 min) buckets are UTC-aligned; a day bucket is
  a local day of settings.TIME_ZONE (23, 24 or 25 h). A frame crossing an edge is split.
- With the quarter rows, TitleRollup rows split each activity's quarter by window (app, title):
  the Today page's top titles, exact and without away or unreviewed time.
- Every bucket touched is recomputed from the frames it covers (delete + insert), never
  incremented, so retries and corrections are idempotent. Concurrent recomputations of one
  device are serialised by locking its Device row (devices locked in id order: no deadlock).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Sum

from tracker.models import Category, Device, Frame, ModelVersion, TitleRollup, UsageRollup

G = UsageRollup.Granularity
K = UsageRollup.Kind
MINUTE = timedelta(minutes=1)
QUARTER = timedelta(minutes=15)
Series = tuple[str, int | None]  # (kind, category id or None)
Window = tuple[str, str]  # (window app, window title) as the agent sent them


@dataclass(frozen=True)
class Piece:
    """A frame's clipped interval [start, end) (UTC) and the series it counts as."""

    start: datetime
    end: datetime
    series: Series
    window: Window = ("", "")


# --- time arithmetic ---------------------------------------------------------------------------
def zone() -> ZoneInfo:
    """The user's time zone (settings.TIME_ZONE for now; one user per installation)."""
    return ZoneInfo(settings.TIME_ZONE)


def floor_to(moment: datetime, step: timedelta) -> datetime:
    """The UTC-aligned start of the `step`-long bucket holding `moment` (minute or quarter)."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return epoch + (moment - epoch) // step * step


def ceil_to(moment: datetime, step: timedelta) -> datetime:
    start = floor_to(moment, step)
    return start if start == moment else start + step


def local_midnight(day: date, tz: ZoneInfo | None = None) -> datetime:
    """The UTC instant where local `day` begins.

    A midnight skipped by DST (e.g. America/Santiago) resolves, with fold=0, through the offset
    before the gap, i.e. to the first instant that exists on `day` (PEP 495 semantics)."""
    tz = tz or zone()
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def day_bounds(day: date, tz: ZoneInfo | None = None) -> tuple[datetime, datetime]:
    """[start, end) of a local day as UTC instants (23/24/25 hours long on DST days)."""
    return local_midnight(day, tz), local_midnight(day + timedelta(days=1), tz)


def local_days(start: datetime, end: datetime) -> Iterator[date]:
    """Every local date whose day overlaps [start, end) (UTC instants)."""
    tz = zone()
    day, last = start.astimezone(tz).date(), (end - timedelta(microseconds=1)).astimezone(tz)
    while day <= last.date():
        yield day
        day += timedelta(days=1)


# --- what a frame counts as ----------------------------------------------------------------------
@dataclass(frozen=True)
class FrameFacts:
    """What the rollups need of one classified frame (one row of `frame_facts`)."""

    pk: int
    captured_at: datetime
    duration: float
    idle_seconds: float | None
    category_id: int
    confidence: float
    model_version_id: int
    review_open: bool
    label_category_id: int | None
    window: Window = ("", "")


def thresholds(version_ids: Iterable[int]) -> dict[int, float | None]:
    """Review threshold per model version (from its meta.json); None when the artifact is gone."""
    from tracker.model_registry import model_meta  # service that reads meta.json (no torch)

    out: dict[int, float | None] = {}
    for version in ModelVersion.objects.filter(pk__in=set(version_ids)):
        try:
            out[version.pk] = float(model_meta(version).threshold)
        except Exception:  # noqa: BLE001 - a missing/corrupt artifact: fall back to the queue
            out[version.pk] = None
    return out


def frame_series(frame: FrameFacts, threshold: float | None, passive: set[int]) -> Series:
    """The series a frame counts as: away, a person's label, unreviewed, or the model's guess."""
    category = frame.label_category_id or frame.category_id
    if (frame.idle_seconds is not None and frame.idle_seconds >= settings.TIMENET_AWAY_AFTER
            and category not in passive):
        return (K.AWAY, None)
    if frame.label_category_id:
        return (K.ACTIVITY, frame.label_category_id)
    unsure = frame.confidence < threshold if threshold is not None else frame.review_open
    return (K.UNREVIEWED, None) if unsure else (K.ACTIVITY, frame.category_id)


def pieces(frames: list[FrameFacts], series: list[Series]) -> list[Piece]:
    """Clipped intervals: each frame ends at its duration or at the device's next frame.

    `frames` sorted by (captured_at, pk), one device. Ties give the earlier pk zero length.
    """
    out = []
    for i, frame in enumerate(frames):
        end = frame.captured_at + timedelta(seconds=frame.duration)
        if i + 1 < len(frames):
            end = min(end, frames[i + 1].captured_at)
        if end > frame.captured_at:
            out.append(Piece(frame.captured_at, end, series[i], frame.window))
    return out


def split(piece: Piece, step: timedelta, lo: datetime, hi: datetime) -> Iterator[tuple]:
    """(bucket start, seconds) of `piece` ∩ [lo, hi), cut at UTC `step` edges."""
    start, end = max(piece.start, lo), min(piece.end, hi)
    while start < end:
        edge = min(floor_to(start, step) + step, end)
        yield floor_to(start, step), (edge - start).total_seconds()
        start = edge


def bucketize(parts: list[Piece], lo: datetime, hi: datetime) -> dict[tuple, float]:
    """{(granularity, bucket, kind, category_id): seconds} of minutes and quarters in [lo, hi)."""
    sums: dict[tuple, float] = defaultdict(float)
    for piece in parts:
        for granularity, step in ((G.MINUTE, MINUTE), (G.QUARTER, QUARTER)):
            for bucket, seconds in split(piece, step, lo, hi):
                sums[(granularity, bucket, *piece.series)] += seconds
    return sums


def title_sums(parts: list[Piece], lo: datetime, hi: datetime) -> dict[tuple, float]:
    """{(quarter bucket, category id, app, title): seconds} of the activity pieces in [lo, hi).

    Away and unreviewed pieces are left out: the top titles of an activity are its own time."""
    sums: dict[tuple, float] = defaultdict(float)
    for piece in parts:
        if piece.series[0] == K.ACTIVITY:
            for bucket, seconds in split(piece, QUARTER, lo, hi):
                sums[(bucket, piece.series[1], *piece.window)] += seconds
    return sums


# --- reading frames and writing buckets ---------------------------------------------------------
FACT_FIELDS = ("pk", "captured_at", "duration", "idle_seconds", "observation__category_id",
               "observation__confidence", "observation__model_version_id", "review__status",
               "window_app", "window_title")


def frame_facts(device_id: int, lo: datetime, hi: datetime) -> list[FrameFacts]:
    """Classified frames of a device that can count inside [lo, hi): those captured in it, the
    last one before `lo` (it may run into the span) and the first at/after `hi` (it clips).

    Three indexed queries on frame_device_captured plus one for labels; sorted (captured_at, pk).
    """
    base = Frame.objects.filter(device_id=device_id, observation__isnull=False)
    rows = list(base.filter(captured_at__gte=lo, captured_at__lt=hi).values_list(*FACT_FIELDS))
    before = base.filter(captured_at__lt=lo).order_by("-captured_at", "-pk").values_list(
        *FACT_FIELDS)[:1]
    after = base.filter(captured_at__gte=hi).order_by("captured_at", "pk").values_list(
        *FACT_FIELDS)[:1]
    rows = sorted([*before, *rows, *after], key=lambda r: (r[1], r[0]))
    labels = latest_labels(device_id, rows[0][1], rows[-1][1]) if rows else {}
    return [FrameFacts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] == "open",
                       labels.get(r[0]), (r[8], r[9])) for r in rows]


def latest_labels(device_id: int, first: datetime, last: datetime) -> dict[int, int]:
    """{frame id: category id of the person's latest label} for a device's frames captured in
    [first, last]; one query (through Frame.labels: tracker does not import labeling's models)."""
    rows = (Frame.objects.filter(device_id=device_id, captured_at__gte=first,
                                 captured_at__lte=last, labels__isnull=False)
            .order_by("pk", "labels__created_at", "labels__pk")
            .values_list("pk", "labels__category_id"))
    return dict(rows)  # later rows (newer labels) overwrite earlier ones


def passive_ids() -> set[int]:
    """Ids of the passive categories (video etc.): idle while in them is not away."""
    return set(Category.objects.filter(passive=True).values_list("pk", flat=True))


def series_of(facts: list[FrameFacts], limits: dict[int, float | None] | None = None,
              passive: set[int] | None = None) -> list[Series]:
    """The series each frame counts as, by `frame_series` (the one rule; exports reuse it).

    `limits` (version id -> threshold) is filled in place with the versions it lacks, so a
    caller going through frames in chunks reads each meta.json once; `passive` defaults to
    `passive_ids()`."""
    limits = {} if limits is None else limits
    missing = {f.model_version_id for f in facts} - limits.keys()
    if missing:
        limits.update(thresholds(missing))
    passive = passive_ids() if passive is None else passive
    return [frame_series(f, limits.get(f.model_version_id), passive) for f in facts]


def span_pieces(device_id: int, lo: datetime, hi: datetime) -> list[Piece]:
    """The clipped, classified intervals of one device that can count in [lo, hi)."""
    facts = frame_facts(device_id, lo, hi)
    return pieces(facts, series_of(facts))


def compute_span(device_id: int, lo: datetime, hi: datetime) -> dict[tuple, float]:
    """Minute and quarter sums of one device in [lo, hi) (quarter-aligned), from observations."""
    return bucketize(span_pieces(device_id, lo, hi), lo, hi)


def write_span(device: Device, lo: datetime, hi: datetime) -> None:
    """Replace the device's minute, quarter and title rows in [lo, hi) by a fresh computation."""
    parts = span_pieces(device.pk, lo, hi)
    sums, titles = bucketize(parts, lo, hi), title_sums(parts, lo, hi)
    UsageRollup.objects.filter(device=device, granularity__in=(G.MINUTE, G.QUARTER),
                               bucket__gte=lo, bucket__lt=hi).delete()
    TitleRollup.objects.filter(device=device, bucket__gte=lo, bucket__lt=hi).delete()
    UsageRollup.objects.bulk_create(
        [UsageRollup(owner_id=device.owner_id, device=device, granularity=g, bucket=b, kind=k,
                     category_id=c, seconds=s) for (g, b, k, c), s in sums.items() if s > 0],
        batch_size=2000)
    TitleRollup.objects.bulk_create(
        [TitleRollup(owner_id=device.owner_id, device=device, bucket=b, category_id=c,
                     window_app=app, window_title=title, seconds=s)
         for (b, c, app, title), s in titles.items() if s > 0], batch_size=2000)


def write_days(device: Device, days: Iterable[date]) -> None:
    """Replace the device's day rows of these local days by the sum of their quarters."""
    for day in sorted(set(days)):
        start, end = day_bounds(day)
        UsageRollup.objects.filter(device=device, granularity=G.DAY, bucket=start).delete()
        sums = (UsageRollup.objects.filter(device=device, granularity=G.QUARTER,
                                           bucket__gte=start, bucket__lt=end)
                .values("kind", "category_id").annotate(s=Sum("seconds")))
        UsageRollup.objects.bulk_create(
            [UsageRollup(owner_id=device.owner_id, device=device, granularity=G.DAY, bucket=start,
                         kind=r["kind"], category_id=r["category_id"], seconds=r["s"])
             for r in sums if r["s"] > 0])


def recompute_device_spans(spans: dict[int, list[tuple[datetime, datetime]]]) -> None:
    """Recompute the given UTC spans per device id, then the local days they touch."""
    with transaction.atomic():
        # Lock devices in id order: serialises recomputations of one device on PostgreSQL.
        devices = {d.pk: d for d in Device.objects.select_for_update().filter(
            pk__in=sorted(spans)).order_by("pk")}
        for device_id in sorted(devices):
            touched: set[date] = set()
            for lo, hi in merge(spans[device_id]):
                write_span(devices[device_id], lo, hi)
                touched.update(local_days(lo, hi))
            write_days(devices[device_id], touched)


def merge(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Quarter-aligned spans, overlapping or touching ones merged."""
    out: list[list[datetime]] = []
    for lo, hi in sorted((floor_to(a, QUARTER), ceil_to(b, QUARTER)) for a, b in spans):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


def affected_span(frame: Frame) -> tuple[datetime, datetime]:
    """Where a new or changed frame can move seconds: its own interval, and its predecessor's
    tail after it (a predecessor lasts at most TIMENET_MAX_FRAME_SECONDS, ingest's clamp)."""
    reach = max(frame.duration, settings.TIMENET_MAX_FRAME_SECONDS)
    return frame.captured_at, frame.captured_at + timedelta(seconds=reach) + MINUTE


def recompute_for_frames(frames: Iterable[Frame]) -> None:
    """Recompute every bucket these frames (new/changed observations or labels) can touch.

    Call inside the transaction that wrote them; idempotent. Frames need `device_id`,
    `captured_at` and `duration` (any Frame instance has them).
    """
    spans: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for frame in frames:
        spans[frame.device_id].append(affected_span(frame))
    if spans:
        recompute_device_spans(spans)


def recompute_for_frame_ids(frame_ids: Iterable[int]) -> None:
    """`recompute_for_frames` by frame id (for callers holding ids, e.g. Celery tasks)."""
    recompute_for_frames(Frame.objects.filter(pk__in=list(frame_ids)).only(
        "pk", "device_id", "captured_at", "duration"))


def rebuild_all() -> int:
    """Recompute every bucket from scratch, a local day at a time (manage.py rebuild_rollups).
    Returns the number of rollup rows written."""
    UsageRollup.objects.all().delete()
    TitleRollup.objects.all().delete()
    for device in Device.objects.order_by("pk"):
        frames = Frame.objects.filter(device=device, observation__isnull=False)
        first = frames.order_by("captured_at").values_list("captured_at", flat=True).first()
        last = frames.order_by("-captured_at").first()
        if first is None or last is None:
            continue
        _, end = affected_span(last)
        for day in local_days(first, end):  # a day per transaction: bounded memory
            recompute_device_spans({device.pk: [day_bounds(day)]})
    return UsageRollup.objects.count()
