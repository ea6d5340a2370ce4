"""The default activity classes: the seed report's 14, in its index order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActivityClass:
    code: str
    name: str
    distracting: bool
    color: str  # hex colour used by every chart, so a class looks the same everywhere


DEFAULT_CLASSES: tuple[ActivityClass, ...] = (
    ActivityClass("code", "Writing code in an IDE", False, "#4e79a7"),
    ActivityClass("desktop", "Navigating the desktop", False, "#9c755f"),
    ActivityClass("email", "Email in the browser", False, "#f28e2b"),
    ActivityClass("facebook", "Browsing Facebook", True, "#3b5998"),
    ActivityClass("github", "Browsing GitHub", False, "#59a14f"),
    ActivityClass("google", "Google searches", False, "#edc948"),
    ActivityClass("jupyter", "Jupyter notebook", False, "#ff9da7"),
    ActivityClass("kaggle", "Using Kaggle", False, "#20beff"),
    ActivityClass("medium", "Reading Medium articles", False, "#76b7b2"),
    ActivityClass("netflix", "Watching Netflix", True, "#e50914"),
    ActivityClass("notes", "Taking notes", False, "#b07aa1"),
    ActivityClass("pdf", "Reading PDF documents", False, "#bab0ac"),
    ActivityClass("terminal", "Using the terminal", False, "#2f4b3c"),
    ActivityClass("youtube", "Watching YouTube", True, "#ff0000"),
)

DEFAULT_CODES: tuple[str, ...] = tuple(c.code for c in DEFAULT_CLASSES)
DISTRACTING_CODES: frozenset[str] = frozenset(c.code for c in DEFAULT_CLASSES if c.distracting)


def by_code(code: str) -> ActivityClass:
    """Return the default class with this code; KeyError names the known codes."""
    for activity in DEFAULT_CLASSES:
        if activity.code == code:
            return activity
    raise KeyError(f"unknown activity class {code!r}; known: {', '.join(DEFAULT_CODES)}")
