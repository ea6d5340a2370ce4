"""The models page (/models/): versions, metrics, the promotion rule; retrain and rollback
buttons (POST, CSRF). Thin: labeling.model_report reads, labeling.retrain acts."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from labeling import model_report, retrain
from labeling.models import RetrainRun
from labeling.permissions import staff_required
from labeling.services import training_labels
from labeling.tasks import retrain_model

MAX_VERSION = 100  # ModelVersion.version max_length


@login_required
@require_GET
def models_page(request: HttpRequest) -> HttpResponse:
    context = model_report.overview(request.GET.get("version"))
    context["nav_section"] = "models"
    context["chart_data"] = {"curve": context["curve"],
                             "focus": context["focus"] and {
                                 "version": context["focus"]["version"],
                                 "gold": context["focus"]["gold"]}}
    return render(request, "labeling/models.html", context)


@login_required
@staff_required
@require_POST
def retrain_now(request: HttpRequest) -> HttpResponse:
    """Queue a retrain on a worker; "already running" when one holds the lock."""
    if RetrainRun.objects.filter(status=RetrainRun.Status.RUNNING).exists():
        messages.warning(request, "A retrain is already running.")
        return redirect("models")
    have, need = len(training_labels()), settings.TIMENET_RETRAIN_MIN_LABELS
    if have < need:  # the retrain would only record "skipped": say so now instead of "queued"
        messages.warning(request, f"Not enough labels to retrain yet: {have} training "
                                  f"label{'' if have == 1 else 's'}, at least {need} needed. "
                                  "Label frames on the Review page.")
        return redirect("models")
    try:
        retrain_model.delay("button")
    except Exception as exc:  # noqa: BLE001 - the broker is down: say so, do not crash
        messages.error(request, f"Could not queue the retrain: {exc}")
    else:
        messages.info(request, "Retrain queued: the candidate appears here when judged.")
    return redirect("models")


@login_required
@staff_required
@require_POST
def rollback_now(request: HttpRequest) -> HttpResponse:
    """Roll back to the posted version, or to the previously active one."""
    version = request.POST.get("version") or None
    if version is not None and (len(version) > MAX_VERSION or not version.isprintable()):
        return HttpResponseBadRequest(f"version must be a model version name or row id: at most "
                                      f"{MAX_VERSION} printable characters",
                                      content_type="text/plain; charset=utf-8")
    try:
        run = retrain.rollback(version, trigger="button")
    except (retrain.AlreadyRunning, retrain.RollbackError) as exc:
        messages.error(request, str(exc))
    else:
        messages.info(request, f"Active model: {run.candidate.version}.")
    return redirect("models")


@login_required
@require_GET
def report_image(request: HttpRequest, version_id: int, name: str) -> FileResponse:
    path = model_report.report_file(version_id, name)
    if path is None:
        raise Http404("no such report")
    return FileResponse(open(path, "rb"), content_type="image/png")
