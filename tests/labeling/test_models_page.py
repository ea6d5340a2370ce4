"""The models page: the rule and the active version shown, buttons are POST with CSRF, a
second retrain while one runs is answered "already running", a rollback with nothing to go
back to says so."""

from __future__ import annotations

import pytest
from django.test import Client

from labeling import promotion
from labeling.models import RetrainRun

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(owner):
    """The owner, as staff (the model is shared: retrain/rollback are staff-only)."""
    owner.is_staff = True
    owner.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(owner)
    return client


def test_the_page_shows_the_active_version_and_the_promotion_rule(client, active_model):
    page = client.get("/models/")
    assert page.status_code == 200
    html = page.content.decode()
    assert f'data-testid="active-version">{active_model.version}<' in html
    assert promotion.rule_text() in html


def test_the_page_needs_a_login():
    assert Client().get("/models/").status_code == 302


def test_a_retrain_while_one_runs_is_answered_already_running(client, active_model):
    RetrainRun.objects.create(trigger="other")
    page = client.post("/models/retrain", follow=True)
    assert "A retrain is already running." in page.content.decode()
    assert RetrainRun.objects.count() == 1


def test_retrain_now_with_too_few_labels_says_so_instead_of_queued(client, active_model,
                                                                    settings):
    """It said "Retrain queued" and the run was then recorded as skipped (new-user review)."""
    settings.TIMENET_RETRAIN_MIN_LABELS = 10
    page = client.post("/models/retrain", follow=True).content.decode()
    assert "Not enough labels to retrain yet: 0 training labels, at least 10 needed." in page
    assert "Retrain queued" not in page
    assert not RetrainRun.objects.exists()


def test_rollback_with_no_previous_model_says_so(client, active_model):
    page = client.post("/models/rollback", follow=True)
    assert "no previous model to roll back to" in page.content.decode()
    assert client.get("/models/rollback").status_code == 405


def test_buttons_refuse_a_post_without_the_csrf_token(owner, active_model):
    owner.is_staff = True  # so the 403 is the CSRF check's, not the staff-only one's
    owner.save(update_fields=["is_staff"])
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(owner)
    assert strict.post("/models/rollback").status_code == 403
    assert strict.post("/models/retrain").status_code == 403
