"""Tracker views: health check, one-time login, the day/week/range/report pages and ingest.

Thin: each page view parses its parameters through `tracker.dashboard` (a bad one is a 400
with a message) and renders what `tracker.usage` / `tracker.reports` computed.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.db import connection
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from tracker import dashboard, devices, reports, usage
from tracker.dashboard import PageError
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


def bad_request(request: HttpRequest, error: PageError) -> HttpResponse:
    """The 400 page: what was wrong with the request and how to ask again."""
    return render(request, "tracker/bad_request.html", {"message": str(error)}, status=400)


@login_required
@require_GET
def today(request: HttpRequest) -> HttpResponse:
    return day(request, None)


@login_required
@require_GET
def day(request: HttpRequest, day: str | None) -> HttpResponse:
    """Today (`/`) or any day (`/day/YYYY-MM-DD/`), optionally for one device."""
    try:
        device = dashboard.owner_device(request.user, request.GET.get("device"))
        chosen = dashboard.parse_day(day) if day else None
    except PageError as error:
        return bad_request(request, error)
    return render(request, "tracker/today.html",
                  dashboard.day_page(request.user, chosen, device))


@login_required
@require_GET
def day_pick(request: HttpRequest) -> HttpResponse:
    """The date picker's form target: redirects to that day's page (keeping the device)."""
    try:
        chosen = dashboard.parse_day(request.GET.get("date"))
        device = dashboard.owner_device(request.user, request.GET.get("device"))
    except PageError as error:
        return bad_request(request, error)
    url = reverse("tracker:day", args=[chosen.isoformat()])
    return redirect(url + (f"?device={device.pk}" if device else ""))


@login_required
@require_GET
def week(request: HttpRequest, day: str | None = None) -> HttpResponse:
    """The ISO week holding `day` (default: this week) as daily stacked bars and changes."""
    try:
        device = dashboard.owner_device(request.user, request.GET.get("device"))
        raw = day or request.GET.get("date")
        chosen = dashboard.parse_day(raw) if raw else None
    except PageError as error:
        return bad_request(request, error)
    return render(request, "tracker/week.html", dashboard.week_page(request.user, chosen, device))


@login_required
@require_GET
def date_range(request: HttpRequest) -> HttpResponse:
    """Any range of local days: `/range/?start=YYYY-MM-DD&end=YYYY-MM-DD[&device=ID]`."""
    try:
        device = dashboard.owner_device(request.user, request.GET.get("device"))
        context = dashboard.range_page(request.user, request.GET.get("start"),
                                       request.GET.get("end"), device)
    except PageError as error:
        return bad_request(request, error)
    return render(request, "tracker/range.html", context)


@login_required
@require_GET
def weekly_report(request: HttpRequest, day: str) -> HttpResponse:
    """The printable weekly report of the ISO week holding `day`."""
    try:
        chosen = dashboard.parse_day(day)
        device = dashboard.owner_device(request.user, request.GET.get("device"))
    except PageError as error:
        return bad_request(request, error)
    html = reports.render_weekly_report(request.user, chosen, "html", device=device,
                                        request=request)
    return HttpResponse(html)


@login_required
@require_GET
def today_data(request: HttpRequest) -> JsonResponse:
    """The Today page's refresh: `?date=` and `?device=` as on the page (default: today)."""
    try:
        device = dashboard.owner_device(request.user, request.GET.get("device"))
        chosen = dashboard.parse_day(request.GET["date"]) if request.GET.get("date") else None
    except PageError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse(usage.day_usage(request.user, chosen, device=device))


@login_required
@require_GET
def week_data(request: HttpRequest) -> JsonResponse:
    """The week's usage as JSON (`?date=` any day of the week, `?device=`)."""
    try:
        device = dashboard.owner_device(request.user, request.GET.get("device"))
        chosen = dashboard.parse_day(request.GET["date"]) if request.GET.get("date") else None
    except PageError as error:
        return JsonResponse({"error": str(error)}, status=400)
    start = dashboard.monday_of(chosen or timezone.localdate())
    return JsonResponse(usage.week_usage(request.user, start, device=device))


@require_GET
def favicon(request: HttpRequest) -> FileResponse:
    """`/favicon.ico`: browsers ask for it on every page; the SVG icon, cached for a day."""
    path = Path(settings.BASE_DIR) / "static" / "favicon.svg"
    response = FileResponse(path.open("rb"), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def upload_parts(request: HttpRequest) -> tuple[bytes, str | None]:
    """The one `image` part's bytes and the one `meta` part of a frame upload. Raises
    IngestError: 400 for a missing or repeated part or a malformed multipart body, 413 for a
    metadata part over Django's in-memory limit (JSON, like every other refusal, instead of
    Django's HTML error page)."""
    try:
        images, metas = request.FILES.getlist("image"), request.POST.getlist("meta")
    except RequestDataTooBig as exc:
        raise IngestError(413, "the metadata part is too large") from exc
    except (SuspiciousOperation, MultiPartParserError) as exc:
        raise IngestError(400, f"malformed multipart body: {exc}") from exc
    if len(images) != 1:
        raise IngestError(400, "multipart field 'image' is missing" if not images
                          else "send one 'image' part per frame, not several")
    if len(metas) > 1:
        raise IngestError(400, "send one 'meta' part per frame, not several")
    return images[0].read(), (metas[0] if metas else None)


@csrf_exempt  # authenticated by the device token, not a browser session
@require_POST
def ingest(request: HttpRequest) -> JsonResponse:
    device = devices.device_for_authorization(request.headers.get("Authorization", ""))
    if device is None:
        return JsonResponse({"error": "unknown device token"}, status=401)
    length = int(request.headers.get("Content-Length") or 0)
    if length > max_upload_bytes():  # refuse before reading the body
        return JsonResponse({"error": "frame too large"}, status=413)
    try:
        image, meta = upload_parts(request)
        frame, created = ingest_frame(device, image, meta)
    except IngestError as exc:
        return JsonResponse({"error": str(exc)}, status=exc.status)
    return JsonResponse({"id": frame.pk, "created": created, "status": frame.status},
                        status=201 if created else 200)
