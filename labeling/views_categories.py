"""The /categories/ page: a person's activities (thin views; logic in labeling.categories)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from labeling import categories
from labeling.forms import CategoryEditForm, CategoryForm, MergeCategoriesForm
from labeling.permissions import staff_required
from tracker.models import Category


def render_page(request: HttpRequest, *, add_form: CategoryForm | None = None,
                merge_form: MergeCategoriesForm | None = None,
                edit_forms: dict[str, CategoryEditForm] | None = None,
                status: int = 200) -> HttpResponse:
    """The page, with any bound (invalid) form kept so its errors show where it was posted."""
    rows = categories.category_rows()
    edit_forms = edit_forms or {}
    for row in rows:
        row.form = edit_forms.get(row.category.code) or CategoryEditForm(
            instance=row.category, prefix=row.category.code)
    context = {"nav_section": "categories", "rows": rows,
               "add_form": add_form or CategoryForm(prefix="new"),
               "merge_form": merge_form or MergeCategoriesForm(prefix="merge"),
               "min_examples": categories.min_examples()}
    return render(request, "labeling/categories.html", context, status=status)


@login_required
@require_GET
def categories_page(request: HttpRequest) -> HttpResponse:
    return render_page(request)


@login_required
@staff_required
@require_POST
def category_add(request: HttpRequest) -> HttpResponse:
    form = CategoryForm(request.POST, prefix="new")
    if not form.is_valid():
        return render_page(request, add_form=form, status=400)
    data = form.cleaned_data
    category = categories.add_category(data["code"], data["name"], data["color"],
                                       data["distracting"])
    messages.success(request, f"Added {category.name}. Label {categories.min_examples()} "
                              "frames as it and the next retrain will learn it.")
    return redirect("categories")


@login_required
@staff_required
@require_POST
def category_edit(request: HttpRequest, code: str) -> HttpResponse:
    category = get_object_or_404(Category, code=code)
    form = CategoryEditForm(request.POST, instance=Category.objects.get(pk=category.pk),
                            prefix=code)
    if not form.is_valid():
        return render_page(request, edit_forms={code: form}, status=400)
    data = form.cleaned_data
    categories.update_category(category, name=data["name"], color=data["color"],
                               distracting=data["distracting"])
    messages.success(request, f"Saved {category.name}.")
    return redirect("categories")


@login_required
@staff_required
@require_POST
def category_merge(request: HttpRequest) -> HttpResponse:
    form = MergeCategoriesForm(request.POST, prefix="merge")
    if not form.is_valid():
        return render_page(request, merge_form=form, status=400)
    source, target = form.cleaned_data["source"], form.cleaned_data["target"]
    try:
        moved = categories.merge_categories(source, target)
    except categories.CategoryError as exc:
        form.add_error(None, str(exc))
        return render_page(request, merge_form=form, status=400)
    messages.success(request, f"Merged {source.name} into {target.name}: "
                              f"{moved['observations']} frames and {moved['labels']} labels "
                              "moved.")
    return redirect("categories")
