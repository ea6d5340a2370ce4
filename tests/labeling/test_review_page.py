"""The labelling page's endpoints through Django's test client: the frame only to its owner,
one request per action (label answers with the next item, undo with the restored one), the
occlusion heatmap and "label all similar"."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from labeling.heatmap import occlusion_batch
from labeling.models import ReviewItem
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Observation

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 25, 9, tzinfo=UTC)


@pytest.fixture
def seeded(device_token, small_model, categories, frames_dir, tmp_path):
    activate_unsure_model(small_model, tmp_path)
    return seed_review(device_token[0], [("youtube", 1)] * 4 + [("code", 2), ("terminal", 3)],
                       START)


@pytest.fixture
def signed_in(client, owner):
    client.force_login(owner)
    return client


def test_a_frame_image_is_served_to_its_owner_only(seeded, signed_in, client,
                                                   django_user_model):
    url = f"/review/frame/{seeded[4].pk}.jpg"
    response = signed_in.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"
    client.logout()
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(django_user_model.objects.create_user("stranger"))
    assert client.get(url).status_code == 404


def test_the_page_lists_a_key_per_class(seeded, signed_in):
    html = signed_in.get("/review/").content.decode()
    assert 'data-key="1"' in html and 'data-key="0"' in html and 'data-key="a"' in html
    assert 'data-key="s"' not in html and 'data-key="u"' not in html


def test_label_answers_with_the_next_item_and_undo_with_the_restored_one(seeded, signed_in):
    first = signed_in.get("/review/next").json()
    assert first["queue_length"] == 3 and len(first["item"]["top"]) == 3
    response = signed_in.post("/review/label", {"item": first["item"]["id"],
                                                "category": "pdf"},
                              content_type="application/json").json()
    frame_ids = {r.frame_id for r in ReviewItem.objects.filter(status="resolved")}
    assert response["labelled"] == len(frame_ids) >= 1
    assert response["item"]["id"] != first["item"]["id"] and response["queue_length"] == 2
    assert set(Observation.objects.filter(category__code="pdf").values_list(
        "frame_id", flat=True)) == frame_ids
    undone = signed_in.post("/review/undo", {}, content_type="application/json").json()
    assert undone["item"]["id"] == first["item"]["id"]
    assert not Observation.objects.filter(category__code="pdf").exists()


def test_label_all_similar_labels_the_confirmed_frames_only(seeded, signed_in):
    leader = seeded[0].review
    neighbours = signed_in.get(f"/review/similar/{leader.pk}").json()["neighbours"]
    in_group = [n["frame"] for n in neighbours if n["in_group"]]
    assert sorted(in_group) == [f.pk for f in seeded[1:4]]
    keep = in_group[:2]  # the person unticks one
    response = signed_in.post("/review/label", {"item": leader.pk, "category": "netflix",
                                                "frames": keep},
                              content_type="application/json").json()
    assert response["labelled"] == 3
    assert set(Observation.objects.filter(category__code="netflix").values_list(
        "frame_id", flat=True)) == {seeded[0].pk, *keep}


def test_the_heatmap_is_a_7x7_occlusion_map_of_the_predicted_class(seeded, signed_in):
    data = signed_in.get(f"/review/heatmap/{seeded[4].pk}").json()
    assert data["grid"] == 7 and len(data["values"]) == 7
    flat = [v for row in data["values"] for v in row]
    assert max(flat) == 1.0 and min(flat) >= 0.0
    assert data["code"] == max(seeded[4].observation.probabilities.items(),
                               key=lambda kv: kv[1])[0]


def test_occlusion_greys_one_patch_per_copy():
    import numpy as np

    batch = np.ones((1, 3, 14, 14), np.float32)
    out = occlusion_batch(batch, 7)
    assert out.shape == (49, 3, 14, 14)
    assert (out.reshape(49, -1) == 0).sum(axis=1).tolist() == [3 * 2 * 2] * 49
    assert out[0, :, :2, :2].max() == 0 and out[0, :, 2:, :].min() == 1


def test_relabel_range_validates_and_labels(seeded, signed_in):
    bad = signed_in.post("/review/relabel-range", {"start": "2026-11-25T10:00:00Z",
                                                   "end": "2026-11-25T09:00:00Z",
                                                   "category": "code"})
    assert bad.status_code == 400
    ok = signed_in.post("/review/relabel-range", {"start": "2026-11-25T09:00:00Z",
                                                  "end": "2026-11-25T09:00:35Z",
                                                  "category": "github"}).json()
    assert ok["labelled"] == 4


def test_an_empty_queue_shows_what_it_is_and_no_label_panel(signed_in, categories):
    """Nothing to review: no broken frame image and no label buttons, a note and a way out."""
    html = signed_in.get("/review/").content.decode()
    images = re.findall(r"<img\b[^>]*>", html)
    assert not [i for i in images if not re.search(r'\ssrc="[^"]+"', i)], images
    assert 'class="key"' not in html and 'id="accept"' not in html
    empty = re.search(r'<section class="review-empty card" id="empty"([^>]*)>(.*?)</section>',
                      html, re.S)
    assert empty and "hidden" not in empty.group(1)
    assert "Nothing to review" in empty.group(2) and "unsure" in empty.group(2)
    assert f'href="{reverse("tracker:today")}"' in empty.group(2)


def test_a_queue_with_frames_renders_the_label_panel(seeded, signed_in):
    html = signed_in.get("/review/").content.decode()
    assert 'class="key"' in html and 'id="frame"' in html
    assert re.search(r'id="empty"[^>]*\shidden', html)
