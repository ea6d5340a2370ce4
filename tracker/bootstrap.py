"""First-start set-up used by `make run`: the owner account, this machine's device, the model."""

from __future__ import annotations

import os
import secrets
import socket
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from timenet_core.files import atomic_write
from tracker import devices, model_registry
from tracker.models import Device

OWNER_NAME = "timenet"


def ensure_owner(base_url: str) -> tuple[object, list[str]]:
    """The first superuser, created with a generated password on the very first start.

    Returns the user and lines telling the person how to log in: the password (first start
    only; it is never stored in clear) and a one-time login link (every start).
    """
    User = get_user_model()
    owner = User.objects.filter(is_superuser=True).order_by("pk").first()
    lines = []
    if owner is None:
        password = secrets.token_urlsafe(12)
        owner = User.objects.create_superuser(os.environ.get("TIMENET_USER") or OWNER_NAME,
                                              password=password)
        lines.append(f"created user {owner.get_username()!r} with password: {password}")
        lines.append("(shown once; change it with `manage.py changepassword "
                     f"{owner.get_username()}`)")
    lines.append(f"one-time login link: {base_url}{login_link_path(owner)}")
    lines.append(f"or log in at {base_url}/login/ as {owner.get_username()!r}")
    return owner, lines


def login_link_path(user) -> str:
    # Django's password-reset tokens hash last_login, so the link dies as soon as it is used.
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("one_time_login", args=[uid, default_token_generator.make_token(user)])


def ensure_device_token(owner, token_file: Path) -> Device:
    """This machine's capture device; its token lives in `token_file` (mode 0600)."""
    if token_file.exists():
        device = devices.device_for_token(token_file.read_text().strip())
        if device is not None:
            return device
    name = socket.gethostname() or "this-machine"
    device, token = devices.create_device_or_rotate(owner, name)
    atomic_write(token_file, token, mode=0o600)
    return device


def model_to_activate(configured: str, base_dir: Path | None = None) -> Path | None:
    """The model dir `make run` should activate now, or None when nothing needs to change.

    TIMENET_MODEL_DIR (`configured`) wins whenever it differs from the active model; the shipped
    base model (`base_dir`, default: the one ml.meta names) is activated only when no model is
    active yet (a retrained model must not be replaced).
    """
    base_dir = model_registry.shipped_model_dir() if base_dir is None else base_dir
    active = model_registry.active_model()
    if configured:
        path = Path(configured).expanduser().resolve()
        if active is None or Path(active.path) != path or active.sha256 != recorded_sha(path):
            return path
        return None
    if active is None and (base_dir / "meta.json").is_file():
        return base_dir
    return None


def recorded_sha(model_dir: Path) -> str:
    """The weights sha256 that `model_dir`'s meta.json records, or "" when unreadable."""
    from ml.meta import ModelArtifactError, read_meta

    try:
        return read_meta(model_dir).sha256
    except ModelArtifactError:
        return ""


def active_model_line() -> str:
    active = model_registry.active_model()
    if active is None:
        return ("NO MODEL IS ACTIVE: frames are stored and wait, unclassified, until one is "
                "(`manage.py activate_model PATH`, or set TIMENET_MODEL_DIR). No label is "
                "ever invented.")
    return f"active model: {active.version} ({active.path})"
