"""The email and google web pages (Gmail, Yahoo, Proton, Roundcube, Outlook; Google search,
Maps, Scholar, Translate) render from their templates: right host and title, the brand's own
text, no template syntax left over, the provider's dark theme in dark mode, and the same page for
the same seed."""

import random
import re

import pytest

from screenfarm.content import Content
from screenfarm.sites import LAYOUTS, email, google
from screenfarm.web import Ctx, Page

G = (google.LIGHT, google.DARK)
GMAIL = (email.GMAIL_LIGHT, email.GMAIL_DARK)
# page function -> (host pattern, title pattern, texts every such page shows, light, dark theme)
PAGES = {
    email.gmail_inbox: (r"mail\.google\.com", r"^Inbox \(\d+\) - .+@gmail\.com - Gmail$",
                        ["Compose", "Primary", "Labels"], *GMAIL),
    email.gmail_message: (r"mail\.google\.com", r" - .+@gmail\.com - Gmail$",
                          ["Reply", "Forward", "to me"], *GMAIL),
    email.gmail_compose: (r"mail\.google\.com", r"^Inbox \(\d+\) - ", ["Send", "Cc Bcc"], *GMAIL),
    email.gmail_promotions: (r"mail\.google\.com", r"^Promotions - ", ["Promotions", "Social"],
                             *GMAIL),
    email.yahoo_mail: (r"mail\.yahoo\.com", r" unread\) - .+@yahoo\.com - Yahoo Mail$",
                       ["yahoo", "Compose", "Deleted Items"], email.YAHOO_LIGHT,
                       email.YAHOO_DARK),
    email.proton_mail: (r"mail\.proton\.me", r"^Inbox \(\d+\) \| .+@proton\.me \| Proton Mail$",
                        ["New message", "Folders &amp; labels", "Upgrade"], email.PROTON_LIGHT,
                        email.PROTON_DARK),
    email.roundcube_inbox: (r"mail\.[\w-]+\.\w+", r"Webmail :: Inbox$",
                            ["Compose", "Contacts", "Logout"], email.ROUNDCUBE_LIGHT,
                            email.ROUNDCUBE_DARK),
    email.outlook_inbox: (r"outlook\.live\.com", r"^Mail - Outlook$", ["Focused", "New mail"],
                          email.OUTLOOK_LIGHT, email.OUTLOOK_DARK),
    google.google_home: (r"www\.google\.com", r"^Google$", ["Google Search", "Feeling Lucky"], *G),
    google.google_results: (r"www\.google\.com", r" - Google Search$", ["People also ask"], *G),
    google.google_images: (r"www\.google\.com", r" - Google Search$", ["Images"], *G),
    google.google_knowledge: (r"www\.google\.com", r" - Google Search$",
                              ["Top stories", "Wikipedia", "People also search for"], *G),
    google.google_videos_news: (r"www\.google\.com", r" - Google Search$", ["Next"], *G),
    google.google_shopping: (r"www\.google\.com", r" - Google Shopping$", ["Refine results"], *G),
    google.google_maps: (r"www\.google\.com", r" - Google Maps$", ["Results", "Layers"], *G),
    google.google_scholar: (r"scholar\.google\.com", r" - Google Scholar$",
                            ["Scholar", "Create alert", "Related articles"], *G),
    google.google_translate: (r"translate\.google\.com", r"^Google Translate$",
                              ["Translate", "Documents", "Send feedback"], *G),
}
CASES = [(fn, seed, dark) for fn in PAGES for seed in (1, 2, 7) for dark in (False, True)]


def make(fn, seed: int, dark: bool, held_out: bool = False) -> Page:  # noqa: ANN001
    rng = random.Random(seed)
    return fn(Ctx(rng, Content(rng, held_out), dark))


def test_the_two_classes_use_the_new_page_modules():
    seen, unseen = LAYOUTS["email"]
    assert {fn.__module__ for fn in seen + unseen} == {"screenfarm.sites.email"}
    seen, unseen = LAYOUTS["google"]
    assert {fn.__module__ for fn in seen + unseen} == {"screenfarm.sites.google"}
    assert set(PAGES) == {fn for code in ("email", "google") for part in LAYOUTS[code]
                          for fn in part}


