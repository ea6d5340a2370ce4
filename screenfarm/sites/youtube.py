"""YouTube pages: home grid, watch page, channel page, Shorts player, search results, watch history,
Studio dashboard and playlist page. Written from scratch after the site's public look; content is
generated.

Each page function draws its content from the session's random stream (in the order the page
reads, so a seed gives the same scene) and renders `templates/youtube/<page>.html`."""

from __future__ import annotations

from ..theme import Theme, pick
from ..web import Ctx, Page, page

HOST = "www.youtube.com"
RED = "#ff0000"  # the favicon square and the logo badge
FONT = "Roboto,'Liberation Sans',Arial,sans-serif"
# surface: chips, buttons and the selected guide entry; surface2: the player's page box
LIGHT = Theme(dark=False, bg="#ffffff", fg="#0f0f0f", muted="#606060", line="#e5e5e5",
              surface="#f2f2f2", surface2="#f8f8f8", accent=RED, font=FONT)
DARK = Theme(dark=True, bg="#0f0f0f", fg="#f1f1f1", muted="#aaaaaa", line="#3f3f3f",
             surface="#272727", surface2="#121212", accent=RED, font=FONT)
# YouTube Studio (studio.youtube.com) has its own palette: surface = cards and bars,
# surface2 = the selected nav entry, accent = link blue
STUDIO_LIGHT = Theme(dark=False, bg="#f9f9f9", fg="#0d0d0d", muted="#606060", line="#e0e0e0",
                     surface="#ffffff", surface2="#f2f2f2", accent="#065fd4", font=FONT)
STUDIO_DARK = Theme(dark=True, bg="#1f1f1f", fg="#ffffff", muted="#aaaaaa", line="#3e3e3e",
                    surface="#282828", surface2="#3a3a3a", accent="#3ea6ff", font=FONT)
_ID_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-"


def _render(c: Ctx, template: str, path: str, title: str, /, **values: object) -> Page:
    """Render templates/youtube/<template>.html in the session's mode as the page at `path`
    titled `title` (`values` may not use the names title, favicon, host or path)."""
    return page(f"youtube/{template}.html", c, pick(LIGHT, DARK, c.dark), host=HOST, path=path,
                title=title, favicon=RED, **values)


def _pct(x: float) -> str:
    """A fraction as a CSS percentage, '37%'."""
    return f"{x:.0%}"


def _id(c: Ctx) -> str:
    """An 11-character video id."""
    return "".join(c.rng.choice(_ID_CHARS) for _ in range(11))


def _top(c: Ctx) -> dict:
    """The masthead's content: the signed-in avatar."""
    return {"avatar": c.img("avatar", 64, 64)}


def _side(c: Ctx, on: int = 0) -> dict:
    """The guide: `on` is the highlighted entry (-1 none), `subs` the subscribed channels."""
    return {"on": on, "subs": [c.text.name() for _ in range(c.rng.randint(3, 7))]}


def _video(c: Ctx, w: int, h: int, avatar: int = 0) -> dict:
    """A video card: title, thumbnail (w x h px), duration, maybe a channel avatar, channel name,
    views and age (drawn in the order the card reads)."""
    v: dict = {"title": c.text.title()}
    v["thumb"] = c.img("thumb", w, h, v["title"])
    v["duration"] = c.text.duration()
    if avatar:
        v["avatar"] = c.img("avatar", avatar, avatar)
    v.update(channel=c.text.name(), views=c.text.count(), ago=c.text.ago())
    return v


def _plain(c: Ctx, w: int = 320, h: int = 180) -> dict:
    """A video card as channel pages show it: no avatar, no channel name."""
    v: dict = {"title": c.text.title()}
    v["thumb"] = c.img("thumb", w, h, v["title"])
    v.update(duration=c.text.duration(), views=c.text.count(), ago=c.text.ago())
    return v


def youtube_home(c: Ctx) -> Page:
    """The home page: guide, topic chips and a grid of video cards (3-5 columns)."""
    cols = c.rng.choice([3, 4, 4, 5])
    cards = [_video(c, 320, 180, avatar=72) for _ in range(cols * 4)]
    return _render(c, "home", "/", "YouTube", cols=cols, cards=cards, top=_top(c),
                   side=_side(c))


def _comment(c: Ctx) -> dict:
    return {"avatar": c.img("avatar", 80, 80), "handle": c.text.handle(), "ago": c.text.ago(),
            "text": c.text.sentence(), "likes": c.text.count()}


