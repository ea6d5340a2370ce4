"""Per-user isolation (team mode): a user never sees another user's frames, charts, review
queue, notifications or exports — through any page, JSON endpoint, export or id-taking view.

Alice's data carries a marker (window title, device name); Bob, signed in, walks every data
view with and without `?device=<alice's device>` and every view that takes an id with Alice's
ids. A positive control shows Alice herself sees the marker in the same places, so the
assertions can fail. How they were checked to fail: with `device__owner=request.user` dropped
from labeling.views.owned_frame, the frame/heatmap test fails (Bob gets 200 and her image).
(Dropping the owner from the export's `?device=` lookup alone is caught by nothing: the export
rows carry their own owner filter, so the file stays empty — defence in depth, not a gap.)
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from labeling.models import Label, ReviewItem
from notify.models import Notification
from tests.conftest import screen_jpeg
from tests.support.dashboard_seed import add_block, local, model_version, save_blocks
from tracker import rollups
from tracker.categories import ensure_default_categories
from tracker.devices import create_device
from tracker.ingest import ingest_frame
from tracker.models import Category, Observation

pytestmark = pytest.mark.django_db
MARK = "ALICE-SECRET-TITLE"
DEVICE = "alice-laptop-7f3"


@pytest.fixture
def world(django_user_model, frames_dir):
    """Alice with classified frames (one unsure, with its encrypted image and a review item),
    rollups and a notification; Bob with a device of his own and one frame."""
    ensure_default_categories()
    alice = django_user_model.objects.create_user("alice")
    bob = django_user_model.objects.create_user("bob")
    day = timezone.localdate()
    alice_device, _ = create_device(alice, DEVICE)
    bob_device, _ = create_device(bob, "bob-desk")
    frames = add_block(alice_device, local(day, "00:10"), 10, "code", MARK, "xterm", "activity")
    unsure = add_block(alice_device, local(day, "00:30"), 2, "medium", MARK, "chromium",
                       "unreviewed")
    bobs = add_block(bob_device, local(day, "00:40"), 5, "email", "bob-title", "mail",
                     "activity")
    save_blocks([(frames, "code", "activity"), (unsure, "medium", "unreviewed"),
                 (bobs, "email", "activity")])
    rollups.recompute_for_frames(frames + unsure + bobs)
    meta = {"captured_at": (timezone.now() - timedelta(minutes=1)).isoformat(), "duration": 10,
            "window_title": MARK}
    image_frame, _ = ingest_frame(alice_device, screen_jpeg("code", 5), json.dumps(meta))
    Observation.objects.create(frame=image_frame, category=Category.objects.get(code="code"),
                               model_version=model_version(), confidence=0.4,
                               probabilities={"code": 0.4, "terminal": 0.35})
    item = ReviewItem.objects.create(frame=image_frame, score=0.9)
    note = Notification.objects.create(owner=alice, kind=Notification.Kind.choices[0][0],
                                       title=MARK, body=MARK)
    # past the browser banner's grace period (the agent had its chance to show it first)
    Notification.objects.filter(pk=note.pk).update(
        created_at=timezone.now() - timedelta(minutes=2))
    return {"alice": alice, "bob": bob, "day": day, "device": alice_device, "frame": image_frame,
            "item": item, "note": note, "any_item": ReviewItem.objects.filter(
                frame__device=alice_device).exclude(pk=item.pk).first()}


def data_urls(day) -> list[str]:
    monday = day - timedelta(days=day.weekday())
    span = f"start={day - timedelta(days=1)}&end={day}"
    return ["/", f"/day/{day}/", "/week/", f"/week/{day}/", f"/range/?{span}",
            f"/report/week/{monday}/", "/api/today", f"/api/today?day={day}", "/api/week",
            f"/export/observations.csv?{span}", f"/export/observations.json?{span}",
            f"/export/rollups.csv?{span}", f"/export/rollups.json?{span}", "/review/",
            "/review/next", "/api/notifications/browser", "/settings/", "/devices/",
            "/models/", "/categories/"]


def body_of(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode(errors="replace")


def test_alice_sees_her_own_marker_in_the_data_views(client, world):
    """Positive control: the marker is where the isolation tests look for it."""
    client.force_login(world["alice"])
    seen = {url for url in data_urls(world["day"]) if MARK in body_of(client.get(url))}
    assert {"/", f"/day/{world['day']}/", "/review/next", "/api/notifications/browser"} <= seen
    assert any(url.startswith("/export/observations") for url in seen)
    assert DEVICE in body_of(client.get("/devices/"))


def test_bob_sees_nothing_of_alice_in_any_data_view(client, world):
    client.force_login(world["bob"])
    for url in data_urls(world["day"]):
        response = client.get(url)
        assert response.status_code in (200, 404), (url, response.status_code)
        body = body_of(response)
        assert MARK not in body and DEVICE not in body, url


def test_bob_cannot_pick_alice_s_device_as_a_filter(client, world):
    client.force_login(world["bob"])
    device = world["device"].pk
    for url in data_urls(world["day"]):
        joiner = "&" if "?" in url else "?"
        response = client.get(f"{url}{joiner}device={device}")
        body = body_of(response)
        assert MARK not in body and DEVICE not in body, url
        assert response.status_code in (200, 400, 404), (url, response.status_code)


def test_bob_gets_404_for_alice_s_frame_image_heatmap_and_similar(client, world):
    client.force_login(world["bob"])
    frame, item = world["frame"], world["item"]
    assert client.get(f"/review/frame/{frame.pk}.jpg").status_code == 404
    assert client.get(f"/review/heatmap/{frame.pk}").status_code == 404
    assert client.get(f"/review/similar/{item.pk}").status_code == 404
    client.force_login(world["alice"])
    assert client.get(f"/review/frame/{frame.pk}.jpg").status_code == 200  # control


def test_bob_cannot_label_relabel_or_undo_alice_s_frames(client, world):
    client.force_login(world["bob"])
    item = world["item"]
    response = client.post("/review/label", {"item": item.pk, "category": "code"})
    assert response.status_code == 400
    day = world["day"]
    response = client.post("/review/relabel-range", {
        "start": local(day, "00:00").isoformat(), "end": local(day, "23:00").isoformat(),
        "category": "email", "device": world["device"].pk})
    assert response.status_code == 400
    client.post("/review/undo")
    assert not Label.objects.exists()
    item.refresh_from_db()
    assert item.status == ReviewItem.Status.OPEN


def test_bob_cannot_acknowledge_alice_s_notification(client, world):
    client.force_login(world["bob"])
    note = world["note"]
    response = client.post(f"/api/notifications/browser/{note.pk}/ack")
    assert response.status_code in (200, 404)
    assert response.status_code == 404 or response.json()["delivered"] is False
    note.refresh_from_db()
    assert note.delivered_at is None
