"""The github and kaggle web pages render from their Jinja2 templates: the right host, path and
title, the site's own text, no template syntax left over, the site's dark theme in dark mode,
escaped content, and the same page for the same seed."""

import random
import re

import pytest

from screenfarm.content import Content
from screenfarm.sites import LAYOUTS, _github_parts, github, kaggle
from screenfarm.web import Ctx, Page, render

GH = r"github\.com"
KG = r"www\.kaggle\.com"
REPO = r"/[\w-]+/[\w-]+"
# page function -> (host, path pattern, title pattern, texts every such page shows)
PAGES = {
    github.github_code: (GH, REPO + r"/blob/main/[\w.-]+$", r" at main · [\w-]+/[\w-]+$",
                         ["Blame", "Raw", "Type / to search"]),
    github.github_issues: (GH, REPO + "/issues$", r"^Issues · ", ["New issue", "Milestones"]),
    github.github_profile: (GH, r"^/[\w-]+$", r"^[\w-]+ \(\w+ \w+\) · GitHub$",
                            ["Pinned", "contributions in", "Achievements"]),
    github.github_actions: (GH, REPO + "/actions$", r"^Workflow runs · ",
                            ["workflow runs", "New workflow", "Runners"]),
    github.github_pulls: (GH, REPO + "/pulls$", r"^Pull requests · ",
                          ["New pull request", "ProTip!"]),
    github.github_explore: (GH, r"^/(explore|trending)", r"(Explore GitHub|Trending .+) · GitHub$",
                            ["Repositories", "Star", "Built by"]),
    github.github_releases: (GH, REPO + "/releases$", r"^Releases · ",
                             ["Full Changelog", "Assets", "Find a release"]),
    github.github_commits: (GH, REPO + "/commits/", r"^Commits · ", ["Commits on", "Older"]),
    github.github_pull_diff: (GH, REPO + r"/pull/\d+/files$", r" pull request · ",
                              ["Files changed", "wants to merge"]),
    kaggle.kaggle_competition: (KG, r"^/competitions/[\w'-]+$", r" \| Kaggle$",
                                ["days to go", "Leaderboard", "Entries"]),
    kaggle.kaggle_code: (KG, "^/code$", r"^Code \| Kaggle$", ["New Notebook", "Most Votes"]),
    kaggle.kaggle_discussion: (KG, r"^/discussions/general/\d+$", r" \| Kaggle$",
                               ["Comments", "Bookmark", "Add a comment..."]),
    kaggle.kaggle_leaderboard: (KG, r"/leaderboard$", r" \| Kaggle$",
                                ["Search leaderboard", "of the test data", "Members"]),
    kaggle.kaggle_datasets: (KG, "^/datasets$", r"^Find Open Datasets .+ \| Kaggle$",
                             ["New Dataset", "See All", "Usability"]),
    kaggle.kaggle_learn: (KG, "^/learn$", r"^Learn Python.+ \| Kaggle$",
                          ["Courses", "Your Progress", "lessons"]),
    kaggle.kaggle_profile: (KG, r"^/[\w-]+$", r"^\w+ \w+ \| Kaggle$",
                            ["Followers", "Joined", "last seen"]),
    kaggle.kaggle_models: (KG, "^/models$", r"^Models \| Kaggle$", ["New Model", "Search models"]),
    kaggle.kaggle_dataset: (KG, r"^/datasets/[\w-]+/\w+$", r"^Dataset \| Kaggle$",
                            ["About Dataset", "Data Card"]),
}
THEMES = {"github": (_github_parts.LIGHT, _github_parts.DARK),
          "kaggle": (kaggle.LIGHT, kaggle.DARK)}
# the mark every page of the site draws: GitHub's round mark, Kaggle's word mark
LOGOS = {"github": "viewBox='0 0 16 16'><circle cx=8 cy=8 r=8 fill=",
         "kaggle": "<div class='logo'>kaggle</div>"}
CASES = [(fn, seed, dark) for fn in PAGES for seed in (1, 2) for dark in (False, True)]


def make(fn, seed: int, dark: bool) -> Page:  # noqa: ANN001 - a page function
    rng = random.Random(seed)
    return fn(Ctx(rng, Content(rng, held_out=seed % 2 == 0), dark))


