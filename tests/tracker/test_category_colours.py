"""Default category colours: each distinct from the others and visible on the page and card
backgrounds of both themes; existing installs move to them unless a person chose a colour."""

from __future__ import annotations

import importlib
import itertools
import math
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ml.classes import DEFAULT_CODES
from tests.tracker.test_pages import contrast, css_variables
from tracker.categories import DEFAULT_COLORS
from tracker.models import Category

CSS = (Path(__file__).resolve().parents[2] / "static" / "css" / "timenet.css").read_text()
BEFORE, AFTER = ("tracker", "0006_title_rollup"), ("tracker", "0007_distinct_category_colours")
OLD = importlib.import_module("tracker.migrations.0007_distinct_category_colours").OLD


def backgrounds() -> dict[str, str]:
    light = css_variables(CSS.split(":root {", 1)[1].split("}", 1)[0])
    dark = css_variables(CSS.split(':root[data-theme="dark"] {', 1)[1].split("}", 1)[0])
    return {"light bg": light["bg"], "light card": light["card"], "dark bg": dark["bg"],
            "dark card": dark["card"]}


def oklab(hex_colour: str) -> tuple[float, float, float]:
    """sRGB #rrggbb -> OKLab (Björn Ottosson, 2020): distances there track perceived ones."""
    r, g, b = [(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
               for c in (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))]
    lms = [0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
           0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
           0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b]
    lc, mc, sc = (v ** (1 / 3) for v in lms)
    return (0.2104542553 * lc + 0.7936177850 * mc - 0.0040720468 * sc,
            1.9779984951 * lc - 2.4285922050 * mc + 0.4505937099 * sc,
            0.0259040371 * lc + 0.7827717662 * mc - 0.8086757660 * sc)


def test_every_default_category_has_its_own_colour():
    assert set(DEFAULT_COLORS) == set(DEFAULT_CODES)
    closest = min((math.dist(oklab(DEFAULT_COLORS[a]), oklab(DEFAULT_COLORS[b])), a, b)
                  for a, b in itertools.combinations(sorted(DEFAULT_COLORS), 2))
    # 0.02 in OKLab is about a just-noticeable difference; netflix and youtube were 0.04 apart.
    assert closest[0] >= 0.065, closest


@pytest.mark.parametrize("code", sorted(DEFAULT_COLORS))
def test_each_colour_stands_out_3_to_1_on_every_background_of_both_themes(code):
    for name, background in backgrounds().items():
        ratio = contrast(DEFAULT_COLORS[code], background)
        assert ratio >= 3.0, f"{code} {DEFAULT_COLORS[code]} on {name}: {ratio:.2f}:1"


def test_new_installs_get_the_new_colours(categories):
    assert dict(Category.objects.filter(code__in=DEFAULT_CODES).values_list("code", "color")) \
        == DEFAULT_COLORS


@pytest.mark.django_db(transaction=True)
def test_the_migration_recolours_old_defaults_and_keeps_a_persons_choice():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])  # back to the old default colours (0007 reversed)
    try:
        old = executor.loader.project_state([BEFORE]).apps.get_model("tracker", "Category")
        for code, colour in OLD.items():  # an earlier transactional test may have flushed them
            old.objects.get_or_create(code=code, defaults={"name": code, "color": colour})
        assert old.objects.get(code="youtube").color == "#ff0000"
        old.objects.filter(code="netflix").update(color="#123456")  # a person's choice
        old.objects.filter(code="code").update(color="#4E79A7")  # old default, upper case
        executor = MigrationExecutor(connection)
        executor.migrate([AFTER])
        colours = dict(Category.objects.values_list("code", "color"))
        assert colours["netflix"] == "#123456"
        assert (colours["youtube"], colours["code"]) == (DEFAULT_COLORS["youtube"],
                                                         DEFAULT_COLORS["code"])
        assert all(colours[c] == DEFAULT_COLORS[c] for c in DEFAULT_CODES if c != "netflix")
    finally:
        MigrationExecutor(connection).migrate(
            MigrationExecutor(connection).loader.graph.leaf_nodes())
