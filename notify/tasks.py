"""Celery tasks: thin wrappers around notify.services (scheduled by django-celery-beat)."""

from __future__ import annotations

from celery import shared_task

from notify import services


@shared_task
def notify_round() -> dict:
    """One notification round for every person (the service logs one line per round)."""
    result = services.run_round()
    return {"people": result.users, "summaries": result.summaries, "warnings": result.warnings}