def test_the_github_and_kaggle_layouts_come_from_their_own_modules():
    for code in ("github", "kaggle"):
        seen, unseen = LAYOUTS[code]
        assert {fn.__module__ for fn in seen + unseen} == {f"screenfarm.sites.{code}"}
    assert set(PAGES) == {fn for code in ("github", "kaggle") for part in LAYOUTS[code]
                          for fn in part}


@pytest.mark.parametrize(("fn", "seed", "dark"), CASES,
                         ids=[f"{f.__name__}-{s}-{'dark' if d else 'light'}" for f, s, d in CASES])
def test_page_renders_with_its_host_path_title_text_and_theme(fn, seed, dark):  # noqa: ANN001
    host, path_re, title_re, texts = PAGES[fn]
    page = make(fn, seed, dark)
    doc = page.document()
    assert re.fullmatch(host, page.host)
    assert re.search(path_re, page.path), page.path
    assert re.search(title_re, page.title), page.title
    brand = "github" if "github" in page.host else "kaggle"
    assert LOGOS[brand] in page.body
    for text in texts:
        assert text in doc, text
    assert "{{" not in doc and "{%" not in doc and "{#" not in doc
    light, dark_theme = THEMES[brand]
    body_rule = page.css.split("}")[0]  # the style sheet starts with the body rule
    assert f"background:{(dark_theme if dark else light).bg}" in body_rule
    assert f"background:{(light if dark else dark_theme).bg}" not in body_rule
    # the font list is CSS inside <style>, where an escaped quote (&#39;) would break it
    assert "&#39;" not in page.css and "font-family:" in body_rule


@pytest.mark.parametrize("fn", list(PAGES), ids=[f.__name__ for f in PAGES])
def test_the_same_seed_makes_the_same_page_and_another_seed_another(fn):  # noqa: ANN001
    assert make(fn, 5, True).document() == make(fn, 5, True).document()
    assert make(fn, 5, True).document() != make(fn, 6, True).document()


def test_source_code_and_generated_text_are_escaped_by_the_template():
    rng = random.Random(1)
    c = Ctx(rng, Content(rng), False)
    body = render("github/code.html", c, _github_parts.LIGHT, owner="a&b", repo="r", hdr="/x",
                  tree=[(True, "<dir>")], name="x.h", lines=["#include <stdio.h>"], first=1,
                  kb=1, commit={"avatar": "/y", "who": "w", "msg": "<b>m</b>", "sha": "0",
                                "ago": "now"})
    assert "#include &lt;stdio.h&gt;" in body and "&lt;dir&gt;" in body
    assert "&lt;b&gt;m&lt;/b&gt;" in body and "a&amp;b / <b>r</b>" in body


def test_labels_are_filled_in_light_mode_and_tinted_in_dark_mode():
    assert _github_parts.label_look("#ededed", False) == ("#ededed", "#1f2328",
                                                          "1px solid transparent")
    assert _github_parts.label_look("#b60205", False)[1] == "#fff"
    bg, ink, border = _github_parts.label_look("#b60205", True)
    assert bg == "rgba(182,2,5,.18)" and ink == "rgb(242,62,65)" and ".4)" in border


def test_counters_are_written_the_way_github_writes_them():
    assert [_github_parts.num(n) for n in (987, 1234, 34567)] == ["987", "1.2k", "34k"]


def test_kaggle_art_draws_one_chart_motif_inside_its_box():
    for seed in range(12):
        rng = random.Random(seed)
        a = kaggle.art(Ctx(rng, Content(rng), seed % 2 == 1), 260, 140)
        motifs = [bool(a["bars"]), a["line"] is not None, bool(a["dots"])]
        assert motifs.count(True) == 1
        assert all(0 <= cx <= 260 and 0 <= cy <= 140 for cx, cy, *_ in a["blobs"])
        assert a["back"] in (("#17303d", "#3a2f1a", "#2e2440", "#1e3326") if seed % 2 else
                             ("#e8f7ff", "#fff4e0", "#f3e8fd", "#e6f4ea", "#fde7e9"))
