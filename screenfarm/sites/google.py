"""Google pages for the "google" class: search home, results, entity results with a knowledge
panel, the News/Videos and Shopping tabs, Maps, Scholar and Translate, and image results for the
unseen split. Written from scratch after the sites' public look; content is generated.

Each page function draws its random content here, in the order the scene has always drawn it
(a seed keeps giving the same scene), and renders `templates/google/<page>.html`."""

from __future__ import annotations

from ..theme import Theme, pick
from ..web import Ctx, Page, page
from . import _google_parts as gt

_FONT = "Arial,'Liberation Sans',sans-serif"
LIGHT = Theme(dark=False, bg="#ffffff", fg="#202124", muted="#70757a", line="#dadce0",
              surface="#f1f3f4", surface2="#f5f5f5", accent="#1a0dab", font=_FONT, extra={
                  "green": "#188038", "red": "#d93025", "pin": "#c5221f", "blue": "#1a73e8",
                  "chip_bg": "#e8f0fe", "chip_fg": "#1967d2", "sch_green": "#006621",
                  "sch_red": "#d14836", "land": "#f3f4f6", "park": "#c5e8cf",
                  "water": "#90daee", "road": "#ffffff", "edge": "#dadce0", "major": "#fde293",
                  "map_text": "#5f6368"})
DARK = Theme(dark=True, bg="#202124", fg="#e8eaed", muted="#9aa0a6", line="#3c4043",
             surface="#303134", surface2="#303134", accent="#8ab4f8", font=_FONT, extra={
                 "green": "#81c995", "red": "#f28b82", "pin": "#f28b82", "blue": "#8ab4f8",
                 "chip_bg": "#394457", "chip_fg": "#8ab4f8", "sch_green": "#81c995",
                 "sch_red": "#f28b82", "land": "#1f2a36", "park": "#233d3a", "water": "#17263c",
                 "road": "#38414e", "edge": "#212a37", "major": "#6b5d4b",
                 "map_text": "#9ca5b3"})
_BLUE = "#4285f4"  # the favicon of every Google page


def _query(c: Ctx, lo: int, hi: int) -> str:
    return " ".join(c.text.word() for _ in range(c.rng.randint(lo, hi)))


def _search(c: Ctx, template: str, query: str, path: str, title: str = "",
            **values: object) -> Page:
    """A page of www.google.com/search: the search head (which draws the account picture last,
    as the scene always did) and the page's own content."""
    return page(template, c, pick(LIGHT, DARK, c.dark), host="www.google.com", path=path,
                title=title or f"{query} - Google Search", favicon=_BLUE, query=query,
                me=c.img("avatar", 64, 64), **values)


def _q(query: str) -> str:
    return query.replace(" ", "+")


def google_home(c: Ctx) -> Page:
    tiles = [(c.img("avatar", 48, 48), c.text.word().title())
             for _ in range(c.rng.randint(0, 8))]
    return page("google/home.html", c, pick(LIGHT, DARK, c.dark), host="www.google.com",
                path="/", title="Google", favicon=_BLUE, tiles=tiles,
                me=c.img("avatar", 64, 64))


def google_results(c: Ctx) -> Page:
    """Organic results with People also ask between them and, on half the pages, a panel."""
    query = _query(c, 1, 5)
    results = [gt.result(c) for _ in range(c.rng.randint(6, 9))]
    people = [c.text.sentence(4, 8)[:-1] for _ in range(4)]
    panel = ({"photo": c.img("photo", 340, 180), "text": c.text.paragraph(2, 3)}
             if c.rng.random() < .5 else None)
    me = c.img("avatar", 64, 64)
    stats = (c.rng.randint(10000, 999999999), c.rng.uniform(.2, .9))
    half = len(results) // 2
    return page("google/results.html", c, pick(LIGHT, DARK, c.dark), host="www.google.com",
                path=f"/search?q={_q(query)}", title=f"{query} - Google Search",
                favicon=_BLUE, query=query, me=me, before=results[:half], after=results[half:],
                people=people, panel=panel, stats=stats)


def google_images(c: Ctx) -> Page:
    """Image results grid: kept out of training (unseen layouts)."""
    query = _query(c, 1, 3)
    pics = []
    for _ in range(24):
        w = c.rng.randint(140, 320)
        pics.append((w, c.img("photo", w, 180), c.text.word(), c.text.title()[:30]))
    return _search(c, "google/images.html", query, f"/search?q={_q(query)}&tbm=isch", pics=pics)


def google_knowledge(c: Ctx) -> Page:
    """Entity search: top stories, People also ask and results, knowledge panel on the right."""
    entity, kind = gt.entity(c)
    stories = [gt.story(c) for _ in range(c.rng.randint(3, 4))]
    opened = c.rng.randrange(-1, 4)
    paa = [(c.text.sentence(4, 8)[:-1],
            (c.text.sentence(20, 34), c.text.word()) if i == opened else None) for i in range(4)]
    before = [gt.result(c) for _ in range(c.rng.randint(1, 2))]
    after = [gt.result(c) for _ in range(c.rng.randint(2, 4))]
    strip = [c.img("photo", 260, 204), c.img("photo", 130, 100), c.img("photo", 130, 100)]
    facts = [(k, c.text.word().title(), c.text.sentence(2, 6)[:-1])
             for k in c.rng.sample(gt.FACTS, c.rng.randint(3, 6))]
    related = [(c.img("avatar", 72, 72), c.text.name()) for _ in range(4)]
    summary = c.text.sentence(24, 40)
    me = c.img("avatar", 64, 64)
    stats = (c.rng.randint(10000, 99999999), c.rng.uniform(.2, .9))
    return page("google/knowledge.html", c, pick(LIGHT, DARK, c.dark), host="www.google.com",
                path=f"/search?q={_q(entity)}", title=f"{entity} - Google Search",
                favicon=_BLUE, query=entity, me=me, kind=kind, stories=stories, paa=paa,
                before=before, after=after, strip=strip, facts=facts, related=related,
                summary=summary, stats=stats)


