"""Content for Medium's larger page parts: story cards, the profile's and library's tab bodies,
and the search page's result rows and side column.

Each function draws its random values in the order the old f-string generator did and returns
plain data that templates/medium/*.html draw."""

from __future__ import annotations

from collections.abc import Callable

from ..web import Ctx

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
Row = dict[str, object]


def date(c: Ctx) -> str:
    """A story date the way Medium prints it: 'Mar 4', or 'Mar 4, 2021' for older ones."""
    day = f"{c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}"
    return day + (f", {c.rng.randint(2019, 2024)}" if c.rng.random() < .4 else "")


def card(c: Ctx, pub: str, big: bool = False) -> Row:
    """A publication story card: picture on top, author, title, subtitle and stats."""
    w, h = (760, 380) if big else (360, 200)
    return {"big": big, "pub": pub, "src": c.img("photo", w, h), "av": c.img("avatar", 40, 40),
            "name": c.text.name(), "title": c.text.title(),
            "text": c.text.sentence(6, 14 if big else 10), "date": date(c),
            "claps": c.text.count(), "responses": c.rng.randint(1, 140)}


def _profile_story(c: Ctx, first: bool) -> Row:
    """A story row on an author's Home tab; the first may be pinned."""
    pinned = first and c.rng.random() < .3
    day = f"{c.rng.choice(['Jan', 'Mar', 'Apr', 'Jun', 'Aug', 'Oct', 'Dec'])} " \
          f"{c.rng.randint(1, 28)}"
    if c.rng.random() < .5:
        day += f", {c.rng.randint(2017, 2023)}"
    return {"pinned": pinned, "date": day, "title": c.text.title(),
            "text": c.text.sentence(6, 14), "claps": c.text.count(),
            "responses": c.rng.randint(1, 120), "src": c.img("photo", 160, 107)}


def profile_main(c: Ctx, tab: str) -> Row:
    """The profile tab's body: 'stories' (always drawn, as before), and 'about' or 'lists'."""
    stories = [_profile_story(c, i == 0) for i in range(c.rng.randint(3, 5))]
    main: Row = {"stories": stories, "about": None, "lists": []}
    if tab == "About":
        main["about"] = {"p1": c.text.paragraph(3, 5), "p2": c.text.paragraph(2, 4),
                         "month": c.rng.choice(["May", "June", "Sept"]),
                         "year": c.rng.randint(2015, 2023), "following": c.rng.randint(1, 400)}
    elif tab == "Lists":
        titles = ["Reading list"] + [c.text.title() for _ in range(c.rng.randint(1, 3))]
        main["lists"] = [{"title": t, "av": c.img("avatar", 40, 40),
                          "stories": c.rng.randint(2, 60),
                          "thumbs": [c.img("photo", 120, 150) for _ in range(3)]}
                         for t in titles]
    return main


def _list_card(c: Ctx, tab: str, me: str, title: str) -> Row:
    """A reading-list card in the library: owner, title, count, privacy, three thumbnails."""
    who = me if tab == "Your lists" else c.text.name()
    thumbs = [c.img("photo", 170, 150) for _ in range(3)]
    private = tab == "Your lists" and c.rng.random() < .6
    return {"who": who, "title": title, "thumbs": thumbs, "private": private,
            "av": c.img("avatar", 40, 40), "stories": c.rng.randint(1, 90)}


def _highlight(c: Ctx) -> Row:
    return {"date": date(c), "text": c.text.sentence(10, 24), "src": c.img("photo", 80, 80),
            "title": c.text.title(), "name": c.text.name()}


def _history(c: Ctx) -> Row:
    return {"av": c.img("avatar", 40, 40), "name": c.text.name(), "title": c.text.title(),
            "date": date(c), "mins": c.rng.randint(2, 18), "claps": c.text.count(),
            "src": c.img("photo", 112, 112)}


def lists_main(c: Ctx, tab: str, me: str) -> list[Row]:
    """The library tab's rows: list cards, highlights, or reading history."""
    if tab in ("Your lists", "Saved lists"):
        titles = ([] if tab == "Saved lists" else ["Reading list"]) + [
            c.text.title() for _ in range(c.rng.randint(2, 4))]
        return [_list_card(c, tab, me, t) for t in titles]
    if tab == "Highlights":
        return [_highlight(c) for _ in range(c.rng.randint(3, 4))]
    return [_history(c) for _ in range(c.rng.randint(4, 6))]


