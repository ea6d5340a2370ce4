"""Content of the Google pages, drawn from the scene's random stream: search results, stories,
products, places, a street map, Scholar hits and Translate panes.

Each function draws in the order the page always drew (a seed keeps giving the same scene) and
returns plain values (str, numbers, lists, dicts) that `templates/google/*.html` lay out."""

from __future__ import annotations

from ..web import Ctx

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FACTS = ("Born", "Founded", "Headquarters", "Population", "Height", "Spouse", "Area",
         "Founders", "Awards", "Genre", "Parent organization", "Elevation", "Children")
SHOP_KINDS = ("Wireless Headphones", "Running Shoes", "Backpack", "Smartwatch", "Desk Lamp",
              "Coffee Maker", "Water Bottle", "Bluetooth Speaker", "Rain Jacket", "Office Chair",
              "Sunglasses", "Blender", "Camera Bag", "Yoga Mat", "Air Fryer", "Sneakers")
SHOPS = ("Amazon.com", "Walmart", "Best Buy", "Target", "eBay", "Etsy", "Kohl's", "REI",
         "Macy's", "Wayfair", "Newegg", "Nordstrom", "Home Depot", "Costco")
PLACES = (("Coffee shop", ("Coffee", "Roasters", "Café", "Espresso Bar")),
          ("Restaurant", ("Kitchen", "Bistro", "Grill", "Table")),
          ("Bakery", ("Bakery", "Bread Co.", "Patisserie")),
          ("Bookstore", ("Books", "Bookshop", "Reading Room")),
          ("Hotel", ("Hotel", "Inn", "Suites")), ("Gym", ("Fitness", "Athletic Club", "Gym")))


def result(c: Ctx) -> dict[str, str]:
    """One organic result: favicon, site and breadcrumb, title, dated snippet."""
    site = c.text.word() + c.rng.choice([".com", ".org", ".io", ".dev", ".net", ".co.uk"])
    return {"site": site, "icon": c.img("avatar", 52, 52), "crumb": c.text.word(),
            "title": c.text.title(), "ago": c.text.ago(), "text": c.text.sentence(18, 30)}


def entity(c: Ctx) -> tuple[str, str]:
    """The searched entity and its kind line: a person on half the pages, else a place/thing."""
    if c.rng.random() < .5:
        name = c.text.name()
        kind = c.rng.choice(["American actor", "Musician", "Author", "Politician",
                             "British singer-songwriter", "Footballer", "Physicist"])
        return name, kind
    suffix, kind = c.rng.choice([("Inc.", "Software company"), ("Lake", "Lake in Canada"),
                                 ("Museum", "Art museum"), ("FC", "Football club"),
                                 ("National Park", "National park"), ("", "City")])
    return f"{c.text.word().title()} {suffix}".strip(), kind


def story(c: Ctx) -> dict[str, object]:
    """A Top stories card."""
    return {"photo": c.img("photo", 200, 112), "icon": c.img("avatar", 32, 32),
            "source": f"{c.text.word().title()} {c.rng.choice(['News', 'Times', 'Post', 'Daily'])}",
            "title": c.text.title(), "hours": c.rng.randint(1, 23)}


def video(c: Ctx) -> dict[str, object]:
    """A Videos tab hit: thumbnail with duration, site line, title, snippet, date."""
    site = c.rng.choice(["YouTube", "YouTube", "YouTube", "Vimeo", "TikTok", "Facebook",
                         "Dailymotion"])
    return {"thumb": c.img("thumb", 320, 180), "duration": c.text.duration(),
            "icon": c.img("avatar", 36, 36), "site": site,
            "host": "www.youtube.com" if site == "YouTube" else site.lower() + ".com",
            "title": c.text.title(), "text": c.text.sentence(10, 22), "name": c.text.name(),
            "date": f"{c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}, {c.rng.randint(2014, 2024)}"}


def news(c: Ctx) -> dict[str, object]:
    """A News tab hit: source, title, snippet, age and a square photo."""
    source = f"{c.text.word().title()} {c.rng.choice(['News', 'Times', 'Post', 'Wire'])}"
    return {"source": source, "icon": c.img("avatar", 32, 32), "title": c.text.title(),
            "text": c.text.sentence(14, 26), "ago": c.text.ago(),
            "photo": c.img("photo", 224, 224)}


