"""Facebook pages (activity class "facebook"): feed, profile, group, Messenger chat, photos,
events, Watch videos, friends, and marketplace (kept out of training: the unseen split).

Written from scratch after the site's public look; content is generated. Each page function
draws its random content here, in the same rng order as the f-string generator it replaces (so
a seed gives the same scene), and renders `templates/facebook/<page>.html` with one `Theme`."""

from __future__ import annotations

from ..theme import Theme, pick
from ..web import Ctx, Page, page
from ._facebook_parts import (
    MONTHS,
    mutual,
    person,
    post,
    top_avatar,
    watch_block,
    watch_pages,
    when,
)

LIGHT = Theme(dark=False, bg="#f0f2f5", fg="#050505", muted="#65676b", line="#ced0d4",
              surface="#ffffff", surface2="#e4e6eb", accent="#0866ff",
              font="'Segoe UI',Helvetica,'Liberation Sans',Arial,sans-serif",
              extra={"bubble": "#f0f2f5", "msg": "#f0f0f0", "red": "#e41e3f",
                     "soft": "#ebf5ff", "soft_fg": "#0866ff"})
DARK = Theme(dark=True, bg="#18191a", fg="#e4e6eb", muted="#b0b3b8", line="#3e4042",
             surface="#242526", surface2="#3a3b3c", accent="#0866ff", font=LIGHT.font,
             extra={"bubble": "#3a3b3c", "msg": "#303030", "red": "#f3425f",
                    "soft": "#263951", "soft_fg": "#5aa7ff"})
HOST = "www.facebook.com"
BRAND = "#0866ff"  # the favicon square
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _page(c: Ctx, layout: str, path: str, title: str, **values: object) -> Page:
    """Render templates/facebook/<layout>.html as the page at www.facebook.com<path>."""
    return page(f"facebook/{layout}.html", c, pick(LIGHT, DARK, c.dark), host=HOST, path=path,
                title=title, favicon=BRAND, **values)


def facebook_feed(c: Ctx) -> Page:
    """News feed: shortcuts, stories, the composer, four posts and the contact list."""
    me = c.text.name()
    stories = [{"src": c.img("photo", 112, 200), "name": c.text.name()} for _ in range(5)]
    composer = {"av": c.img("avatar", 80, 80), "first": c.text.pick(c.text.first)}
    contacts = [{"av": c.img("avatar", 72, 72), "name": c.text.name()} for _ in range(12)]
    posts = [post(c) for _ in range(4)]
    return _page(c, "feed", "/", "Facebook", me=me, stories=stories, composer=composer,
                 contacts=contacts, posts=posts, top=top_avatar(c))


def facebook_profile(c: Ctx) -> Page:
    """A person's profile: cover, name and tabs, intro and friends, two posts."""
    name = c.text.name()
    friends = [{"src": c.img("avatar", 110, 110), "name": c.text.name()} for _ in range(6)]
    cover, face = c.img("photo", 1100, 400), c.img("avatar", 168, 168)
    nfriends = c.rng.randint(50, 3000)
    intro, town = c.text.sentence(5, 10), c.text.pick(c.text.nouns).title()
    top = top_avatar(c)
    posts = [post(c), post(c)]
    return _page(c, "profile", "/" + c.text.handle(), f"{name} | Facebook", name=name,
                 friends=friends, cover=cover, face=face, nfriends=nfriends, intro=intro,
                 town=town, top=top, posts=posts)


def facebook_marketplace(c: Ctx) -> Page:
    """Marketplace grid: a layout kept out of training (unseen split)."""
    items = [{"src": c.img("photo", 260, 260), "price": c.rng.randint(5, 900),
              "title": c.text.title()[:40], "city": c.text.pick(c.text.nouns).title()}
             for _ in range(15)]
    return _page(c, "marketplace", "/marketplace/", "Marketplace | Facebook", items=items,
                 top=top_avatar(c))


def _group_about(c: Ctx) -> dict[str, object]:
    """The group's About card and its admins' rules."""
    rules = [c.text.title() for _ in range(1, c.rng.randint(3, 5))]
    return {"rules": rules, "text": c.text.sentence(10, 22),
            "town": c.text.pick(c.text.nouns).title(),
            "month": c.rng.choice(["March", "May", "July", "October"]),
            "day": c.rng.randint(1, 28), "year": c.rng.randint(2009, 2023)}


