"""Video sites: YouTube (home grid, watch page, channel page, Shorts player, search results) and
Netflix (browse rows, player, profile picker, My List / New & Popular grid, title page). Written
from scratch after the sites' public look; content is generated."""

from __future__ import annotations

from ..web import Ctx, Page, esc

_YT_FONT = "font-family:Roboto,'Liberation Sans',Arial,sans-serif;"


def _yt_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#0f0f0f", "fg": "#f1f1f1", "sub": "#aaaaaa", "chip": "#272727",
                "line": "#3f3f3f", "box": "#121212"}
    return {"bg": "#ffffff", "fg": "#0f0f0f", "sub": "#606060", "chip": "#f2f2f2",
            "line": "#e5e5e5", "box": "#f8f8f8"}


def _yt_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_YT_FONT}}}"
            f".top{{position:sticky;top:0;height:56px;display:flex;align-items:center;"
            f"padding:0 16px;background:{p['bg']};gap:16px;z-index:2}}"
            f".logo{{display:flex;align-items:center;gap:4px;font-weight:700;font-size:20px;"
            f"letter-spacing:-1px}}.logo b{{background:#ff0000;color:#fff;border-radius:6px;"
            f"padding:2px 8px;font-size:12px}}"
            f".search{{flex:0 1 600px;margin:0 auto;display:flex}}.search div{{flex:1;"
            f"border:1px solid {p['line']};border-radius:40px 0 0 40px;height:38px;padding:0 16px;"
            f"display:flex;align-items:center;color:{p['sub']}}}.search span{{width:64px;"
            f"border:1px solid {p['line']};border-radius:0 40px 40px 0;background:{p['chip']}}}"
            f".av{{width:32px;height:32px;border-radius:50%;object-fit:cover}}"
            f".side{{position:fixed;top:56px;left:0;width:220px;padding:12px;font-size:14px}}"
            f".side div{{padding:10px 12px;border-radius:10px}}.side .on{{background:{p['chip']};"
            f"font-weight:500}}.chips{{display:flex;gap:12px;padding:12px 0}}.chips span{{"
            f"background:{p['chip']};padding:6px 12px;border-radius:8px;font-size:14px;"
            f"white-space:nowrap}}.chips .on{{background:{p['fg']};color:{p['bg']}}}"
            f".sub{{color:{p['sub']};font-size:13px;line-height:18px}}"
            f".t{{font-weight:500;font-size:15px;line-height:21px;margin:10px 0 4px;"
            f"overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}}"
            f".th{{position:relative}}.th img{{width:100%;border-radius:12px;display:block;"
            f"aspect-ratio:16/9;object-fit:cover}}.d{{position:absolute;right:6px;bottom:6px;"
            f"background:rgba(0,0,0,.8);color:#fff;font-size:12px;padding:1px 4px;"
            f"border-radius:4px}}")


def _yt_top(c: Ctx, p: dict[str, str], query: str = "") -> str:
    return (f"<div class='top'><span style='font-size:22px'>&#9776;</span><div class='logo'>"
            f"<b>&#9654;</b>YouTube</div><div class='search'><div>{esc(query) or 'Search'}</div>"
            f"<span></span></div><span style='font-size:20px'>&#128276;</span>"
            f"<img class='av' src='{c.img('avatar', 64, 64)}'></div>")


def _yt_side(c: Ctx, on: int = 0) -> str:
    items = ["Home", "Shorts", "Subscriptions", "You", "History", "Playlists", "Watch later",
             "Liked videos"]
    subs = "".join(f"<div>{esc(c.text.name())}</div>" for _ in range(c.rng.randint(3, 7)))
    return ("<div class='side'>" + "".join(
        f"<div class='{'on' if i == on else ''}'>{t}</div>" for i, t in enumerate(items))
        + "<hr style='border:0;border-top:1px solid #8884'><div><b>Subscriptions</b></div>"
        + subs + "</div>")


def _yt_card(c: Ctx, w: int) -> str:
    title = c.text.title()
    return (f"<div><div class='th'><img src='{c.img('thumb', 320, 180, title)}'>"
            f"<span class='d'>{c.text.duration()}</span></div><div style='display:flex;gap:12px'>"
            f"<img class='av' style='margin-top:10px;width:36px;height:36px' "
            f"src='{c.img('avatar', 72, 72)}'><div><div class='t'>{esc(title)}</div>"
            f"<div class='sub'>{esc(c.text.name())}<br>{c.text.count()} views &middot; "
            f"{c.text.ago()}</div></div></div></div>")