def product(c: Ctx) -> dict[str, object]:
    """A Shopping card: name, price (and the old price on sale), store, rating, delivery."""
    name = (f"{c.text.word().title()} {c.text.pick(c.text.adjs).title()} "
            f"{c.rng.choice(SHOP_KINDS)}")
    price = c.rng.randint(9, 450) + c.rng.choice([0, .99, .99, .95, .5])
    was = price * c.rng.uniform(1.15, 1.7) if c.rng.random() < .35 else 0
    store = (c.rng.choice(SHOPS) if c.rng.random() < .6 else
             f"{c.text.word().title()}{c.rng.choice([' Store', ' Shop', ' Co.', '.com'])}")
    more = c.rng.choice(["", "", " & more", f" + {c.rng.randint(2, 30)} more"])
    extra = c.rng.choice(["Free delivery", f"Free delivery by {c.rng.choice(DAYS)}",
                          "Free 30-day returns", f"Nearby, {c.rng.randint(1, 12)} mi", "", ""])
    off = c.rng.choice(["SALE", f"{round(100 - price / was * 100)}% OFF"]) if was else ""
    rating = c.rng.uniform(3.6, 5)
    return {"name": name, "price": price, "was": was, "store": store, "more": more,
            "extra": extra, "off": off, "rating": rating, "stars": round(rating),
            "photo": c.img("photo", 220, 220), "icon": c.img("avatar", 32, 32),
            "count": c.text.count()}


def place(c: Ctx, i: int, kind: str, suffixes: tuple[str, ...]) -> dict[str, object]:
    """A Maps result: name, rating, price level, address, hours, a review line, buttons."""
    name = f"{c.text.word().title()} {c.rng.choice(suffixes)}"
    rating = c.rng.uniform(3.4, 5)
    hours = (("Open", f"Closes {c.rng.randint(5, 11)} PM") if c.rng.random() < .7 else
             ("Closed", f"Opens {c.rng.randint(6, 11)} AM {c.rng.choice(DAYS)}"))
    ad = i == 0 and c.rng.random() < .3
    buttons = c.rng.choice([("Website", "Directions"), ("Order online",), ("Reserve a table",),
                            ("Directions",), ()])
    return {"name": name, "rating": rating, "stars": round(rating), "hours": hours, "ad": ad,
            "buttons": buttons, "reviews": c.rng.randint(8, 4000),
            "price": "$" * c.rng.randint(1, 3),
            "address": f"{c.rng.randint(1, 999)} {c.text.word().title()} St",
            "quote": c.text.sentence(6, 12), "photo": c.img("photo", 168, 168)}


def street_map(c: Ctx, labels: list[str]) -> dict[str, object]:
    """The shapes of a street map the way Google Maps draws it (parks, a river, a rotated street
    grid, major roads, street and area names, one pin per place), in a 1600x900 viewBox."""
    r = c.rng.randint
    parks = [(r(440, 1500), r(0, 800), r(80, 260), r(60, 200), r(4, 30)) for _ in range(r(2, 5))]
    y0, y1 = r(0, 900), r(0, 900)
    river = (f"M 300 {y0} C 800 {r(-200, 1100)} 1100 {r(-200, 1100)} 1700 {y1}", r(30, 90))
    step = r(70, 120)
    streets = ""
    for i in range(-12, 30):
        x = i * step + r(-15, 15)
        streets += f"M {x} -600 L {x} 1500 M -600 {x} L 2200 {x} "
    angle = r(-25, 25)
    majors = [f"M 380 {r(-100, 1000)} Q {r(700, 1300)} {r(0, 900)} 1700 {r(-100, 1000)}"
              for _ in range(r(1, 3))]
    names = [(r(500, 1500), r(40, 880),
              f"{c.text.word().title()} {c.rng.choice(['St', 'Ave', 'Rd', 'Blvd'])}")
             for _ in range(r(5, 9))]
    areas = [(r(520, 1400), r(60, 860), c.text.word().upper()) for _ in range(r(1, 3))]
    cells = c.rng.sample([(i, j) for i in range(4) for j in range(3)], len(labels))
    pins = [(560 + i * 230 + r(0, 120), 140 + j * 240 + r(0, 160), name)  # one pin per cell
            for name, (i, j) in zip(labels, cells, strict=True)]
    return {"parks": parks, "river": river, "streets": streets, "angle": angle,
            "majors": majors, "names": names, "areas": areas, "pins": pins}


