"""Ingest's protections, each proven to matter: every test here was run once with its protection
removed (on a scratch copy of the tree) and failed; the docstring says what removing it does.

The oversized-body tests talk raw HTTP and never send the body: once to the real WSGI app behind
Django's live server (which hands the app the socket's stream unread, so the view's own
Content-Length check is what answers), once to waitress started as `make run` starts it (which
buffers a whole body before calling the app, so there its --max-request-body-size answers).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import struct
import subprocess
import zlib
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from tests.conftest import free_port, on_postgres, screen_jpeg, stop_process, wait_until
from timenet_site import run
from tracker import devices, ingest
from tracker.models import Frame

META = {"captured_at": "2026-11-22T10:00:00+00:00", "duration": 10}


def post_frame(client, authorization: str, image: bytes):
    return client.post(
        reverse("tracker:ingest"),
        {"meta": json.dumps(META), "image": SimpleUploadedFile("f.png", image, "image/png")},
        headers={"Authorization": authorization})


def png(width: int, height: int, mode: str = "1") -> bytes:
    """A real, whole PNG of one colour: a few KB even at tens of megapixels."""
    out = io.BytesIO()
    Image.new(mode, (width, height)).save(out, "PNG")
    return out.getvalue()


def oversized_request_head(host: str, authorization: str, size: int = 256 << 20) -> bytes:
    """Request headers announcing a `size`-byte multipart body (which the caller never sends).
    256 MiB: far over the upload cap, under waitress's own default cap (1 GiB)."""
    return (f"POST {reverse('tracker:ingest')} HTTP/1.1\r\nHost: {host}\r\n"
            f"Authorization: {authorization}\r\n"
            "Content-Type: multipart/form-data; boundary=timenetboundary\r\n"
            f"Content-Length: {size}\r\n\r\n").encode()


