"""Netflix pages: browse rows, player, profile picker, My List / New & Popular grid, New & Popular
rows with the Top 10, Kids profile browse page, search results, account pages and the title page.
Written from scratch after the site's public look; content is generated.

Netflix has one look per page whatever the desktop's mode: the browse pages are always dark
(`DARK`), the account and Kids pages always light (`LIGHT`), so `Ctx.dark` is not read here.
Each page function draws its content from the session's random stream (in the order the page
reads, so a seed gives the same scene) and renders `templates/netflix/<page>.html`."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

from ..theme import Theme
from ..web import Ctx, Page, page

HOST = "www.netflix.com"
RED = "#e50914"
# surface: the title modal; surface2: the translucent More Info button
DARK = Theme(dark=True, bg="#141414", fg="#e5e5e5", muted="#808080", line="#404040",
             surface="#181818", surface2="#6d6d6eb3", accent=RED,
             font="'Liberation Sans',Helvetica,Arial,sans-serif")
# the account pages; surface2: the grey Cancel Membership button
LIGHT = Theme(dark=False, bg="#fff", fg="#000", muted="#545454", line="#e6e6e6", surface="#fff",
              surface2="#e6e6e6", accent=RED,
              font="'Helvetica Neue','Liberation Sans',Arial,sans-serif")
PROFILE_COLOURS = ["#0071eb", "#e6b029", "#d81f26", "#2d9f47", "#6e4cad", "#e3781a", "#1fa0a0",
                   "#c2185b"]
# unquoted family names: the style attributes use ' quotes
TITLE_FONTS = ["Impact,Liberation Sans Narrow,sans-serif", "Georgia,Liberation Serif,serif",
               "Liberation Sans,Arial,sans-serif", "DejaVu Serif,serif",
               "Courier New,Liberation Mono,monospace", "DejaVu Sans Condensed,sans-serif"]
KIDS_ROWS = ["Cartoons", "Animal Adventures", "Sing-Along", "Popular with Kids", "Learn & Play",
             "Dinosaurs, Dragons & More", "Funny Cartoons", "Fairy Tales & Magic", "Superheroes",
             "Bedtime Stories", "Because You Watched {t}", "Continue Watching for Kids"]
KIDS_COLOURS = ["#ff5a5f", "#ffb400", "#00a699", "#2f80ed", "#9b51e0", "#f2994a", "#27ae60",
                "#eb5797"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _render(c: Ctx, template: str, path: str, title: str, t: Theme = DARK, /,
            **values: object) -> Page:
    """Render templates/netflix/<template>.html in theme `t` as the page at `path` titled
    `title` (`values` may not use the names title, favicon, host or path)."""
    return page(f"netflix/{template}.html", c, t, host=HOST, path=path, title=title,
                favicon=RED, **values)


def _title_id(c: Ctx) -> int:
    """A title or video number as in /watch/81234567."""
    return c.rng.randint(70000000, 81999999)


def _nav(c: Ctx, active: int = 0, solid: bool = False, query: str | None = None) -> dict:
    """The top bar: `active` link (-1 none), opaque when `solid`, search box open with `query`."""
    return {"active": active, "solid": solid, "query": query, "avatar": c.img("avatar", 64, 64)}


def _show_name(c: Ctx) -> str:
    """A short show or film name as Netflix titles read: 'The Quiet Harbour', 'Ada's Island'."""
    t = c.text
    form = c.rng.choice(["The {adj} {noun}", "{noun}s", "{name}'s {noun}", "{adj} {noun}",
                         "The {noun} of {noun2}", "{noun} {noun2}", "The {noun}"])
    return form.format(adj=t.pick(t.adjs).title(), noun=t.pick(t.nouns).title(),
                       noun2=t.pick(t.nouns).title(), name=t.pick(t.first))