def facebook_group(c: Ctx) -> Page:
    """A group: cover, member faces and join state, tabs, composer, posts and About."""
    group = f"{c.text.pick(c.text.adjs).title()} {c.text.pick(c.text.nouns).title()} " + \
        c.rng.choice(["Lovers", "Club", "Community", "Group", "Enthusiasts", "Swap & Chat"])
    members = c.text.count()
    tab = c.rng.choice(["About", "Discussion", "Discussion", "Featured", "People", "Events"])
    faces = [c.img("avatar", 64, 64) for _ in range(8)]
    joined = c.rng.random() < .6
    cover, composer = c.img("photo", 1100, 360), c.img("avatar", 80, 80)
    sort = c.rng.choice(["New activity", "Featured", "Recent"])
    posts = [post(c) for _ in range(c.rng.randint(2, 4))]
    about = _group_about(c)
    top = top_avatar(c)
    return _page(c, "group", f"/groups/{c.rng.randint(10**14, 10**15)}/", f"{group} | Facebook",
                 group=group, members=members, tab=tab, faces=faces, joined=joined, cover=cover,
                 composer=composer, sort=sort, posts=posts, about=about, top=top)


def _chats(c: Ctx, other: str, other_av: str) -> list[dict[str, object]]:
    """The chat list; the open conversation (with `other`) is one of its first five rows."""
    active = c.rng.randint(0, 4)
    chats = []
    for i in range(c.rng.randint(9, 12)):
        on = i == active
        unread = not on and c.rng.random() < .25
        name = other if on else c.text.name()
        src = other_av if on else c.img("avatar", 112, 112)
        you = "You: " if c.rng.random() < .3 else ""
        unit, top = c.rng.choice([("m", 59), ("h", 23), ("d", 6), ("w", 52)])
        ago = f"{c.rng.randint(1, top)}{unit}"
        chats.append({"on": on, "unread": unread, "name": name, "src": src,
                      "last": you + c.text.sentence(3, 9), "when": ago})
    return chats


def _messages(c: Ctx) -> dict[str, object]:
    """The open conversation: a date line and 8-13 bubbles, turns switching at random."""
    stamp = (f"{c.rng.choice(['Today', 'Yesterday', 'Mon', 'Sat'])} "
             f"{c.rng.randint(7, 23)}:{c.rng.randint(0, 59):02d}")
    mine = c.rng.random() < .5
    msgs = []
    for _ in range(c.rng.randint(8, 13)):
        if c.rng.random() < .45:
            mine = not mine
        if c.rng.random() < .1:
            msgs.append({"mine": mine, "photo": c.img("photo", 260, 200), "text": ""})
        else:
            msgs.append({"mine": mine, "photo": "", "text": c.text.sentence(2, 14)})
    return {"stamp": stamp, "msgs": msgs}


def facebook_messenger(c: Ctx) -> Page:
    """Messenger in the browser: chat list, the open conversation, and the chat info panel."""
    other = c.text.name()
    other_av = c.img("avatar", 80, 80)
    chats = _chats(c, other, other_av)
    talk = _messages(c)
    status = c.rng.choice(["Active now", f"Active {c.rng.randint(2, 50)}m ago"])
    top = top_avatar(c)
    return _page(c, "messenger", f"/messages/t/{c.rng.randint(10**14, 10**15)}",
                 "Messenger | Facebook", other=other, other_av=other_av, chats=chats,
                 stamp=talk["stamp"], msgs=talk["msgs"], status=status, top=top)


def _album_tiles(c: Ctx) -> list[dict[str, object]]:
    """Album tiles (name, cover picture, item count) for the Albums sub-tab."""
    names = ("Profile pictures", "Cover photos", "Mobile uploads", c.text.title(),
             c.text.title(), "Timeline photos", c.text.title())[:c.rng.randint(5, 7)]
    return [{"name": t, "src": c.img("photo", 220, 220), "count": c.rng.randint(1, 480)}
            for t in names]


def facebook_photos(c: Ctx) -> Page:
    """A profile's Photos tab: cover, name and tabs, then a card with a large photo grid."""
    name, handle = c.text.name(), c.text.handle()
    own = c.rng.random() < .5
    faces = [c.img("avatar", 64, 64) for _ in range(8)]
    cover, face = c.img("photo", 1250, 460), c.img("avatar", 168, 168)
    nfriends = f"{c.rng.randint(40, 4900):,}"
    first = name.split()[0]
    labels = (("Photos of you", "Your photos", "Albums") if own else
              (f"Photos of {first}", f"{first}'s photos", "Albums"))
    view = labels[c.rng.choice([0, 1, 1, 2])]
    albums, photos = [], []
    if view == "Albums":
        albums = _album_tiles(c)
    else:
        photos = [c.img("photo", 220, 220) for _ in range(c.rng.randint(15, 20))]
    # scrolled down: Facebook keeps a slim bar with the name and tabs instead of the cover
    slim = c.img("avatar", 80, 80) if c.rng.random() < .4 else ""
    return _page(c, "photos", f"/{handle}/photos", f"{name} | Facebook", name=name, own=own,
                 faces=faces, cover=cover, face=face, nfriends=nfriends, labels=labels,
                 view=view, albums=albums, photos=photos, slim=slim, top=top_avatar(c))


