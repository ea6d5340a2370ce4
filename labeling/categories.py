"""A person's activities: add, rename, recolour, mark distracting, merge (the /categories/ page).

A category's `code` is the model's class key (meta.json `classes`), so it never changes after
creation: renaming changes the display `name` only. A new category has no model output until a
retrain gives it one by extending the head (new rows for new classes, old rows kept:
`ml.head.head_prior` + `ScreenNet.replace_head`, seed 003's transfer learning to new classes),
and the retrain does so only once the class has enough labelled examples. That rule has one
owner, `labeling.retrain.candidate_classes` (setting TIMENET_NEW_CLASS_MIN_EXAMPLES, default 5);
this module asks it rather than repeating the number.

Merging re-points every Observation, Label and review prediction of the source to the target,
deletes the source (its rollup rows go with it) and recomputes the rollups of every frame that
changed, in one transaction, so Today and past days show the merged activity at once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from labeling.models import Label, ReviewItem
from tracker.models import Category, Observation

# How far the minimum-examples probe looks (the rule's setting is a small number of frames).
_PROBE_LIMIT = 1000


class CategoryError(ValueError):
    """A change the categories page must refuse (message shown to the person)."""


@dataclass
class CategoryRow:
    """One line of the categories page."""

    category: Category
    observations: int
    labels: int  # training labels (gold excluded) with a stored image
    predicted: bool  # the active model has an output for it
    needed: int  # more labelled examples before a retrain gives it an output (0: enough)

    @property
    def status(self) -> str:
        if self.predicted:
            return "predicted"
        if self.needed:
            return f"needs {self.needed} more labelled frame{'s' if self.needed > 1 else ''}"
        return "gets an output at the next retrain"


def active_classes() -> list[str]:
    """Class codes of the active model ([] when none is active or its artifact is unreadable)."""
    from ml.meta import ModelArtifactError
    from tracker.model_registry import active_model, model_meta

    version = active_model()
    if version is None:
        return []
    try:
        return list(model_meta(version).classes)
    except ModelArtifactError:
        return []


def min_examples() -> int:
    """Labelled examples a new class needs, read off the retrain's own rule (see module doc)."""
    from labeling.retrain import candidate_classes

    for n in range(1, _PROBE_LIMIT):
        if "probe" in candidate_classes([], [(Path("x"), "probe")] * n):
            return n
    return _PROBE_LIMIT


def training_label_counts() -> Counter:
    """Training labels per class code (the frames a retrain would learn from)."""
    from labeling.services import training_labels

    return Counter(frame.code for frame in training_labels())


def category_rows() -> list[CategoryRow]:
    """Every category with its usage counts and whether the model predicts it yet."""
    predicted = set(active_classes())
    labels = training_label_counts()
    minimum = min_examples()
    observations = _observation_counts()
    return [CategoryRow(c, observations.get(c.code, 0), labels[c.code], c.code in predicted,
                        0 if c.code in predicted else max(0, minimum - labels[c.code]))
            for c in Category.objects.order_by("name", "code")]


def _observation_counts() -> dict[str, int]:
    from django.db.models import Count

    rows = Observation.objects.values("category__code").annotate(n=Count("pk"))
    return {row["category__code"]: row["n"] for row in rows}


def add_category(code: str, name: str, color: str = "#888888",
                 distracting: bool = False) -> Category:
    """Create a person's activity. Raises CategoryError if the code is taken."""
    if Category.objects.filter(code=code).exists():
        raise CategoryError(f"an activity with code {code!r} exists already")
    return Category.objects.create(code=code, name=name.strip() or code, color=color,
                                   distracting=distracting)


def update_category(category: Category, *, name: str, color: str,
                    distracting: bool) -> Category:
    """Rename, recolour and (un)mark as distracting; the code stays (it is the model's key)."""
    category.name = name.strip() or category.code
    category.color, category.distracting = color, distracting
    category.save(update_fields=["name", "color", "distracting"])
    return category


def merge_categories(source: Category, target: Category) -> dict[str, int]:
    """Move everything of `source` to `target`, delete `source`, recompute affected rollups.

    Refused (CategoryError) when source is target, or when the active model still has an
    output for `source`: its next predictions would name a deleted category. Returns the
    numbers of observations, labels and review items moved, and frames recomputed.
    """
    if source.pk == target.pk:
        raise CategoryError("choose two different activities to merge")
    if source.code in active_classes():
        raise CategoryError(f"the active model predicts {source.code!r}; merge an activity the "
                            "model does not predict, or merge into it instead")
    from tracker.rollups import recompute_for_frame_ids

    with transaction.atomic():
        frame_ids = set(Observation.objects.filter(category=source)
                        .values_list("frame_id", flat=True))
        frame_ids |= set(Label.objects.filter(category=source).values_list("frame_id", flat=True))
        moved = {"observations": Observation.objects.filter(category=source)
                 .update(category=target),
                 "labels": Label.objects.filter(category=source).update(category=target)}
        Label.objects.filter(previous_category=source).update(previous_category=target)
        moved["review_items"] = ReviewItem.objects.filter(predicted=source.code).update(
            predicted=target.code)
        _move_many_to_many(source, target)
        source.delete()  # its rollup rows cascade; the recompute below writes the target's
        recompute_for_frame_ids(frame_ids)
    moved["frames_recomputed"] = len(frame_ids)
    return moved


def _move_many_to_many(source: Category, target: Category) -> None:
    """Wherever another model lists `source` (e.g. notification warn categories), list
    `target` instead: found through Django's relation registry, so a new app's many-to-many
    field is covered without a change here."""
    for relation in Category._meta.related_objects:
        if not relation.many_to_many:
            continue
        through = relation.through
        own = relation.field.m2m_reverse_field_name()  # the column pointing at Category
        other = relation.field.m2m_field_name()  # the column pointing at the owning row
        owners = set(through.objects.filter(**{own: source}).values_list(f"{other}_id",
                                                                         flat=True))
        have = set(through.objects.filter(**{own: target}, **{f"{other}_id__in": owners})
                   .values_list(f"{other}_id", flat=True))
        through.objects.bulk_create([through(**{own: target, f"{other}_id": pk})
                                     for pk in owners - have])
