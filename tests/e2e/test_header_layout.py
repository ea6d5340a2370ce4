"""The page header at 1440x900 and 390x844 while a local pause names a long device: every nav
item and header control is whole and overlaps no other (a 40-character name pushed "Admin"
behind "Dark mode"), and the truncated state line keeps its full text in its title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import CHROMIUM, session_page
from tracker import capture_status
from tracker.devices import create_device

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is missing (scripts/system-deps.sh)")]
NAME = "workstation-in-the-third-floor-lab-0042"[:39] + "X"  # 40 characters
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "pages"

# Boxes of the header's items, each clipped by its scrolling/clipping ancestors' boxes: an item
# scrolled out of the nav (overflow) shows as a box smaller than its own.
BOXES = """() => [...document.querySelectorAll(
    '.topbar .brand, .mainnav a, .topbar-tools button, .topbar-tools select,'
    + ' .capture-state-line')].map((el) => {
  const r = el.getBoundingClientRect();
  let [l, t, rr, b] = [r.left, r.top, r.right, r.bottom];
  for (let p = el.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      const q = p.getBoundingClientRect();
      [l, t, rr, b] = [Math.max(l, q.left), Math.max(t, q.top), Math.min(rr, q.right),
                       Math.min(b, q.bottom)];
    }
  }
  return {text: el.textContent.trim().slice(0, 30), l: r.left, t: r.top, r: r.right,
          b: r.bottom, visible: [l, t, rr, b], width: innerWidth};
})"""


@pytest.fixture
def paused_owner(live_server, django_user_model, settings, tmp_path):
    """A staff owner (so "Admin" is in the nav) whose 40-character device is paused locally."""
    settings.DATA_DIR = tmp_path / "data"
    owner = django_user_model.objects.create_user("owner", is_staff=True)
    device = create_device(owner, NAME)[0]
    capture_status.record(device, json.dumps({
        "state": "paused", "paused": "paused on this computer", "local_pause": "forever"}).encode())
    return owner


def overlap(a: dict, b: dict) -> float:
    return max(0.0, min(a["r"], b["r"]) - max(a["l"], b["l"])) * max(
        0.0, min(a["b"], b["b"]) - max(a["t"], b["t"]))


@pytest.mark.parametrize("width, height", [(1440, 900), (390, 844)])
def test_no_header_item_is_cut_or_overlaps_another(browser, live_server, paused_owner,
                                                   width, height):
    page = session_page(browser, live_server, paused_owner, width, height)
    page.goto(live_server.url + "/privacy/")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"header-paused-{width}x{height}.png"))
    boxes = page.evaluate(BOXES)
    assert "Admin" in [b["text"] for b in boxes] and len(boxes) >= 14
    for box in boxes:  # whole: not clipped by the nav's overflow, inside the viewport
        shown = box["visible"]
        assert shown == pytest.approx([box["l"], box["t"], box["r"], box["b"]], abs=1), box
        assert box["l"] >= -1 and box["r"] <= width + 1, box
    clashes = [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if overlap(a, b) > 1]
    assert clashes == []
    line = page.locator(".capture-state-line")  # cut short with an ellipsis, whole in its title
    assert line.get_attribute("title") == f"Capture paused on {NAME}"
    page.context.close()