@pytest.mark.parametrize(("fn", "seed", "dark"), CASES,
                         ids=[f"{f.__name__}-{s}-{'dark' if d else 'light'}" for f, s, d in CASES])
def test_page_renders_with_its_host_title_brand_text_and_theme(fn, seed, dark):  # noqa: ANN001
    host_re, title_re, texts, light, dark_theme = PAGES[fn]
    page = make(fn, seed, dark)
    doc = page.document()
    assert re.fullmatch(host_re, page.host), page.host
    assert page.url.startswith(f"https://{page.host}/")
    assert re.search(title_re, page.title), page.title
    assert doc.startswith("<!doctype html>") and doc.endswith("</body></html>")
    for text in texts:
        assert text in doc, text
    assert "{{" not in doc and "{%" not in doc and "{#" not in doc
    theme = dark_theme if dark else light
    assert theme.dark is dark
    assert f"body{{margin:0;background:{theme.bg};color:{theme.fg};" in doc
    if light.bg != dark_theme.bg:
        other = light if dark else dark_theme
        assert f"body{{margin:0;background:{other.bg};" not in doc
    # font lists keep their quotes inside <style> (autoescape would break them)
    assert "&#39;" not in doc.split("<style>")[1].split("</style>")[0]


@pytest.mark.parametrize("fn", list(PAGES), ids=lambda f: f.__name__)
def test_a_seed_gives_the_same_page_and_another_seed_another(fn):  # noqa: ANN001
    for held_out in (False, True):
        assert make(fn, 5, True, held_out).document() == make(fn, 5, True, held_out).document()
    assert make(fn, 5, False).document() != make(fn, 6, False).document()


def test_generated_text_is_escaped_not_injected():
    page = make(google.google_shopping, 3, False)
    # chips and shop names are plain text: "4 stars & up" and "Kohl's" come out escaped
    assert "<span style='border:1px solid" in page.document()
    assert "& " not in page.document().split("<body>")[1].replace("&amp; ", "")


def test_scholar_sets_query_words_in_bold_in_the_snippets():
    for seed in range(4):
        page = make(google.google_scholar, seed, False)
        query = page.title.removesuffix(" - Google Scholar").split()
        bold = re.findall(r"<b>([^<]+)</b>", page.document())
        assert bold and set(bold) <= set(query) | {" ".join(query), "T", "B"}


def test_translate_never_translates_into_english():
    for seed in range(12):
        page = make(google.google_translate, seed, seed % 2 == 0)
        target = re.search(r"&tl=(\w+)&", page.path).group(1)
        assert target != "en"


def test_maps_puts_one_pin_on_the_map_per_place_in_the_list():
    for seed in range(4):
        doc = make(google.google_maps, seed, True).document()
        pins = doc.count("<circle cy='-22'")
        places = doc.count("font-size:16px;font-weight:500'>")
        assert 5 <= pins == places <= 7
        assert google.DARK.extra["land"] in doc and google.LIGHT.extra["land"] not in doc


def test_proton_light_mode_shows_either_sidebar_theme():
    sides = {email.PROTON_LIGHT.extra["side"]: 0, email.PROTON_SNOW.extra["side"]: 0}
    for seed in range(12):
        doc = make(email.proton_mail, seed, False).document()
        for side in sides:
            sides[side] += f"width:240px;flex:none;background:{side};" in doc
    assert all(sides.values()) and sum(sides.values()) == 12


def test_roundcube_draws_all_three_layouts():
    seen = set()
    for seed in range(30):
        doc = make(email.roundcube_inbox, seed, False).document()
        if "Details &nbsp; Headers" in doc:
            seen.add("preview")
        elif "&#9993; roundcube" in doc:
            seen.add("empty frame")
        else:
            assert "Date &#9660;" in doc  # the list layout's column titles
            seen.add("list")
    assert seen == {"preview", "empty frame", "list"}
