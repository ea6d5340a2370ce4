"""The YouTube and Netflix pages render from their templates: right host, path and title, the
brand's own text, no template syntax left over, the session's theme on YouTube (Netflix keeps its
one look per page), escaped content, and the same page for the same seed."""

import random
import re

import pytest

from screenfarm.content import Content
from screenfarm.sites import LAYOUTS, netflix, youtube
from screenfarm.theme import Theme
from screenfarm.web import Ctx, Page

YT, STUDIO, NF = "www.youtube.com", "studio.youtube.com", "www.netflix.com"
# page function -> (host, path pattern, title pattern, texts the page always shows)
PAGES = {
    youtube.youtube_home: (YT, r"^/$", r"^YouTube$", ["Recently uploaded", "Subscriptions"]),
    youtube.youtube_watch: (YT, r"^/watch\?v=[\w-]{11}$", r".+ - YouTube$",
                            ["Subscribe", "Comments", "subscribers"]),
    youtube.youtube_channel: (YT, r"^/@[\w-]+(/videos|/shorts|/playlists)?$", r".+ - YouTube$",
                              ["subscribers", "Community"]),
    youtube.youtube_shorts: (YT, r"^/shorts/[\w-]{11}$", r".+ - YouTube$",
                             ["Original sound", "Remix"]),
    youtube.youtube_results: (YT, r"^/results\?search_query=\w+(\+\w+)*$", r".+ - YouTube$",
                              ["Unwatched", "views"]),
    youtube.youtube_history: (YT, r"^/feed/history$", r"^Watch history - YouTube$",
                              ["Clear all watch history", "Watch history</h1>"]),
    youtube.youtube_studio: (STUDIO, r"^/channel/UC[\w-]{22}$",
                             r"^Channel dashboard - YouTube Studio$",
                             ["Studio", "Channel analytics", "Latest comments"]),
    youtube.youtube_playlist: (YT, r"^/playlist\?list=(WL|LL|PL[\w-]{32})$", r".+ - YouTube$",
                               ["Play all", "Shuffle", "Playlist &middot;"]),
    netflix.netflix_browse: (NF, r"^/browse$", r"^Home - Netflix$", ["NETFLIX", "More Info"]),
    netflix.netflix_title: (NF, r"^/title/\d{8}$", r"^Home - Netflix$",
                            ["NETFLIX", "Episodes", "% Match"]),
    netflix.netflix_player: (NF, r"^/watch/\d{8}$", r"^Netflix$", ["/_img/photo/1280x720/"]),
    netflix.netflix_profiles: (NF, r"^/(browse|ProfilesGate|profiles/manage)$", r"^Netflix$",
                               ["NETFLIX"]),
    netflix.netflix_mylist: (NF, r"^/(browse/my-list|latest)$",
                             r"^(My List|New & Popular) - Netflix$", ["NETFLIX", "Kids"]),
    netflix.netflix_search: (NF, r"^/search\?q=\S+$", r"^Netflix$",
                             ["NETFLIX", "Explore titles related to:"]),
    netflix.netflix_account: (NF, r"^/account(/membership|/security|/devices|/profiles)?$",
                              r"^Account - Netflix$",
                              ["NETFLIX", "Back to Netflix", "Help Centre"]),
    netflix.netflix_new_popular: (NF, r"^/latest$", r"^New & Popular - Netflix$",
                                  ["NETFLIX", "Top 10 "]),
    netflix.netflix_kids: (NF, r"^/Kids$", r"^Netflix Kids$", ["NETFLIX", "Exit Kids",
                                                                 "Characters"]),
}
CASES = [(fn, seed, dark) for fn in PAGES for seed in (1, 5) for dark in (False, True)]


def make(fn, seed: int, dark: bool) -> Page:  # noqa: ANN001 - a page function
    rng = random.Random(seed)
    return fn(Ctx(rng, Content(rng), dark))


