"""The agent's heartbeat endpoint (`POST /api/agent-status`): see tracker/capture_status.py."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tracker import capture_status, devices

MAX_BODY = 4096  # bytes; a heartbeat is a few hundred


@csrf_exempt  # authenticated by the device token, not a browser session
@require_POST
def agent_status(request: HttpRequest) -> JsonResponse:
    device = devices.device_for_authorization(request.headers.get("Authorization", ""))
    if device is None:
        return JsonResponse({"error": "unknown device token"}, status=401)
    if int(request.headers.get("Content-Length") or 0) > MAX_BODY:
        return JsonResponse({"error": "status too large"}, status=413)
    try:
        status = capture_status.record(device, request.body)
    except capture_status.StatusError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    except OSError as exc:  # disk full: the agent sends the next heartbeat anyway
        return JsonResponse({"error": f"cannot store the status now: {exc}"}, status=507)
    return JsonResponse(status)
