"""A person labels the review queue in Chromium with the keyboard alone (Playwright driving
Debian's Chromium against a live Django server): 20 frames, one undo, one bulk label of a group
of near-identical frames; Observations and the day's rollups follow, and the frames still
unreviewed are shown as such in /api/today. Screenshots go to var/test-artifacts/labelling/."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from labeling.models import Label, ReviewItem
from tests.labeling.seed import activate_unsure_model, seed_review
from tracker.models import Frame, Observation

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "labelling"
KINDS = ("code", "terminal", "youtube")
IDLE = ("(() => { const r = document.getElementById('review');"
        " return r.dataset.item !== undefined && !r.dataset.busy; })()")


def today_start() -> datetime:
    """Ten minutes ago, or just after local midnight if that was less than ten minutes ago."""
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time(0)))
    return max(timezone.now() - timedelta(minutes=10), midnight + timedelta(seconds=1))


@pytest.fixture
def queue(transactional_db, device_token, small_model, categories, frames_dir, tmp_path):
    """Today: 24 distinct screens (8 per kind), then 6 identical youtube frames, all unsure."""
    activate_unsure_model(small_model, tmp_path)
    screens = [(k, s) for s in range(8) for k in KINDS] + [("youtube", 99)] * 6
    return seed_review(device_token[0], screens, today_start())


def current(page) -> dict:
    return page.evaluate("(() => { const d = document.getElementById('review').dataset;"
                         " return {item: Number(d.item), group: Number(d.groupSize),"
                         " predicted: d.predicted}; })()")


def press(page, key: str) -> None:
    """Press a key and wait until the page has answered (the item changed or the request ended)."""
    before = page.evaluate("document.getElementById('review').dataset.item")
    page.keyboard.press(key)
    page.wait_for_function(
        f"(() => {{ const r = document.getElementById('review');"
        f" return !r.dataset.busy && r.dataset.item !== '{before}'; }})()")


def label_twenty(page, keys: dict[str, str]) -> list[tuple[int, str]]:
    """Label 20 single frames by their true kind (Enter when the model is right), skipping the
    near-identical group; returns [(frame id, code)] in labelling order."""
    done: list[tuple[int, str]] = []
    while len(done) < 20:
        shown = current(page)
        item = ReviewItem.objects.select_related("frame").get(pk=shown["item"])
        if shown["group"] > 1:
            press(page, "s")
            continue
        truth = item.frame.window_app
        press(page, "Enter" if shown["predicted"] == truth else keys[truth])
        done.append((item.frame_id, truth))
    return done


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def login(browser, base: str, viewport: dict) -> object:
    page = browser.new_page(viewport=viewport)
    page.goto(base + "/review/")
    page.fill("input[name=username]", "owner")
    page.fill("input[name=password]", "pw-for-the-e2e")
    page.click("button[type=submit]")
    page.wait_for_url(base + "/review/")
    page.wait_for_function(IDLE)
    return page


def test_a_person_labels_the_queue_with_the_keyboard(queue, owner, live_server, monkeypatch):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    # The ORM is used between Playwright calls in this thread (Playwright's sync API keeps an
    # event loop here, which Django's async-safety check would otherwise refuse).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    owner.set_password("pw-for-the-e2e")
    owner.save()
    predicted = {f.pk: f.observation.category.code for f in queue}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = login(browser, live_server.url, {"width": 1440, "height": 900})
        shoot(page, "review-1440x900.png")
        keymap = page.evaluate("JSON.parse(document.getElementById('keymap').textContent)")
        keys = {k["code"]: k["key"] for k in keymap}
        done = label_twenty(page, keys)
        check_labels(done)

        press(page, "u")  # undo the 20th
        undone_frame, _ = done.pop()
        assert current(page)["item"] == ReviewItem.objects.get(frame_id=undone_frame).pk
        check_undo(undone_frame, predicted)
        bulk_label_group(page, keys, queue[24:])
        page.keyboard.press("h")
        page.wait_for_function("document.getElementById('review').dataset.heat !== undefined"
                               " && !document.getElementById('heat').hidden")
        shoot(page, "review-heatmap-1440x900.png")
        today = page.evaluate("fetch('/api/today').then((r) => r.json())")
        mobile = login(browser, live_server.url, {"width": 390, "height": 844})
        shoot(mobile, "review-390x844.png")
        browser.close()
    check_today(today, labelled={f for f, _ in done} | {f.pk for f in queue[24:]})


def check_labels(done: list[tuple[int, str]]) -> None:
    """Each keyboard label is one Label and the frame's Observation category."""
    assert len(done) == 20
    labels = Label.objects.filter(source="review")
    assert labels.values("action").distinct().count() == 20
    observed = dict(Observation.objects.filter(frame_id__in=[f for f, _ in done])
                    .values_list("frame_id", "category__code"))
    assert observed == dict(done)


def check_undo(frame_id: int, predicted: dict[int, str]) -> None:
    assert Observation.objects.get(frame_id=frame_id).category.code == predicted[frame_id]
    assert ReviewItem.objects.get(frame_id=frame_id).status == "open"
    assert not Label.objects.filter(frame_id=frame_id).exists()
    assert Label.objects.values("action").distinct().count() == 19


def bulk_label_group(page, keys: dict[str, str], group: list[Frame]) -> None:
    """Reach the group of identical frames, open "label all similar", keep only the group
    ticked (a person unticks look-alikes that are not copies), label it youtube."""
    leader = ReviewItem.objects.get(frame=group[0])
    while current(page)["item"] != leader.pk:
        press(page, "s")
    assert current(page)["group"] == 6
    page.keyboard.press("l")
    page.wait_for_function("Number(document.getElementById('review').dataset.similar) > 0"
                           " && !document.getElementById('similar').hidden")
    page.evaluate("document.querySelectorAll('#similar-grid input[data-group=\"0\"]')"
                  ".forEach((box) => { box.checked = false; })")
    assert page.locator("#similar-grid input:checked").count() == 5
    shoot(page, "review-similar-1440x900.png")
    press(page, keys["youtube"])
    codes = set(Observation.objects.filter(frame__in=group).values_list("category__code",
                                                                        flat=True))
    assert codes == {"youtube"}
    assert Label.objects.filter(frame__in=group, source="similar").count() == 6
    assert not ReviewItem.objects.filter(frame__in=group, status="open").exists()


def check_today(today: dict, labelled: set[int]) -> None:
    """/api/today: labelled frames count under their label, the rest as unreviewed (10 s each,
    frames being 10 s apart)."""
    frames = list(Frame.objects.order_by("captured_at"))
    unlabelled = [f for f in frames if f.pk not in labelled]
    by_code = {c["code"]: c["seconds"] for c in today["categories"]}
    assert by_code["unreviewed"] == pytest.approx(10.0 * len(unlabelled), abs=0.5)
    assert today["unreviewed_seconds"] == pytest.approx(10.0 * len(unlabelled), abs=0.5)
    activity = sum(s for code, s in by_code.items() if code != "unreviewed")
    assert activity == pytest.approx(10.0 * len(labelled), abs=0.5)
    assert by_code["youtube"] >= 60.0 - 0.5  # the six bulk-labelled frames at least
