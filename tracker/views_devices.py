"""The devices page: a person's capture agents, when each was last seen, revoke, new token.

A token is shown once, in the response to the POST that made it (never stored, never in a
URL, `Cache-Control: no-store`); only its SHA-256 is kept (tracker.devices)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from tracker import devices
from tracker.models import Device


def render_page(request: HttpRequest, *, token: str = "", token_device: Device | None = None,
                error: str = "", status: int = 200) -> HttpResponse:
    rows = [{"device": d, "revoked": devices.is_revoked(d)}
            for d in devices.owned_devices(request.user)]
    response = render(request, "tracker/devices.html", {
        "nav_section": "devices", "rows": rows, "token": token, "token_device": token_device,
        "error": error, "server_url": request.build_absolute_uri("/").rstrip("/")},
        status=status)
    response["Cache-Control"] = "no-store"  # the page may carry a token
    return response


@login_required
@require_GET
def devices_page(request: HttpRequest) -> HttpResponse:
    return render_page(request)


@login_required
@require_POST
def device_add(request: HttpRequest) -> HttpResponse:
    """Register a device named by the form's `name`; 400 for an empty, too long or taken name
    or one with control/invisible characters (tracker.devices.clean_name)."""
    try:
        name = devices.clean_name(request.POST.get("name") or "")
    except devices.DeviceNameError as exc:
        return render_page(request, error=str(exc), status=400)
    try:
        with transaction.atomic():
            device, token = devices.create_device(request.user, name)
    except IntegrityError:
        return render_page(request, error=f"You already have a device called {name!r}.",
                           status=400)
    return render_page(request, token=token, token_device=device, status=201)


def owned(request: HttpRequest, device_id: int) -> Device:
    """The person's device (404 for another's: it does not exist for them)."""
    return get_object_or_404(Device, pk=device_id, owner=request.user)


@login_required
@require_POST
def device_revoke(request: HttpRequest, device_id: int) -> HttpResponse:
    device = owned(request, device_id)
    devices.revoke(device)
    messages.success(request, f"{device.name}: token revoked; its agent can no longer send.")
    return redirect("devices")


@login_required
@require_POST
def device_token(request: HttpRequest, device_id: int) -> HttpResponse:
    device = owned(request, device_id)
    token = devices.rotate_token(device)
    return render_page(request, token=token, token_device=device)