def youtube_home(c: Ctx) -> Page:
    p = _yt_palette(c)
    cols = c.rng.choice([3, 4, 4, 5])
    chips = ["All", "Music", "Gaming", "Live", "News", "Podcasts", "Cooking", "Python",
             "Mixes", "Recently uploaded", "Watched", "New to you"]
    grid = "".join(_yt_card(c, 320) for _ in range(cols * 4))
    body = (_yt_top(c, p) + _yt_side(c) + "<div style='margin-left:244px;padding-right:24px'>"
            "<div class='chips'>" + "".join(
                f"<span class='{'on' if i == 0 else ''}'>{t}</span>" for i, t in enumerate(chips))
            + f"</div><div style='display:grid;grid-template-columns:repeat({cols},1fr);"
            f"gap:40px 16px'>{grid}</div></div>")
    return Page("www.youtube.com", "/", "YouTube", body, _yt_css(p), "#ff0000")


def youtube_watch(c: Ctx) -> Page:
    p = _yt_palette(c)
    title = c.text.title()
    recs = "".join(
        f"<div style='display:flex;gap:8px;margin-bottom:8px'><div class='th' "
        f"style='width:168px;flex:none'><img src='{c.img('thumb', 168, 94, t)}'><span "
        f"class='d'>{c.text.duration()}</span></div><div><div class='t' style='font-size:14px;"
        f"margin:0 0 4px'>{esc(t)}</div><div class='sub' style='font-size:12px'>"
        f"{esc(c.text.name())}<br>{c.text.count()} views &middot; {c.text.ago()}</div></div></div>"
        for t in (c.text.title() for _ in range(10)))
    comments = "".join(
        f"<div style='display:flex;gap:16px;margin:16px 0'><img class='av' style='width:40px;"
        f"height:40px' src='{c.img('avatar', 80, 80)}'><div><div style='font-size:13px'><b>@"
        f"{c.text.handle()}</b> <span class='sub'>{c.text.ago()}</span></div><div "
        f"style='font-size:14px;margin-top:4px'>{esc(c.text.sentence())}</div><div class='sub' "
        f"style='margin-top:6px'>&#128077; {c.text.count()} &nbsp; &#128078; &nbsp; Reply</div>"
        f"</div></div>" for _ in range(6))
    pos = c.rng.uniform(.02, .95)
    player = (f"<div style='position:relative;background:#000;border-radius:12px;overflow:hidden'>"
              f"<img src='{c.img('thumb', 1280, 720)}' style='width:100%;display:block;"
              f"aspect-ratio:16/9;object-fit:cover'><div style='position:absolute;left:0;right:0;"
              f"bottom:0;height:48px;background:linear-gradient(transparent,#000c)'></div>"
              f"<div style='position:absolute;left:12px;right:12px;bottom:40px;height:4px;"
              f"background:#fff4'><div style='width:{pos:.0%};height:4px;background:#f00'></div>"
              f"</div><div style='position:absolute;left:16px;bottom:10px;color:#fff;"
              f"font-size:13px'>&#10074;&#10074; &nbsp; &#9197; &nbsp; &#128266; &nbsp; "
              f"{c.text.duration()} / {c.text.duration()}</div></div>")
    main = (f"{player}<h1 style='font-size:20px;margin:12px 0'>{esc(title)}</h1>"
            f"<div style='display:flex;align-items:center;gap:12px'><img class='av' "
            f"style='width:40px;height:40px' src='{c.img('avatar', 80, 80)}'><div><b>"
            f"{esc(c.text.name())}</b><div class='sub'>{c.text.count()} subscribers</div></div>"
            f"<span style='background:{p['fg']};color:{p['bg']};padding:9px 16px;"
            f"border-radius:18px;font-weight:500'>Subscribe</span><span style='margin-left:auto;"
            f"background:{p['chip']};padding:9px 16px;border-radius:18px'>&#128077; "
            f"{c.text.count()} | &#128078;</span><span style='background:{p['chip']};"
            f"padding:9px 16px;border-radius:18px'>Share</span></div><div style='background:"
            f"{p['chip']};border-radius:12px;padding:12px;margin:12px 0;font-size:14px'><b>"
            f"{c.text.count()} views {c.text.ago()}</b><br>{esc(c.text.paragraph(2, 3))}</div>"
            f"<h3>{c.rng.randint(12, 4000)} Comments</h3>{comments}")
    body = (_yt_top(c, p) + "<div style='display:flex;gap:24px;padding:24px 24px 0 "
            f"{c.rng.choice([24, 48, 96])}px'><div style='flex:1'>{main}</div><div "
            f"style='width:402px;flex:none'>{recs}</div></div>")
    vid = "".join(c.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                  for _ in range(11))
    return Page("www.youtube.com", f"/watch?v={vid}", f"{title} - YouTube", body,
                _yt_css(p), "#ff0000")


def _yt_id(c: Ctx) -> str:
    return "".join(c.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                   for _ in range(11))


def _yt_plain_card(c: Ctx) -> str:
    """A video card as channel pages show it: no avatar, no channel name."""
    title = c.text.title()
    return (f"<div><div class='th'><img src='{c.img('thumb', 320, 180, title)}'>"
            f"<span class='d'>{c.text.duration()}</span></div><div class='t'>{esc(title)}</div>"
            f"<div class='sub'>{c.text.count()} views &middot; {c.text.ago()}</div></div>")


