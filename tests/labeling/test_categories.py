"""User-defined activities: add, rename, recolour, flag, merge (service, page, browser).

Screenshots of /categories/ at 1440x900 and 390x844 go to var/test-artifacts/categories/."""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from labeling import categories as cats
from labeling.corrections import apply_label
from labeling.models import Label, ReviewItem
from notify.services import settings_for
from tests.conftest import ROOT
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Category, Observation, UsageRollup
from tracker.usage import day_usage

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = ROOT / "var" / "test-artifacts" / "categories"

pytestmark = pytest.mark.django_db


def yesterday_noon() -> datetime:
    day = timezone.localdate() - timedelta(days=1)
    return timezone.make_aware(datetime.combine(day, time(12)))


def seconds_of(day_data: dict, code: str) -> float:
    return sum(c["seconds"] for c in day_data["categories"] if c["code"] == code)


@pytest.fixture
def labelled_chat(device_token, small_model, categories, frames_dir, tmp_path):
    """Two user activities, "chat" and "slack"; yesterday 4 frames labelled slack, 2 chat."""
    activate_unsure_model(small_model, tmp_path)
    frames = seed_review(device_token[0], [("code", i) for i in range(6)] + [("terminal", 9)],
                         yesterday_noon())
    chat = categories_add("chat", "Chat", "#22aa88")
    slack = categories_add("slack", "Slack", "#4a154b", distracting=True)
    owner = device_token[0].owner
    apply_label(owner, [f.pk for f in frames[:4]], slack)
    apply_label(owner, [f.pk for f in frames[4:6]], chat)
    return frames, chat, slack


def categories_add(code: str, name: str, color: str, distracting: bool = False) -> Category:
    return cats.add_category(code, name, color, distracting)


def test_an_added_activity_is_not_predicted_until_it_has_enough_labels(categories, small_model,
                                                                        tmp_path):
    activate_unsure_model(small_model, tmp_path)
    added = cats.add_category("figma", "Figma", "#a259ff", distracting=False)
    rows = {row.category.code: row for row in cats.category_rows()}
    assert cats.min_examples() == 5  # labeling.retrain's rule, default setting
    assert rows["figma"].predicted is False
    assert rows["figma"].needed == 5
    assert rows["figma"].status == "needs 5 more labelled frames"
    assert rows["code"].predicted is True and rows["code"].needed == 0
    assert added.name == "Figma" and not added.distracting
    with pytest.raises(cats.CategoryError):
        cats.add_category("figma", "Figma again")


def test_the_minimum_follows_the_retrain_setting(categories, settings):
    settings.TIMENET_NEW_CLASS_MIN_EXAMPLES = 8
    assert cats.min_examples() == 8


def test_renaming_keeps_the_code_that_the_model_knows(categories):
    email = Category.objects.get(code="email")
    cats.update_category(email, name="Mail", color="#123456", distracting=True)
    email.refresh_from_db()
    assert (email.code, email.name, email.color, email.distracting) == (
        "email", "Mail", "#123456", True)


def test_merging_moves_frames_labels_and_yesterdays_time_and_deletes_the_source(labelled_chat,
                                                                              owner):
    frames, chat, slack = labelled_chat
    day = timezone.localdate() - timedelta(days=1)
    before = day_usage(owner, day)
    slack_seconds, chat_seconds = seconds_of(before, "slack"), seconds_of(before, "chat")
    assert slack_seconds == pytest.approx(40.0, abs=0.01)
    assert chat_seconds == pytest.approx(20.0, abs=0.01)
    moved = cats.merge_categories(slack, chat)
    assert moved["observations"] == 4 and moved["labels"] == 4
    assert not Category.objects.filter(code="slack").exists()
    assert Observation.objects.filter(frame__in=frames[:6], category=chat).count() == 6
    assert Label.objects.filter(category=chat).count() == 6
    after = day_usage(owner, day)
    assert seconds_of(after, "chat") == pytest.approx(60.0, abs=0.01)
    assert seconds_of(after, "slack") == 0
    day_rows = UsageRollup.objects.filter(granularity="day", category=chat)
    assert sum(r.seconds for r in day_rows) == pytest.approx(60.0, abs=0.01)