def _titled(c: Ctx, query: str) -> str:
    """A story title; the query words often turn up in the titles that matched."""
    t = c.text.title()
    if c.rng.random() < .35:
        return c.rng.choice([f"{query.title()}: {t}", f"{t} with {query.title()}"])
    return t


def _story_row(c: Ctx, query: str, noun: str) -> Row:
    pub = f"{c.text.pick(c.text.adjs).title()} {noun.title()}" if c.rng.random() < .4 else ""
    star = c.rng.random() < .5
    pic = c.img("photo", 160, 107) if c.rng.random() < .8 else ""
    return {"pub": pub, "star": star, "pic": pic, "av": c.img("avatar", 40, 40),
            "name": c.text.name(), "title": _titled(c, query), "text": c.text.sentence(6, 14),
            "date": date(c), "claps": c.text.count(), "responses": c.rng.randint(1, 250)}


def _who_row(c: Ctx, tab: str, query: str, noun: str) -> Row:
    """A person (picture) or a publication (coloured initial) matching the query."""
    if tab == "People":
        who, pic, colour = c.text.name(), c.img("avatar", 96, 96), ""
    else:
        other, q, n = c.text.pick(c.text.nouns).title(), query.title(), noun.title()
        who = c.rng.choice([f"The {q} Journal", f"{q} Daily",
                            f"{c.text.pick(c.text.adjs).title()} {n}", f"Better {n}",
                            f"{other} & {n}", f"The {other} Review", f"{q} Collective",
                            f"{c.text.pick(c.text.adjs).title()} {other}"])
        pic, colour = "", c.text.color()
    return {"who": who, "pic": pic, "colour": colour, "text": c.text.sentence(6, 16),
            "green": c.rng.random() < .7}


def _list_row(c: Ctx, query: str) -> Row:
    thumbs = [c.img("photo", 120, 120) for _ in range(3)]
    return {"thumbs": thumbs, "av": c.img("avatar", 40, 40), "name": c.text.name(),
            "title": _titled(c, query), "stories": c.rng.randint(2, 120),
            "saves": c.rng.randint(1, 900)}


def search_rows(c: Ctx, tab: str, query: str, noun: str) -> list[Row] | list[str]:
    """The results for the open tab: story rows, people/publication rows, list rows, or (for
    Topics) the topic names."""
    if tab == "Stories":
        return [_story_row(c, query, noun) for _ in range(c.rng.randint(4, 6))]
    if tab in ("People", "Publications"):
        return [_who_row(c, tab, query, noun) for _ in range(c.rng.randint(5, 8))]
    if tab == "Topics":
        words = [query] + [f"{query} {c.text.word()}" for _ in range(c.rng.randint(4, 8))]
        return [w.title() for w in words + [c.text.word() for _ in range(c.rng.randint(3, 8))]]
    return [_list_row(c, query) for _ in range(c.rng.randint(3, 5))]


def _many(c: Ctx, lo: int, hi: int, make: Callable[[], Row]) -> list[Row]:
    return [make() for _ in range(c.rng.randint(lo, hi))]


def search_side(c: Ctx, tab: str, query: str, noun: str) -> Row:
    """The right column: people, topics and publications matching the query (some absent)."""
    side: Row = {"people": [], "topics": [], "pubs": []}
    if tab != "People" and c.rng.random() < .85:
        side["people"] = _many(c, 2, 3, lambda: {
            "av": c.img("avatar", 64, 64), "name": c.text.name(),
            "text": c.text.sentence(5, 12)})
    if tab != "Topics":
        tops = [query] + [f"{query} {c.text.word()}" for _ in range(c.rng.randint(2, 5))]
        side["topics"] = [w.title() for w in tops]
    if tab in ("People", "Topics") or c.rng.random() < .3:
        side["pubs"] = _many(c, 1, 3, lambda: {
            "colour": c.text.color(), "name": f"{c.text.pick(c.text.adjs).title()} "
                                              f"{noun.title()}", "followers": c.text.count()})
    return side