def _event(c: Ctx) -> dict[str, object]:
    """One event card: time, title, place, counts and the viewer's Going/Interested state."""
    day, month = c.rng.choice(_DAYS), c.rng.choice(MONTHS)
    hour = c.rng.randint(1, 12)
    at = (f"{day}, {month} {c.rng.randint(1, 28)} at {hour}:{c.rng.choice(['00', '30'])} "
          f"{c.rng.choice(['AM', 'PM', 'PM'])}")
    if c.rng.random() < .2:
        zone = c.rng.choice(["CET", "EDT", "PST"])
        at = "Happening now" if c.rng.random() < .3 else f"{at} {zone}"
    noun, adj = c.text.pick(c.text.nouns).title(), c.text.pick(c.text.adjs).title()
    place = c.rng.choice([f"{noun} Hall", f"{adj} {noun}", "Online event"])
    going = c.rng.random() < .15
    star = "going" if going else c.rng.choice(["interested"] * 3 + ["starred"])
    return {"when": at, "place": place, "star": star, "src": c.img("photo", 400, 210),
            "title": c.text.title(), "interested": c.text.count(),
            "going": c.rng.randint(2, 900)}


def facebook_events(c: Ctx) -> Page:
    """The Events page: left menu with categories and a grid of event cards to mark Interested."""
    view = c.rng.choice(["Home", "Home", "Your events"])
    cards = [_event(c) for _ in range(c.rng.choice([6, 8, 9, 12]))]
    town = c.text.pick(c.text.nouns).title()
    path = "/events/" if view == "Home" else "/events/calendar/"
    return _page(c, "events", path, "Events | Facebook", view=view, cards=cards, town=town,
                 top=top_avatar(c))


def facebook_watch(c: Ctx) -> Page:
    """Facebook Watch: video menu and followed pages on the left, a feed of video posts."""
    view = c.rng.choice(["Home", "Home", "Home", "Live", "Shows"])
    pages = watch_pages(c)
    title = c.rng.choice(["Watch", "Watch", "Video"])
    blocks = watch_block(c, view)
    width = c.rng.choice([680, 720, 760])
    pad = c.rng.choice([16, 24])
    path = {"Home": "/watch/", "Live": "/watch/live/", "Shows": "/watch/shows/"}[view]
    return _page(c, "watch", path, f"{title} | Facebook", view=view, pages=pages, heading=title,
                 blocks=blocks, width=width, pad=pad, top=top_avatar(c))


def _friend_rows(c: Ctx, view: str, pending: int) -> tuple[int, list[dict[str, object]]]:
    """The left column's people (requests or suggestions) when a sub-page is open."""
    request = view == "Friend requests"
    n = pending or c.rng.randint(1, 12)
    rows = []
    for _ in range(min(n, c.rng.randint(5, 8)) if request else c.rng.randint(5, 8)):
        ago = when(c) if request else ""
        rows.append({"when": ago, "av": c.img("avatar", 120, 120), "name": c.text.name(),
                     "mutual": mutual(c, small=True)})
    return n, rows


def _friend_grid(c: Ctx, pending: int) -> dict[str, object]:
    """The Friends home's grids: friend requests (when any) and people you may know."""
    w, gap = c.rng.choice([170, 180, 200]), c.rng.choice([8, 10, 12])
    requests = []
    if pending:
        requests = [person(c, True)
                    for _ in range(min(pending, c.rng.choice([5, 6, 7, 10, 12])))]
    known = [person(c, False) for _ in range(c.rng.randint(6, 14))]
    return {"w": w, "gap": gap, "requests": requests, "known": known,
            "pad": c.rng.choice([20, 24, 32])}


def facebook_friends(c: Ctx) -> Page:
    """The Friends page: left menu, grids of friend requests and people you may know."""
    view = c.rng.choice(["Home"] * 5 + ["Friend requests", "Suggestions"])
    pending = c.rng.choice([0, c.rng.randint(1, 9), c.rng.randint(1, 40)])
    n, rows, grid = 0, [], {}
    if view != "Home":
        n, rows = _friend_rows(c, view, pending)
    else:
        grid = _friend_grid(c, pending)
    path = {"Home": "/friends", "Friend requests": "/friends/requests",
            "Suggestions": "/friends/suggestions"}[view]
    return _page(c, "friends", path, "Friends | Facebook", view=view, pending=pending, n=n,
                 rows=rows, grid=grid, top=top_avatar(c))
