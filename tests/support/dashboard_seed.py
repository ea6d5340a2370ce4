"""Seeded screen time for the dashboard tests: a full day, the week before it, away and unreviewed.

Rows are written the way the pipeline writes them (Frame → Observation, an open ReviewItem for
an unsure frame) and the rollups are recomputed by `tracker.rollups`, so the pages read real
rollups. The model version points at no artifact, so "unreviewed" means "has an open review
item" (tracker.rollups.frame_series' fallback) and needs no model on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from labeling.models import ReviewItem
from tracker import rollups
from tracker.categories import ensure_default_categories
from tracker.devices import create_device
from tracker.models import Category, Frame, ModelVersion, Observation

# (start "HH:MM", minutes, code, window title, app, kind) for the main day; kind is
# "activity", "away" (idle input) or "unreviewed" (an open review item).
DAY_PLAN = [
    ("08:50", 55, "code", "dashboard.py — timenet — Visual Studio Code", "code", "activity"),
    ("09:45", 20, "terminal", "pytest tests/tracker — bash", "xterm", "activity"),
    ("10:05", 12, "youtube", "Lo-fi beats - YouTube — Chromium", "chromium", "activity"),
    ("10:17", 18, "code", "views.py — timenet — Visual Studio Code", "code", "away"),
    ("10:35", 25, "github", "PR #13 · timenet/timenet — Chromium", "chromium", "activity"),
    ("11:00", 9, "medium", "Understanding rollups — Medium — Chromium", "chromium", "unreviewed"),
    ("11:09", 40, "email", "Inbox (3) - Gmail — Chromium", "chromium", "activity"),
    ("13:30", 35, "pdf", "resnet-paper.pdf — Document Viewer", "evince", "activity"),
    ("14:05", 14, "facebook", "Facebook — Chromium", "chromium", "activity"),
    ("14:19", 46, "jupyter", "calibration.ipynb — JupyterLab — Chromium", "chromium", "activity"),
    ("15:05", 10, "notes", "standup notes — Obsidian", "obsidian", "activity"),
]


@dataclass
class Seeded:
    owner: object
    day: date
    laptop: object
    desktop: object
    frames: int


def model_version() -> ModelVersion:
    version, _ = ModelVersion.objects.get_or_create(
        path="/nonexistent/seed-model", sha256="0" * 64, defaults={"version": "seed"})
    return version


def add_block(device, start: datetime, minutes: int, code: str, title: str, app: str,
              kind: str, step: int = 30) -> list[Frame]:
    """Frames every `step` seconds for `minutes`, classified as `code` (unsaved rows)."""
    frames = []
    for i in range(minutes * 60 // step):
        frames.append(Frame(
            device=device, captured_at=start + timedelta(seconds=i * step), duration=step,
            status=Frame.Status.DONE,
            sha256=f"{device.pk:04d}{int(start.timestamp()) + i * step:060d}",
            window_title=title, window_app=app,
            idle_seconds=400.0 if kind == "away" else 2.0))
    return frames


def save_blocks(blocks: list[tuple[list[Frame], str, str]]) -> int:
    """Insert the frames, their observations and review items; returns the frame count."""
    version, categories = model_version(), {c.code: c for c in Category.objects.all()}
    count = 0
    for frames, code, kind in blocks:
        created = Frame.objects.bulk_create(frames)
        Observation.objects.bulk_create([
            Observation(frame=f, category=categories[code], model_version=version,
                        confidence=0.4 if kind == "unreviewed" else 0.95,
                        probabilities={code: 0.95}) for f in created])
        if kind == "unreviewed":
            ReviewItem.objects.bulk_create([ReviewItem(frame=f, score=0.6) for f in created])
        count += len(created)
    return count


def local(day: date, hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=rollups.zone())


def seed_dashboard(owner, day: date) -> Seeded:
    """`day` fully planned on the laptop, a desktop session that day, and 13 lighter days
    before it (this week and the week before, so the week page has a change to show)."""
    ensure_default_categories()
    laptop, _ = create_device(owner, "laptop")
    desktop, _ = create_device(owner, "desktop")
    blocks = [(add_block(laptop, local(day, s), m, c, t, a, k), c, k)
              for s, m, c, t, a, k in DAY_PLAN]
    blocks.append((add_block(desktop, local(day, "16:00"), 30, "netflix", "Netflix — Firefox",
                             "firefox", "activity"), "netflix", "activity"))
    codes = ["code", "github", "email", "youtube", "terminal", "pdf", "facebook"]
    for back in range(1, 14):
        other = day - timedelta(days=back)
        if other.weekday() >= 5 and back % 2:  # some weekend days stay empty
            continue
        for j in range(3):
            code = codes[(back + j) % len(codes)]
            minutes = 20 + (back * 7 + j * 11) % 50
            blocks.append((add_block(laptop, local(other, f"{9 + 2 * j:02d}:00"), minutes, code,
                                     f"{code} window", code, "activity", step=60), code,
                           "activity"))
    count = save_blocks(blocks)
    rollups.recompute_for_frames([f for frames, _, _ in blocks for f in frames])
    return Seeded(owner, day, laptop, desktop, count)


def seed_short_session(owner, day: date, minutes: int = 8) -> object:
    """One device with a single `minutes`-long coding session at 14:03 local time."""
    ensure_default_categories()
    device, _ = create_device(owner, "short")
    frames = add_block(device, local(day, "14:03"), minutes, "code", "main.py — vim", "xterm",
                       "activity", step=10)
    save_blocks([(frames, "code", "activity")])
    rollups.recompute_for_frames(frames)
    return device
