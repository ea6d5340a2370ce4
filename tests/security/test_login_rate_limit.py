"""Login is rate-limited: after N failures for one address and user name, even the right
password gets 429 until the window ends.

How it was checked to fail: with `RateLimitedLoginView.post` calling LoginView.post directly
(no `blocked` check) three tests fail: the sixth attempt, the window and the per-address cap."""

from __future__ import annotations

import time

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only
    settings.TIMENET_LOGIN_MAX_FAILURES = 5
    settings.TIMENET_LOGIN_WINDOW = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def carol(django_user_model):
    return django_user_model.objects.create_user("carol", password="right-horse-battery")


def sign_in(client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post("/login/", {"username": username, "password": password},
                       REMOTE_ADDR=address)


def test_the_sixth_attempt_is_429_even_with_the_right_password(client, carol):
    for _ in range(5):
        assert sign_in(client, "carol", "wrong").status_code == 200  # the form, with its error
    response = sign_in(client, "carol", "right-horse-battery")
    assert response.status_code == 429 and int(response["Retry-After"]) == 300
    assert "_auth_user_id" not in client.session
    assert sign_in(client, "CAROL ", "right-horse-battery").status_code == 429  # same name


def test_the_limit_is_per_address_and_name(client, carol, django_user_model):
    django_user_model.objects.create_user("dave", password="dave-pass")
    for _ in range(5):
        sign_in(client, "carol", "wrong")
    assert sign_in(client, "dave", "dave-pass").status_code == 302  # another name, same address
    client.logout()
    assert sign_in(client, "carol", "right-horse-battery", address="10.0.0.2").status_code == 302


def test_the_block_ends_with_the_window(client, carol, settings):
    settings.TIMENET_LOGIN_WINDOW = 1
    for _ in range(5):
        sign_in(client, "carol", "wrong")
    assert sign_in(client, "carol", "right-horse-battery").status_code == 429
    time.sleep(1.2)
    assert sign_in(client, "carol", "right-horse-battery").status_code == 302


def test_one_address_trying_many_names_is_blocked_too(client, carol):
    for i in range(20):
        assert sign_in(client, f"user{i}", "wrong").status_code == 200
    assert sign_in(client, "carol", "right-horse-battery").status_code == 429


def test_a_success_clears_the_count(client, carol):
    for _ in range(4):
        sign_in(client, "carol", "wrong")
    assert sign_in(client, "carol", "right-horse-battery").status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "carol", "wrong").status_code == 200
    assert sign_in(client, "carol", "right-horse-battery").status_code == 302
