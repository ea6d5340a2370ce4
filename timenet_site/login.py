"""The login view, rate-limited: N failed sign-ins per client address and user name in a window
answer 429 until the window ends, without checking the password (so guessing cannot go on).

Counts live in Django's cache (the default per-process memory cache: right for the one waitress
process of `make run`; several web servers behind a proxy should configure a shared CACHES
backend). Settings: TIMENET_LOGIN_MAX_FAILURES (5) per TIMENET_LOGIN_WINDOW seconds (300),
and 4x that many per address whatever the user name (one client trying many names).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

PER_ADDRESS_FACTOR = 4


def limits() -> tuple[int, int]:
    """(failures allowed per address and user name, window in seconds)."""
    return (int(getattr(settings, "TIMENET_LOGIN_MAX_FAILURES", 5)),
            int(getattr(settings, "TIMENET_LOGIN_WINDOW", 300)))


def keys(request: HttpRequest) -> tuple[str, str]:
    """Cache keys for (address + user name, address); hashed, so no name is kept in clear."""
    address = request.META.get("REMOTE_ADDR", "")
    username = (request.POST.get("username") or "").strip().lower()
    pair = hashlib.sha256(f"{address}|{username}".encode()).hexdigest()[:32]
    alone = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"login-fail:{pair}", f"login-fail-ip:{alone}"


def blocked(request: HttpRequest) -> bool:
    allowed, _ = limits()
    pair, address = keys(request)
    return (cache.get(pair, 0) >= allowed
            or cache.get(address, 0) >= allowed * PER_ADDRESS_FACTOR)


def count_failure(request: HttpRequest) -> None:
    _, window = limits()
    for key in keys(request):
        cache.add(key, 0, timeout=window)  # the window starts at the first failure
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr: start again
            cache.set(key, 1, timeout=window)


class RateLimitedLoginView(auth_views.LoginView):
    """django.contrib.auth's LoginView plus the failure limit (module docstring)."""

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if blocked(request):
            _, window = limits()
            response = HttpResponse(
                "Too many failed sign-ins from this address for this user name; "
                f"try again in {window // 60 or 1} minute(s).", status=429,
                content_type="text/plain; charset=utf-8")
            response["Retry-After"] = str(window)
            return response
        response = super().post(request, *args, **kwargs)
        if response.status_code != 302:  # the form was invalid: a wrong name or password
            count_failure(request)
        else:
            cache.delete(keys(request)[0])
        return response