def youtube_watch(c: Ctx) -> Page:
    """A watch page: player, title, channel row, description, comments, recommendations."""
    title = c.text.title()
    recs = [_video(c, 168, 94) for _ in range(10)]
    comments = [_comment(c) for _ in range(6)]
    player = {"pos": _pct(c.rng.uniform(.02, .95)), "frame": c.img("thumb", 1280, 720),
              "at": c.text.duration(), "length": c.text.duration()}
    channel = {"avatar": c.img("avatar", 80, 80), "name": c.text.name(),
               "subs": c.text.count()}
    info = {"likes": c.text.count(), "views": c.text.count(), "ago": c.text.ago(),
            "text": c.text.paragraph(2, 3), "comments": c.rng.randint(12, 4000)}
    top, pad = _top(c), c.rng.choice([24, 48, 96])
    return _render(c, "watch", f"/watch?v={_id(c)}", f"{title} - YouTube", video=title,
                   recs=recs, comments=comments, player=player, channel=channel, info=info,
                   top=top, pad=pad)


CHANNEL_TABS = ("Home", "Videos", "Shorts", "Playlists", "Community")


def _channel_head(c: Ctx) -> dict:
    """The channel header after the name and handle: banner, avatar, counts, blurb."""
    head: dict = {"subscribed": c.rng.random() < .3}
    head["banner"] = c.img("photo", 1284, 207) if c.rng.random() < .85 else ""
    head["avatar"] = c.img("avatar", 320, 320)
    head.update(verified=c.rng.random() < .4, subs=c.text.count(),
                videos=c.rng.randint(3, 2400), blurb=c.text.sentence(6, 14))
    return head


def _channel_tab(c: Ctx, tab: int, cols: int) -> dict:
    """The open tab's content: cards (and the featured video on Home)."""
    if tab == 0:
        feat = _plain(c, 424, 238)
        feat["text"] = c.text.paragraph(1, 2)
        shelf = c.rng.choice(["Videos", "For You", "Popular videos"])
        return {"feat": feat, "shelf": shelf, "cards": [_plain(c) for _ in range(cols + 1)]}
    if tab == 1:
        return {"cards": [_plain(c) for _ in range(cols * 3)]}
    if tab == 2:
        n = c.rng.choice([5, 6])
        shorts = []
        for _ in range(n * 2):
            s: dict = {"title": c.text.title()}
            s.update(thumb=c.img("thumb", 216, 384, s["title"]), views=c.text.count())
            shorts.append(s)
        return {"n": n, "cards": shorts}
    lists = [{"title": c.text.title(), "thumb": c.img("thumb", 320, 180),
              "videos": c.rng.randint(2, 180)} for _ in range(cols * 2)]
    return {"cards": lists}


def youtube_channel(c: Ctx) -> Page:
    """A channel page: banner, avatar, counts, the tab row and the open tab's cards."""
    name, handle = c.text.name(), c.text.handle()
    tab = c.rng.choice([0, 0, 1, 1, 1, 2, 3])
    head = _channel_head(c)
    cols = c.rng.choice([3, 4, 4, 5])
    content = _channel_tab(c, tab, cols)
    top, side, pad = _top(c), _side(c, on=-1), c.rng.choice([24, 48, 72])
    path = f"/@{handle}" + ("" if tab == 0 else "/" + CHANNEL_TABS[tab].lower())
    return _render(c, "channel", path, f"{name} - YouTube", name=name, handle=handle,
                   tab=tab, tabs=CHANNEL_TABS, head=head, cols=cols, content=content, top=top,
                   side=side, pad=pad)


def youtube_shorts(c: Ctx) -> Page:
    """The Shorts player: a 9:16 video with its caption, action buttons, up/down arrows."""
    caption = c.text.sentence(4, 12)
    tags = " ".join(f"#{c.text.word()}" for _ in range(c.rng.randint(0, 3)))
    short = {"caption": caption, "tags": tags, "handle": c.text.handle(),
             "pos": _pct(c.rng.uniform(.02, .98)), "avatar": c.img("avatar", 64, 64),
             "frame": c.img("photo", 405, 720), "likes": c.text.count(),
             "comments": c.text.count(), "remix": c.img("avatar", 80, 80)}
    top, side = _top(c), _side(c, on=1)
    return _render(c, "shorts", f"/shorts/{_id(c)}", f"{caption} - YouTube", short=short,
                   top=top, side=side)


