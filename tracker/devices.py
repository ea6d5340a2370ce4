"""Capture devices and their tokens (only a token's SHA-256 is stored).

A revoked device keeps its row and history (its frames, charts) but its token hash is replaced
by `REVOKED_PREFIX` + random hex: never a SHA-256 hex digest (it contains "-"), so no token can
match it, and unique like any hash. A new token (`rotate_token`) makes it usable again."""

from __future__ import annotations

import hashlib
import secrets

from tracker.models import Device

REVOKED_PREFIX = "revoked-"


def hash_token(token: str) -> str:
    # Tokens are 256-bit random strings, so a plain SHA-256 is enough (no brute-force risk).
    return hashlib.sha256(token.encode()).hexdigest()


def create_device(owner, name: str) -> tuple[Device, str]:
    """A new capture agent and its token (shown once; only its hash is stored).
    Raises IntegrityError when `owner` already has a device called `name`."""
    token = secrets.token_urlsafe(32)
    device = Device.objects.create(owner=owner, name=name, token_hash=hash_token(token))
    return device, token


def create_device_or_rotate(owner, name: str) -> tuple[Device, str]:
    """Like create_device, but a device of that name gets a fresh token (old one revoked)."""
    token = secrets.token_urlsafe(32)
    device, _ = Device.objects.update_or_create(owner=owner, name=name,
                                                defaults={"token_hash": hash_token(token)})
    return device, token


def device_for_token(token: str) -> Device | None:
    """The device a token belongs to (with its owner), or None for an unknown/empty token."""
    if not token:
        return None
    return Device.objects.select_related("owner").filter(token_hash=hash_token(token)).first()


def is_revoked(device: Device) -> bool:
    return device.token_hash.startswith(REVOKED_PREFIX)


def revoke(device: Device) -> None:
    """The device's token stops working at once (its next upload gets 401)."""
    device.token_hash = REVOKED_PREFIX + secrets.token_hex(28)  # 64 chars, the column's size
    device.save(update_fields=["token_hash"])


def rotate_token(device: Device) -> str:
    """A fresh token for the device (shown once); the old one stops working."""
    token = secrets.token_urlsafe(32)
    device.token_hash = hash_token(token)
    device.save(update_fields=["token_hash"])
    return token


def owned_devices(owner):
    """The owner's devices, by name (the devices page)."""
    return Device.objects.filter(owner=owner).order_by("name")