def _yt_short_card(c: Ctx) -> str:
    title = c.text.title()
    return (f"<div><img src='{c.img('thumb', 216, 384, title)}' style='width:100%;display:block;"
            f"aspect-ratio:9/16;object-fit:cover;border-radius:12px'><div class='t'>{esc(title)}"
            f"</div><div class='sub'>{c.text.count()} views</div></div>")


def _yt_playlist_card(c: Ctx, p: dict[str, str]) -> str:
    title = c.text.title()
    return (f"<div><div class='th' style='padding-top:8px'><div style='position:absolute;top:0;"
            f"left:12px;right:12px;height:12px;border-radius:12px 12px 0 0;background:"
            f"{p['line']}'></div><img src='{c.img('thumb', 320, 180)}'><span class='d'>&#9776; "
            f"{c.rng.randint(2, 180)} videos</span></div><div class='t'>{esc(title)}</div>"
            f"<div class='sub'>View full playlist</div></div>")


def youtube_channel(c: Ctx) -> Page:
    p = _yt_palette(c)
    name = c.text.name()
    handle = c.text.handle()
    tabs = ["Home", "Videos", "Shorts", "Playlists", "Community"]
    tab = c.rng.choice([0, 0, 1, 1, 1, 2, 3])
    subscribed = c.rng.random() < .3
    sub_btn = (f"<span style='background:{p['chip']};padding:9px 16px;border-radius:18px;"
               f"font-weight:500;font-size:14px'>&#128276; Subscribed &#8964;</span>"
               if subscribed else
               f"<span style='background:{p['fg']};color:{p['bg']};padding:9px 16px;"
               f"border-radius:18px;font-weight:500;font-size:14px'>Subscribe</span>")
    banner = (f"<img src='{c.img('photo', 1284, 207)}' style='width:100%;aspect-ratio:6.2/1;"
              f"object-fit:cover;border-radius:16px;display:block;margin-top:8px'>"
              if c.rng.random() < .85 else "")
    verified = (f" <span style='display:inline-block;width:16px;height:16px;border-radius:50%;"
                f"background:{p['sub']};color:{p['bg']};font-size:11px;line-height:16px;"
                f"text-align:center;vertical-align:middle'>&#10003;</span>")
    header = (f"{banner}<div style='display:flex;gap:24px;align-items:center;margin:16px 0'>"
              f"<img src='{c.img('avatar', 320, 320)}' style='width:160px;height:160px;"
              f"border-radius:50%;object-fit:cover;flex:none'><div><h1 style='font-size:36px;"
              f"margin:0 0 8px;font-weight:700'>{esc(name)}"
              f"{verified if c.rng.random() < .4 else ''}</h1><div class='sub' "
              f"style='font-size:14px'><b style='color:{p['fg']}'>@{handle}</b> &middot; "
              f"{c.text.count()} subscribers &middot; {c.rng.randint(3, 2400)} videos</div>"
              f"<div class='sub' style='font-size:14px;margin:6px 0 12px;max-width:600px;"
              f"white-space:nowrap;overflow:hidden;text-overflow:ellipsis'>"
              f"{esc(c.text.sentence(6, 14))} <b style='color:{p['fg']}'>...more</b></div>"
              f"{sub_btn}</div></div>")
    tab_row = ("<div style='display:flex;gap:24px;align-items:center;font-size:16px;"
               f"font-weight:500;border-bottom:1px solid {p['line']}'>" + "".join(
                   "<span style='padding:12px 0;"
                   + (f"border-bottom:2px solid {p['fg']}'>" if i == tab else
                      f"color:{p['sub']}'>") + f"{t}</span>" for i, t in enumerate(tabs))
               + f"<span style='color:{p['sub']}'>&#128269;</span></div>")
    cols = c.rng.choice([3, 4, 4, 5])
    if tab == 0:
        feat = c.text.title()
        content = (f"<div style='display:flex;gap:24px;padding:24px 0;border-bottom:1px solid "
                   f"{p['line']}'><div class='th' style='width:424px;flex:none'><img src='"
                   f"{c.img('thumb', 424, 238, feat)}'><span class='d'>{c.text.duration()}"
                   f"</span></div><div><div class='t' style='font-size:18px;margin-top:0'>"
                   f"{esc(feat)}</div><div class='sub'>{c.text.count()} views &middot; "
                   f"{c.text.ago()}</div><div class='sub' style='margin-top:12px;max-width:560px'>"
                   f"{esc(c.text.paragraph(1, 2))}</div></div></div>"
                   f"<h3 style='font-size:20px;margin:24px 0 16px'>"
                   f"{c.rng.choice(['Videos', 'For You', 'Popular videos'])} <span "
                   f"style='font-size:14px;font-weight:500;background:{p['chip']};padding:6px "
                   f"12px;border-radius:16px;margin-left:12px'>&#9654; Play all</span></h3>"
                   f"<div style='display:grid;grid-template-columns:repeat({cols + 1},1fr);"
                   f"gap:16px 8px'>" + "".join(_yt_plain_card(c) for _ in range(cols + 1))
                   + "</div>")
    elif tab == 1:
        chips = ["Latest", "Popular", "Oldest"]
        content = ("<div class='chips' style='padding:16px 0'>" + "".join(
            f"<span class='{'on' if i == 0 else ''}'>{t}</span>" for i, t in enumerate(chips))
            + f"</div><div style='display:grid;grid-template-columns:repeat({cols},1fr);"
            f"gap:32px 16px'>" + "".join(_yt_plain_card(c) for _ in range(cols * 3)) + "</div>")
    elif tab == 2:
        n = c.rng.choice([5, 6])
        content = (f"<div style='display:grid;grid-template-columns:repeat({n},1fr);gap:24px 8px;"
                   f"padding-top:24px'>" + "".join(_yt_short_card(c) for _ in range(n * 2))
                   + "</div>")
    else:
        content = ("<div class='chips' style='padding:16px 0'><span class='on'>Created "
                   f"playlists</span><span>Saved playlists</span></div><div style='display:grid;"
                   f"grid-template-columns:repeat({cols},1fr);gap:32px 16px'>"
                   + "".join(_yt_playlist_card(c, p) for _ in range(cols * 2)) + "</div>")
    body = (_yt_top(c, p) + _yt_side(c, on=-1) + "<div style='margin-left:244px;padding:0 "
            f"{c.rng.choice([24, 48, 72])}px 0 24px'>{header}{tab_row}{content}</div>")
    path = f"/@{handle}" + ("" if tab == 0 else "/" + tabs[tab].lower())
    return Page("www.youtube.com", path, f"{name} - YouTube", body, _yt_css(p), "#ff0000")


