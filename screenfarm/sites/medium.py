"""Medium pages (activity class "medium"): article, author profile, story editor, publication,
library lists, search results, and the home feed (kept out of training: the unseen split).

Written from scratch after the site's public look; content is generated. Each page function
draws its random content here, in the same rng order as the f-string generator it replaces (so
a seed gives the same scene), and renders `templates/medium/<page>.html` with one `Theme`.
Medium's reading pages are light in every scene (as before); the editor and search follow the
session's dark mode."""

from __future__ import annotations

from urllib.parse import quote_plus

from ..theme import Theme, pick
from ..web import Ctx, Page, page
from ._medium_parts import card, date, lists_main, profile_main, search_rows, search_side

LIGHT = Theme(dark=False, bg="#ffffff", fg="#242424", muted="#6b6b6b", line="#f2f2f2",
              surface="#f9f9f9", surface2="#f2f2f2", accent="#1a8917",
              font="'Liberation Sans',Helvetica,Arial,sans-serif")
DARK = Theme(dark=True, bg="#121212", fg="#e6e6e6", muted="#8a8a8a", line="#2a2a2a",
             surface="#1e1e1e", surface2="#242424", accent="#1a8917", font=LIGHT.font)
HOST = "medium.com"
BRAND = "#000000"  # the favicon square


def _page(c: Ctx, layout: str, path: str, title: str, follows_mode: bool = False,
          **values: object) -> Page:
    """Render templates/medium/<layout>.html as the page at medium.com<path>; dark only when
    the page `follows_mode` (editor, search) and the session is dark."""
    t = pick(LIGHT, DARK, c.dark and follows_mode)
    return page(f"medium/{layout}.html", c, t, host=HOST, path=path, title=title,
                favicon=BRAND, **values)


def _article_body(c: Ctx) -> list[dict[str, str]]:
    """6-10 paragraphs, some after a subheading, maybe a captioned photo after the second."""
    blocks = []
    for i in range(c.rng.randint(6, 10)):
        if i and c.rng.random() < .2:
            blocks.append({"kind": "h2", "text": c.text.title()})
        if i == 2 and c.rng.random() < .6:
            blocks.append({"kind": "figure", "src": c.img("photo", 680, 400),
                           "text": c.text.name()})
        blocks.append({"kind": "p", "text": c.text.paragraph()})
    return blocks


def medium_article(c: Ctx) -> Page:
    """A story: title, subtitle, author line, clap bar and the body."""
    title = c.text.title()
    blocks = _article_body(c)
    top = c.img("avatar", 64, 64)
    head = {"sub": c.text.sentence(6, 12), "av": c.img("avatar", 88, 88),
            "name": c.text.name(), "mins": c.rng.randint(3, 18), "ago": c.text.ago(),
            "claps": c.text.count(), "responses": c.rng.randint(1, 300)}
    slug = "-".join(title.lower().split()[:6]).replace("'", "")
    path = f"/@{c.text.handle()}/{slug}-{c.rng.randrange(16**12):012x}"
    # the title's author is drawn apart from the byline, as the old generator did
    return _page(c, "article", path, f"{title} | by {c.text.name()} | Medium",
                 heading=title, blocks=blocks, top=top, head=head)


def medium_home(c: Ctx) -> Page:
    """The home feed list: kept out of training (unseen layouts)."""
    rows = [{"av": c.img("avatar", 40, 40), "name": c.text.name(), "title": c.text.title(),
             "text": c.text.sentence(), "ago": c.text.ago(), "claps": c.text.count(),
             "responses": c.rng.randint(1, 99), "src": c.img("photo", 160, 107)}
            for _ in range(7)]
    tags = [c.text.word().title() for _ in range(9)]
    return _page(c, "home", "/", "Medium", rows=rows, tags=tags, top=c.img("avatar", 64, 64))


def _profile_side(c: Ctx) -> dict[str, object]:
    """The profile's right column: picture, bio and the people the author follows."""
    side: dict[str, object] = {"av": c.img("avatar", 176, 176), "bio": c.text.sentence(8, 18)}
    side["following"] = [{"av": c.img("avatar", 40, 40), "name": c.text.name()}
                         for _ in range(c.rng.randint(3, 5))]
    return side


def medium_profile(c: Ctx) -> Page:
    """An author's page: name, Home/Lists/About tabs, stories or lists or bio, side column."""
    name, handle = c.text.name(), c.text.handle()
    tab = c.rng.choice(["Home", "Home", "Lists", "About"])
    followers = c.text.count()
    main = profile_main(c, tab)
    side = _profile_side(c)
    path = f"/@{handle}" + ("" if tab == "Home" else "/" + tab.lower())
    return _page(c, "profile", path, f"{name} \u2013 Medium", name=name, tab=tab,
                 followers=followers, main=main, side=side, top=c.img("avatar", 64, 64))


