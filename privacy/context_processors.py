"""Template context for every page: the capture state shown in the header."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def capture_state(request: HttpRequest) -> dict[str, Any]:
    """`capture_paused` and `capture_state_line` for base.html's header (one query per page,
    only for a signed-in person)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from privacy.capture import (
        PAUSE_CHOICES,
        current_settings,
        is_paused,
        locally_paused,
        state_line,
    )

    prefs = current_settings(user)
    line = state_line(prefs)
    if not is_paused(prefs) and (local := locally_paused(user)):
        line = f"Capture paused on {', '.join(local)}"  # `python -m agent --pause` there
    return {"capture_paused": is_paused(prefs), "capture_state_line": line,
            "pause_choices": PAUSE_CHOICES}