def youtube_shorts(c: Ctx) -> Page:
    p = _yt_palette(c)
    caption = c.text.sentence(4, 12)
    tags = " ".join(f"#{c.text.word()}" for _ in range(c.rng.randint(0, 3)))
    handle = c.text.handle()
    pos = c.rng.uniform(.02, .98)
    overlay = (f"<div style='position:absolute;left:0;right:0;bottom:0;padding:60px 16px 20px;"
               f"background:linear-gradient(transparent,#000b);color:#fff'><div style='display:"
               f"flex;align-items:center;gap:8px;font-size:14px;font-weight:500'><img class='av' "
               f"src='{c.img('avatar', 64, 64)}'>@{handle}<span style='background:#fff;"
               f"color:#0f0f0f;padding:6px 12px;border-radius:16px;margin-left:4px'>Subscribe"
               f"</span></div><div style='font-size:15px;margin-top:10px;line-height:20px'>"
               f"{esc(caption)} <span style='color:#ddd'>{esc(tags)}</span></div><div "
               f"style='font-size:13px;margin-top:8px'>&#9835; Original sound - {handle}</div>"
               f"</div><div style='position:absolute;left:0;right:0;bottom:0;height:3px;"
               f"background:#fff4'><div style='width:{pos:.0%};height:3px;background:#f00'>"
               f"</div></div><div style='position:absolute;left:16px;right:16px;top:14px;"
               f"display:flex;gap:18px;color:#fff;font-size:20px;text-shadow:0 0 4px #000'>"
               f"<span>&#10074;&#10074;</span><span>&#128266;</span><span style='margin-left:"
               f"auto'>&#8943;</span></div>")
    video = (f"<div style='position:relative;height:calc(100vh - 80px);aspect-ratio:9/16;"
             f"border-radius:12px;overflow:hidden;background:#000'><img src='"
             f"{c.img('photo', 405, 720)}' style='width:100%;height:100%;object-fit:cover;"
             f"display:block'>{overlay}</div>")
    acts = [("&#128077;", c.text.count()), ("&#128078;", "Dislike"),
            ("&#128172;", c.text.count()), ("&#10150;", "Share"), ("&#10227;", "Remix")]
    actions = ("<div style='display:flex;flex-direction:column;justify-content:flex-end;gap:14px;"
               "padding-bottom:8px'>" + "".join(
                   f"<div style='text-align:center;font-size:13px;font-weight:500'><div "
                   f"style='width:48px;height:48px;border-radius:50%;background:{p['chip']};"
                   f"display:flex;align-items:center;justify-content:center;font-size:20px;"
                   f"margin-bottom:4px'>{icon}</div>{label}</div>" for icon, label in acts)
               + f"<img src='{c.img('avatar', 80, 80)}' style='width:40px;height:40px;"
               f"border-radius:8px;margin:4px auto 0;object-fit:cover'></div>")
    arrows = (f"<div style='position:fixed;right:24px;top:50%;transform:translateY(-50%);"
              f"display:flex;flex-direction:column;gap:16px'><span style='width:56px;"
              f"height:56px;border-radius:50%;background:{p['chip']};display:flex;"
              f"align-items:center;justify-content:center;font-size:22px'>&#8593;</span>"
              f"<span style='width:56px;height:56px;border-radius:50%;background:{p['chip']};"
              f"display:flex;align-items:center;justify-content:center;font-size:22px'>&#8595;"
              f"</span></div>")
    body = (_yt_top(c, p) + _yt_side(c, on=1) + "<div style='margin-left:244px;display:flex;"
            f"justify-content:center;gap:16px;padding-top:12px'>{video}{actions}</div>{arrows}")
    return Page("www.youtube.com", f"/shorts/{_yt_id(c)}", f"{caption} - YouTube", body,
                _yt_css(p), "#ff0000")


