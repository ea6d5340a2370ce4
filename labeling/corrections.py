"""Corrections fix history: a label re-labels its frames' Observations, resolves their review
items and recomputes the rollups those frames touch (minute and quarter buckets and the local
day, through tracker.rollups), so yesterday's chart changes when yesterday is corrected.

A Label keeps the Observation category it replaced, and all labels of one action share an id:
`undo_last` deletes a person's latest action and puts everything back (categories, open items).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from django.db import transaction

from labeling.gold import next_action_is_gold
from labeling.models import Label, ReviewItem
from labeling.queue import promote_members
from tracker.models import Category, Device, Frame, Observation
from tracker.rollups import recompute_for_frames


class CorrectionError(ValueError):
    """A correction that cannot apply (no such frame of this person, unknown category)."""


def owned_frames(owner_id: int, frame_ids: Sequence[int]) -> list[Frame]:
    """The person's classified frames among `frame_ids`, in the order given."""
    frames = {f.pk: f for f in Frame.objects.filter(pk__in=list(frame_ids),
                                                    device__owner_id=owner_id,
                                                    observation__isnull=False)
              .select_related("observation")}
    return [frames[i] for i in dict.fromkeys(frame_ids) if i in frames]


@transaction.atomic
def apply_label(author, frame_ids: Sequence[int], category: Category,
                source: str = Label.Source.REVIEW) -> list[Label]:
    """Label frames (the first is the one the person looked at) as `category` in one action.

    Observations take the category, open review items resolve, rollups are recomputed.
    Raises CorrectionError when none of the frames is the author's.
    """
    frames = owned_frames(author.pk, frame_ids)
    if not frames:
        raise CorrectionError("no classified frame of yours among those ids")
    action = uuid.uuid4().hex
    gold = source != Label.Source.RANGE and next_action_is_gold(category.pk)
    labels = Label.objects.bulk_create([
        Label(frame=f, category=category, author=author, action=action, source=source,
              gold=gold, previous_category_id=f.observation.category_id) for f in frames])
    ids = [f.pk for f in frames]
    Observation.objects.filter(frame_id__in=ids).update(category=category)
    resolved = list(ReviewItem.objects.filter(frame_id__in=ids, status=ReviewItem.Status.OPEN)
                    .values_list("pk", flat=True))
    ReviewItem.objects.filter(pk__in=resolved).update(status=ReviewItem.Status.RESOLVED)
    promote_members(resolved)
    recompute_for_frames(frames)
    return labels


@transaction.atomic
def undo_last(author) -> ReviewItem | None:
    """Remove the author's latest action: labels deleted, each Observation's previous category
    restored, review items of frames left without a label reopened, rollups recomputed.

    Returns the review item of the action's first frame (to show again), or None.
    """
    last = Label.objects.filter(author=author).order_by("-created_at", "-pk").first()
    if last is None:
        return None
    labels = list(Label.objects.filter(author=author, action=last.action).order_by("pk"))
    for label in labels:
        if label.previous_category_id is not None:
            Observation.objects.filter(frame_id=label.frame_id).update(
                category_id=label.previous_category_id)
    frame_ids = [label.frame_id for label in labels]
    Label.objects.filter(pk__in=[label.pk for label in labels]).delete()
    still = set(Label.objects.filter(frame_id__in=frame_ids).values_list("frame_id", flat=True))
    ReviewItem.objects.filter(frame_id__in=[f for f in frame_ids if f not in still]).update(
        status=ReviewItem.Status.OPEN)
    recompute_for_frames(Frame.objects.filter(pk__in=frame_ids))
    return ReviewItem.objects.filter(frame_id=frame_ids[0]).first()


def relabel_range(author, start: datetime, end: datetime, category: Category,
                  device: Device | int | None = None) -> int:
    """Label every classified frame of the author's captured in [start, end) (one device or
    all) as `category`; returns how many frames were labelled (0 when none)."""
    frames = Frame.objects.filter(device__owner_id=author.pk, captured_at__gte=start,
                                  captured_at__lt=end, observation__isnull=False)
    if device is not None:
        frames = frames.filter(device_id=getattr(device, "pk", device))
    ids = list(frames.order_by("captured_at").values_list("pk", flat=True))
    if not ids:
        return 0
    return len(apply_label(author, ids, category, source=Label.Source.RANGE))
