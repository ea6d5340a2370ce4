"""Login is required everywhere except the login page and the health check."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tracker import bootstrap

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["tracker:today", "tracker:today_data"])
def test_pages_send_anonymous_visitors_to_the_login_page(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_health_check_needs_no_login(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True}


def test_the_first_start_creates_one_owner_with_a_generated_password(client):
    owner, lines = bootstrap.ensure_owner(base_url="http://testserver")
    password = lines[0].rsplit(": ", 1)[1]
    assert len(password) >= 12
    assert client.login(username=owner.get_username(), password=password)
    again, later_lines = bootstrap.ensure_owner(base_url="http://testserver")
    assert again == owner
    assert not any(password in line for line in later_lines)  # shown on the first start only


def test_the_one_time_login_link_works_once(client):
    owner, _ = bootstrap.ensure_owner(base_url="")
    link = bootstrap.login_link_path(owner)
    assert client.get(link).status_code == 302
    assert client.get(reverse("tracker:today")).status_code == 200
    client.logout()
    assert client.get(link).status_code == 403


def test_the_today_page_shows_the_charts_to_its_owner(client, owner):
    client.force_login(owner)
    response = client.get(reverse("tracker:today"))
    assert response.status_code == 200
    assert b"category-chart" in response.content
    assert b"vendor/chartjs/chart.umd.min.js" in response.content
