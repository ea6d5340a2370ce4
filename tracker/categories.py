"""Activity categories: the seed's defaults, and the codes a model brings."""

from __future__ import annotations

from collections.abc import Iterable

from tracker.models import Category

# Video activities: idle input while they run counts as watching, not away (issue 13).
PASSIVE_CODES: frozenset[str] = frozenset({"youtube", "netflix"})


def ensure_default_categories() -> None:
    """The seed's 14 categories (idempotent; also run by the data migration)."""
    from ml.classes import DEFAULT_CLASSES

    for activity in DEFAULT_CLASSES:
        Category.objects.get_or_create(
            code=activity.code,
            defaults={"name": activity.name, "color": activity.color,
                      "distracting": activity.distracting,
                      "passive": activity.code in PASSIVE_CODES})


def ensure_categories(codes: Iterable[str]) -> None:
    """A row for every class code (a user's model may bring classes the database lacks)."""
    for code in codes:
        Category.objects.get_or_create(code=code, defaults={"name": code})
