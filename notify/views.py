"""Notification pages and endpoints: the settings page, the agents' and the browser's polls."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from notify import delivery, services
from notify.forms import NotificationSettingsForm
from tracker import devices


def device_from(request: HttpRequest):
    """The device of the `Authorization: Device <token>` header (as ingest), or None."""
    return devices.device_for_authorization(request.headers.get("Authorization", ""))


@require_GET
def agent_pending(request: HttpRequest) -> JsonResponse:
    device = device_from(request)
    if device is None:
        return JsonResponse({"error": "unknown device token"}, status=401)
    found = delivery.pending_for_device(device)
    return JsonResponse({"notifications": [delivery.as_json(n) for n in found]})


@csrf_exempt  # authenticated by the device token, not a cookie: no cross-site request forgery
@require_POST
def agent_ack(request: HttpRequest, notification_id: int) -> JsonResponse:
    device = device_from(request)
    if device is None:
        return JsonResponse({"error": "unknown device token"}, status=401)
    done = delivery.acknowledge(device.owner, notification_id, f"device:{device.name}")
    return JsonResponse({"id": notification_id, "delivered": done})


@login_required
@require_GET
def browser_pending(request: HttpRequest) -> JsonResponse:
    found = delivery.pending_for_browser(request.user)
    return JsonResponse({"notifications": [delivery.as_json(n) for n in found]})


@login_required
@require_POST
def browser_ack(request: HttpRequest, notification_id: int) -> JsonResponse:
    done = delivery.acknowledge(request.user, notification_id, "browser")
    return JsonResponse({"id": notification_id, "delivered": done})


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    prefs = services.settings_for(request.user)
    form = NotificationSettingsForm(request.POST or None, instance=prefs)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Notification settings saved.")
        return redirect("notify:settings")
    refused = request.method == "POST"  # the form is shown again with its errors: a 400
    return render(request, "notify/settings.html",
                  {"form": form, "prefs": prefs, "recent": services.recent(request.user)},
                  status=400 if refused else 200)


@login_required
@require_POST
def send_test(request: HttpRequest) -> HttpResponse:
    services.send_test(request.user)
    messages.success(request, "Test notification sent: it shows on your agent's desktop, or "
                              "in this browser when notifications are allowed.")
    return redirect("notify:settings")
