"""The review queue: strategies, near-duplicate groups, class balance, control slice, stamps.

Items carry real predictions: synthetic screens classified by the small test model."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from labeling import queue as review_queue
from labeling.models import ReviewItem
from labeling.services import rescore_queue
from ml import query
from tests.labeling.seed import activate_unsure_model, seed_review

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 23, 9, tzinfo=UTC)
KINDS = ("code", "terminal", "youtube")


@pytest.fixture
def mixed(device_token, small_model, categories, frames_dir, tmp_path):
    """24 distinct screens (8 of each kind the small model knows), all unsure."""
    activate_unsure_model(small_model, tmp_path)
    return seed_review(device_token[0], [(k, s) for s in range(8) for k in KINDS], START)


def probs_of(item: ReviewItem) -> np.ndarray:
    return np.array(sorted(item.frame.observation.probabilities.values(), reverse=True))


def per_class(items: list[ReviewItem]) -> dict[str, list[ReviewItem]]:
    lanes: dict[str, list[ReviewItem]] = {}
    for item in items:
        lanes.setdefault(item.predicted, []).append(item)
    return lanes


def density_keys(items: list[ReviewItem]) -> dict[int, float]:
    """ml.query's density-weighted margin over all open leaders, from the stored embeddings."""
    dens = query.density(review_queue.decode_embeddings([i.embedding for i in items]))
    keys = query.density_margin(np.asarray([i.margin for i in items]), dens)
    return {i.pk: float(k) for i, k in zip(items, keys, strict=True)}


def test_margin_is_the_default_order_density_weighted_within_each_class(mixed, owner):
    queue = review_queue.ordered_queue(owner.pk)
    assert len(queue) == 24
    main = [i for i in queue if not i.control]
    for item in main:
        p = probs_of(item)
        assert item.margin == pytest.approx(p[0] - p[1], abs=1e-4)
    keys = density_keys(queue)  # the simulation's function on the queue's own items
    for lane in per_class(main).values():
        assert [keys[i.pk] for i in lane] == sorted(keys[i.pk] for i in lane)
    assert keys[main[0].pk] == min(keys[i.pk] for i in main)


def test_margin_falls_back_to_plain_margin_when_an_item_has_no_embedding(mixed, owner):
    ReviewItem.objects.filter(pk=ReviewItem.objects.order_by("pk").first().pk).update(
        embedding=None)
    main = [i for i in review_queue.ordered_queue(owner.pk) if not i.control]
    for lane in per_class(main).values():
        assert [i.margin for i in lane] == sorted(i.margin for i in lane)


def test_entropy_orders_highest_entropy_first_within_each_class(mixed, owner):
    main = [i for i in review_queue.ordered_queue(owner.pk, "entropy") if not i.control]
    for item in main:
        p = np.clip(np.array(list(item.frame.observation.probabilities.values())), 1e-12, 1)
        assert item.entropy == pytest.approx(-(p * np.log(p)).sum() / np.log(len(p)), abs=1e-3)
    for lane in per_class(main).values():
        assert [i.entropy for i in lane] == sorted((i.entropy for i in lane), reverse=True)


def test_random_order_follows_the_stored_random_key_not_the_scores(mixed, owner):
    by_random = [i for i in review_queue.ordered_queue(owner.pk, "random") if not i.control]
    by_margin = [i for i in review_queue.ordered_queue(owner.pk, "margin") if not i.control]
    for lane in per_class(by_random).values():
        assert [i.random_key for i in lane] == sorted(i.random_key for i in lane)
    assert [i.pk for i in by_random] != [i.pk for i in by_margin]


def test_unknown_strategy_is_refused(mixed, owner):
    with pytest.raises(ValueError, match="unknown strategy"):
        review_queue.ordered_queue(owner.pk, "loudest")


def test_the_queue_interleaves_predicted_classes(mixed, owner):
    main = [i for i in review_queue.ordered_queue(owner.pk) if not i.control]
    classes = {i.predicted for i in main}
    assert len(classes) >= 2, "the small model should predict several classes"
    head = [i.predicted for i in main[: len(classes)]]
    assert sorted(head) == sorted(classes), "each class gets a turn before any gets a second"


