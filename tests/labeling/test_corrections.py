"""Corrections fix history: observations, near-duplicate groups, rollups (yesterday too), undo,
and relabelling a stretch of time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from labeling.corrections import CorrectionError, apply_label, relabel_range, undo_last
from labeling.models import Label, ReviewItem
from labeling.queue import group_frame_ids, ordered_queue
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Category, Observation, UsageRollup
from tracker.usage import day_usage

pytestmark = pytest.mark.django_db


def yesterday_noon() -> datetime:
    day = timezone.localdate() - timedelta(days=1)
    return timezone.make_aware(datetime.combine(day, time(12)))


@pytest.fixture
def yesterday(device_token, small_model, categories, frames_dir, tmp_path):
    """Yesterday at noon: 5 identical youtube frames, then a code and a terminal screen, 10 s
    apart, all unsure (so they count as unreviewed until labelled)."""
    activate_unsure_model(small_model, tmp_path)
    return seed_review(device_token[0], [("youtube", 3)] * 5 + [("code", 4), ("terminal", 5)],
                       yesterday_noon())


def seconds_of(day_data: dict, code: str) -> float:
    return sum(c["seconds"] for c in day_data["categories"] if c["code"] == code)


def day_row(code: str | None) -> float:
    rows = UsageRollup.objects.filter(granularity="day")
    rows = rows.filter(category__code=code) if code else rows.filter(kind="unreviewed")
    return sum(r.seconds for r in rows)


def test_a_label_relabels_the_observation_resolves_the_item_and_changes_yesterday(
        yesterday, owner):
    day = timezone.localdate() - timedelta(days=1)
    frame = yesterday[5]  # the code screen: 10 s until the terminal frame
    before = day_usage(owner, day)
    assert seconds_of(before, "unreviewed") == pytest.approx(sum(
        min(f.duration, 10) if i < 6 else f.duration for i, f in enumerate(yesterday)), abs=0.5)
    email = Category.objects.get(code="email")
    apply_label(owner, [frame.pk], email)
    assert Observation.objects.get(frame=frame).category == email
    assert ReviewItem.objects.get(frame=frame).status == ReviewItem.Status.RESOLVED
    after = day_usage(owner, day)
    assert seconds_of(after, "email") == pytest.approx(10.0, abs=0.01)
    assert seconds_of(after, "unreviewed") == pytest.approx(
        seconds_of(before, "unreviewed") - 10.0, abs=0.01)
    assert day_row("email") == pytest.approx(10.0, abs=0.01)


def test_a_label_on_a_group_relabels_every_confirmed_near_duplicate(yesterday, owner):
    leader = yesterday[0].review
    ids = group_frame_ids(leader)
    assert ids == [f.pk for f in yesterday[:5]]
    netflix = Category.objects.get(code="netflix")
    labels = apply_label(owner, ids, netflix)
    assert len({label.action for label in labels}) == 1
    assert set(Observation.objects.filter(frame_id__in=ids).values_list(
        "category__code", flat=True)) == {"netflix"}
    assert not ReviewItem.objects.filter(frame_id__in=ids, status="open").exists()
    assert day_row("netflix") == pytest.approx(50.0, abs=0.01)  # 5 frames, 10 s apart
    assert {i.frame_id for i in ordered_queue(owner.pk)} == {yesterday[5].pk, yesterday[6].pk}


def test_an_unticked_group_member_stays_open_under_a_new_leader(yesterday, owner):
    leader = yesterday[0].review
    apply_label(owner, [f.pk for f in yesterday[:3]], Category.objects.get(code="youtube"))
    rest = ReviewItem.objects.filter(frame_id__in=[yesterday[3].pk, yesterday[4].pk])
    new_leader, member = sorted(rest, key=lambda i: i.pk)
    assert new_leader.status == "open" and new_leader.group_id is None
    assert member.group_id == new_leader.pk and leader.pk != new_leader.pk


def test_undo_removes_the_last_action_and_restores_categories_items_and_rollups(
        yesterday, owner):
    predicted = {f.pk: f.observation.category_id for f in yesterday}
    ids = group_frame_ids(yesterday[0].review)
    unreviewed_before = day_row(None)
    apply_label(owner, [yesterday[6].pk], Category.objects.get(code="pdf"))
    apply_label(owner, ids, Category.objects.get(code="netflix"))
    restored = undo_last(owner)
    assert restored.frame_id == ids[0] and restored.status == "open"
    assert dict(Observation.objects.filter(frame_id__in=ids).values_list(
        "frame_id", "category_id")) == {i: predicted[i] for i in ids}
    assert ReviewItem.objects.filter(frame_id__in=ids, status="open").count() == 5
    assert day_row("netflix") == 0
    assert Label.objects.filter(author=owner).count() == 1  # the earlier pdf label stays
    undo_last(owner)
    assert day_row(None) == pytest.approx(unreviewed_before, abs=0.01)
    assert undo_last(owner) is None


def test_relabel_range_labels_only_frames_inside_the_stretch(yesterday, owner):
    start = yesterday[0].captured_at
    count = relabel_range(owner, start, start + timedelta(seconds=25),
                          Category.objects.get(code="github"))
    assert count == 3
    assert list(Observation.objects.filter(category__code="github").order_by(
        "frame__captured_at").values_list("frame_id", flat=True)) == [f.pk for f in yesterday[:3]]
    assert Label.objects.filter(source="range", gold=False).count() == 3


def test_nobody_labels_another_persons_frames(yesterday, django_user_model):
    stranger = django_user_model.objects.create_user("stranger")
    with pytest.raises(CorrectionError):
        apply_label(stranger, [yesterday[0].pk], Category.objects.get(code="code"))
    assert relabel_range(stranger, yesterday[0].captured_at - timedelta(hours=1),
                         yesterday[-1].captured_at + timedelta(hours=1),
                         Category.objects.get(code="code")) == 0
    assert not Label.objects.exists()