def youtube_results(c: Ctx) -> Page:
    """Search results: a list layout kept out of training (the unseen-layouts split)."""
    p = _yt_palette(c)
    query = " ".join(c.text.word() for _ in range(c.rng.randint(1, 3)))
    rows = "".join(
        f"<div style='display:flex;gap:16px;margin-bottom:16px'><div class='th' style='width:"
        f"360px;flex:none'><img src='{c.img('thumb', 360, 202, t)}'><span class='d'>"
        f"{c.text.duration()}</span></div><div><div class='t' style='font-size:18px;"
        f"font-weight:400;margin-top:0'>{esc(t)}</div><div class='sub'>{c.text.count()} views "
        f"&middot; {c.text.ago()}</div><div class='sub' style='margin:12px 0;display:flex;"
        f"align-items:center;gap:8px'><img class='av' style='width:24px;height:24px' "
        f"src='{c.img('avatar', 48, 48)}'>{esc(c.text.name())}</div><div class='sub'>"
        f"{esc(c.text.sentence())}</div></div></div>"
        for t in (c.text.title() for _ in range(8)))
    body = (_yt_top(c, p, query) + _yt_side(c) + "<div style='margin-left:260px;max-width:1100px;"
            "padding-top:8px'><div class='chips'><span class='on'>All</span><span>Shorts</span>"
            "<span>Videos</span><span>Unwatched</span><span>Watched</span></div>" + rows + "</div>")
    return Page("www.youtube.com", f"/results?search_query={query.replace(' ', '+')}",
                f"{query} - YouTube", body, _yt_css(p), "#ff0000")


_NF_CSS = ("body{margin:0;background:#141414;color:#e5e5e5;font-family:'Liberation Sans',"
           "Helvetica,Arial,sans-serif}.nav{position:fixed;top:0;left:0;right:0;height:68px;"
           "display:flex;align-items:center;gap:20px;padding:0 4%;z-index:3;background:"
           "linear-gradient(#000b,transparent);font-size:14px}.logo{color:#e50914;font-weight:"
           "900;font-size:30px;letter-spacing:-1px;transform:scaleY(1.2);margin-right:20px}"
           ".row{padding:0 4%;margin:24px 0}.row h2{font-size:20px;margin:0 0 10px;color:#e5e5e5}"
           ".tiles{display:flex;gap:6px;overflow:hidden}.tiles img{width:16%;flex:none;"
           "border-radius:4px;aspect-ratio:16/9;object-fit:cover}"
           ".btn{display:inline-block;padding:10px 26px;border-radius:4px;font-weight:700;"
           "font-size:18px;margin-right:10px}")


def _nf_nav(c: Ctx, active: int = 0, solid: bool = False) -> str:
    links = ["Home", "TV Shows", "Movies", "New &amp; Popular", "My List", "Browse by Languages"]
    bg = " style='background:#141414'" if solid else ""
    return (f"<div class='nav'{bg}><span class='logo'>NETFLIX</span>" + "".join(
        f"<span style='{'font-weight:700;color:#fff' if i == active else ''}'>{t}</span>"
        for i, t in enumerate(links)) + f"<span style='margin-left:auto'>&#128269; &nbsp; Kids "
        f"&nbsp; &#128276;</span><img src='{c.img('avatar', 64, 64)}' style='width:32px;"
        f"border-radius:4px'></div>")


def _nf_row(c: Ctx) -> str:
    label = c.rng.choice(["Trending Now", "Continue Watching for You", "Top 10 in Your Country "
                          "Today", "Because you watched " + c.text.title()[:24], "Award-Winning "
                          "TV", "New Releases", "Critically Acclaimed Movies", "Comedies"])
    tiles = "".join(f"<img src='{c.img('thumb', 341, 192, c.text.title())}'>" for _ in range(7))
    return f"<div class='row'><h2>{esc(label)}</h2><div class='tiles'>{tiles}</div></div>"


