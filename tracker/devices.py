"""Capture devices and their tokens (only a token's SHA-256 is stored)."""

from __future__ import annotations

import hashlib
import secrets

from tracker.models import Device


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