SCHOLAR_NOW = 2025  # the year the Scholar filters count back from
_SCH_VENUES = ("Journal of {N} {M}", "Proceedings of the {A} Conference on {N}",
               "{N} {M} Review", "International Journal of {N}", "arXiv preprint arXiv:{X}",
               "IEEE Transactions on {N} {M}", "{N} and {M}", "Nature {N}",
               "Annual Review of {N}", "ACM Computing Surveys", "Frontiers in {N}")
_SCH_HOSTS = ("springer.com", "ieeexplore.ieee.org", "dl.acm.org", "arxiv.org", "Elsevier",
              "Wiley Online Library", "Taylor & Francis", "books.google.com", "nature.com",
              "mdpi.com", "jstor.org", "cambridge.org", "academic.oup.com", "sciencedirect.com")


def _snippet(c: Ctx, words: list[str], lo: int, hi: int) -> list[tuple[str, bool]]:
    """A snippet as (word, bold) pairs: generated text with query words set in bold here and
    there (the template joins them with spaces)."""
    out = [(w, False) for w in c.text.sentence(lo, hi).split(" ")]
    for _ in range(c.rng.randint(1, 3)):
        out.insert(c.rng.randrange(len(out)), (c.rng.choice(words), True))
    return out


def _authors(c: Ctx) -> list[tuple[str, bool]]:
    """Authors as (initials and surname, underlined: has a Scholar profile)."""
    authors = []
    for _ in range(c.rng.randint(1, 4)):
        initials = "".join(c.rng.choice("ABCDEFGHJKLMNPRSTW")
                           for _ in range(c.rng.choice([1, 1, 2])))
        authors.append((f"{initials} {c.text.pick(c.text.last)}", c.rng.random() < .3))
    return authors


def _venue(c: Ctx) -> str:
    venue = c.rng.choice(_SCH_VENUES).format(
        N=c.text.pick(c.text.nouns).title(), M=c.text.pick(c.text.nouns).title() + "s",
        A=c.text.pick(c.text.adjs).title(), X=f"{c.rng.randint(15, 24)}{c.rng.randint(1, 12):02d}"
        f".{c.rng.randint(1000, 19999):05d}")
    return venue[:c.rng.randint(24, 34)].rstrip() + "\u2026" if len(venue) > 34 else venue


def _links(c: Ctx) -> list[str]:
    """The grey-blue links under a hit: Save, Cite, Cited by N, versions, ..."""
    cited = int(10 ** c.rng.uniform(0, 4.6))
    links = ["\u2606 Save", "\u275d Cite"]
    if cited > 1 or c.rng.random() < .5:
        links.append(f"Cited by {cited:,}")
    links.append("Related articles")
    if c.rng.random() < .7:
        links.append(f"All {c.rng.randint(2, 24)} versions")
    if c.rng.random() < .2:
        links.append(f"Web of Science: {max(1, cited // c.rng.randint(2, 5))}")
    if c.rng.random() < .25:
        links.append("Import into BibTeX")
    return links


def scholar_hit(c: Ctx, words: list[str], by_date: bool) -> dict[str, object]:
    """One Scholar hit: kind tag, title, authors - venue, year - host, snippet, links, and a
    [PDF]/[HTML] link on the right on half of them; a [CITATION] has no snippet nor host."""
    kind = c.rng.choice(["", "", "", "", "", "[BOOK]", "[HTML]", "[CITATION]", "[PDF]"])
    title = c.text.title()
    if c.rng.random() < .4:
        how = c.rng.choice(["a review of", "an empirical study of", "a survey of",
                            "towards a framework for", "an analysis of", "evidence from",
                            "a systematic review of"])
        title += f": {how} {c.text.pick(c.text.nouns)}s"
    hit: dict[str, object] = {"kind": kind, "title": title, "authors": _authors(c),
                              "more": c.rng.random() < .35, "venue": _venue(c),
                              "year": c.rng.randint(1995, 2025),
                              "host": c.rng.choice(_SCH_HOSTS)}
    citation = kind == "[CITATION]"
    hit["ago"] = c.rng.randint(1, 29) if by_date else 0
    hit["snippet"] = [] if citation else _snippet(c, words, 18, 34)
    hit["links"] = _links(c)
    hit["side"] = None
    if not citation and c.rng.random() < .5:
        fmt = c.rng.choice(["PDF", "PDF", "PDF", "HTML"])
        where = c.rng.choice([f"{c.text.word()}.edu", "arxiv.org", "researchgate.net",
                              f"{c.text.word()}.org", "nih.gov", f"{c.text.word()}.ac.uk",
                              "semanticscholar.org", "psu.edu"])
        hit["side"] = (fmt, where)
    hit["margin"] = c.rng.choice([20, 22, 24])
    return hit


