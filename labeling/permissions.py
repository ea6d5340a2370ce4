"""Who may change what every user sees: categories and the model are shared, so their writes
are staff-only (Django's is_staff; the owner `make run` creates is a superuser, hence staff)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden

STAFF_ONLY = ("Only staff can change this: activities and the model are shared by every user "
              "of this TimeNet. Ask an administrator.")


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """403 with STAFF_ONLY (text/plain) for a signed-in user who is not staff. Put it under
    @login_required so an anonymous visitor is still sent to the login page."""
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_staff:
            return HttpResponseForbidden(STAFF_ONLY, content_type="text/plain; charset=utf-8")
        return view(request, *args, **kwargs)
    return wrapper