def _draft(c: Ctx) -> dict[str, object]:
    """The story being written: blank, or a title and 1-4 paragraphs, maybe a picture and a
    selection with the formatting toolbar over it."""
    if c.rng.random() < .2:
        return {"blank": True, "title": "", "blocks": []}
    title = c.text.title()
    blocks: list[dict[str, str]] = [{"kind": "p", "text": c.text.paragraph(2, 5)}
                                    for _ in range(c.rng.randint(1, 4))]
    if c.rng.random() < .3:
        blocks.insert(1, {"kind": "img", "src": c.img("photo", 700, 380)})
    if blocks and c.rng.random() < .5:
        words = c.text.sentence(4, 8)
        blocks.append({"kind": "tip", "words": words, "text": c.text.sentence()})
    return {"blank": False, "title": title, "blocks": blocks}


def medium_editor(c: Ctx) -> Page:
    """The story editor: draft bar with Publish, then the draft (or an empty one)."""
    name = c.text.name()
    state = c.rng.choice(["Saved", "Saving...", ""])
    top = c.img("avatar", 64, 64)
    draft = _draft(c)
    return _page(c, "editor", f"/p/{c.rng.randrange(16**12):012x}/edit",
                 "Editing story \u2013 Medium", follows_mode=True, name=name, state=state,
                 top=top, draft=draft)


def _publication_head(c: Ctx) -> dict[str, object]:
    """A publication's name, banner (tint, logo font, height, logo shape) and nav links."""
    adj, noun = c.text.pick(c.text.adjs).title(), c.text.pick(c.text.nouns).title()
    pub = c.rng.choice([f"The {adj} {noun}", f"Better {noun}", f"{noun} Weekly",
                        f"{adj} {noun} Collective", f"The {noun} Journal"])
    tint = c.text.color(light=c.rng.random() < .5)
    head: dict[str, object] = {"pub": pub, "tint": tint, "ink": "#fff" if tint[1] in "0123456"
                               else "#242424"}
    head["font"] = c.rng.choice(["700 44px Georgia,DejaVu Serif,serif",
                                 "800 42px Liberation Sans,Arial,sans-serif",
                                 "italic 700 44px Georgia,serif"])
    head["tall"] = c.rng.choice([120, 150, 170])
    head["radius"] = c.rng.choice(["50%", "8px"])
    links = c.rng.sample(["Home", "About", "Archive", "Write for us", "Newsletter",
                          c.text.pick(c.text.nouns).title(), c.text.pick(c.text.nouns).title(),
                          "Submit"], c.rng.randint(4, 6))
    head["caps"] = c.rng.random() < .5
    head["links"] = [t.upper() if head["caps"] else t for t in links]
    head["followers"] = c.text.count()
    return head


def _featured(c: Ctx, pub: str) -> dict[str, object] | None:
    """The featured row: one big story card and three short rows (absent in some scenes)."""
    if c.rng.random() < .35:  # some open straight on the latest stories
        return None
    big = card(c, pub, True)
    rows = [{"name": c.text.name(), "title": c.text.title(), "date": date(c),
             "mins": c.rng.randint(3, 16), "src": c.img("photo", 160, 107)} for _ in range(3)]
    return {"big": big, "rows": rows}


def medium_publication(c: Ctx) -> Page:
    """A publication's home: banner with logo and nav, a featured story, a grid of stories."""
    head = _publication_head(c)
    pub = str(head["pub"])
    featured = _featured(c, pub)
    grid = [card(c, pub) for _ in range(6)]
    return _page(c, "publication", "/" + pub.lower().replace(" ", "-"), pub, head=head,
                 featured=featured, grid=grid, top=c.img("avatar", 64, 64))


def medium_lists(c: Ctx) -> Page:
    """The reader's library: tabs of lists, highlights and history, list cards and story rows."""
    me = c.text.name()
    tab = c.rng.choice(["Your lists", "Your lists", "Saved lists", "Highlights",
                        "Reading history"])
    main = lists_main(c, tab, me)
    follows = [{"av": c.img("avatar", 48, 48), "name": c.text.name()}
               for _ in range(c.rng.randint(3, 5))]
    path = {"Your lists": "/me/lists", "Saved lists": "/me/lists/saved",
            "Highlights": "/me/list/highlights", "Reading history": "/me/list/reading-history"}
    return _page(c, "lists", path[tab], "Library \u2013 Medium", tab=tab, main=main,
                 follows=follows, top=c.img("avatar", 64, 64))


def medium_search(c: Ctx) -> Page:
    """Search results: query in the top bar, tabs, result rows, people and topics on the right."""
    noun, adj, verb = (c.text.pick(c.text.nouns), c.text.pick(c.text.adjs),
                       c.text.pick(c.text.verbs))
    query = c.rng.choice([noun, noun, f"{adj} {noun}", f"{verb} {noun}", f"{noun} {verb}"])
    tab = c.rng.choice(["Stories"] * 4 + ["People", "Publications", "Topics", "Lists"])
    rows = search_rows(c, tab, query, noun)
    side = search_side(c, tab, query, noun)
    box = c.rng.choice([200, 240])
    top = c.img("avatar", 64, 64)
    gap, width, pad = c.rng.choice([48, 64, 96]), c.rng.choice([680, 728]), c.rng.choice([40, 52])
    path = "/search" + ("" if tab == "Stories" else "/" + tab.lower())
    return _page(c, "search", f"{path}?q={quote_plus(query)}",
                 f"Search results for {query} \u2013 Medium", follows_mode=True, query=query,
                 tab=tab, rows=rows, side=side, box=box, top=top, gap=gap, width=width,
                 pad=pad)
