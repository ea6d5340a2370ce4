"""`timenet_status --json` (a contract: DESIGN.md)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def status() -> dict:
    out = io.StringIO()
    call_command("timenet_status", "--json", stdout=out)
    return json.loads(out.getvalue())


def test_status_reports_the_contract_keys_with_no_model_active(categories):
    report = status()
    for key in ("frames_captured", "frames_classified", "frames_pending", "review_queue",
                "labels", "active_model", "categories"):
        assert key in report
    assert report["active_model"] is None
    assert report["categories"] == 14
    assert report["frames_captured"] == 0


def test_status_names_the_active_model(active_model):
    assert status()["active_model"] == active_model.version