def _boxart(c: Ctx, cols: int, badges: bool = True) -> dict:
    """A landscape title card in a `cols`-wide row: picture, stylised title, maybe the N mark and
    a badge ('top' for the Top 10 flag, else a ribbon label, '' none)."""
    b: dict = {"title": _show_name(c), "font": c.rng.choice(TITLE_FONTS),
               "colour": c.rng.choice(["#fff", "#fff", "#ffe9a8", "#f5f5f5", "#ffd23f"]),
               "upper": c.rng.random() < .6,
               "align": c.rng.choice(["left:7%;right:20%;bottom:14%",
                                      "left:10%;right:10%;bottom:30%;text-align:center"]),
               "mark": c.rng.random() < .5, "badge": ""}
    roll = c.rng.random() if badges else 1.0
    if roll < .2:
        b["badge"] = "top"
    elif roll < .42:
        b["badge"] = c.rng.choice(["Recently added", "Recently added", "New Season",
                                   "New Episodes", "Leaving Soon"])
    b.update(thumb=c.img("thumb", 341, 192), size=c.rng.randint(14, 22) * 6 // cols)
    return b


def _poster(c: Ctx, radius: int = 4, font_vw: float = 1.4) -> dict:
    """A portrait (2:3) box-art card: picture, stylised title low on it (font_vw: its size in
    vw), maybe the N mark."""
    p: dict = {"title": _show_name(c), "font": c.rng.choice(TITLE_FONTS),
               "colour": c.rng.choice(["#fff", "#fff", "#ffe9a8", "#ffd23f", "#f5f5f5"]),
               "upper": c.rng.random() < .5, "mark": c.rng.random() < .5}
    p.update(thumb=c.img("thumb", 220, 330), bottom=c.rng.choice([7, 10, 14]), radius=radius,
             font_vw=f"{font_vw:.2f}")
    return p


def _face(colour: str, size: int) -> dict:
    """A flat square profile icon's geometry: a `size` px tile with eyes and a smile (px)."""
    def px(f: float) -> str:
        return f"{size * f:.0f}"
    return {"colour": colour, "size": size, "eye_top": px(.32), "eye_w": px(.1),
            "eye_h": px(.18), "eye_r": px(.05), "eye_x": px(.28), "mouth_x": px(.22),
            "mouth_top": px(.42), "mouth_h": px(.3), "mouth_w": px(.05)}


def netflix_browse(c: Ctx) -> Page:
    """The browse page: a hero title with Play and More Info over five rows of tiles."""
    return _render(c, "browse", "/browse", "Home - Netflix", **_browse(c))


def _browse(c: Ctx) -> dict:
    """The browse page's content: the hero title and five rows of seven tiles, then the bar."""
    hero = {"title": c.text.title(), "picture": c.img("photo", 1280, 720),
            "text": c.text.sentence(14, 24)}
    rows = []
    for _ in range(5):
        label = c.rng.choice([
            "Trending Now", "Continue Watching for You", "Top 10 in Your Country Today",
            "Because you watched " + c.text.title()[:24], "Award-Winning TV", "New Releases",
            "Critically Acclaimed Movies", "Comedies"])
        rows.append((label, [c.img("thumb", 341, 192, c.text.title()) for _ in range(7)]))
    return {"hero": hero, "rows": rows, "nav": _nav(c)}


def netflix_title(c: Ctx) -> Page:
    """A title's detail modal over the browse page: kept for the unseen-layouts split."""
    values = _browse(c)
    episodes = [{"thumb": c.img("thumb", 130, 73), "title": c.text.title(),
                 "text": c.text.sentence(), "minutes": c.rng.randint(20, 59)} for _ in range(5)]
    modal = {"picture": c.img("photo", 850, 478), "title": c.text.title(),
             "match": c.rng.randint(80, 99), "year": c.rng.randint(2005, 2026),
             "seasons": c.rng.randint(1, 5), "text": c.text.paragraph(2, 3)}
    return _render(c, "title", f"/title/{_title_id(c)}", "Home - Netflix", episodes=episodes,
                   modal=modal, **values)


def netflix_player(c: Ctx) -> Page:
    """The player: a full-window frame, maybe a subtitle, maybe the controls and progress."""
    title = c.text.title()
    pos = f"{c.rng.uniform(.02, .97):.0%}"
    controls = None
    if c.rng.random() < .7:  # controls show while the mouse moves; often hidden while watching
        controls = {"title": title, "pos": pos, "left": c.text.duration(),
                    "episode": c.rng.randint(1, 12), "episode_title": c.text.title()[:30]}
    subtitle = c.text.sentence(4, 9) if c.rng.random() < .5 else ""
    frame = c.img("photo", 1280, 720)
    return _render(c, "player", f"/watch/{_title_id(c)}", "Netflix", controls=controls,
                   subtitle=subtitle, frame=frame)


def _profile_tiles(c: Ctx, n: int, size: int) -> list[dict]:
    """The profile picker's tiles: kind 'picture' (an avatar), 'kids' or 'face'."""
    colours = c.rng.sample(PROFILE_COLOURS, n)
    names = [c.text.pick(c.text.first) for _ in range(n)]
    tiles = []
    for i, (colour, who) in enumerate(zip(colours, names, strict=True)):
        tile: dict = {"name": who, "kind": "face", "face": _face(colour, size)}
        if c.rng.random() < .2:  # some profiles use a picture instead of the face icon
            tile.update(kind="picture", picture=c.img("avatar", size, size))
        elif i == n - 1 and c.rng.random() < .4:
            tile.update(kind="kids", name="Kids")
        tile["lock"] = c.rng.random() < .15
        tiles.append(tile)
    return tiles


def netflix_profiles(c: Ctx) -> Page:
    """The profile picker ("Who's watching?", sometimes its manage mode): 2-5 profile tiles."""
    n = c.rng.randint(2, 5)
    size = c.rng.choice([120, 140, 160])
    tiles = _profile_tiles(c, n, size)
    add = n < 5 and c.rng.random() < .6
    manage = c.rng.random() < .2
    heading_px, gap = c.rng.choice([44, 52, 56]), c.rng.choice([24, 32, 40])
    path = "/profiles/manage" if manage else c.rng.choice(["/browse", "/ProfilesGate"])
    return _render(c, "profiles", path, "Netflix", size=size, tiles=tiles, add=add,
                   manage=manage, heading_px=heading_px, gap=gap)


def netflix_mylist(c: Ctx) -> Page:
    """My List, or New & Popular as two grids of box-art cards under filter chips."""
    mylist = c.rng.random() < .6
    cols = c.rng.choice([4, 5, 6, 6])
    if mylist:
        grids = [("", cols * c.rng.randint(3, 5))]
    else:
        grids = [(c.rng.choice(["New on Netflix", "Coming This Week", "Worth the Wait"]),
                  cols * 2),
                 (c.rng.choice(["Everyone's Watching", "Top 10 TV Shows in Your Country Today",
                                "Coming Next Week"]), cols * 2)]
    sections = []
    for label, n in grids:
        gap = c.rng.choice([24, 36, 48])
        sections.append((label, gap, [_boxart(c, cols) for _ in range(n)]))
    nav = _nav(c, active=4 if mylist else 3, solid=True)
    path, title = (("/browse/my-list", "My List - Netflix") if mylist else
                   ("/latest", "New & Popular - Netflix"))
    return _render(c, "mylist", path, title, mylist=mylist, cols=cols, sections=sections,
                   nav=nav)


def netflix_search(c: Ctx) -> Page:
    """Search results: the open search box, related-title links, a dense grid of title cards."""
    t = c.text
    query = " ".join(t.word() for _ in range(c.rng.randint(1, 2)))
    if c.rng.random() < .3:  # still typing
        query = query[:c.rng.randint(2, max(2, len(query) - 1))]
    genres = ["TV Shows", "Movies", "Thrillers", "Dramas", "Comedies", "Documentaries",
              "Anime", "Reality TV"]
    related = [_show_name(c) if c.rng.random() < .6 else
               f"{t.pick(t.adjs).title()} {t.pick(genres)}" for _ in range(c.rng.randint(4, 9))]
    cols = c.rng.choice([5, 6, 6, 6, 7])
    cards = [_boxart(c, cols) for _ in range(cols * c.rng.randint(4, 6))]
    nav = _nav(c, active=-1, solid=True, query=query)
    pad, gap_below, row_gap = (c.rng.choice([96, 110, 124]), c.rng.choice([28, 36, 44]),
                               c.rng.choice([40, 56, 68]))
    return _render(c, "search", f"/search?q={quote(query)}", "Netflix", related=related,
                   cols=cols, cards=cards, nav=nav, pad=pad, gap_below=gap_below,
                   row_gap=row_gap)



ACCOUNT_TABS = (("Overview", ""), ("Membership", "/membership"), ("Security", "/security"),
                ("Devices", "/devices"), ("Profiles", "/profiles"))


def _account_tab(c: Ctx, tab: int) -> dict:
    """What only the open account tab shows (counts, phone numbers, devices, profiles)."""
    t = c.text
    if tab == 0:
        return {"links": c.rng.randint(5, 7)}
    if tab == 1:
        return {"quality": c.rng.choice(["4K (Ultra HD) + HDR", "1080p (Full HD)"])}
    if tab == 2:
        phone = (f"+1 {c.rng.randint(200, 999)}-{c.rng.randint(200, 999)}-"
                 f"{c.rng.randint(1000, 9999)}")
        return {"phone": phone, "devices": c.rng.randint(2, 9)}
    if tab == 3:
        kinds = ["Samsung Smart TV", "iPhone", "Chrome PC (Web)", "Android Phone", "iPad",
                 "LG Smart TV", "PlayStation 5", "Apple TV"]
        return {"devices": [(d, t.ago(), t.pick(t.first))
                            for d in c.rng.sample(kinds, c.rng.randint(2, 4))]}
    n = c.rng.randint(2, 5)
    return {"profiles": [(_face(col, 40), t.pick(t.first),
                          c.rng.choice(["", "", "Kids", "Profile lock on"]))
                         for col in c.rng.sample(PROFILE_COLOURS, n)]}


def netflix_account(c: Ctx) -> Page:
    """The light Account page: red-logo header, side menu, membership and settings cards."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    tab = c.rng.choice([0, 0, 0, 1, 2, 3, 4])
    member = {"plan": c.rng.choice(["Standard with ads", "Standard", "Premium"]),
              "since": f"{c.rng.choice(months)} {c.rng.randint(2012, 2024)}",
              "pay": f"{c.rng.randint(1, 28)} {c.rng.choice(months)} "
                     f"{c.rng.choice([2025, 2026])}",
              "card": c.rng.choice(["Visa", "Mastercard", "Amex"]),
              "last4": c.rng.randint(1000, 9999)}
    member["email"] = f"{c.text.handle()}@{c.rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}"
    content = _account_tab(c, tab)
    phone = (f"1-{c.rng.randint(800, 888)}-{c.rng.randint(200, 999)}-"
             f"{c.rng.randint(1000, 9999)}")
    avatar, gap = c.img("avatar", 64, 64), c.rng.choice([48, 64, 80])
    return _render(c, "account", "/account" + ACCOUNT_TABS[tab][1], "Account - Netflix", LIGHT,
                   tab=tab, tabs=ACCOUNT_TABS, member=member, content=content, phone=phone,
                   avatar=avatar, gap=gap)


def _top10_row(c: Ctx, label: str) -> dict:
    """A Top 10 slider: huge outlined rank numerals, each beside a portrait box-art card; one
    card more than fits (the slider's next card peeks in at the edge)."""
    n = c.rng.choice([5, 5, 6])
    item_vw = 92 / n  # the row is 92% of the width (4% padding each side)
    num_vw = item_vw * .78 * 1.12  # the poster is 52% of the item, 2:3, numeral a bit taller
    grey = c.rng.choice(["#595959", "#6d6d6d", "#7a7a7a"])
    items = []
    for k in range(1, n + 2):
        stroke = c.rng.choice([3, 4, 4, 5])
        items.append((k, stroke, _poster(c, font_vw=item_vw * .09)))
    return {"kind": "top", "label": label, "item_vw": f"{item_vw:.2f}",
            "num_vw": f"{num_vw:.2f}", "grey": grey, "posters": items}


def _card_row(c: Ctx, label: str, cols: int) -> dict:
    """A row of landscape cards; the coming-soon rows print the release day under each."""
    coming = label.startswith("Coming") or label == "Worth the Wait"
    cards = []
    for _ in range(cols + 1):
        when = ""
        if coming:
            when = (f"Coming {c.rng.choice(DAYS)}" if label != "Worth the Wait" else
                    f"Coming {c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}")
        cards.append((_boxart(c, cols, not coming), when))
    return {"kind": "cards", "label": label, "cards": cards}


def _new_popular_rows(c: Ctx) -> list[tuple[str, str]]:
    """(kind, label) rows: one or two Top 10 sliders among 2-4 card rows."""
    country = c.rng.choice(["the U.S.", "the U.K.", "Canada", "Australia", "Ireland",
                            "Germany", "India", "New Zealand", "South Africa", "the Netherlands"])
    kinds = ["TV Shows", "Movies"]
    c.rng.shuffle(kinds)
    slider = ["Coming This Week", "Worth the Wait", "Everyone's Watching", "New on Netflix",
              "Coming Next Week", "Today's Top Picks for You"]
    labels = c.rng.sample(slider, c.rng.randint(2, 4))
    rows = [("top", f"Top 10 {kinds[0]} in {country} Today")] + [("cards", t) for t in labels]
    if c.rng.random() < .35:
        rows.insert(c.rng.randint(2, len(rows)), ("top", f"Top 10 {kinds[1]} in {country} Today"))
    if c.rng.random() < .4:  # sometimes a card row comes before the Top 10
        rows[0], rows[1] = rows[1], rows[0]
    return rows


def netflix_new_popular(c: Ctx) -> Page:
    """New & Popular as rows: a Top 10 slider with rank numerals and rows of landscape cards."""
    kinds = _new_popular_rows(c)
    cols, gap = c.rng.choice([4, 5, 5, 6]), c.rng.choice([4, 6, 8])
    rows = [_top10_row(c, label) if kind == "top" else _card_row(c, label, cols)
            for kind, label in kinds]
    head = c.rng.random() < .3
    nav = _nav(c, active=3, solid=c.rng.random() < .5)
    pad = c.rng.choice([76, 84, 96])
    return _render(c, "new_popular", "/latest", "New & Popular - Netflix", cols=cols, gap=gap,
                   rows=rows, head=head, nav=nav, pad=pad)


def _kids_characters(c: Ctx) -> dict:
    """The Characters row: 7-10 ringed circles of `size` px with names."""
    t = c.text
    size = c.rng.choice([104, 120, 136])
    chars = []
    for _ in range(c.rng.randint(7, 10)):
        who = t.pick(t.first) if c.rng.random() < .5 else (
            f"{t.pick(t.first)} the {t.pick(t.nouns).title()}")
        ring = c.rng.choice(KIDS_COLOURS)
        chars.append((who, ring, c.img("thumb" if c.rng.random() < .75 else "avatar", size, size)))
    return {"kind": "characters", "size": size, "chars": chars,
            "gap": c.rng.choice([12, 20, 28])}


def _kids_row(c: Ctx, label: str, rad: int) -> dict:
    """A row of rounded cards (portrait posters or landscape stills with a big title)."""
    portrait = c.rng.random() < .4
    cols = c.rng.choice([5, 6, 7]) if portrait else c.rng.choice([3, 4, 4, 5])
    gap = c.rng.choice([12, 16, 20])
    cards = []
    for _ in range(cols + 1):
        if portrait:
            art: dict = {"poster": _poster(c, radius=rad, font_vw=8 / cols)}
        else:
            art = {"thumb": c.img("thumb", 400, 225), "size": c.rng.randint(16, 24) * 4 // cols,
                   "shadow": c.rng.choice(KIDS_COLOURS), "title": _show_name(c)}
        art["bar"] = f"{c.rng.uniform(.1, .9):.0%}" if label.startswith("Continue") else ""
        cards.append(art)
    return {"kind": "cards", "label": label.format(t=_show_name(c)), "cols": cols, "gap": gap,
            "cards": cards}


def netflix_kids(c: Ctx) -> Page:
    """The Kids profile's browse page: bright theme, Kids logo, character circles, rounded rows."""
    theme = replace(LIGHT, bg=c.rng.choice(["#ffffff", "#f5f8ff", "#fffaf0", "#f3fbf6",
                                             "#fdf6ff"]), fg="#1b1b1b", muted="#5f5f5f",
                    font=DARK.font)
    rad = c.rng.choice([12, 14, 16, 20])
    letters = list(zip("KIDS", c.rng.sample(KIDS_COLOURS, 4), strict=True))
    hero = None
    if c.rng.random() < .45:
        hero = {"title": _show_name(c)}
        hero.update(height=c.rng.choice([300, 340, 380]), picture=c.img("photo", 1280, 400),
                    text=c.text.sentence(8, 16))
    characters = _kids_characters(c)
    rows = [_kids_row(c, label, rad)
            for label in c.rng.sample(KIDS_ROWS, c.rng.randint(3, 5))]
    rows.insert(c.rng.choice([0, 0, 1]), characters)
    return _render(c, "kids", "/Kids", "Netflix Kids", theme, rad=rad, letters=letters,
                   hero=hero, rows=rows)
