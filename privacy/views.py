"""Privacy pages and the agents' capture-state endpoint (thin: the logic is in the services)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from privacy import capture, erase, retention
from privacy.forms import EraseForm, PauseForm, RetentionForm, RuleForm
from privacy.models import ExclusionRule
from tracker import devices


@require_GET
def capture_state(request: HttpRequest) -> JsonResponse:
    """`GET /api/capture-state` with `Authorization: Device <token>`: pause and exclusions.
    The agent reports its own state by its heartbeat (`POST /api/agent-status`); any query
    parameters (older agents sent `skipping` and `local_pause`) are ignored."""
    device = devices.device_for_authorization(request.headers.get("Authorization", ""))
    if device is None:
        return JsonResponse({"error": "unknown device token"}, status=401)
    return JsonResponse(capture.agent_state(device.owner))


def back(request: HttpRequest) -> HttpResponse:
    """Back to the page the form was on (the header's pause control is on every page)."""
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return redirect(target)
    return redirect("privacy:page")


@login_required
def page(request: HttpRequest) -> HttpResponse:
    prefs = capture.settings_for(request.user)
    form = RetentionForm(request.POST or None, instance=prefs)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "privacy/page.html", context(request, form), status=400)
        form.save()
        messages.success(request, "Privacy settings saved.")
        return redirect("privacy:page")
    return render(request, "privacy/page.html", context(request, form))


def context(request: HttpRequest, form: RetentionForm, rule_form: RuleForm | None = None):
    prefs = capture.settings_for(request.user)
    return {"prefs": prefs, "form": form, "rule_form": rule_form or RuleForm(),
            "rules": ExclusionRule.objects.filter(owner=request.user),
            "state_line": capture.state_line(prefs), "paused": capture.is_paused(prefs),
            "pause_choices": capture.PAUSE_CHOICES, "policy": retention.policy_for(request.user),
            "agents": capture.agent_lines(request.user),
            "default_policy": retention.default_policy(), "erase_form": EraseForm(
                owner=request.user)}


@login_required
@require_POST
def pause(request: HttpRequest) -> HttpResponse:
    form = PauseForm(request.POST)
    if not form.is_valid():
        return HttpResponse("choose a pause: " + ", ".join(capture.PAUSE_CHOICES), status=400)
    capture.pause(request.user, form.cleaned_data["duration"])
    return back(request)


@login_required
@require_POST
def resume(request: HttpRequest) -> HttpResponse:
    capture.resume(request.user)
    return back(request)


@login_required
@require_POST
def rule_add(request: HttpRequest) -> HttpResponse:
    form = RuleForm(request.POST)
    if form.is_valid():
        try:
            capture.add_rule(request.user, form.cleaned_data["kind"],
                             form.cleaned_data["pattern"])
            return redirect("privacy:page")
        except capture.RuleError as exc:
            form.add_error("pattern", str(exc))
    prefs = capture.settings_for(request.user)
    return render(request, "privacy/page.html",
                  context(request, RetentionForm(instance=prefs), form), status=400)


@login_required
@require_POST
def rule_delete(request: HttpRequest, rule_id: int) -> HttpResponse:
    capture.remove_rule(request.user, rule_id)
    return redirect("privacy:page")


@login_required
@require_http_methods(["GET", "POST"])
def erase_range(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST: the confirmation page (what would go); POST with confirm: erase."""
    form = EraseForm(request.POST or request.GET or None, owner=request.user)
    if request.method == "GET" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render(request, "privacy/erase.html", {"form": form}, status=status)
    d = form.cleaned_data
    if not d["confirm"]:
        summary = erase.summarize(request.user, d["start"], d["end"], d["device"])
        return render(request, "privacy/erase_confirm.html", {"form": form, "summary": summary})
    count = erase.erase_range(request.user, d["start"], d["end"], d["device"])
    messages.success(request, f"Erased {count} frames between {d['start']:%Y-%m-%d %H:%M} and "
                              f"{d['end']:%Y-%m-%d %H:%M}, with their images, observations, "
                              "review items and labels; the charts were recomputed.")
    return redirect("privacy:page")
