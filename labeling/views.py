"""The labelling page and its JSON endpoints (one request per action; logic in services)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from labeling import review
from labeling.corrections import CorrectionError, apply_label, relabel_range, undo_last
from labeling.forms import RelabelRangeForm
from labeling.heatmap import occlusion_map
from labeling.models import Label
from labeling.queue import STRATEGIES, group_frame_ids
from labeling.request_parsing import (
    BadRequest,
    bad_request,
    parse_id,
    parse_id_list,
    request_data,
    text,
)
from labeling.similar import similar_items
from tracker import frame_store
from tracker.models import Category, Frame


def strategy_of(request: HttpRequest, data: dict | None = None) -> str:
    value = (data or {}).get("strategy") or request.GET.get("strategy") or "margin"
    return value if isinstance(value, str) and value in STRATEGIES else "margin"


@login_required
@require_GET
def review_page(request: HttpRequest) -> HttpResponse:
    context = {"nav_section": "review", "keymap": review.keymap(),
               "strategies": STRATEGIES, "strategy": strategy_of(request),
               "devices": request.user.device_set.order_by("name"),
               # nothing to review: the page shows what the queue is instead of an empty panel
               "queue_empty": not review.open_review_count(request.user)}
    return render(request, "labeling/review.html", context)


@login_required
@require_GET
def next_item(request: HttpRequest) -> JsonResponse:
    try:
        exclude = parse_id_list(request.GET.get("exclude"), "exclude")
    except BadRequest as exc:
        return bad_request(exc)
    return JsonResponse(review.next_payload(request.user, strategy_of(request), exclude))


@login_required
@require_POST
def label(request: HttpRequest) -> JsonResponse:
    """Label an item (and its open near-duplicates, or the confirmed `frames` of "label all
    similar"); answers with the next item."""
    try:
        data = request_data(request)
        item_id, code = parse_id(data.get("item"), "item"), text(data, "category")
        confirmed = parse_id_list(data.get("frames"), "frames")
        exclude = parse_id_list(data.get("exclude"), "exclude")
    except BadRequest as exc:
        return bad_request(exc)
    item = review.item_for(request.user, item_id)
    category = Category.objects.filter(code=code).first()
    if item is None or category is None:
        return JsonResponse({"error": "unknown item or category"}, status=400)
    frames = [item.frame_id, *confirmed] if confirmed else group_frame_ids(item)
    source = Label.Source.SIMILAR if confirmed else Label.Source.REVIEW
    try:
        labels = apply_label(request.user, frames, category, source)
    except CorrectionError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    payload = review.next_payload(request.user, strategy_of(request, data), exclude)
    return JsonResponse({"labelled": len(labels), **payload})


@login_required
@require_POST
def undo(request: HttpRequest) -> JsonResponse:
    """Undo this person's latest action; answers with the item to show again."""
    restored = undo_last(request.user)
    item = review.item_for(request.user, restored.pk) if restored else None
    return JsonResponse({"item": review.item_payload(item) if item else None,
                         "progress": review.progress(request.user)})


@login_required
@require_GET
def similar(request: HttpRequest, item_id: int) -> JsonResponse:
    item = review.item_for(request.user, item_id)
    if item is None:
        raise Http404("no such review item")
    rows = similar_items(item, request.user.pk)
    for row in rows:
        row["image"] = f"/review/frame/{row['frame']}.jpg"
    return JsonResponse({"item": item.pk, "neighbours": rows})


def owned_frame(request: HttpRequest, frame_id: int) -> Frame:
    """The frame if it is this person's (404 otherwise: another's frame does not exist here)."""
    return get_object_or_404(Frame, pk=frame_id, device__owner=request.user)


@login_required
@require_GET
def heatmap(request: HttpRequest, frame_id: int) -> JsonResponse:
    frame = owned_frame(request, frame_id)
    try:
        result = occlusion_map(frame)
    except (ValueError, OSError) as exc:  # ml ImageError is a ValueError; gone or altered file
        return JsonResponse({"error": f"this frame's image cannot be read: {exc}"}, status=404)
    if result is None:
        return JsonResponse({"error": "no active model or no stored image"}, status=404)
    return JsonResponse(result)


@login_required
@require_GET
def frame_image(request: HttpRequest, frame_id: int) -> HttpResponse:
    """A stored screenshot, decrypted, to its owner only (never a public media URL)."""
    return frame_store.frame_response(owned_frame(request, frame_id).image_path)


@login_required
@require_POST
def relabel_range_view(request: HttpRequest) -> JsonResponse:
    try:
        data = request_data(request)
        fields = {name: text(data, name, required=False)
                  for name in ("start", "end", "category", "device")}
    except BadRequest as exc:
        return bad_request(exc)
    form = RelabelRangeForm(fields, owner=request.user)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    d = form.cleaned_data
    count = relabel_range(request.user, d["start"], d["end"], d["category"], d["device"])
    return JsonResponse({"labelled": count})
