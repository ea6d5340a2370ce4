"""The erase confirmation counts in words that agree with the number ("1 frame", not
"1 frames") and its button is styled as destructive."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from tests.security.test_privacy_erase_range import T0, local, seeded  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def summary(client, minutes: int) -> str:
    html = client.post("/privacy/erase", {"start": local(T0 + timedelta(minutes=1)),
                                          "end": local(T0 + timedelta(minutes=1 + minutes))})
    return re.sub(r"<[^>]+>", "", html.content.decode())


def test_one_frame_is_one_frame(client, seeded):  # noqa: F811 - the fixture
    client.force_login(seeded[0].owner)
    text = summary(client, 1)  # frame #1: one review item, one label
    assert "1 frame (" in text and "Delete 1 frame" in text
    assert "1 frames" not in text and "Delete 1 frames" not in text
    assert "1 classified activity" in text and "1 review item" in text and "1 label" in text
    assert not re.search(r"\b1 (review items|labels|classified activities)\b", text)


def test_several_frames_are_frames(client, seeded):  # noqa: F811 - the fixture
    client.force_login(seeded[0].owner)
    text = summary(client, 2)
    assert "2 frames (" in text and "Delete 2 frames" in text
    assert "2 classified activities" in text and "2 review items" in text and "2 labels" in text


def test_the_erase_button_is_styled_as_destructive(client, seeded):  # noqa: F811 - the fixture
    client.force_login(seeded[0].owner)
    html = client.post("/privacy/erase", {"start": local(T0), "end": local(
        T0 + timedelta(minutes=2))}).content.decode()
    assert re.search(r'<button type="submit" class="danger">Delete', html)
    css = (ROOT / "static" / "css" / "timenet.css").read_text()
    rule = re.search(r"button\.danger[^{]*\{([^}]*)\}", css)
    assert rule and "var(--bad)" in rule.group(1)