def _scholar_left(c: Ctx) -> dict[str, object]:
    """The filter column: time range (a custom range shows two year boxes), sort, type."""
    by_date = c.rng.random() < .2
    when = c.rng.choice([0, 0, 0, 1, 2, 3, 4])
    custom = ((SCHOLAR_NOW - c.rng.randint(3, 15), SCHOLAR_NOW - c.rng.randint(0, 2))
              if when == 4 else ())
    patents_off, citations_on = c.rng.random() < .7, c.rng.random() < .8
    left_w, left_pad = c.rng.randint(150, 180), c.rng.randint(16, 24)
    years = ["Any time", f"Since {SCHOLAR_NOW}", f"Since {SCHOLAR_NOW - 1}",
             f"Since {SCHOLAR_NOW - 4}", "Custom range..."]
    return {"years": years, "by_date": by_date, "when": when, "custom": custom,
            "patents_off": patents_off, "citations_on": citations_on, "left_w": left_w,
            "left_pad": left_pad, "review_on": c.rng.random() < .15}


def scholar_content(c: Ctx, words: list[str]) -> dict[str, object]:
    """Everything a Scholar results page shows besides the query."""
    values = _scholar_left(c)
    values["profiles"] = []
    if c.rng.random() < .25:
        values["profiles"] = [(c.img("avatar", 64, 64), c.text.name(), c.text.word().title(),
                               c.rng.randint(100, 90000)) for _ in range(c.rng.randint(1, 3))]
    values["hits"] = [scholar_hit(c, words, bool(values["by_date"]))
                      for _ in range(c.rng.randint(6, 10))]
    values["logo_size"] = c.rng.choice([22, 24])
    values["signed"] = c.rng.random() < .6
    values["me"] = c.img("avatar", 64, 64) if values["signed"] else ""
    for key, lo, hi in (("head_pad", 14, 22), ("box_w", 560, 660), ("box_ml", 10, 40),
                        ("results_n", 100, 4_000_000), ("tab_w", 150, 180)):
        values[key] = c.rng.randint(lo, hi)
    values["secs"] = c.rng.uniform(.01, .2)
    values["gap"], values["pad_top"] = c.rng.randint(24, 40), c.rng.randint(14, 22)
    return values


_TR_LANGS = ("English", "Spanish", "French", "German", "Italian", "Portuguese", "Dutch",
             "Polish", "Swedish", "Turkish", "Czech", "Indonesian", "Romanian", "Russian")
_TR_GLUE = {"Spanish": "el la de y en con para por es son", "French": "le la de et en avec pour "
            "sur est sont", "German": "der die von und in mit für auf ist sind",
            "Italian": "il la di e in con per su è sono", "Portuguese": "o a de e em com para "
            "sobre é são", "Dutch": "de het van en in met voor op is zijn"}
_TR_END = {"Spanish": ("o", "a", "ar", "ción", "es", "ado", "mente"),
           "French": ("e", "er", "é", "ent", "ion", "eux", "ment"),
           "German": ("en", "ung", "er", "lich", "heit", "st", "e"),
           "Italian": ("o", "a", "are", "zione", "i", "ato", "mente"),
           "Portuguese": ("o", "a", "ar", "ção", "os", "ado", "mente"),
           "Dutch": ("en", "ing", "er", "lijk", "heid", "e", "t"),
           "Polish": ("ać", "ie", "ość", "y", "ego", "owy", "ski"),
           "Swedish": ("en", "ar", "ning", "lig", "het", "a", "et"),
           "Turkish": ("lar", "ler", "ı", "de", "mak", "lik", "sı"),
           "Czech": ("ost", "ní", "ý", "at", "ech", "ka", "ě"),
           "Indonesian": ("an", "kan", "nya", "i", "lah", "", "an"),
           "Romanian": ("ul", "ea", "are", "ție", "ii", "at", "ă"),
           "English": ("", "", "s", "ed", "ing", "er", "ly")}
