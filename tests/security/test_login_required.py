"""Every URL pattern is behind the login (or a device token) except an explicit allow-list.

The test walks timenet_site/urls.py's resolver, so a view added later without
`@login_required` fails it by itself. How it was checked to fail: the same walk over the
project's URLs plus one view without `@login_required` (tests/security/urls_with_open_view.py)
reports exactly that view — a test below; and with CsrfViewMiddleware removed from MIDDLEWARE
the CSRF test fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve

pytestmark = pytest.mark.django_db

# The only views an anonymous request may reach: signing in (and its one-time link), signing
# out, the health check and the icon. Device-token APIs are not listed: they must answer 401.
PUBLIC = {"login", "one_time_login", "logout", "healthz", "favicon"}
SAMPLE = {"int": "1", "str": "2026-11-22", "slug": "code", "path": "a/b", "uuid":
          "00000000-0000-0000-0000-000000000001"}


def walk(patterns, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern), entry


def sample_path(route: str) -> str:
    """A concrete URL for a route (`<int:id>` → 1) or an admin regex (first alternative)."""
    def regex_group(match: re.Match) -> str:
        body = match.group(2)
        return body.split("|")[0] if re.fullmatch(r"[\w|]+", body) else "x"

    path = re.sub(r"\(\?P<(\w+)>([^)]*)\)", regex_group, route)
    path = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE.get(m.group(1) or "str", "x"), path)
    return "/" + path.replace("^", "").replace("$", "")


def all_urls() -> list[tuple[str, str, object]]:
    """(url, route, view function) for every pattern of the project."""
    return [(sample_path(route), route, entry.callback)
            for route, entry in walk(get_resolver().url_patterns)]


def refused(response) -> bool:
    """Sent to a login page, or 401 (a device token is needed)."""
    if response.status_code == 401:
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


def unguarded(client) -> list[tuple[str, list[int]]]:
    """(route, [GET status, POST status]) of every non-public pattern an anonymous client
    reaches without being sent to a login page or answered 401."""
    open_ones = []
    for url, route, callback in all_urls():
        match = resolve(url)
        assert match.func == callback, f"{url} resolved to {match.func}, not {route}'s view"
        if match.url_name in PUBLIC:
            continue
        answers = [client.get(url), client.post(url)]
        # 405 (wrong method) reveals nothing, but at least one method must show the guard, and
        # no method may answer with a page or data.
        if not any(refused(r) for r in answers) or any(
                r.status_code not in (302, 401, 405) or (r.status_code == 302 and not refused(r))
                for r in answers):
            open_ones.append((route, [r.status_code for r in answers]))
    return open_ones


def test_every_url_except_the_allow_list_refuses_an_anonymous_request(client):
    open_ones = unguarded(client)
    assert open_ones == [], f"reachable without a login or token: {open_ones}"


def test_the_walk_reports_a_view_without_login(client, settings):
    """The same walk over the project's URLs plus one unguarded view finds exactly that one."""
    from django.urls import clear_url_caches

    settings.ROOT_URLCONF = "tests.security.urls_with_open_view"
    clear_url_caches()
    try:
        assert unguarded(client) == [("leaky/<int:frame_id>", [200, 200])]
    finally:
        clear_url_caches()


def test_the_walk_covers_every_app_and_the_allow_list_names_existing_patterns():
    routes = [route for _, route, _ in all_urls()]
    names = {resolve(url).url_name for url, _, _ in all_urls()}
    assert PUBLIC <= names
    for prefix in ("review/", "models/", "categories/", "settings/", "api/frames", "admin/",
                   "export/", "devices/"):
        assert any(r.startswith(prefix) for r in routes), prefix


def test_the_public_views_give_away_nothing(client):
    assert client.get("/healthz").json() == {"ok": True}
    assert client.get("/login/").status_code == 200
    assert client.get("/login/once/MQ/bad-token/").status_code in (302, 400, 403, 404)
    assert "_auth_user_id" not in client.session  # a bad one-time link signs nobody in


def test_csrf_is_enforced_on_session_posts(client, django_user_model):
    """A logged-in POST without the CSRF token is refused (403): the middleware is on and no
    session view is exempt."""
    from django.test import Client

    user = django_user_model.objects.create_user("csrf-user")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    for url in ("/review/label", "/review/undo", "/models/retrain", "/categories/add",
                "/devices/add", "/logout/"):
        assert strict.post(url, {"name": "x"}).status_code == 403, url