def accepts_connections(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def read_response_head(sock: socket.socket) -> bytes:
    """Bytes up to the end of the response headers (or what came before the server closed)."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = sock.recv(4096)
        if not chunk:
            break
        received += chunk
    return received


@pytest.mark.django_db(transaction=True)
def test_an_oversized_content_length_is_refused_before_a_byte_of_the_body_is_sent(
        live_server, device_token, frames_dir):
    """Headers only, announcing a 256 MiB body that never comes: the 413 must still arrive.

    With the Content-Length check removed from tracker.views.ingest, the view reads
    request.FILES, the multipart parser blocks reading a body that never comes, and the recv
    below times out (tried: the test fails with socket.timeout)."""
    _, token = device_token
    url = urlsplit(live_server.url)
    head = oversized_request_head(url.netloc, f"Device {token}")
    with socket.create_connection((url.hostname, url.port), timeout=20) as sock:
        sock.sendall(head)  # ... and not one byte of the body
        response = read_response_head(sock)
    assert response.startswith(b"HTTP/1.1 413"), response[:200]
    assert not Frame.objects.exists()


def test_make_runs_web_server_refuses_an_oversized_body_from_its_headers(settings, tmp_path):
    """waitress, started with the argv `make run` gives it, answers 413 to headers announcing
    256 MiB: waitress reads a whole body before calling the app, so only its own cap can refuse
    early. Without `--max-request-body-size` in timenet_site.run it waits for the body and the
    recv below times out (tried: TimeoutError)."""
    settings.TIMENET_PORT = free_port()
    argv = run.programs(settings, redis_socket=None)["web"]
    env = {**os.environ, "TIMENET_DATA_DIR": str(tmp_path)}
    server = subprocess.Popen(argv, env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: accepts_connections(settings.TIMENET_PORT), 60, "waitress to listen")
        with socket.create_connection(("127.0.0.1", settings.TIMENET_PORT), timeout=20) as sock:
            sock.sendall(oversized_request_head("127.0.0.1", "Device x"))
            response = read_response_head(sock)
    finally:
        stop_process(server)
    assert response.startswith(b"HTTP/1.1 413"), response[:200]


def test_a_content_length_just_over_the_upload_cap_is_refused(client, device_token, settings):
    """The cap is max_upload_bytes() exactly: one byte more is refused by the header alone
    (the body sent here is small, so only the Content-Length check can answer 413)."""
    response = client.generic(
        "POST", reverse("tracker:ingest"), b"x" * 10, content_type="application/octet-stream",
        headers={"Authorization": f"Device {device_token[1]}",
                 "Content-Length": str(ingest.max_upload_bytes() + 1)})
    assert response.status_code == 413
    assert response.json() == {"error": "frame too large"}


def test_a_content_length_at_the_upload_cap_reaches_the_form_parser(client, device_token):
    """At exactly the cap the header check lets the request through (here: no image field)."""
    response = client.generic(
        "POST", reverse("tracker:ingest"), b"x" * 10, content_type="application/octet-stream",
        headers={"Authorization": f"Device {device_token[1]}",
                 "Content-Length": str(ingest.max_upload_bytes())})
    assert response.status_code == 400


@pytest.mark.django_db
def test_a_small_file_with_huge_pixel_dimensions_is_refused(client, device_token, frames_dir,
                                                             settings):
    """8000x6000 px (48 Mpx, over the default 40 Mpx cap) in a PNG of a few KB: 413, nothing
    stored. Without the pixel cap in tracker.ingest.validate_image the image decodes and is
    stored (tried: 201)."""
    image = png(8000, 6000)
    assert len(image) < settings.TIMENET_MAX_FRAME_BYTES // 100
    assert 8000 * 6000 > settings.TIMENET_MAX_FRAME_PIXELS
    response = post_frame(client, f"Device {device_token[1]}", image)
    assert response.status_code == 413
    assert "8000x6000" in response.json()["error"]
    assert not Frame.objects.exists()
    assert not frames_dir.exists() or not any(frames_dir.rglob("*.png"))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims `width`x`height` px, with a tiny (wrong) pixel stream."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real small JPEG whose start-of-frame marker is rewritten to claim `width`x`height`."""
    data = bytearray(screen_jpeg("code", 1))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.django_db
@pytest.mark.parametrize("image", [png_header_only(20000, 20000), png_header_only(100000, 100000),
                                   jpeg_claiming(14000, 14000), jpeg_claiming(65535, 65535)],
                         ids=["png-400Mpx", "png-10Gpx", "jpeg-196Mpx", "jpeg-4Gpx"])
def test_a_header_claiming_more_pixels_than_pillow_opens_is_413_not_500(
        client, device_token, frames_dir, image):
    """Pillow itself refuses, inside Image.open, anything over twice its MAX_IMAGE_PIXELS (~179
    Mpx) with DecompressionBombError, before the 40 Mpx cap runs. Found by a hostile review
    (a 500 for each of these); without the DecompressionBombError branch in validate_image
    these answer 500 again (tried)."""
    response = post_frame(client, f"Device {device_token[1]}", image)
    assert response.status_code == 413
    assert "too many pixels" in response.json()["error"]
    assert not Frame.objects.exists()
    assert not frames_dir.exists() or not any(p.is_file() for p in frames_dir.rglob("*"))


@pytest.mark.django_db
def test_a_bare_token_without_the_device_prefix_is_refused(client, device_token, frames_dir):
    """The valid token itself, sent without `Device `: 401. Without the prefix check the lookup
    (which strips an absent prefix as a no-op) finds the device (tried: 201)."""
    response = post_frame(client, device_token[1], screen_jpeg("code", 1))
    assert response.status_code == 401
    assert not Frame.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("scheme", ["Bearer ", "device ", "Device", "Token "])
def test_a_token_under_another_scheme_is_refused(client, device_token, frames_dir, scheme):
    response = post_frame(client, f"{scheme}{device_token[1]}", screen_jpeg("code", 1))
    assert response.status_code == 401
    assert not Frame.objects.exists()


@pytest.mark.django_db
def test_the_device_prefix_with_the_valid_token_is_accepted(client, device_token, frames_dir):
    """The counterpart of the refusals above: the same frame with `Device <token>` is stored."""
    response = post_frame(client, f"Device {device_token[1]}", screen_jpeg("code", 1))
    assert response.status_code == 201
    assert Frame.objects.get().device_id == device_token[0].pk


@pytest.mark.django_db
def test_an_empty_token_after_the_prefix_finds_no_device(client, device_token, frames_dir):
    assert devices.device_for_token("") is None
    response = post_frame(client, "Device ", screen_jpeg("code", 1))
    assert response.status_code == 401


@pytest.mark.django_db
def test_only_the_tokens_sha256_is_stored_and_it_finds_the_device(device_token):
    device, token = device_token
    assert device.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert len(token) >= 43  # 32 random bytes, base64url
    found = devices.device_for_token(token)
    assert found == device and found.owner.username == "owner"
    assert devices.device_for_token(device.token_hash) is None  # the stored hash is no token


@pytest.mark.django_db
def test_rotating_a_device_token_revokes_the_old_one(device_token):
    device, old = device_token
    same, new = devices.create_device_or_rotate(device.owner, device.name)
    assert same.pk == device.pk and new != old
    assert devices.device_for_token(old) is None
    assert devices.device_for_token(new) == device
    other, _ = devices.create_device_or_rotate(device.owner, "laptop")
    assert other.pk != device.pk and other.name == "laptop"


@pytest.mark.django_db
def test_a_frame_exactly_at_the_byte_cap_fits_with_its_multipart_envelope(client, device_token,
                                                                         frames_dir, settings):
    """The Content-Length cap leaves room for the envelope: a frame of exactly
    TIMENET_MAX_FRAME_BYTES is accepted (written for a surviving mutant: cap minus 64 KiB)."""
    image = screen_jpeg("code", 1)
    settings.TIMENET_MAX_FRAME_BYTES = len(image)
    response = post_frame(client, f"Device {device_token[1]}", image)
    assert response.status_code == 201


@pytest.mark.django_db
def test_an_unaccepted_format_is_415_naming_the_formats_and_a_png_is_stored_as_png(
        client, device_token, frames_dir, settings):
    gif = io.BytesIO()
    Image.new("RGB", (64, 40)).save(gif, "GIF")
    response = post_frame(client, f"Device {device_token[1]}", gif.getvalue())
    assert response.status_code == 415 and "JPEG, PNG or WEBP" in response.json()["error"]
    settings.TIMENET_MAX_FRAME_PIXELS = 64 * 40  # exactly at the pixel cap: accepted
    response = post_frame(client, f"Device {device_token[1]}", png(64, 40, "RGB"))
    assert response.status_code == 201
    assert Frame.objects.get().image_path.endswith(".png")


@pytest.mark.django_db
def test_refusals_say_why(client, device_token, frames_dir, settings):
    settings.TIMENET_MAX_FRAME_BYTES = 1024
    too_big = post_frame(client, f"Device {device_token[1]}", b"\xff" * 2000)
    assert too_big.status_code == 413 and "2000 bytes" in too_big.json()["error"]
    garbage = post_frame(client, f"Device {device_token[1]}", b"not an image")
    assert garbage.status_code == 400 and "not a valid image" in garbage.json()["error"]


def post_captured_at(client, token: str, captured_at: str):
    meta = json.dumps({"captured_at": captured_at, "duration": 10})
    return client.post(
        reverse("tracker:ingest"),
        {"meta": meta, "image": SimpleUploadedFile("f.png", png(64, 40, "RGB"), "image/png")},
        headers={"Authorization": f"Device {token}"})


def stored_files(frames_dir) -> list:
    return [p for p in frames_dir.rglob("*") if p.is_file()] if frames_dir.exists() else []


@pytest.mark.django_db
@pytest.mark.parametrize(("offset", "says"), [
    (timedelta(hours=2), "is in the future"), (-timedelta(days=400), "is more than 366 days old")])
def test_a_capture_time_outside_the_plausible_window_is_a_400_naming_the_agents_clock(
        client, device_token, frames_dir, offset, says, settings):
    """Two hours ahead of the server (a wrong agent clock) or 400 days back (a clock reset):
    400 naming the time and the fix, nothing stored. (The product's default window: the
    suite's widening for its dated fixtures is removed.)"""
    del settings.TIMENET_MAX_FRAME_AGE_DAYS
    moment = (timezone.now() + offset).isoformat()
    response = post_captured_at(client, device_token[1], moment)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error.startswith(f"meta.captured_at {moment} {says}")
    assert error.endswith("check the agent's clock")
    assert not Frame.objects.exists() and not stored_files(frames_dir)


def test_the_plausible_window_is_one_hour_ahead_and_366_days_back(settings):
    """The defaults (no setting): half a second inside each end passes, half a second (ahead) or
    a minute (back) outside is refused with a 400. Called directly, so the two clock readings
    are microseconds apart."""
    del settings.TIMENET_MAX_FRAME_AGE_DAYS  # the product's default, not the suite's
    now = timezone.now()
    ingest.check_capture_time(now + timedelta(seconds=3599.5))
    ingest.check_capture_time(now - timedelta(days=366) + timedelta(seconds=60))
    for outside in (now + timedelta(seconds=3600.5), now - timedelta(days=366, seconds=60)):
        with pytest.raises(ingest.IngestError) as refused:
            ingest.check_capture_time(outside)
        assert refused.value.status == 400


def test_the_window_follows_its_settings(settings):
    settings.TIMENET_MAX_CLOCK_SKEW = 60
    settings.TIMENET_MAX_FRAME_AGE_DAYS = 2
    assert ingest.capture_window() == (timedelta(seconds=60), timedelta(days=2))
    now = timezone.now()
    ingest.check_capture_time(now + timedelta(seconds=30))
    ingest.check_capture_time(now - timedelta(days=1))
    for outside in (now + timedelta(seconds=90), now - timedelta(days=3)):
        with pytest.raises(ingest.IngestError, match="check the agent's clock"):
            ingest.check_capture_time(outside)


@pytest.mark.django_db
def test_a_frame_store_that_cannot_be_written_is_a_507_and_no_row(client, device_token,
                                                                   tmp_path, settings):
    """A real OSError from the store (its directory lies under a regular file: ENOTDIR): 507,
    which tells the agent to keep the frame, with the OS's reason; no row."""
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    settings.FRAMES_DIR = blocker / "frames"
    settings.TIMENET_FRAME_KEY_FILE = tmp_path / "frames.key"
    response = post_captured_at(client, device_token[1], timezone.now().isoformat())
    assert response.status_code == 507
    assert response.json()["error"] == ("the server cannot store frames now: Not a directory; "
                                        "keep the frame and retry later")
    assert not Frame.objects.exists()


@pytest.mark.django_db
def test_a_database_refusing_the_row_is_a_503_and_the_stored_image_is_removed(
        client, device_token, frames_dir):
    """The real SQLite connection made read-only (PRAGMA query_only) after the device is
    authenticated: the insert fails with a DatabaseError, ingest answers 503 and removes the
    image it had written, so no file is left without a row."""
    from django.db import connection

    if on_postgres():
        pytest.skip("PRAGMA query_only is SQLite's; the 503 path is the same code")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA query_only = ON")
    try:
        response = post_captured_at(client, device_token[1], timezone.now().isoformat())
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA query_only = OFF")
    assert response.status_code == 503
    error = response.json()["error"]
    assert error.startswith("the server cannot record frames now: ") and "readonly" in error
    assert error.endswith("keep the frame and retry later")
    assert not Frame.objects.exists()
    assert stored_files(frames_dir) == []


@pytest.mark.django_db
@pytest.mark.parametrize("parts, says", [
    ({"image": [SimpleUploadedFile("a.jpg", screen_jpeg("code", 1), "image/jpeg"),
                SimpleUploadedFile("b.jpg", screen_jpeg("code", 2), "image/jpeg")]},
     "not several"),
    ({"image": SimpleUploadedFile("a.jpg", screen_jpeg("code", 1), "image/jpeg"),
      "meta": [json.dumps(META), json.dumps(META)]}, "not several"),
    ({"meta": json.dumps(META)}, "'image' is missing"),
], ids=["two-images", "two-metas", "no-image"])
def test_an_ambiguous_upload_is_a_400_and_stores_nothing(client, device_token, frames_dir,
                                                         parts, says):
    """Two image or meta parts were resolved silently (the last one stored: hostile review);
    without the count checks in tracker.views.upload_parts these are 201 again (tried)."""
    parts.setdefault("meta", json.dumps(META))
    response = client.post(reverse("tracker:ingest"), parts,
                           headers={"Authorization": f"Device {device_token[1]}"})
    assert response.status_code == 400
    assert says in response.json()["error"]
    assert not Frame.objects.exists()


@pytest.mark.django_db
def test_a_metadata_part_over_the_memory_limit_is_a_json_413(client, device_token, frames_dir,
                                                              settings):
    """Django refuses a form field over DATA_UPLOAD_MAX_MEMORY_SIZE with its HTML error page;
    the agent reads JSON errors, so the ingest view answers the same refusal as JSON."""
    title = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(reverse("tracker:ingest"), {
        "meta": json.dumps({**META, "window_title": title}),
        "image": SimpleUploadedFile("a.jpg", screen_jpeg("code", 1), "image/jpeg")},
        headers={"Authorization": f"Device {device_token[1]}"})
    assert response.status_code == 413
    assert response.json()["error"] == "the metadata part is too large"
    assert not Frame.objects.exists()
