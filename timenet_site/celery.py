"""The Celery app: configured from Django settings (CELERY_ namespace), tasks autodiscovered.

Also the log filter that keeps a worker's INFO output to one line per classified batch
(settings.LOGGING attaches it; tracker.tasks writes the batch line).
"""

import logging
import os

from celery import Celery
from celery.app import trace

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timenet_site.settings")

app = Celery("timenet_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


class PerTaskLines(logging.Filter):
    """Drops Celery's two INFO lines per task, "Task ... received" (celery.worker.strategy) and
    "Task ... succeeded in ...s" (celery.app.trace).

    Ingest sends one task per frame, so these were two lines per frame; a task now logs one
    line per batch it classified instead. Retries, failures and rejections still print (they
    use other messages), so the filter matches Celery's own message templates, not a level.
    """

    QUIET = frozenset({trace.LOG_RECEIVED, trace.LOG_SUCCESS})

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg not in self.QUIET
