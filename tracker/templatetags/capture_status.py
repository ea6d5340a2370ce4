"""`{% capture_status %}`: the capture state of the user's devices (last frame, paused, error),
rendered by templates/tracker/_capture_status.html."""

from __future__ import annotations

from django import template

from tracker import capture_status as service

register = template.Library()


@register.inclusion_tag("tracker/_capture_status.html", takes_context=True)
def capture_status(context) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"statuses": []}
    return {"statuses": service.for_user(user)}
