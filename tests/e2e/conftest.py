"""Fixtures shared by the browser tests: one headless Debian Chromium per test module."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from django.test import Client

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in this thread; the ORM calls the tests make
    # between page actions are still synchronous, so Django's guard is lifted for them (the
    # documented switch, as pytest-playwright + pytest-django users do).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def session_page(browser, live_server, owner, width: int = 1440, height: int = 900,
                 scheme: str = "light"):
    """A Playwright page logged in as `owner` (the session cookie of Django's test client)."""
    client = Client()
    client.force_login(owner)
    context = browser.new_context(viewport={"width": width, "height": height},
                                  color_scheme=scheme)
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                          "url": live_server.url}])
    return context.new_page()
