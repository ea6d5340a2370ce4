"""Scheduling: beat's database scheduler (django-celery-beat) holds the nightly retrain and the
N-new-labels check as editable PeriodicTask rows, and the check retrains only from N labels."""

from __future__ import annotations

import pytest

from labeling import retrain
from tests.labeling.labelled import label_screens

pytestmark = pytest.mark.django_db


def test_beat_writes_both_retrain_schedules_to_the_database(settings):
    from django_celery_beat.models import PeriodicTask
    from django_celery_beat.schedulers import ModelEntry

    from timenet_site.celery import app

    assert settings.CELERY_BEAT_SCHEDULER == "django_celery_beat.schedulers:DatabaseScheduler"
    # What DatabaseScheduler.update_from_dict does for each entry when beat starts (called
    # entry by entry here: the scheduler object closes the test's database connection).
    for name, fields in app.conf.beat_schedule.items():
        ModelEntry.from_entry(name, app=app, **fields)
    nightly = PeriodicTask.objects.get(name="retrain-nightly")
    assert nightly.task == "labeling.tasks.retrain_nightly"
    assert (nightly.crontab.hour, nightly.crontab.minute) == (str(settings.TIMENET_RETRAIN_HOUR),
                                                              "0")
    check = PeriodicTask.objects.get(name="retrain-on-labels")
    assert check.task == "labeling.tasks.retrain_on_labels"
    assert check.interval.every == int(settings.TIMENET_RETRAIN_CHECK_EVERY)


def test_the_label_check_retrains_only_once_n_new_labels_arrived(
        owner, device_token, small_model, categories, frames_dir, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    label_screens(owner, device_token[0], small_model, tmp_path, per_class=4)  # 12 labels
    settings.TIMENET_RETRAIN_NEW_LABELS = 13
    assert retrain.new_labels_since_last_run() == 12
    assert retrain.retrain_if_enough_labels() is None
    settings.TIMENET_RETRAIN_NEW_LABELS = 12
    run = retrain.retrain_if_enough_labels()
    assert run is not None and run.trigger == "labels"
    assert retrain.new_labels_since_last_run() == 0  # counted from the run just made
