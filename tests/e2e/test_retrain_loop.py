"""The learning loop on real services: corrections -> `manage.py retrain` -> a candidate judged
on the gold set and promoted; a shuffled-labels candidate rejected; `manage.py rollback_model`
restores the previous model, and the running Celery worker (same process, never restarted)
stamps new Observations with whichever version is active. The models page is screenshotted at
1440x900 and 390x844 into var/test-artifacts/models/."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from labeling import retrain
from labeling.corrections import apply_label
from labeling.models import RetrainRun
from tests.conftest import PY, ROOT, wait_until
from tests.e2e.conftest import CHROMIUM, session_page
from tests.labeling.labelled import KINDS, rotated
from tests.labeling.seed import activate_unsure_model, ingest_screens
from tracker.model_registry import active_model
from tracker.models import Category, Frame, Observation

ARTIFACTS = ROOT / "var" / "test-artifacts" / "models"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium missing")


def manage(services, *args: str) -> dict:
    done = subprocess.run([PY, "manage.py", *args, "--json"], cwd=ROOT, env=services.env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def classified(frames: list[Frame]) -> list[Observation]:
    """Wait until the worker has written an Observation for every frame; returns them."""
    ids = [f.pk for f in frames]
    wait_until(lambda: Observation.objects.filter(frame_id__in=ids).count() == len(ids), 120,
               "the worker to classify the frames")
    return list(Observation.objects.filter(frame_id__in=ids).select_related("model_version"))


def new_frames(device, seed: int, n: int = 3) -> list[Observation]:
    start = timezone.now() - timedelta(minutes=30) + timedelta(seconds=seed)
    return classified(ingest_screens(device, [(KINDS[i % 3], seed + i) for i in range(n)], start))


def shoot_models_page(browser, live_server, owner) -> str:  # noqa: F811 - fixture
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shown = ""
    for width, height in [(1440, 900), (390, 844)]:
        page = session_page(browser, live_server, owner, width, height)
        page.goto(live_server.url + "/models/")
        page.wait_for_function("window.Chart && Chart.getChart('learning-curve')", timeout=20_000)
        page.screenshot(path=str(ARTIFACTS / f"models-{width}x{height}.png"), full_page=True)
        shown = page.inner_text("[data-testid=active-version]")
        page.context.close()
    return shown


# Two retrains and four model loads on 2 shared cores: 280 s alone, past 600 s under load.
@pytest.mark.timeout(1500)
def test_corrections_retrain_promote_reject_and_rollback_reach_a_running_worker(
        services, owner, device_token, small_model, tmp_path, settings, browser,  # noqa: F811
        live_server):
    settings.DATA_DIR = Path(services.env["TIMENET_DATA_DIR"])
    owner.is_staff = True  # as make run's owner: the models page shows retrain and rollback
    owner.save(update_fields=["is_staff"])
    device = device_token[0]
    worker = services.worker("w1")
    original = activate_unsure_model(small_model, tmp_path)
    screens = [(kind, 200 + i) for i in range(10) for kind in KINDS]
    frames = ingest_screens(device, screens, timezone.now() - timedelta(hours=3))
    classified(frames)
    codes = {c.code: c for c in Category.objects.filter(code__in=KINDS)}
    for frame, (kind, _) in zip(frames, screens, strict=True):
        apply_label(owner, [frame.pk], codes[kind])

    promoted = manage(services, "retrain")
    assert promoted["status"] == "promoted", promoted
    assert promoted["n_labels"] == 24 and promoted["n_gold"] == 6
    assert promoted["gold_accuracy"] >= promoted["baseline_gold_accuracy"]
    assert active_model().version == promoted["candidate"]
    assert {o.model_version.version for o in new_frames(device, 500)} == {promoted["candidate"]}

    worse = retrain.retrain("test", items=rotated(retrain.labelled_items()))
    assert worse.status == RetrainRun.Status.REJECTED
    assert active_model().version == promoted["candidate"]

    back = manage(services, "rollback_model")
    assert back["status"] == "rolled_back" and back["candidate"] == original.version
    assert active_model().pk == original.pk
    assert {o.model_version_id for o in new_frames(device, 600)} == {original.pk}
    assert worker.poll() is None and services.processes["w1"] is worker  # never restarted

    assert shoot_models_page(browser, live_server, owner) == original.version
