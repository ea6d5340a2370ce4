"""Categories and the model are shared by every user of a team install, so only staff may
change them: a non-staff user's add/edit/merge/retrain/rollback is a 403 that says why and
changes nothing, the pages hide those controls from them, staff keep working, and the owner
that `make run` creates (tracker.bootstrap.ensure_owner) is staff.

How these were checked to fail without the fix: run against a `git worktree` of 9d3e0a0 (before
labeling/permissions.py), the five non-staff writes answered 302 and changed the categories
(merge rewrote the other user's labels, edit renamed `code`), and the pages showed the
forms to the non-staff user; the staff and bootstrap tests passed there too (they guard that
the fix does not lock the owner out).
"""

from __future__ import annotations

import pytest
from django.test import Client

from labeling.categories import add_category
from labeling.corrections import apply_label
from labeling.models import Label, RetrainRun
from labeling.permissions import STAFF_ONLY
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Category, ModelVersion

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def member(db, django_user_model) -> Client:
    """A second, non-staff user of the same install."""
    return signed_in(django_user_model.objects.create_user("member"))


@pytest.fixture
def staff(owner) -> Client:
    owner.is_staff = True
    owner.save(update_fields=["is_staff"])
    return signed_in(owner)


@pytest.fixture
def owners_labels(device_token, small_model, categories, frames_dir, tmp_path) -> list[int]:
    """The owner labels two frames as `chat`; a merge of chat into slack would move them."""
    from datetime import UTC, datetime

    chat = add_category("chat", "Chat", "#22aa88")
    add_category("slack", "Slack", "#4a154b")
    activate_unsure_model(small_model, tmp_path)
    frames = seed_review(device_token[0], [("code", 1), ("code", 2)],
                         datetime(2026, 11, 25, 9, tzinfo=UTC))
    apply_label(device_token[0].owner, [f.pk for f in frames],
                chat)
    return [f.pk for f in frames]


def shared_state() -> tuple:
    return (list(Category.objects.order_by("code").values_list("code", "name", "color",
                                                                  "distracting")),
            list(Label.objects.order_by("pk").values_list("frame_id", "category__code")),
            list(ModelVersion.objects.order_by("pk").values_list("pk", "active")),
            RetrainRun.objects.count())


WRITES = [
    ("/categories/merge", {"merge-source": "chat", "merge-target": "slack"}),
    ("/categories/code/edit", {"code-name": "Hacked", "code-color": "#000000"}),
    ("/categories/add", {"new-code": "gaming", "new-name": "Gaming", "new-color": "#123456"}),
    ("/models/retrain", {}),
    ("/models/rollback", {}),
    ("/models/rollback", {"version": "1"}),
]


@pytest.mark.parametrize(("url", "data"), WRITES)
def test_a_non_staff_users_shared_write_is_403_and_changes_nothing(owners_labels, member, url,
                                                                    data):
    before = shared_state()
    response = member.post(url, data)
    assert response.status_code == 403
    assert response.content.decode() == STAFF_ONLY
    assert shared_state() == before


def test_the_pages_hide_the_shared_controls_from_non_staff(active_model, member, staff):
    categories_page = member.get("/categories/").content.decode()
    models_page = member.get("/models/").content.decode()
    assert 'action="/categories/merge"' not in categories_page
    assert 'action="/categories/add"' not in categories_page
    assert 'action="/categories/code/edit"' not in categories_page
    assert 'action="/models/retrain"' not in models_page
    assert 'action="/models/rollback"' not in models_page
    assert 'data-testid="staff-only"' in categories_page
    assert 'data-testid="staff-only"' in models_page
    assert 'action="/categories/merge"' in staff.get("/categories/").content.decode()
    assert 'action="/models/retrain"' in staff.get("/models/").content.decode()


def test_staff_can_still_add_edit_merge_retrain_and_roll_back(owners_labels, staff):
    assert staff.post("/categories/add", {"new-code": "gaming", "new-name": "Gaming",
                                          "new-color": "#123456"}).status_code == 302
    assert staff.post("/categories/code/edit", {"code-name": "Coding",
                                                "code-color": "#112233"}).status_code == 302
    assert Category.objects.get(code="code").name == "Coding"
    assert staff.post("/categories/merge", {"merge-source": "chat",
                                            "merge-target": "slack"}).status_code == 302
    assert set(Label.objects.values_list("category__code", flat=True)) == {"slack"}
    RetrainRun.objects.create(trigger="other")  # the retrain button answers without a broker
    page = staff.post("/models/retrain", follow=True).content.decode()
    assert "A retrain is already running." in page
    RetrainRun.objects.all().delete()
    page = staff.post("/models/rollback", follow=True).content.decode()
    assert "no previous model to roll back to" in page


def test_the_owner_make_run_creates_is_staff(db):
    from tracker.bootstrap import ensure_owner

    owner, _lines = ensure_owner("http://127.0.0.1:8000")
    assert owner.is_staff and owner.is_superuser