TR_CODE = dict(zip(_TR_LANGS, "en es fr de it pt nl pl sv tr cs id ro ru".split(), strict=True))
_CYR = dict(zip("abcdefghijklmnopqrstuvwxyz", "абкдефгхийклмнопкрстувшксз", strict=True))


def tr_words(c: Ctx, text: str, lang: str) -> str:
    """Words that look like `lang`: the source words reshaped with that language's endings."""
    glue = _TR_GLUE.get(lang, "").split()
    out: list[str] = []
    for word in text.split():
        core = word.strip(".?!,").lower()
        tail = word[len(word.rstrip(".?!,")):]
        if len(core) <= 3 and glue:
            new = c.rng.choice(glue)
        elif lang == "Russian":
            new = "".join(_CYR.get(ch, ch) for ch in core) + c.rng.choice(
                ["ый", "ать", "ия", "ов", "ение", "а", ""])
        else:
            stem = core[:max(3, len(core) - c.rng.randint(0, 2))]
            new = stem + c.rng.choice(_TR_END.get(lang, _TR_END["Spanish"]))
        if not out or out[-1][-1:] in ".?!":  # a new sentence
            new = new[:1].upper() + new[1:]
        out.append(new + tail)
    return " ".join(out)


def _tr_source(c: Ctx) -> tuple[str, bool]:
    """The text typed in the source pane (a word or two on a quarter of the pages, sometimes
    cut mid-word: still typing) and whether it is short."""
    short = c.rng.random() < .25
    if short:
        return " ".join(c.text.word() for _ in range(c.rng.randint(1, 2))), short
    src = " ".join(c.text.sentence(5, 22) for _ in range(c.rng.choice([1, 1, 2, 3, 4])))
    if c.rng.random() < .3:
        src = src[:c.rng.randint(max(5, len(src) // 2), len(src))]
    return src, short


def _tr_languages(c: Ctx) -> dict[str, object]:
    """The language tabs over both panes; the target is never English."""
    langs = list(_TR_LANGS)
    c.rng.shuffle(langs)
    src_tabs = ["English"] + [x for x in langs if x != "English"][:2]
    tgt_tabs = [x for x in langs if x != "English"][2:5]
    if c.rng.random() < .4:
        tgt_tabs[c.rng.randrange(3)] = "English"
    detect = c.rng.random() < .45
    tgt_on = c.rng.randrange(3)
    target = tgt_tabs[tgt_on] if tgt_tabs[tgt_on] != "English" else "Spanish"
    tgt_tabs[tgt_on] = target
    first = "English - detected" if detect else "Detect language"
    return {"src_tabs": [first, *src_tabs], "src_on": 0 if detect else 1, "tgt_tabs": tgt_tabs,
            "tgt_on": tgt_on, "target": target, "detect": detect}


def _tr_dictionary(c: Ctx, src: str, target: str) -> dict[str, object]:
    """The Definitions and Translations cards shown under a single word."""
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        bars = c.rng.randint(1, 3)  # how common this translation is, out of three
        word = tr_words(c, c.text.word(), target)
        rows.append((word, ", ".join(c.text.word() for _ in range(c.rng.randint(1, 4))), bars))
    return {"rows": rows, "part": c.rng.choice(["Noun", "Verb", "Adjective"]),
            "meaning": c.text.sentence(6, 14)}


def translate_content(c: Ctx) -> dict[str, object]:
    """Everything the Translate page shows: panes, tabs, dictionary cards, history panel."""
    src, short = _tr_source(c)
    values = _tr_languages(c) | {"src": src, "short": short}
    target = str(values["target"])
    values["out"] = tr_words(c, src, target)
    values["size"] = 24 if len(src) < 110 else 18
    values["width"] = c.rng.randint(1100, 1300)
    values["height"] = c.rng.randint(160, 260) if not short else c.rng.randint(140, 180)
    values["dictionary"] = (_tr_dictionary(c, src, target) if short and " " not in src
                            else None)
    values["circles"] = c.rng.choice([2, 3])
    values["history"] = history = []
    if c.rng.random() < .2:
        for _ in range(c.rng.randint(3, 6)):
            said = c.text.sentence(2, 7)
            history.append((said, tr_words(c, said, target)))
    values["signed"] = c.rng.random() < .7
    values["me"] = c.img("avatar", 64, 64) if values["signed"] else ""
    values["pad_top"], values["gap"] = c.rng.randint(16, 28), c.rng.randint(24, 44)
    return values
