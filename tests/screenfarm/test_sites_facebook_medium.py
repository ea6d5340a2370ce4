"""The Facebook and Medium page layouts: every page function renders a whole document from its
Jinja2 template, for the right host, with the site's brand, in the session's theme."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from screenfarm.content import Content
from screenfarm.sites import LAYOUTS, facebook, medium
from screenfarm.web import Ctx, Page

SEEDS = (1, 2)
# Medium's reading pages are light in every scene; only these follow the session's dark mode
MEDIUM_FOLLOWS_MODE = {medium.medium_editor, medium.medium_search}


def _pages(code: str) -> list[Callable[[Ctx], Page]]:
    seen, unseen = LAYOUTS[code]
    return list(seen + unseen)


def _render(layout: Callable[[Ctx], Page], seed: int, dark: bool,
            text: type[Content] = Content) -> Page:
    rng = random.Random(seed)
    return layout(Ctx(rng, text(rng), dark))


ALL = [(code, f) for code in ("facebook", "medium") for f in _pages(code)]
IDS = [f.__name__ for _, f in ALL]


@pytest.mark.parametrize(("code", "layout"), ALL, ids=IDS)
def test_every_page_renders_a_whole_document_for_its_site(code, layout):
    for seed in SEEDS:
        for dark in (False, True):
            page = _render(layout, seed, dark)
            doc = page.document()
            assert doc.startswith("<!doctype html>") and doc.endswith("</html>")
            assert "{{" not in doc and "{%" not in doc and "{#" not in doc
            assert doc.count("<div") == doc.count("</div>")
            assert doc.count("<span") == doc.count("</span>")
            if code == "facebook":
                assert page.host == "www.facebook.com"
                assert page.title.endswith("Facebook")
                assert "Search Facebook" in doc
            else:
                assert page.host == "medium.com"
                assert ">Medium</span>" in doc  # the wordmark in the top bar
            assert page.url == f"https://{page.host}{page.path}"
            assert page.path.startswith("/")


@pytest.mark.parametrize(("code", "layout"), ALL, ids=IDS)
def test_dark_sessions_draw_pages_with_the_dark_theme(code, layout):
    module = facebook if code == "facebook" else medium
    follows = code == "facebook" or layout in MEDIUM_FOLLOWS_MODE
    for seed in SEEDS:
        light_doc = _render(layout, seed, False).document()
        dark_doc = _render(layout, seed, True).document()
        assert f"body{{margin:0;background:{module.LIGHT.bg}" in light_doc
        want = module.DARK if follows else module.LIGHT
        assert f"body{{margin:0;background:{want.bg}" in dark_doc


@pytest.mark.parametrize(("code", "layout"), ALL, ids=IDS)
def test_a_seed_gives_the_same_scene_and_another_seed_a_different_one(code, layout):
    first = _render(layout, 5, False)
    again = _render(layout, 5, False)
    other = _render(layout, 6, False)
    assert first.document() == again.document() and first.path == again.path
    assert other.document() != first.document()


def test_the_page_title_and_names_appear_in_the_page():
    page = _render(facebook.facebook_profile, 1, False)
    name = page.title.removesuffix(" | Facebook")
    assert f"<h1 style=\"margin:0\">{name}</h1>" in page.document()
    pub = _render(medium.medium_publication, 2, True)
    assert f"letter-spacing:-1px\">{pub.title}</span>" in pub.document()
    assert pub.path == "/" + pub.title.lower().replace(" ", "-")


class _AngleBrackets(Content):
    """Names with markup in them, to show that content strings are escaped."""

    def name(self) -> str:
        return f"<b>{super().name()}</b>"


@pytest.mark.parametrize("layout", [facebook.facebook_feed, medium.medium_home],
                         ids=["facebook_feed", "medium_home"])
def test_content_strings_are_escaped_by_the_templates(layout):
    doc = _render(layout, 1, False, _AngleBrackets).document()
    assert "&lt;b&gt;" in doc and "&lt;/b&gt;" in doc
    assert "<b><b>" not in doc and "</b></b>" not in doc


def test_marketplace_and_the_medium_home_feed_are_kept_for_the_unseen_split():
    assert LAYOUTS["facebook"][1] == (facebook.facebook_marketplace,)
    assert LAYOUTS["medium"][1] == (medium.medium_home,)
    assert len(LAYOUTS["facebook"][0]) == 8 and len(LAYOUTS["medium"][0]) == 6


def test_search_pages_carry_the_query_in_the_url_and_heading():
    for seed in range(6):
        page = _render(medium.medium_search, seed, seed % 2 == 1)
        query = page.title.removeprefix("Search results for ").removesuffix(" \u2013 Medium")
        assert page.path.startswith("/search") and "?q=" in page.path
        assert f"Results for</span> {query}</h1>" in page.document()