def netflix_browse(c: Ctx) -> Page:
    title = c.text.title()
    hero = (f"<div style='position:relative;height:56vw;max-height:80vh'><img "
            f"src='{c.img('photo', 1280, 720)}' style='width:100%;height:100%;object-fit:cover'>"
            f"<div style='position:absolute;inset:0;background:linear-gradient(77deg,#000c,"
            f"transparent 60%),linear-gradient(transparent 70%,#141414)'></div><div "
            f"style='position:absolute;left:4%;bottom:30%;width:36%'><div style='font-size:48px;"
            f"font-weight:900;color:#fff;text-shadow:2px 2px 4px #000'>{esc(title)}</div><p "
            f"style='font-size:18px;color:#fff'>{esc(c.text.sentence(14, 24))}</p><span "
            f"class='btn' style='background:#fff;color:#000'>&#9654; Play</span><span "
            f"class='btn' style='background:#6d6d6eb3;color:#fff'>&#9432; More Info</span></div>"
            f"</div>")
    rows = "".join(_nf_row(c) for _ in range(5))
    return Page("www.netflix.com", "/browse", "Home - Netflix", _nf_nav(c) + hero +
                f"<div style='margin-top:-12vw;position:relative'>{rows}</div>", _NF_CSS,
                "#e50914")


def netflix_player(c: Ctx) -> Page:
    title = c.text.title()
    pos = c.rng.uniform(.02, .97)
    ui = c.rng.random() < .7  # controls show while the mouse moves; often hidden while watching
    controls = (f"<div style='position:absolute;left:2%;top:3%;font-size:30px'>&#8592;</div>"
                f"<div style='position:absolute;left:2%;right:2%;bottom:9%;display:flex;"
                f"align-items:center;gap:12px'><div style='flex:1;height:4px;background:#5a5a5a'>"
                f"<div style='width:{pos:.0%};height:4px;background:#e50914'></div></div>"
                f"<span>{c.text.duration()}</span></div><div style='position:absolute;left:2%;"
                f"right:2%;bottom:3%;display:flex;gap:28px;font-size:28px;align-items:center'>"
                f"<span>&#9654;</span><span>&#8634;</span><span>&#8635;</span><span>&#128266;"
                f"</span><span style='flex:1;text-align:center;font-size:18px'>{esc(title)} "
                f"<span style='color:#aaa'>E{c.rng.randint(1, 12)} {esc(c.text.title()[:30])}"
                f"</span></span><span>&#9776;</span><span>&#9974;</span></div>") if ui else ""
    sub = (f"<div style='position:absolute;left:0;right:0;bottom:16%;text-align:center;"
           f"font-size:30px;color:#fff;text-shadow:0 0 6px #000'>{esc(c.text.sentence(4, 9))}"
           f"</div>") if c.rng.random() < .5 else ""
    body = (f"<div style='position:fixed;inset:0;background:#000'><img src='"
            f"{c.img('photo', 1280, 720)}' style='width:100%;height:100%;object-fit:contain'>"
            f"{sub}{controls}</div>")
    return Page("www.netflix.com", f"/watch/{c.rng.randint(70000000, 81999999)}",
                "Netflix", body, _NF_CSS, "#e50914")


_NF_PROFILE_COLOURS = ["#0071eb", "#e6b029", "#d81f26", "#2d9f47", "#6e4cad", "#e3781a",
                       "#1fa0a0", "#c2185b"]


def _nf_face(colour: str, size: int) -> str:
    """A flat square profile icon: a coloured tile with a simple face drawn in CSS."""
    eye = (f"position:absolute;top:{size * .32:.0f}px;width:{size * .1:.0f}px;"
           f"height:{size * .18:.0f}px;background:#fff;border-radius:{size * .05:.0f}px")
    return (f"<div style='position:relative;width:{size}px;height:{size}px;background:{colour};"
            f"border-radius:4px;overflow:hidden'><div style='{eye};left:{size * .28:.0f}px'>"
            f"</div><div style='{eye};right:{size * .28:.0f}px'></div><div style='position:"
            f"absolute;left:{size * .22:.0f}px;right:{size * .22:.0f}px;top:{size * .42:.0f}px;"
            f"height:{size * .3:.0f}px;border:{size * .05:.0f}px solid #fff;border-top:0;"
            f"border-left-color:transparent;border-right-color:transparent;"
            f"border-radius:0 0 50% 50%'></div></div>")


