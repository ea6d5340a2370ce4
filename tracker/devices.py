"""Capture devices and their tokens (only a token's SHA-256 is stored).

A revoked device keeps its row and history (its frames, charts) but its token hash is replaced
by `REVOKED_PREFIX` + random hex: never a SHA-256 hex digest (it contains "-"), so no token can
match it, and unique like any hash. A new token (`rotate_token`) makes it usable again."""

from __future__ import annotations

import hashlib
import secrets
import unicodedata

from tracker.models import Device

REVOKED_PREFIX = "revoked-"
MAX_NAME = 100  # Device.name's max_length


class DeviceNameError(ValueError):
    """A device name that cannot be stored or shown safely (the message says why)."""


def clean_name(name: str) -> str:
    """`name` stripped, or DeviceNameError: empty, over MAX_NAME characters, or holding a
    control/format/surrogate/private/unassigned character (Unicode category C*: NUL, which
    PostgreSQL text refuses, bidi overrides such as U+202E that make a name read backwards,
    zero-width characters) or a line/paragraph separator."""
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise DeviceNameError(f"A device name is 1 to {MAX_NAME} characters.")
    bad = next((c for c in name if unicodedata.category(c)[0] == "C"
                or unicodedata.category(c) in ("Zl", "Zp")), None)
    if bad is not None:
        raise DeviceNameError(f"A device name cannot contain control or invisible characters "
                              f"(found U+{ord(bad):04X}).")
    return name


def hash_token(token: str) -> str:
    # Tokens are 256-bit random strings, so a plain SHA-256 is enough (no brute-force risk).
    return hashlib.sha256(token.encode()).hexdigest()


def create_device(owner, name: str) -> tuple[Device, str]:
    """A new capture agent and its token (shown once; only its hash is stored).
    Raises DeviceNameError for a bad name (see clean_name), IntegrityError when `owner`
    already has a device called `name`."""
    name = clean_name(name)
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


def device_for_authorization(header: str) -> Device | None:
    """The device of an `Authorization: Device <token>` header value, or None (no header, another
    scheme such as `Bearer`, a bare token without the `Device ` prefix, or an unknown token).
    Every agent-facing endpoint authenticates through this one function."""
    if not header.startswith("Device "):
        return None
    return device_for_token(header.removeprefix("Device ").strip())


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
