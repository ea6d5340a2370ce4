"""Activity categories: the seed's defaults, and the codes a model brings."""

from __future__ import annotations

from collections.abc import Iterable

from tracker.models import Category

# Video activities: idle input while they run counts as watching, not away (issue 13).
PASSIVE_CODES: frozenset[str] = frozenset({"youtube", "netflix"})
# The default categories' chart colours, one owner (ml.classes keeps the seed's brand colours,
# where netflix and youtube were both red and code and facebook both mid blue). Twelve hues
# about 30 degrees apart in OKLCH plus a brown and a slate, each within a relative luminance of
# 0.145-0.255, so every one keeps a 3:1 contrast (WCAG 1.4.11, non-text) against the page and
# card backgrounds of both themes (static/css/timenet.css) and any two differ by an OKLab
# distance of at least 0.07 (tests/tracker/test_category_colours.py checks both).
# Migration 0007 moves existing installs from the old defaults to these.
DEFAULT_COLORS: dict[str, str] = {
    "code": "#2867e4", "desktop": "#896156", "email": "#d06c05", "facebook": "#8e5de7",
    "github": "#089f51", "google": "#928e08", "jupyter": "#a77601", "kaggle": "#0996b9",
    "medium": "#038476", "netflix": "#ce2a29", "notes": "#ab3db3", "pdf": "#727c86",
    "terminal": "#4e8302", "youtube": "#d84497",
}


def ensure_default_categories() -> None:
    """The seed's 14 categories (idempotent; also run by the data migration)."""
    from ml.classes import DEFAULT_CLASSES

    for activity in DEFAULT_CLASSES:
        Category.objects.get_or_create(
            code=activity.code,
            defaults={"name": activity.name,
                      "color": DEFAULT_COLORS.get(activity.code, activity.color),
                      "distracting": activity.distracting,
                      "passive": activity.code in PASSIVE_CODES})


def ensure_categories(codes: Iterable[str]) -> None:
    """A row for every class code (a user's model may bring classes the database lacks)."""
    for code in codes:
        Category.objects.get_or_create(code=code, defaults={"name": code})