def netflix_profiles(c: Ctx) -> Page:
    n = c.rng.randint(2, 5)
    size = c.rng.choice([120, 140, 160])
    colours = c.rng.sample(_NF_PROFILE_COLOURS, n)
    names = [c.text.pick(c.text.first) for _ in range(n)]
    tiles = []
    for i, (colour, name) in enumerate(zip(colours, names, strict=True)):
        if c.rng.random() < .2:  # some profiles use a picture instead of the face icon
            icon = (f"<img src='{c.img('avatar', size, size)}' style='width:{size}px;"
                    f"height:{size}px;border-radius:4px;display:block'>")
        elif i == n - 1 and c.rng.random() < .4:
            name = "Kids"
            icon = (f"<div style='width:{size}px;height:{size}px;border-radius:4px;display:flex;"
                    f"align-items:center;justify-content:center;background:linear-gradient("
                    f"135deg,#f6c02a,#e94e3c 40%,#2f7fe3 75%,#2ea05a);color:#fff;font-weight:"
                    f"900;font-size:{size // 4}px'>kids</div>")
        else:
            icon = _nf_face(colour, size)
        lock = " &#128274;" if c.rng.random() < .15 else ""
        tiles.append(f"<div style='text-align:center'>{icon}<div style='color:#808080;"
                     f"font-size:{size // 7 + 2}px;margin-top:12px'>{esc(name)}{lock}</div></div>")
    if n < 5 and c.rng.random() < .6:
        tiles.append(f"<div style='text-align:center'><div style='width:{size}px;height:{size}px;"
                     f"display:flex;align-items:center;justify-content:center'><span "
                     f"style='width:{size // 2}px;height:{size // 2}px;border-radius:50%;"
                     f"background:#808080;color:#141414;font-size:{size // 3}px;display:flex;"
                     f"align-items:center;justify-content:center;font-weight:700'>+</span></div>"
                     f"<div style='color:#808080;font-size:{size // 7 + 2}px;margin-top:12px'>"
                     f"Add Profile</div></div>")
    manage = c.rng.random() < .2
    heading = "Manage Profiles:" if manage else "Who's watching?"
    button = ("Done" if manage else "Manage Profiles")
    body = (f"<div style='position:fixed;inset:0;background:#141414'><div style='padding:20px 4%'>"
            f"<span class='logo' style='display:inline-block'>NETFLIX</span></div><div "
            f"style='position:absolute;top:50%;left:50%;transform:translate(-50%,-55%);"
            f"text-align:center'><h1 style='color:#fff;font-size:{c.rng.choice([44, 52, 56])}px;"
            f"font-weight:500;margin:0 0 28px'>{heading}</h1><div style='display:flex;"
            f"gap:{c.rng.choice([24, 32, 40])}px;justify-content:center'>{''.join(tiles)}</div>"
            f"<div style='display:inline-block;margin-top:48px;padding:8px 24px;border:1px "
            f"solid #808080;color:#808080;font-size:18px;letter-spacing:2px;"
            f"{'background:#fff;color:#000;border-color:#fff' if manage else ''}'>{button}"
            f"</div></div></div>")
    path = "/profiles/manage" if manage else c.rng.choice(["/browse", "/ProfilesGate"])
    return Page("www.netflix.com", path, "Netflix", body, _NF_CSS, "#e50914")


_NF_TITLE_FONTS = ["Impact,Liberation Sans Narrow,sans-serif", "Georgia,Liberation Serif,serif",
                   "Liberation Sans,Arial,sans-serif", "DejaVu Serif,serif",
                   "Courier New,Liberation Mono,monospace", "DejaVu Sans Condensed,sans-serif"]


def _nf_boxart(c: Ctx, cols: int) -> str:
    """A landscape title card: picture, stylised title, maybe the N mark and a badge."""
    t = c.text
    form = c.rng.choice(["The {adj} {noun}", "{noun}s", "{name}'s {noun}", "{adj} {noun}",
                         "The {noun} of {noun2}", "{noun} {noun2}", "The {noun}"])
    title = form.format(adj=t.pick(t.adjs).title(), noun=t.pick(t.nouns).title(),
                        noun2=t.pick(t.nouns).title(), name=t.pick(t.first))
    font = c.rng.choice(_NF_TITLE_FONTS)  # unquoted names: the style attribute uses ' quotes
    colour = c.rng.choice(["#fff", "#fff", "#ffe9a8", "#f5f5f5", "#ffd23f"])
    upper = "text-transform:uppercase;" if c.rng.random() < .6 else ""
    align = c.rng.choice(["left:7%;right:20%;bottom:14%",
                          "left:10%;right:10%;bottom:30%;text-align:center"])
    extra = ""
    if c.rng.random() < .5:
        extra += ("<span style='position:absolute;left:6px;top:4px;color:#e50914;font-weight:900;"
                  "font-size:22px;transform:scaleY(1.3)'>N</span>")
    badge = c.rng.random()
    if badge < .2:
        extra += ("<span style='position:absolute;right:0;top:0;width:28px;height:40px;"
                  "background:#e50914;color:#fff;text-align:center;font-weight:900;line-height:"
                  "11px;padding-top:6px;box-sizing:border-box;font-size:9px'>TOP<br><span "
                  "style='font-size:16px;line-height:22px'>10</span></span>")
    elif badge < .42:
        label = c.rng.choice(["Recently added", "Recently added", "New Season", "New Episodes",
                              "Leaving Soon"])
        extra += (f"<span style='position:absolute;left:50%;bottom:0;transform:translateX(-50%);"
                  f"background:#e50914;color:#fff;font-size:12px;font-weight:700;padding:3px "
                  f"8px;border-radius:2px 2px 0 0;white-space:nowrap'>{label}</span>")
    return (f"<div style='position:relative;border-radius:4px;overflow:hidden'><img src='"
            f"{c.img('thumb', 341, 192)}' style='width:100%;display:block;aspect-ratio:16/9;"
            f"object-fit:cover'><span style='position:absolute;{align};color:{colour};"
            f"font-family:{font};font-weight:900;font-size:{c.rng.randint(14, 22) * 6 // cols}px;"
            f"line-height:1;{upper}text-shadow:0 2px 6px #000,0 0 2px #000'>{esc(title)}</span>"
            f"{extra}</div>")


