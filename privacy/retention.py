"""Retention: stored frame images are deleted after N days, or once labelled; the rows stay.

Only the image goes (the file, then `Frame.image_path` emptied): observations, labels and usage
rollups are kept, so charts and history do not change. Frames still waiting for or in
classification are left alone (the classifier needs their image). Per person, from their
privacy settings, else the server's environment:

    TIMENET_RETENTION_DAYS      30     days an image is kept (0: no age limit)
    TIMENET_RETENTION_LABELLED  keep   keep | age | delete — labelled frames' images are kept
                                       for retraining (keep), follow the age limit (age), or go
                                       as soon as the frame is labelled (delete)

An open review item whose image goes is resolved (nothing left to review). A labelled frame
without its image no longer trains the model or counts in the gold set
(labeling.gold reads only frames with a stored image): that is the price of `age`/`delete`.
Run by Celery beat (privacy.tasks.apply_retention, every TIMENET_RETENTION_EVERY s) and by
`manage.py prune_frames`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from privacy.models import PrivacySettings
from tracker.models import Frame

log = logging.getLogger("timenet.privacy")
L = PrivacySettings.Labelled
BATCH = 500  # frames per update: bounded memory and short transactions


@dataclass(frozen=True)
class Policy:
    days: int  # 0 = no age limit
    labelled: str  # a PrivacySettings.Labelled value


def default_policy() -> Policy:
    return Policy(settings.TIMENET_RETENTION_DAYS, settings.TIMENET_RETENTION_LABELLED)


def policy_for(user) -> Policy:
    """The person's retention policy: their settings where set, else the server's defaults."""
    prefs = PrivacySettings.objects.filter(user=user).first()
    default = default_policy()
    if prefs is None:
        return default
    days = default.days if prefs.retention_days is None else prefs.retention_days
    return Policy(days, prefs.labelled or default.labelled)


def expired(user, policy: Policy, now: datetime) -> QuerySet:
    """The person's frames whose image retention says must go now (image still stored)."""
    stored = (Frame.objects.filter(device__owner=user).exclude(image_path="")
              .exclude(status__in=(Frame.Status.PENDING, Frame.Status.PROCESSING)))
    labelled = stored.filter(labels__isnull=False)
    by_age = Frame.objects.none()
    if policy.days > 0:
        by_age = stored.filter(captured_at__lt=now - timedelta(days=policy.days))
        if policy.labelled == L.KEEP:
            by_age = by_age.filter(labels__isnull=True)
    ids = set(by_age.values_list("pk", flat=True))
    if policy.labelled == L.DELETE:
        ids |= set(labelled.values_list("pk", flat=True))
    return Frame.objects.filter(pk__in=ids)


def delete_images(frames: QuerySet) -> int:
    """Delete these frames' image files and empty their `image_path`; returns how many.

    The file goes first: a crash in between leaves a row pointing at nothing (the next run
    finishes it; the image view answers 404), never a file no row knows of."""
    root = Path(settings.FRAMES_DIR)
    done = 0
    rows = list(frames.exclude(image_path="").values_list("pk", "image_path"))
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        for _, relpath in chunk:
            (root / relpath).unlink(missing_ok=True)
        for pk, relpath in chunk:  # conditional: a path changed meanwhile is not ours
            done += Frame.objects.filter(pk=pk, image_path=relpath).update(image_path="")
        close_review_items([pk for pk, _ in chunk])
    return done


def close_review_items(frame_ids: list[int]) -> None:
    """Open review items of frames whose image is gone are resolved (nothing is left to look
    at; the review page would show a broken image), their near-duplicates regrouped."""
    from labeling.models import ReviewItem
    from labeling.queue import promote_members  # labeling's queue logic, one owner

    items = ReviewItem.objects.filter(frame_id__in=frame_ids, status=ReviewItem.Status.OPEN)
    leaders = list(items.filter(group__isnull=True).values_list("pk", flat=True))
    items.update(status=ReviewItem.Status.RESOLVED)
    promote_members(leaders)


def apply_retention(now: datetime | None = None) -> dict[str, int]:
    """Apply every person's retention policy once; returns {username: images deleted}."""
    now = now or timezone.now()
    owners = get_user_model().objects.filter(device__isnull=False).distinct().order_by("pk")
    result = {}
    for user in owners:
        count = delete_images(expired(user, policy_for(user), now))
        if count:
            log.info("retention: deleted %d frame images of %s", count, user.get_username())
        result[user.get_username()] = count
    return result
