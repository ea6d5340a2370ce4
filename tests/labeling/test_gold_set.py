"""The gold set: every 5th labelling action per class is reserved, never trained on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from labeling.corrections import apply_label, undo_last
from labeling.gold import GOLD_EVERY
from labeling.models import Label
from labeling.queue import group_frame_ids
from labeling.services import gold_labels, training_labels
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Category

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 24, 9, tzinfo=UTC)


@pytest.fixture
def frames(device_token, small_model, categories, frames_dir, tmp_path):
    """12 code and 12 terminal screens, distinct, all unsure."""
    activate_unsure_model(small_model, tmp_path)
    return seed_review(device_token[0], [(k, s) for s in range(12) for k in ("code", "terminal")],
                       START)


def test_every_fifth_label_of_each_class_is_gold(frames, owner):
    code, terminal = Category.objects.get(code="code"), Category.objects.get(code="terminal")
    for i, frame in enumerate(frames):
        apply_label(owner, [frame.pk], code if i % 2 == 0 else terminal)
    for category in (code, terminal):
        flags = list(Label.objects.filter(category=category).order_by("pk")
                     .values_list("gold", flat=True))
        assert [i for i, g in enumerate(flags) if g] == [GOLD_EVERY - 1, 2 * GOLD_EVERY - 1]


def test_gold_frames_are_never_in_the_training_labels(frames, owner):
    code = Category.objects.get(code="code")
    for frame in frames[:10]:
        apply_label(owner, [frame.pk], code)
    gold = {g.frame_id for g in gold_labels()}
    train = {t.frame_id for t in training_labels()}
    assert gold == {frames[4].pk, frames[9].pk}
    assert not gold & train and len(train) == 8
    assert all(t.image.is_file() and t.code == "code" for t in training_labels())
    # Relabelling a gold frame later keeps it out of training (it stays an evaluation frame).
    apply_label(owner, [frames[4].pk], Category.objects.get(code="terminal"))
    assert frames[4].pk not in {t.frame_id for t in training_labels()}
    assert {g.frame_id: g.code for g in gold_labels()}[frames[4].pk] == "terminal"


def test_near_duplicates_of_a_gold_frame_are_gold_too(
        device_token, small_model, categories, frames_dir, tmp_path, owner):
    activate_unsure_model(small_model, tmp_path)
    seeded = seed_review(device_token[0], [("youtube", s) for s in range(4)]
                         + [("youtube", 9)] * 6, START)
    youtube = Category.objects.get(code="youtube")
    for frame in seeded[:4]:
        apply_label(owner, [frame.pk], youtube)
    group = group_frame_ids(seeded[4].review)  # the 5th action: six identical frames
    assert len(group) == 6
    apply_label(owner, group, youtube)
    assert {g.frame_id for g in gold_labels()} == set(group)
    assert not set(group) & {t.frame_id for t in training_labels()}
    undo_last(owner)
    assert gold_labels() == []
