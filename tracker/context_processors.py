"""Template context for every page: what the site chrome (navigation) shows."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.http import HttpRequest
from django.utils import timezone


def navigation(request: HttpRequest) -> dict[str, Any]:
    """What base.html's navigation needs.

    `nav_section`: the first path segment ("" for Today, "week", "review", ...) to mark the
    current item; `report_week`: the Monday of last week (the last full week, the report's
    default); `review_open_count`: open review items for the badge — one COUNT query per page,
    only for a signed-in person (the login page shows no badge).
    """
    context: dict[str, Any] = {
        "nav_section": request.path.strip("/").split("/", 1)[0],
        "report_week": last_monday(),
    }
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from labeling.services import open_review_count  # labeling's service, not its models

        context["review_open_count"] = open_review_count()
    return context


def last_monday() -> date:
    """The Monday that starts last week (local time)."""
    today = timezone.localdate()
    return today - timedelta(days=today.weekday() + 7)
