"""Delivery: the agents (desktop) and the browser banner fetch undelivered notifications and
acknowledge each one; the first acknowledgement wins, so a notification is shown once.

An agent polls `GET /api/notifications` with its device token and gets its person's
notifications aimed at it (or at any device). The browser gets them only after a grace period
(settings.TIMENET_NOTIFY_BROWSER_GRACE seconds) so an agent that can show them does first; the
settings page's test notification is the exception (the person is looking at the browser).
A notification older than settings.TIMENET_NOTIFY_MAX_AGE seconds is never shown: a summary
of a morning is noise in the evening.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from notify.models import Notification
from tracker.models import Device

BATCH = 20  # notifications per poll; a person never has more waiting in practice


def fresh(owner) -> QuerySet[Notification]:
    """The owner's undelivered notifications young enough to show, oldest first."""
    oldest = timezone.now() - timedelta(seconds=settings.TIMENET_NOTIFY_MAX_AGE)
    return Notification.objects.filter(owner=owner, delivered_at__isnull=True,
                                       created_at__gte=oldest)


def pending_for_device(device: Device) -> list[Notification]:
    """What the agent `device` should show now (aimed at it or at any of its owner's agents)."""
    found = fresh(device.owner).filter(Q(device=device) | Q(device__isnull=True))
    return list(found[:BATCH])


def pending_for_browser(user) -> list[Notification]:
    """What the browser banner should show now: past the agents' grace period, or a test."""
    waited = timezone.now() - timedelta(seconds=settings.TIMENET_NOTIFY_BROWSER_GRACE)
    found = fresh(user).filter(Q(created_at__lte=waited) | Q(kind=Notification.Kind.TEST))
    return list(found[:BATCH])


def acknowledge(owner, notification_id: int, via: str) -> bool:
    """Mark one of the owner's notifications delivered through `via` ("device:NAME" or
    "browser"). Returns False when it was delivered already or is not the owner's."""
    updated = Notification.objects.filter(
        pk=notification_id, owner=owner, delivered_at__isnull=True,
    ).update(delivered_at=timezone.now(), delivered_via=via[:120])
    return updated == 1


def as_json(notification: Notification) -> dict[str, Any]:
    """The wire form the agent (agent/notify.py) and static/js/notifications.js read."""
    return {"id": notification.pk, "kind": notification.kind, "title": notification.title,
            "body": notification.body, "sound": notification.sound,
            "created_at": notification.created_at.isoformat()}