def test_thirty_identical_frames_are_one_item_with_a_count(
        device_token, small_model, categories, frames_dir, tmp_path, owner):
    activate_unsure_model(small_model, tmp_path)
    frames = seed_review(device_token[0], [("youtube", 7)] * 30 + [("code", 1), ("terminal", 2)],
                         START)
    youtube = [f.review for f in frames[:30]]
    leader = youtube[0]
    assert leader.group_id is None
    assert all(item.group_id == leader.pk for item in youtube[1:])
    queue = review_queue.ordered_queue(owner.pk)
    assert {i.pk: i.group_size for i in queue}[leader.pk] == 30
    assert len(queue) == 3
    assert review_queue.group_frame_ids(leader) == [f.pk for f in frames[:30]]


def test_control_items_are_a_tenth_and_take_every_tenth_place(mixed, owner):
    share = np.mean([review_queue.unit_hash(f"control:{pk}") < 0.1 for pk in range(1, 2001)])
    assert 0.08 <= share <= 0.12
    queue = review_queue.ordered_queue(owner.pk)
    expected = {i.pk for i in queue if review_queue.unit_hash(f"control:{i.frame_id}") < 0.1}
    assert {i.pk for i in queue if i.control} == expected
    merged = review_queue.with_controls(list(range(30)), ["c1", "c2"])
    assert merged[9] == "c1" and merged[19] == "c2" and len(merged) == 32


def test_each_score_is_stamped_with_its_model_and_rescored_after_a_promotion(
        mixed, owner, small_model, tmp_path):
    first = ReviewItem.objects.first().model_version
    assert set(ReviewItem.objects.values_list("model_version", flat=True)) == {first.pk}
    before = dict(ReviewItem.objects.values_list("pk", "scored_at"))
    promoted = activate_unsure_model(small_model, tmp_path, threshold=1.02)  # a new version row
    assert promoted.pk != first.pk
    assert rescore_queue() == 24
    for item in ReviewItem.objects.all():
        assert item.model_version_id == promoted.pk
        assert item.scored_at > before[item.pk]
        p = probs_of(item)  # same weights, so the same margin as the stored probabilities
        assert item.margin == pytest.approx(p[0] - p[1], abs=1e-3)


def test_distinct_screens_are_not_merged_into_one_group(mixed, owner):
    vectors = review_queue.decode_embeddings([f.review.embedding for f in mixed])
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -1)
    print("max cosine between distinct screens", float(sims.max()),
          "median", float(np.median(sims)))
    leaders = ReviewItem.objects.filter(group__isnull=True).count()
    assert leaders == 24 - sum(1 for f in mixed if f.review.group_id)
    assert leaders >= 20


def test_of_equally_unsure_items_the_one_with_look_alikes_goes_first(mixed, owner):
    """Every item equally unsure; one item per class is an outlier (no look-alike) and has the
    smallest pk, so plain margin (ties by pk) would put it first in its class."""
    rng = np.random.default_rng(0)
    items = list(ReviewItem.objects.filter(group__isnull=True).order_by("pk"))
    lanes = per_class(items)
    outliers = {lane[0].pk for lane in lanes.values()}
    for n, item in enumerate(items):
        vector = np.eye(16)[8 + n % 8] if item.pk in outliers else (
            np.eye(16)[0] + 0.05 * rng.standard_normal(16))
        ReviewItem.objects.filter(pk=item.pk).update(
            margin=0.1, embedding=review_queue.encode_embedding(vector))
    main = [i for i in review_queue.ordered_queue(owner.pk) if not i.control]
    checked = 0
    for lane in per_class(main).values():
        if any(i.pk in outliers for i in lane) and len(lane) > 1:
            assert lane[-1].pk in outliers and lane[0].pk not in outliers
            checked += 1
    assert checked >= 2
