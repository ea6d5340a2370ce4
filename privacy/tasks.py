"""Celery tasks: thin wrappers around privacy's services (scheduled by django-celery-beat)."""

from __future__ import annotations

from celery import shared_task

from privacy import retention


@shared_task
def apply_retention() -> dict:
    """Delete the frame images every person's retention policy says must go now."""
    return retention.apply_retention()