def theme_for(fn, dark: bool) -> Theme | None:  # noqa: ANN001
    """The theme the page must be drawn in; None where the page tints its own (Netflix Kids)."""
    if fn.__module__.endswith("youtube"):
        pair = ((youtube.STUDIO_LIGHT, youtube.STUDIO_DARK) if fn is youtube.youtube_studio
                else (youtube.LIGHT, youtube.DARK))
        return pair[dark]
    if fn is netflix.netflix_kids:
        return None
    return netflix.LIGHT if fn is netflix.netflix_account else netflix.DARK


def test_youtube_and_netflix_layouts_come_from_their_own_modules():
    for code, module in (("youtube", youtube), ("netflix", netflix)):
        seen, held = LAYOUTS[code]
        assert {fn.__module__ for fn in seen + held} == {module.__name__}
        assert set(seen + held) == {fn for fn in PAGES if fn.__module__ == module.__name__}


@pytest.mark.parametrize(("fn", "seed", "dark"), CASES,
                         ids=[f"{f.__name__}-{s}-{'dark' if d else 'light'}" for f, s, d in CASES])
def test_page_renders_with_its_host_path_title_brand_text_and_theme(fn, seed, dark):  # noqa: ANN001
    host, path_re, title_re, texts = PAGES[fn]
    page = make(fn, seed, dark)
    doc = page.document()
    assert page.host == host and page.url == f"https://{host}{page.path}"
    assert re.search(path_re, page.path), page.path
    assert re.search(title_re, page.title), page.title
    assert page.favicon == ("#ff0000" if host != NF else "#e50914")
    assert doc.startswith("<!doctype html>") and doc.endswith("</body></html>")
    for text in texts:
        assert text in doc, text
    assert "{{" not in doc and "{%" not in doc and "{#" not in doc
    style = doc.split("<style>")[1].split("</style>")[0]
    theme = theme_for(fn, dark)
    if theme is not None:
        assert f"body{{margin:0;background:{theme.bg};color:{theme.fg};" in style
        assert f"font-family:{theme.font}" in style  # quotes kept: not escaped inside <style>
    else:
        assert re.search(r"body\{margin:0;background:#f\w{5};color:#1b1b1b;", style)


@pytest.mark.parametrize("fn", list(PAGES), ids=lambda f: f.__name__)
def test_same_seed_gives_the_same_page_and_another_seed_another(fn):  # noqa: ANN001
    first, again, other = make(fn, 3, False), make(fn, 3, False), make(fn, 4, False)
    assert first.document() == again.document() and first.url == again.url
    assert first.document() != other.document()


@pytest.mark.parametrize("fn", [fn for fn in PAGES if fn.__module__.endswith("netflix")],
                         ids=lambda f: f.__name__)
def test_netflix_pages_look_the_same_whatever_the_desktop_mode(fn):  # noqa: ANN001
    assert make(fn, 2, False).document() == make(fn, 2, True).document()


def test_youtube_pages_follow_the_desktop_mode():
    light, dark = make(youtube.youtube_home, 2, False), make(youtube.youtube_home, 2, True)
    assert light.url == dark.url and light.document() != dark.document()
    assert f"body{{margin:0;background:{youtube.DARK.bg}" in dark.document()
    assert f"body{{margin:0;background:{youtube.LIGHT.bg}" in light.document()


def test_video_titles_are_escaped_by_the_template():
    # a title form is "{name}'s {adj} {noun}": find a watch page whose title carries the quote
    pages = [make(youtube.youtube_watch, s, False) for s in range(60)]
    quoted = [p for p in pages if "'" in p.title]
    assert quoted, "no video title with an apostrophe in 60 seeds"
    video = quoted[0].title.removesuffix(" - YouTube").replace("'", "&#39;")
    assert f">{video}</h1>" in quoted[0].document()


def test_the_history_page_marks_only_the_row_under_the_mouse():
    # the remove button (✕) shows on one row at most: the hovered row, when the first day has it
    marks = [make(youtube.youtube_history, s, True).document().count("&#10005;")
             for s in range(12)]
    assert max(marks) == 1 and marks.count(1) >= 6