def test_merging_keeps_the_notification_choice_of_the_merged_activity(labelled_chat, owner):
    _, chat, slack = labelled_chat
    prefs = settings_for(owner)
    prefs.warn_categories.set([slack])
    cats.merge_categories(slack, chat)
    assert list(prefs.warn_categories.values_list("code", flat=True)) == ["chat"]


def test_merging_re_points_open_review_predictions(labelled_chat):
    frames, chat, slack = labelled_chat
    ReviewItem.objects.filter(frame=frames[6]).update(predicted="slack")
    cats.merge_categories(slack, chat)
    assert ReviewItem.objects.get(frame=frames[6]).predicted == "chat"


def test_an_activity_the_active_model_predicts_cannot_be_merged_away(labelled_chat):
    _, chat, _ = labelled_chat
    code = Category.objects.get(code="code")
    with pytest.raises(cats.CategoryError, match="predicts"):
        cats.merge_categories(code, chat)
    with pytest.raises(cats.CategoryError, match="different"):
        cats.merge_categories(chat, chat)
    assert Category.objects.filter(code="code").exists()


def logged_in(owner) -> Client:
    """The owner signed in, as staff: categories are shared, so only staff may change them
    (tests/security/test_shared_writes_staff_only.py checks the refusal)."""
    owner.is_staff = True
    owner.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(owner)
    return client


def test_the_page_adds_edits_and_merges_through_its_forms(labelled_chat, owner):
    client = logged_in(owner)
    page = client.get("/categories/")
    assert page.status_code == 200
    assert b"Slack" in page.content and b"needs" in page.content
    added = client.post("/categories/add", {"new-code": "figma", "new-name": "Figma",
                                            "new-color": "#A259FF", "new-distracting": "on"})
    assert added.status_code == 302
    figma = Category.objects.get(code="figma")
    assert (figma.color, figma.distracting) == ("#a259ff", True)
    edited = client.post("/categories/figma/edit", {"figma-name": "Design",
                                                    "figma-color": "#000000"})
    assert edited.status_code == 302
    figma.refresh_from_db()
    assert (figma.name, figma.distracting) == ("Design", False)
    merged = client.post("/categories/merge", {"merge-source": "slack", "merge-target": "chat"})
    assert merged.status_code == 302
    assert not Category.objects.filter(code="slack").exists()


def test_the_page_refuses_bad_input_with_its_reason(labelled_chat, owner):
    client = logged_in(owner)
    bad_colour = client.post("/categories/add", {"new-code": "x1", "new-name": "X",
                                                 "new-color": "red"})
    assert bad_colour.status_code == 400 and b"#rrggbb" in bad_colour.content
    bad_code = client.post("/categories/add", {"new-code": "Not a slug!", "new-name": "X",
                                               "new-color": "#000000"})
    assert bad_code.status_code == 400
    refused = client.post("/categories/merge", {"merge-source": "code", "merge-target": "chat"})
    assert refused.status_code == 400 and b"predicts" in refused.content
    assert not Category.objects.filter(code__in=["x1"]).exists()
    assert Client().get("/categories/").status_code == 302  # login required


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is missing")
def test_the_page_in_chromium_at_desktop_and_phone_sizes(labelled_chat, owner, live_server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    client = logged_in(owner)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # ORM between page actions (see e2e)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for width, height in [(1440, 900), (390, 844)]:
                context = browser.new_context(viewport={"width": width, "height": height})
                context.add_cookies([{"name": "sessionid", "url": live_server.url,
                                      "value": client.cookies["sessionid"].value}])
                page = context.new_page()
                page.goto(live_server.url + "/categories/")
                assert page.locator("#cat-slack").is_visible()
                page.screenshot(path=str(ARTIFACTS / f"categories-{width}x{height}.png"),
                                full_page=True)
                context.close()
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    assert (ARTIFACTS / "categories-390x844.png").stat().st_size > 10_000
