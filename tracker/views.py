"""Tracker views: health check, one-time login, the Today page and the frame ingest API."""

from __future__ import annotations

from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from tracker import devices, usage
from tracker.ingest import IngestError, ingest_frame, max_upload_bytes


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"ok": True})


@require_GET
def one_time_login(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """Log in from the link `make run` prints; the token dies with the login (last_login moves)."""
    try:
        user = get_user_model().objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        return render(request, "registration/link_expired.html", status=403)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("tracker:today")


@login_required
def today(request: HttpRequest) -> HttpResponse:
    return render(request, "tracker/today.html", {"usage": usage.today_usage(request.user)})


@login_required
@require_GET
def today_data(request: HttpRequest) -> JsonResponse:
    return JsonResponse(usage.today_usage(request.user))


@csrf_exempt  # authenticated by the device token, not a browser session
@require_POST
def ingest(request: HttpRequest) -> JsonResponse:
    auth = request.headers.get("Authorization", "")
    device = devices.device_for_token(auth.removeprefix("Device ").strip())
    if device is None or not auth.startswith("Device "):
        return JsonResponse({"error": "unknown device token"}, status=401)
    length = int(request.headers.get("Content-Length") or 0)
    if length > max_upload_bytes():  # refuse before reading the body
        return JsonResponse({"error": "frame too large"}, status=413)
    upload = request.FILES.get("image")
    if upload is None:
        return JsonResponse({"error": "multipart field 'image' is missing"}, status=400)
    try:
        frame, created = ingest_frame(device, upload.read(), request.POST.get("meta"))
    except IngestError as exc:
        return JsonResponse({"error": str(exc)}, status=exc.status)
    return JsonResponse({"id": frame.pk, "created": created, "status": frame.status},
                        status=201 if created else 200)
