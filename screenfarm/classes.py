"""The activity classes the generator draws screens for, in the seed report's index order.

The generator is a tool of its own and imports nothing from the product, so it names its classes
here; `tests/screenfarm/test_classes.py` checks they match `ml.classes.DEFAULT_CODES`, the model's
default classes, so the two cannot drift apart unnoticed."""

from __future__ import annotations

DEFAULT_CODES: tuple[str, ...] = (
    "code", "desktop", "email", "facebook", "github", "google", "jupyter", "kaggle", "medium",
    "netflix", "notes", "pdf", "terminal", "youtube",
)
