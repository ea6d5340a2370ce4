"""Frames are encrypted at rest with a key outside the database, stripped of metadata, and
every reader (classifier, review page, retrain) goes through tracker.frame_store.

How these were checked to fail without their protection: with `write_frame` changed to write
the uploaded bytes as they are (no encrypt, no strip), the first two tests fail (the file starts
with FF D8 and holds the EXIF/comment text); with `_load_key`'s mode check removed the
loose-permissions test fails; with `decrypt` returning the stored bytes unchanged the tamper and
wrong-key tests fail; with `plain_copies` not removing its folder the retrain test fails."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image

from tests.conftest import screen_jpeg
from tracker import frame_store
from tracker.ingest import ingest_frame
from tracker.models import Frame

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
META = {"captured_at": "2026-11-22T10:00:00+00:00", "duration": 10}
SECRET_COMMENT = b"secret-comment-from-the-camera"


def jpeg_with_metadata() -> bytes:
    """A screen JPEG carrying EXIF (a camera make and a GPS-like tag), a comment and an ICC
    profile: everything a re-encode must drop."""
    image = Image.open(io.BytesIO(screen_jpeg("code", 3)))
    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"  # Make
    exif[0x0131] = "SecretSoftware 1.0"  # Software
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif.tobytes(), comment=SECRET_COMMENT,
               icc_profile=b"\0" * 128 + b"secret-icc")
    return out.getvalue()


def test_a_stored_frame_is_encrypted_and_the_key_is_a_0600_file_outside_the_database(
        device_token, frames_dir, settings):
    frame, _ = ingest_frame(device_token[0], jpeg_with_metadata(), json.dumps(META))
    stored = (frames_dir / frame.image_path).read_bytes()
    assert stored.startswith(frame_store.MAGIC)
    assert b"\xff\xd8" != stored[:2] and b"SecretCameraMaker" not in stored
    key = frame_store.key_file()
    assert key == settings.TIMENET_FRAME_KEY_FILE and key.is_file()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((frames_dir / frame.image_path).stat().st_mode) == 0o600
    assert not key.is_relative_to(frames_dir)  # a copy of the frames alone reveals nothing


def test_a_stored_frame_is_re_encoded_without_exif_comment_or_icc(device_token, frames_dir):
    original = jpeg_with_metadata()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif() and before.info.get("comment") and before.info.get("icc_profile")
    frame, _ = ingest_frame(device_token[0], original, json.dumps(META))
    plain = frame_store.read_frame(frame.image_path)
    assert b"SecretCameraMaker" not in plain and SECRET_COMMENT not in plain
    assert b"secret-icc" not in plain
    with Image.open(io.BytesIO(plain)) as after:
        assert after.format == "JPEG" and after.size == (frame.width, frame.height)
        assert not after.getexif() and "comment" not in after.info
        assert "icc_profile" not in after.info


def test_png_metadata_chunks_are_dropped_and_pixels_kept(device_token, frames_dir):
    from PIL.PngImagePlugin import PngInfo

    image = Image.open(io.BytesIO(screen_jpeg("terminal", 1))).convert("RGB")
    info = PngInfo()
    info.add_text("Author", "secret-author")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    frame, _ = ingest_frame(device_token[0], out.getvalue(), json.dumps(META))
    plain = frame_store.read_frame(frame.image_path)
    assert b"secret-author" not in plain
    with Image.open(io.BytesIO(plain)) as after:
        assert after.format == "PNG" and after.tobytes() == image.tobytes()


def test_a_tampered_file_or_another_key_is_refused_not_decoded(device_token, frames_dir,
                                                               settings, tmp_path):
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 1), json.dumps(META))
    path = frames_dir / frame.image_path
    stored = bytearray(path.read_bytes())
    stored[-40] ^= 0x01
    path.write_bytes(bytes(stored))
    with pytest.raises(frame_store.FrameStoreError, match="cannot decrypt"):
        frame_store.read_frame(frame.image_path)
    frame2, _ = ingest_frame(device_token[0], screen_jpeg("code", 2),
                             json.dumps({**META, "captured_at": "2026-11-22T10:00:10+00:00"}))
    settings.TIMENET_FRAME_KEY_FILE = tmp_path / "other.key"
    with pytest.raises(frame_store.FrameStoreError, match="cannot decrypt"):
        frame_store.read_frame(frame2.image_path)


def test_a_key_file_readable_by_others_is_refused(frames_dir, settings, tmp_path):
    key = tmp_path / "loose.key"
    key.write_bytes(os.urandom(frame_store.KEY_BYTES))
    key.chmod(0o644)
    settings.TIMENET_FRAME_KEY_FILE = key
    with pytest.raises(frame_store.FrameStoreError, match="chmod 600"):
        frame_store.write_frame("x/y.png", screen_jpeg("code", 1))
    assert not (frames_dir / "x" / "y.png").exists()


def test_processes_creating_the_key_at_once_all_get_the_same_whole_key(tmp_path):
    """Web server and workers start together: one key wins, nobody reads half a key.
    (The race this guards against, a key written in place after an O_EXCL open, is a
    microsecond window: 3 runs against that version did not hit it, so this test checks the
    outcome — one whole 0600 key, no temp files left — not that window.)"""
    key = tmp_path / "race" / "frames.key"
    code = ("import sys; from pathlib import Path; from tracker import frame_store; "
            "print(frame_store._load_key(Path(sys.argv[1])).hex())")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(key)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(8)]
    results = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in results]
    assert len({out.strip() for out, _ in results}) == 1
    assert key.read_bytes().hex() == results[0][0].strip()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert [p.name for p in key.parent.iterdir()] == ["frames.key"]  # no temp files left


def test_plain_files_from_before_are_read_and_encrypted_by_the_command(
        device_token, frames_dir, capsys):
    """A frame written by an older version (a plain JPEG) is still served and classified;
    `manage.py encrypt_frames` converts it in place, once."""
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 1), json.dumps(META))
    legacy = screen_jpeg("code", 7)
    (frames_dir / frame.image_path).write_bytes(legacy)  # as an old version stored it
    assert frame_store.read_frame(frame.image_path) == legacy
    call_command("encrypt_frames")
    assert "encrypted 1 frame files; 0 were already" in capsys.readouterr().out
    assert frame_store.is_encrypted(frames_dir / frame.image_path)
    with Image.open(io.BytesIO(frame_store.read_frame(frame.image_path))) as image:
        assert image.size == Image.open(io.BytesIO(legacy)).size
    call_command("encrypt_frames")
    assert "encrypted 0 frame files; 1 were already" in capsys.readouterr().out


def test_retraining_sees_decrypted_copies_only_while_it_runs(device_token, frames_dir):
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 1), json.dumps(META))
    encrypted = frames_dir / frame.image_path
    with frame_store.plain_copies([(encrypted, "code")]) as items:
        (copy, code), = items
        assert code == "code" and copy != encrypted
        assert copy.read_bytes()[:2] == b"\xff\xd8"
        assert copy.stat().st_mtime_ns == encrypted.stat().st_mtime_ns  # embedding cache key
        assert stat.S_IMODE(frame_store.plain_dir().stat().st_mode) == 0o700
    assert not copy.exists() and not frame_store.plain_dir().exists()


def test_the_review_page_serves_the_decrypted_image_to_its_owner(client, device_token,
                                                                 frames_dir):
    frame, _ = ingest_frame(device_token[0], screen_jpeg("youtube", 1), json.dumps(META))
    client.force_login(device_token[0].owner)
    response = client.get(f"/review/frame/{frame.pk}.jpg")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content) == frame_store.read_frame(frame.image_path)
    assert "private" in response["Cache-Control"]


def test_no_public_url_serves_the_frames_directory(client, device_token, frames_dir, settings):
    """Frames are never under STATIC/MEDIA: the relative path, under any of the prefixes a
    public file server would use, is a 404 (or the login redirect), never the file."""
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 1), json.dumps(META))
    assert not getattr(settings, "MEDIA_ROOT", "") or \
        not frames_dir.is_relative_to(settings.MEDIA_ROOT)
    assert not frames_dir.is_relative_to(settings.STATIC_ROOT)
    client.force_login(device_token[0].owner)
    stored = (frames_dir / frame.image_path).read_bytes()
    for prefix in ("/media/", "/static/", "/frames/", "/var/frames/", "/"):
        response = client.get(prefix + frame.image_path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code in (302, 404) and stored not in body, prefix
    assert Frame.objects.filter(pk=frame.pk).exists()


def test_a_tampered_frame_is_a_404_on_the_review_page_not_a_500(client, device_token,
                                                                  frames_dir, active_model):
    """(Checked failing without the heatmap view's except: a 500 from FrameStoreError.)"""
    frame, _ = ingest_frame(device_token[0], screen_jpeg("code", 1), json.dumps(META))
    path = frames_dir / frame.image_path
    path.write_bytes(path.read_bytes()[:-1] + b"\0")
    client.force_login(device_token[0].owner)
    response = client.get(f"/review/heatmap/{frame.pk}")
    assert response.status_code == 404 and "cannot be read" in response.json()["error"]
    assert client.get(f"/review/frame/{frame.pk}.jpg").status_code == 404
