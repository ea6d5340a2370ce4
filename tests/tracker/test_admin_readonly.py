"""The admin for operators: frames, observations and rollups are read-only there, and a frame's
page shows its stored image (through a staff-only view) and its prediction."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Observation

pytestmark = pytest.mark.django_db


@pytest.fixture
def frame(device_token, small_model, categories, frames_dir, tmp_path):
    activate_unsure_model(small_model, tmp_path)
    return seed_review(device_token[0], [("youtube", 1)], timezone.now() - timedelta(hours=1))[0]


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user("op", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(user)
    return client


def test_the_frame_page_shows_the_image_and_the_prediction(frame, staff):
    page = staff.get(f"/admin/tracker/frame/{frame.pk}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    image_url = f"/admin/tracker/frame/{frame.pk}/image.jpg"
    assert f'src="{image_url}"' in html
    observation = Observation.objects.get(frame=frame)
    assert f"{observation.category.code} ({round(100 * observation.confidence, 1)}%)" in html
    image = staff.get(image_url)
    assert image.status_code == 200 and image["Content-Type"] == "image/jpeg"
    assert b"".join(image.streaming_content)[:2] == b"\xff\xd8"


def test_the_frame_image_needs_a_staff_login(frame, owner):
    client = Client()
    assert client.get(f"/admin/tracker/frame/{frame.pk}/image.jpg").status_code == 302
    client.force_login(owner)  # a user, not staff
    assert client.get(f"/admin/tracker/frame/{frame.pk}/image.jpg").status_code == 302


def test_frames_observations_and_rollups_cannot_be_edited_in_the_admin(frame, staff):
    observation = Observation.objects.get(frame=frame)
    assert staff.get("/admin/tracker/frame/add/").status_code == 403
    assert staff.post(f"/admin/tracker/observation/{observation.pk}/change/",
                      {"confidence": "0.1"}).status_code == 403
    deleted = staff.post(f"/admin/tracker/frame/{frame.pk}/delete/", {"post": "yes"})
    assert deleted.status_code == 403
    assert staff.get("/admin/tracker/usagerollup/add/").status_code == 403
    observation.refresh_from_db()
    assert observation.confidence != 0.1