def google_videos_news(c: Ctx) -> Page:
    """The News or Videos tab: a vertical list with a side thumbnail per result."""
    videos = c.rng.random() < .5
    query = _query(c, 1, 4)
    draw = gt.video if videos else gt.news
    items = [draw(c) for _ in range(c.rng.randint(6, 9))]
    tools = c.rng.random() < .7
    stats = (c.rng.randint(1000, 9999999), c.rng.uniform(.2, .9))
    tbm = "vid" if videos else "nws"
    return _search(c, "google/videos_news.html", query, f"/search?q={_q(query)}&tbm={tbm}",
                   videos=videos, items=items, tools=tools, stats=stats, tab=2 if videos else 3)


def google_shopping(c: Ctx) -> Page:
    """The Shopping tab: filter chips, a Refine results column and a grid of product cards."""
    kind = c.rng.choice(gt.SHOP_KINDS)
    query = f"{c.text.word()} {kind.lower()}" if c.rng.random() < .6 else kind.lower()
    chips = ["On sale", "Free delivery", "Get it by tomorrow", f"Under ${c.rng.randint(3, 20)}0",
             "4 stars & up", "Nearby", "New", "Used"] + [c.text.word().title() for _ in range(3)]
    c.rng.shuffle(chips)
    chips = chips[:c.rng.randint(6, 9)]
    groups = [("Price", [f"Up to ${c.rng.randint(2, 6)}0", f"${c.rng.randint(5, 9)}0 \u2013 "
                         f"${c.rng.randint(10, 20)}0", f"Over ${c.rng.randint(20, 40)}0"]),
              ("Deals", ["On sale"]),
              ("Get it fast", ["Get it by tomorrow", "Pick up today"]),
              ("Brand", list(dict.fromkeys(c.text.word().title() for _ in range(4)))),
              ("Seller", c.rng.sample(gt.SHOPS, 3))]
    head = "Deals" if c.rng.random() < .3 else c.rng.choice(["Popular products", "Shop now",
                                                             "Sponsored", "Top products"])
    cards = [gt.product(c) for _ in range(15)]
    return _search(c, "google/shopping.html", query, f"/search?q={_q(query)}&udm=28",
                   title=f"{query} - Google Shopping", chips=chips, groups=groups, head=head,
                   cards=cards)


def google_maps(c: Ctx) -> Page:
    """Google Maps search: a drawn street map with pins and a left panel of place results."""
    kind, suffixes = c.rng.choice(gt.PLACES)
    query = c.rng.choice([f"{kind.lower()}s near me", f"{kind.lower()}s",
                          f"{kind.lower()} {c.text.word()}"])
    places = [gt.place(c, i, kind, suffixes) for i in range(c.rng.randint(5, 7))]
    street_map = gt.street_map(c, [p["name"] for p in places])
    me, layers = c.img("avatar", 64, 64), c.img("photo", 144, 144)
    scale = c.rng.choice([50, 100, 200, 500])
    lat, lng = c.rng.uniform(25, 55), c.rng.uniform(-125, 20)
    path = f"/maps/search/{_q(query)}/@{lat:.7f},{lng:.7f},{c.rng.randint(12, 16)}z"
    return page("google/maps.html", c, pick(LIGHT, DARK, c.dark), host="www.google.com",
                path=path, title=f"{query} - Google Maps", favicon="#34a853", query=query,
                kind=kind, places=places, map=street_map, me=me, layers=layers, scale=scale)


def google_scholar(c: Ctx) -> Page:
    """Google Scholar results: filters on the left, papers with authors, citations and PDFs."""
    words = [c.text.word() for _ in range(c.rng.randint(1, 5))]
    query = " ".join(words)
    values = gt.scholar_content(c, words)
    when, by_date, now = values["when"], values["by_date"], gt.SCHOLAR_NOW
    extra = "&scisbd=1" if by_date else (f"&as_ylo={now - when + 1 if when < 3 else now - 4}"
                                         if 0 < when < 4 else "")
    return page("google/scholar.html", c, pick(LIGHT, DARK, c.dark), host="scholar.google.com",
                path=f"/scholar?hl=en&as_sdt=0%2C5&q={_q(query)}{extra}&btnG=",
                title=f"{query} - Google Scholar", favicon=_BLUE, query=query, **values)


def google_translate(c: Ctx) -> Page:
    """Google Translate: mode tabs, source and translation panes with language tabs."""
    values = gt.translate_content(c)
    src, target = values["src"], values["target"]
    src_code = "auto" if values["detect"] else "en"
    text = "".join(ch for ch in src[:40] if ch.isalnum() or ch == " ").replace(" ", "%20")
    return page("google/translate.html", c, pick(LIGHT, DARK, c.dark),
                host="translate.google.com",
                path=f"/?sl={src_code}&tl={gt.TR_CODE[target]}&text={text}&op=translate",
                title="Google Translate", favicon=_BLUE, **values)
