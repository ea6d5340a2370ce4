"""Device tokens: stored hashed, shown once, revocable and replaceable from the devices page,
and only by their owner.

How these were checked to fail without their protection: with `devices.revoke` a no-op the
revoke test fails (the old token still gets 201); with `owned()` looking devices up by id
alone the other-user test fails (bob revokes alice's device); with `hash_token` returning the
token itself the "only a hash is stored" test fails.
"""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.conftest import screen_jpeg
from tracker.models import Device, Frame

pytestmark = pytest.mark.django_db


def upload(client, token: str, seed: int = 1):
    meta = {"captured_at": timezone.now().isoformat(), "duration": 10}
    return client.post("/api/frames", {
        "meta": json.dumps(meta),
        "image": SimpleUploadedFile("f.jpg", screen_jpeg("code", seed), "image/jpeg")},
        headers={"Authorization": f"Device {token}"})


def token_on(response) -> str:
    """The token shown once on the page (the <code> in the #new-token box)."""
    html = response.content.decode()
    box = html.split('id="new-token"', 1)[1]
    return box.split("<code>", 1)[1].split("</code>", 1)[0]


@pytest.fixture
def alice(django_user_model, client):
    user = django_user_model.objects.create_user("alice")
    client.force_login(user)
    return user


def test_a_new_device_s_token_is_shown_once_and_only_its_hash_is_stored(
        client, alice, frames_dir):
    response = client.post("/devices/add", {"name": "laptop-alice"})
    assert response.status_code == 201 and response["Cache-Control"] == "no-store"
    token = token_on(response)
    device = Device.objects.get(owner=alice, name="laptop-alice")
    assert token not in json.dumps(list(Device.objects.values()), default=str)
    assert len(device.token_hash) == 64 and device.token_hash != token
    assert upload(client, token).status_code == 201
    page = client.get("/devices/")
    assert page.status_code == 200 and token not in page.content.decode()
    device.refresh_from_db()
    assert "laptop-alice" in page.content.decode() and device.last_seen_at is not None
    assert "never" not in page.content.decode().split("laptop-alice", 1)[1].split("</tr>")[0]


def test_a_revoked_token_is_refused_at_once_and_its_history_kept(client, alice, frames_dir):
    token = token_on(client.post("/devices/add", {"name": "old-laptop"}))
    assert upload(client, token).status_code == 201
    device = Device.objects.get(name="old-laptop")
    response = client.post(f"/devices/{device.pk}/revoke")
    assert response.status_code == 302
    assert upload(client, token, seed=2).status_code == 401
    assert client.get("/api/notifications", headers={
        "Authorization": f"Device {token}"}).status_code == 401
    assert Frame.objects.filter(device=device).count() == 1  # its frames stay
    assert "revoked" in client.get("/devices/").content.decode()


def test_a_new_token_replaces_the_old_one(client, alice, frames_dir):
    old = token_on(client.post("/devices/add", {"name": "desk"}))
    device = Device.objects.get(name="desk")
    new = token_on(client.post(f"/devices/{device.pk}/token"))
    assert new != old
    assert upload(client, old).status_code == 401
    assert upload(client, new).status_code == 201


def test_another_person_s_devices_are_neither_shown_nor_revocable(
        client, alice, django_user_model, frames_dir):
    from tracker.devices import create_device

    bob = django_user_model.objects.create_user("bob")
    bobs, bobs_token = create_device(bob, "bobs-secret-machine")
    assert "bobs-secret-machine" not in client.get("/devices/").content.decode()
    assert client.post(f"/devices/{bobs.pk}/revoke").status_code == 404
    assert client.post(f"/devices/{bobs.pk}/token").status_code == 404
    assert upload(client, bobs_token).status_code == 201  # still bob's working token


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_a_bad_device_name_is_a_400_and_nothing_is_created(client, alice, name):
    response = client.post("/devices/add", {"name": name})
    assert response.status_code == 400 and not Device.objects.exists()


@pytest.mark.parametrize("name", ["a\x00b", "\u202eevil.exe", "zero\u200bwidth", "tab\there",
                                  "line\u2028break", "bell\x07", "del\x7f", "priv\ue000"])
def test_a_device_name_with_control_or_invisible_characters_is_a_400(client, alice, name):
    """The tester's NUL (201 on SQLite, a 500 on PostgreSQL, whose text cannot hold NUL) and
    right-to-left override were accepted before tracker.devices.clean_name: run against a
    `git worktree` of 9d3e0a0 every case here answered 201 on SQLite, and the NUL one a 500
    (DataError) with DATABASE_URL=postgres://postgres@127.0.0.1:5432/test; both pass now."""
    response = client.post("/devices/add", {"name": name})
    assert response.status_code == 400 and "control or invisible" in response.content.decode()
    assert not Device.objects.exists()


def test_the_service_refuses_such_a_name_too(alice):
    """create_device (the add_device command, benches) validates as the page does."""
    from tracker.devices import DeviceNameError, create_device

    with pytest.raises(DeviceNameError, match="U\\+0000"):
        create_device(alice, "a\x00b")
    assert not Device.objects.exists()


@pytest.mark.parametrize("name", ["Café laptop", "büro-PC 💻", "ノートPC", "عمل"])
def test_printable_unicode_device_names_are_still_accepted(client, alice, name):
    assert client.post("/devices/add", {"name": f"  {name} "}).status_code == 201
    assert Device.objects.get().name == name


def test_a_taken_name_is_a_400(client, alice):
    assert client.post("/devices/add", {"name": "twin"}).status_code == 201
    response = client.post("/devices/add", {"name": "twin"})
    assert response.status_code == 400 and "already have" in response.content.decode()
    assert Device.objects.filter(name="twin").count() == 1


@pytest.mark.django_db
def test_add_device_refuses_a_bad_name_with_exit_status_2(owner):
    """The command said nothing useful (a DeviceNameError traceback, exit 1) before."""
    with pytest.raises(CommandError, match="name") as refused:
        call_command("add_device", "a\x00b", owner=owner.username)
    assert refused.value.returncode == 2
    assert not Device.objects.exists()