def netflix_mylist(c: Ctx) -> Page:
    mylist = c.rng.random() < .6
    cols = c.rng.choice([4, 5, 6, 6])
    if mylist:
        head = ("<h1 style='font-size:36px;font-weight:500;color:#fff;margin:0 0 24px'>My List"
                "</h1>")
        grids = [("", cols * c.rng.randint(3, 5))]
    else:
        chips = "".join(
            f"<span style='padding:4px 14px;border:1px solid #fff6;border-radius:16px;"
            f"{'background:#fff;color:#000' if i == 0 else ''}'>{t}</span>"
            for i, t in enumerate(["&#127871; New on Netflix", "&#128293; Everyone's Watching",
                                   "&#128285; Top 10 TV Shows", "&#128285; Top 10 Movies"]))
        head = ("<h1 style='font-size:36px;font-weight:500;color:#fff;margin:0 0 16px'>"
                f"New &amp; Popular</h1><div style='display:flex;gap:10px;font-size:14px;"
                f"margin-bottom:24px'>{chips}</div>")
        grids = [(c.rng.choice(["New on Netflix", "Coming This Week", "Worth the Wait"]),
                  cols * 2),
                 (c.rng.choice(["Everyone's Watching", "Top 10 TV Shows in Your Country Today",
                                "Coming Next Week"]), cols * 2)]
    sections = "".join(
        (f"<h2 style='font-size:20px;color:#e5e5e5;margin:24px 0 10px'>{esc(label)}</h2>"
         if label else "") + f"<div style='display:grid;grid-template-columns:repeat({cols},1fr);"
        f"gap:{c.rng.choice([24, 36, 48])}px 6px'>" + "".join(_nf_boxart(c, cols) for _ in range(n))
        + "</div>" for label, n in grids)
    body = (_nf_nav(c, active=4 if mylist else 3, solid=True)
            + f"<div style='padding:100px 4% 40px'>{head}{sections}</div>")
    path = "/browse/my-list" if mylist else "/latest"
    title = "My List - Netflix" if mylist else "New & Popular - Netflix"
    return Page("www.netflix.com", path, title, body, _NF_CSS, "#e50914")


def netflix_title(c: Ctx) -> Page:
    """A title's detail modal over the browse page: kept for the unseen-layouts split."""
    page = netflix_browse(c)
    eps = "".join(
        f"<div style='display:flex;gap:16px;align-items:center;padding:16px;border-bottom:1px "
        f"solid #404040'><span style='font-size:24px;color:#d2d2d2'>{i}</span><img "
        f"src='{c.img('thumb', 130, 73)}' style='width:130px;border-radius:4px'><div><b>"
        f"{esc(c.text.title())}</b><div style='color:#d2d2d2;font-size:14px'>"
        f"{esc(c.text.sentence())}</div></div><span>{c.rng.randint(20, 59)}m</span></div>"
        for i in range(1, 6))
    modal = (f"<div style='position:fixed;inset:0;background:#000a;z-index:5'></div><div "
             f"style='position:absolute;top:30px;left:50%;transform:translateX(-50%);width:850px;"
             f"background:#181818;border-radius:8px;z-index:6;overflow:hidden'><img src='"
             f"{c.img('photo', 850, 478)}' style='width:100%'><div style='padding:24px 48px'>"
             f"<h1 style='margin:0'>{esc(c.text.title())}</h1><p><span style='color:#46d369'>"
             f"{c.rng.randint(80, 99)}% Match</span> {c.rng.randint(2005, 2026)} "
             f"{c.rng.randint(1, 5)} Seasons HD</p><p>{esc(c.text.paragraph(2, 3))}</p><h2>"
             f"Episodes</h2>{eps}</div></div>")
    page.body += modal
    page.path = f"/title/{c.rng.randint(70000000, 81999999)}"
    return page