def youtube_results(c: Ctx) -> Page:
    """Search results: a list layout kept out of training (the unseen-layouts split)."""
    query = " ".join(c.text.word() for _ in range(c.rng.randint(1, 3)))
    rows = []
    for _ in range(8):
        v: dict = {"title": c.text.title()}
        v["thumb"] = c.img("thumb", 360, 202, v["title"])
        v.update(duration=c.text.duration(), views=c.text.count(), ago=c.text.ago(),
                 avatar=c.img("avatar", 48, 48), channel=c.text.name(),
                 text=c.text.sentence())
        rows.append(v)
    return _render(c, "results", f"/results?search_query={query.replace(' ', '+')}",
                   f"{query} - YouTube", query=query, rows=rows, top=_top(c), side=_side(c))


def _history_row(c: Ctx, i: int) -> dict:
    """One watched video; `i` is its place on the page (the row under the mouse shows its ✕)."""
    v: dict = {"i": i, "title": c.text.title()}
    v["seen"] = _pct(c.rng.choice([1.0, 1.0, c.rng.uniform(.05, .95)]))
    v["thumb"] = c.img("thumb", 246, 138, v["title"])
    v.update(duration=c.text.duration(), channel=c.text.name(), views=c.text.count(),
             text=c.text.sentence(14, 30))
    return v


def _history_shorts(c: Ctx) -> dict:
    """A Shorts shelf between the day's rows."""
    return {"shorts": [{"thumb": c.img("thumb", 150, 267), "title": c.text.title(),
                        "views": c.text.count()} for _ in range(5)]}


def _history_days(c: Ctx) -> list[tuple[str, list[dict]]]:
    """(day heading, items) groups; an item is a video row or a Shorts shelf."""
    days = ["Today", "Yesterday"] + c.rng.sample(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], 2)
    if c.rng.random() < .3:
        days = days[c.rng.randint(1, 2):]
    groups = []
    for i, day in enumerate(days):
        items = [_history_row(c, i * 4 + j) for j in range(c.rng.randint(2, 4))]
        if c.rng.random() < .3:
            at = c.rng.randint(0, len(items))
            items.insert(at, _history_shorts(c))
        groups.append((day, items))
    return groups


def youtube_history(c: Ctx) -> Page:
    """Watch history: the guide, videos grouped by day, the history controls on the right."""
    hover = c.rng.randint(0, 3)  # the row under the mouse shows its remove button
    groups = _history_days(c)
    chips = c.rng.random() < .6
    typed = " ".join(c.text.word() for _ in range(c.rng.randint(1, 2)))
    query = typed if c.rng.random() < .25 else ""
    top, side, gap = _top(c), _side(c, on=4), c.rng.choice([32, 48, 64])
    return _render(c, "history", "/feed/history", "Watch history - YouTube", hover=hover,
                   groups=groups, chips=chips, query=query, top=top, side=side, gap=gap)



def _studio_latest(c: Ctx) -> dict:
    """The latest video's card: title, thumbnail and metrics against the typical video."""
    v: dict = {"title": c.text.title()}
    # (metric, value, trend): trend "up"/"down" draws a green/red arrow, "" none
    v["metrics"] = [("Ranking by views", f"{c.rng.randint(1, 10)} of 10", "")] + [
        (m, val, c.rng.choice(["up", "up", "down"])) for m, val in [
            ("Views", c.text.count()),
            ("Impressions click-through rate", f"{c.rng.uniform(1, 14):.1f}%"),
            ("Average view duration", c.text.duration())]]
    v.update(thumb=c.img("thumb", 320, 180, v["title"]), days=c.rng.randint(1, 30),
             hours=c.rng.randint(1, 23), comments=c.rng.randint(0, 300))
    return v


def _studio_analytics(c: Ctx) -> dict:
    """The channel analytics card: subscribers, 28-day summary, top videos."""
    a: dict = {"subs": f"{c.rng.randint(40, 900000):,}"}
    a["top"] = [(c.text.title(), c.text.count()) for _ in range(3)]
    a.update(gained=c.rng.randint(1, 3000), views=c.text.count(),
             hours=f"{c.rng.randint(10, 90000):,}", trend=c.rng.choice(["up", "down"]))
    return a


def _studio_news(c: Ctx) -> dict:
    """The news card and the What's new list."""
    n: dict = {"heading": c.rng.choice(["News", "Creator Insider", "Ideas for you"])}
    n.update(picture=c.img("photo", 320, 180), title=c.text.title(),
             text=c.text.sentence(16, 30),
             go=c.rng.choice(["Watch on YouTube", "Learn more", "Get started"]))
    n["whats_new"] = [c.text.title() for _ in range(3)]
    return n


def youtube_studio(c: Ctx) -> Page:
    """YouTube Studio's channel dashboard: Studio header, channel nav, performance cards."""
    name = c.text.name()
    avatar, big_avatar = c.img("avatar", 64, 64), c.img("avatar", 224, 224)
    latest, analytics = _studio_latest(c), _studio_analytics(c)
    comments = [{"avatar": c.img("avatar", 64, 64), "handle": c.text.handle(),
                 "ago": c.text.ago(), "text": c.text.sentence(5, 16),
                 "thumb": c.img("thumb", 96, 54)} for _ in range(3)]
    news = _studio_news(c)
    cols = [["latest"], ["analytics", "comments"], ["news", "whats_new"]]
    if c.rng.random() < .4:
        cols = [["latest", "comments"], ["analytics"], ["news", "whats_new"]]
    chan = "UC" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                       "0123456789_-") for _ in range(22))
    return page("youtube/studio.html", c, pick(STUDIO_LIGHT, STUDIO_DARK, c.dark),
                host="studio.youtube.com", path=f"/channel/{chan}",
                title="Channel dashboard - YouTube Studio", favicon=RED, name=name,
                avatar=avatar, big_avatar=big_avatar, latest=latest, analytics=analytics,
                comments=comments, news=news, cols=cols)


def _playlist_head(c: Ctx) -> dict:
    """Who owns the list, its name, id and privacy: Watch later, Liked videos or a named list."""
    kind = c.rng.random()
    h: dict = {"mine": kind < .5, "owner": c.text.name()}
    if kind < .15:
        h.update(title="Watch later", list_id="WL", privacy="Private")
    elif kind < .25:
        h.update(title="Liked videos", list_id="LL", privacy="Private")
    else:
        h["title"] = c.text.title() if c.rng.random() < .5 else " ".join(
            w.title() for w in (c.text.word() for _ in range(c.rng.randint(1, 3))))
        h["list_id"] = "PL" + "".join(_id(c) for _ in range(3))[:32]
        h["privacy"] = (c.rng.choice(["Public", "Public", "Unlisted", "Private"])
                        if h["mine"] else "Public")
    return h


def _playlist_panel(c: Ctx, h: dict) -> dict:
    """The tall panel's counts, tint, width, cover, icon count and description (adds to h)."""
    h["n"] = c.rng.randint(6, 240)
    h["views"] = ("No views" if h["mine"] and c.rng.random() < .4 else
                  f"{c.text.count()} views")
    h["updated"] = c.rng.choice([
        "Updated today", "Updated yesterday", f"Updated {c.rng.randint(2, 6)} days ago",
        f"Last updated on {c.rng.randint(1, 28)} "
        f"{c.rng.choice(['Jan', 'Mar', 'May', 'Jun', 'Sep', 'Nov'])} {c.rng.randint(2016, 2024)}"])
    h.update(tint=c.text.color(light=False), width=c.rng.choice([330, 360, 360, 380]),
             cover=c.img("thumb", 360, 202), icons=c.rng.randint(3, 4))
    h["desc"] = c.text.sentence(6, 18) if c.rng.random() < .4 else ""
    h["avatar"] = c.img("avatar", 48, 48)
    return h


def _playlist_rows(c: Ctx, n: int, thumb_w: int) -> list[dict]:
    """The numbered videos (at most n); `seen` is the watched part, '' when unwatched."""
    rows = []
    for _ in range(min(n, c.rng.randint(9, 12))):
        v: dict = {"title": c.text.title()}
        v["seen"] = _pct(c.rng.uniform(.1, 1)) if c.rng.random() < .25 else ""
        v["thumb"] = c.img("thumb", thumb_w, thumb_w * 9 // 16, v["title"])
        v.update(duration=c.text.duration(), channel=c.text.name(), views=c.text.count(),
                 ago=c.text.ago())
        rows.append(v)
    return rows


def youtube_playlist(c: Ctx) -> Page:
    """A playlist page: tall gradient panel with cover and Play all, a numbered video list."""
    h = _playlist_panel(c, _playlist_head(c))
    handles = h["mine"] or c.rng.random() < .3
    hover, thumb_w = c.rng.randint(0, 4), c.rng.choice([160, 160, 168])
    rows = _playlist_rows(c, h["n"], thumb_w)
    sort = c.rng.random() < .5
    side = _side(c, on={"WL": 6, "LL": 7}.get(h["list_id"], 5))
    top = _top(c)
    gap, pad_r, pad_l = c.rng.choice([16, 24, 32]), c.rng.choice([24, 48]), c.rng.choice([0, 8, 24])
    return _render(c, "playlist", f"/playlist?list={h['list_id']}", f"{h['title']} - YouTube",
                   h=h, handles=handles, hover=hover, thumb_w=thumb_w, rows=rows, sort=sort,
                   side=side, top=top, gap=gap, pad_r=pad_r, pad_l=pad_l)
