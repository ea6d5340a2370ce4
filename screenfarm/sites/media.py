"""Video sites: YouTube (home grid, watch page, channel page, Shorts player, search results, watch
history, Studio dashboard, playlist page) and Netflix (browse rows, player, profile picker, My
List / New & Popular grid, New & Popular rows with the Top 10, Kids profile browse page, search
results, light account pages, title page). Written from scratch after the sites' public look;
content is generated."""

from __future__ import annotations

from urllib.parse import quote

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


def _nf_nav(c: Ctx, active: int = 0, solid: bool = False, query: str | None = None) -> str:
    """The top bar; with a query the search box is open (no link active then: active=-1)."""
    links = ["Home", "TV Shows", "Movies", "New &amp; Popular", "My List", "Browse by Languages"]
    bg = " style='background:#141414'" if solid else ""
    find = "&#128269;" if query is None else (
        f"<span style='display:inline-flex;align-items:center;gap:10px;width:250px;padding:"
        f"6px 10px;border:1px solid #fff;background:#000000e6;color:#fff;vertical-align:"
        f"middle'><span style='font-size:16px'>&#128269;&#xFE0E;</span><span style='flex:1'>"
        f"{esc(query)}</span>&#10005;</span>")
    return (f"<div class='nav'{bg}><span class='logo'>NETFLIX</span>" + "".join(
        f"<span style='{'font-weight:700;color:#fff' if i == active else ''}'>{t}</span>"
        for i, t in enumerate(links)) + f"<span style='margin-left:auto'>{find} &nbsp; Kids "
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


def _nf_name(c: Ctx) -> str:
    """A short show or film name as Netflix titles read: 'The Quiet Harbour', 'Ada's Island'."""
    t = c.text
    form = c.rng.choice(["The {adj} {noun}", "{noun}s", "{name}'s {noun}", "{adj} {noun}",
                         "The {noun} of {noun2}", "{noun} {noun2}", "The {noun}"])
    return form.format(adj=t.pick(t.adjs).title(), noun=t.pick(t.nouns).title(),
                       noun2=t.pick(t.nouns).title(), name=t.pick(t.first))


def _nf_boxart(c: Ctx, cols: int, badges: bool = True) -> str:
    """A landscape title card: picture, stylised title, maybe the N mark and a badge."""
    title = _nf_name(c)
    font = c.rng.choice(_NF_TITLE_FONTS)  # unquoted names: the style attribute uses ' quotes
    colour = c.rng.choice(["#fff", "#fff", "#ffe9a8", "#f5f5f5", "#ffd23f"])
    upper = "text-transform:uppercase;" if c.rng.random() < .6 else ""
    align = c.rng.choice(["left:7%;right:20%;bottom:14%",
                          "left:10%;right:10%;bottom:30%;text-align:center"])
    extra = ""
    if c.rng.random() < .5:
        extra += ("<span style='position:absolute;left:6px;top:4px;color:#e50914;font-weight:900;"
                  "font-size:22px;transform:scaleY(1.3)'>N</span>")
    badge = c.rng.random() if badges else 1.0
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


def youtube_history(c: Ctx) -> Page:
    """Watch history: the guide, videos grouped by day, the history controls on the right."""
    p = _yt_palette(c)
    x = f"<span style='color:{p['fg']};font-size:18px'>&#10005;</span>"
    hover = c.rng.randint(0, 3)  # the row under the mouse shows its remove button

    def row(i: int) -> str:
        title = c.text.title()
        seen = c.rng.choice([1.0, 1.0, c.rng.uniform(.05, .95)])
        return (f"<div style='display:flex;gap:16px;margin-bottom:16px'><div class='th' "
                f"style='width:246px;flex:none;border-radius:12px;overflow:hidden'><img src='"
                f"{c.img('thumb', 246, 138, title)}' style='border-radius:0'><span class='d'>"
                f"{c.text.duration()}</span><div style='position:absolute;left:0;right:0;"
                f"bottom:0;height:4px;background:#fff6'><div style='width:{seen:.0%};height:4px;"
                f"background:#f00'></div></div></div><div style='flex:1;min-width:0'><div "
                f"class='t' style='font-size:18px;font-weight:400;line-height:26px;margin:0'>"
                f"{esc(title)}</div><div class='sub' style='margin:4px 0 8px'>"
                f"{esc(c.text.name())} &middot; {c.text.count()} views</div><div class='sub' "
                f"style='display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;"
                f"overflow:hidden'>{esc(c.text.sentence(14, 30))}</div></div><div "
                f"style='display:flex;gap:18px;align-items:flex-start'>"
                f"{x if i == hover else ''}<span "
                f"style='font-size:18px;font-weight:700'>&#8942;</span></div></div>")

    def shorts() -> str:
        cards = "".join(
            f"<div style='width:150px;flex:none'><img src='{c.img('thumb', 150, 267)}' "
            f"style='width:150px;aspect-ratio:9/16;object-fit:cover;border-radius:8px;"
            f"display:block'><div class='t' style='font-size:14px;line-height:20px;margin:"
            f"8px 0 2px'>{esc(c.text.title())}</div><div class='sub'>{c.text.count()} views"
            f"</div></div>" for _ in range(5))
        return (f"<div style='margin:8px 0 24px'><div style='font-size:20px;font-weight:700;"
                f"margin-bottom:12px'><span style='color:#f00'>&#9646;</span> Shorts</div><div "
                f"style='display:flex;gap:8px'>{cards}</div></div>")

    days = ["Today", "Yesterday"] + c.rng.sample(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], 2)
    if c.rng.random() < .3:
        days = days[c.rng.randint(1, 2):]
    groups = ""
    for i, day in enumerate(days):
        items = [row(i * 4 + j) for j in range(c.rng.randint(2, 4))]
        if c.rng.random() < .3:
            items.insert(c.rng.randint(0, len(items)), shorts())
        groups += (f"<h2 style='font-size:20px;font-weight:700;margin:{8 if i == 0 else 24}px 0 "
                   f"16px'>{day}</h2>" + "".join(items))
    chips = ""
    if c.rng.random() < .6:
        chips = ("<div class='chips' style='padding:0 0 16px'>" + "".join(
            f"<span class='{'on' if i == 0 else ''}'>{t}</span>"
            for i, t in enumerate(["All", "Videos", "Shorts", "Podcasts", "Music"])) + "</div>")
    typed = " ".join(c.text.word() for _ in range(c.rng.randint(1, 2)))
    query = typed if c.rng.random() < .25 else ""
    links = [("&#128465;", "Clear all watch history"), ("&#10074;&#10074;",
             "Pause watch history"), ("&#9881;", "Manage all history")]
    panel = (f"<div style='width:340px;flex:none;padding-top:76px'><div style='display:flex;"
             f"align-items:center;gap:16px;border-bottom:1px solid {p['sub']};padding:6px 0;"
             f"font-size:16px;color:{p['fg'] if query else p['sub']}'><span>&#128269;&#xFE0E;"
             f"</span>{esc(query) or 'Search watch history'}</div><div style='margin-top:24px'>"
             + "".join(f"<div style='display:flex;gap:16px;align-items:center;padding:10px 0;"
                       f"font-size:14px;font-weight:500'><span style='width:24px;text-align:"
                       f"center'>{icon}</span>{label}</div>" for icon, label in links)
             + "<div style='padding:16px 0 0 40px;font-size:14px;line-height:40px'>"
             "Comments<br>Posts<br>Live chat</div></div></div>")
    main = (f"<div style='flex:0 1 850px;min-width:0'><h1 style='font-size:36px;font-weight:700;"
            f"margin:24px 0 20px'>Watch history</h1>{chips}{groups}</div>")
    body = (_yt_top(c, p) + _yt_side(c, on=4) + "<div style='margin-left:244px;display:flex;"
            f"gap:{c.rng.choice([32, 48, 64])}px;padding:0 24px'>{main}{panel}</div>")
    return Page("www.youtube.com", "/feed/history", "Watch history - YouTube", body,
                _yt_css(p), "#ff0000")


def _studio_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#1f1f1f", "card": "#282828", "fg": "#ffffff", "sub": "#aaaaaa",
                "line": "#3e3e3e", "on": "#3a3a3a", "link": "#3ea6ff"}
    return {"bg": "#f9f9f9", "card": "#ffffff", "fg": "#0d0d0d", "sub": "#606060",
            "line": "#e0e0e0", "on": "#f2f2f2", "link": "#065fd4"}


def youtube_studio(c: Ctx) -> Page:
    """YouTube Studio's channel dashboard: Studio header, channel nav, performance cards."""
    p = _studio_palette(c)
    name = c.text.name()
    up, down = "<b style='color:#2ba640'>&#8593;</b>", "<b style='color:#cc0000'>&#8595;</b>"
    css = (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_YT_FONT}font-size:14px}}"
           f".hd{{position:fixed;top:0;left:0;right:0;height:64px;display:flex;align-items:"
           f"center;gap:20px;padding:0 24px;background:{p['card']};border-bottom:1px solid "
           f"{p['line']};z-index:2}}.nav{{position:fixed;top:65px;bottom:0;left:0;width:255px;"
           f"background:{p['card']};border-right:1px solid {p['line']}}}.nav .i{{display:flex;"
           f"gap:24px;align-items:center;padding:0 24px;height:48px;font-size:15px}}"
           f".nav .i span{{width:24px;text-align:center;color:{p['sub']};font-size:18px}}"
           f".card{{background:{p['card']};border:1px solid {p['line']};border-radius:8px;"
           f"padding:24px;margin-bottom:24px}}.card h3{{font-size:20px;font-weight:500;"
           f"margin:0 0 16px}}.sub{{color:{p['sub']};font-size:13px}}.kv{{display:flex;"
           f"justify-content:space-between;padding:6px 0}}.go{{color:{p['link']};font-weight:"
           f"500;font-size:14px;text-transform:uppercase;margin-top:16px}}.hr{{border-top:1px "
           f"solid {p['line']};margin:16px 0}}")
    header = (f"<div class='hd'><span style='font-size:22px'>&#9776;</span><span style='display:"
              f"flex;align-items:center;gap:6px;font-size:20px;font-weight:700;letter-spacing:"
              f"-1px'><b style='background:#ff0000;color:#fff;border-radius:6px;padding:2px 8px;"
              f"font-size:12px'>&#9654;</b>Studio</span><div style='flex:0 1 760px;margin:0 "
              f"auto;height:40px;border:1px solid {p['line']};border-radius:4px;display:flex;"
              f"align-items:center;gap:16px;padding:0 16px;color:{p['sub']};font-size:15px'>"
              f"<span>&#128269;&#xFE0E;</span>Search across your channel</div><span style="
              f"'font-size:20px;color:{p['sub']}'>&#9432;</span><span style='border:1px solid "
              f"{p['line']};border-radius:18px;padding:8px 16px;font-weight:500;display:flex;"
              f"gap:8px'><span style='color:#ff0000'>&#9673;</span>Create</span><img src='"
              f"{c.img('avatar', 64, 64)}' style='width:32px;height:32px;border-radius:50%'>"
              f"</div>")
    items = [("&#9638;", "Dashboard"), ("&#9655;", "Content"), ("&#9636;", "Analytics"),
             ("&#9783;", "Community"), ("&#9636;", "Subtitles"), ("&#169;", "Copyright"),
             ("$", "Earn"), ("&#9998;", "Customisation"), ("&#9835;", "Audio library")]
    on = f"background:{p['on']};box-shadow:inset 4px 0 #ff0000"
    nav = (f"<div class='nav'><div style='text-align:center;padding:24px 0 16px'><img src='"
           f"{c.img('avatar', 224, 224)}' style='width:112px;height:112px;border-radius:50%'>"
           f"<div style='font-weight:500;margin-top:12px;font-size:15px'>Your channel</div>"
           f"<div class='sub'>{esc(name)}</div></div>" + "".join(
               f"<div class='i' style='{on if i == 0 else ''}'><span style='"
               f"{'color:#ff0000' if i == 0 else ''}'>{icon}</span>{label}</div>"
               for i, (icon, label) in enumerate(items))
           + "<div style='position:absolute;bottom:8px;left:0;right:0'><div class='i'><span>"
           "&#9881;</span>Settings</div><div class='i'><span>&#9873;</span>Send feedback</div>"
           "</div></div>")
    title = c.text.title()
    metrics = [("Ranking by views", f"{c.rng.randint(1, 10)} of 10")] + [
        (m, f"{v} {c.rng.choice([up, up, down])}") for m, v in [
            ("Views", c.text.count()), ("Impressions click-through rate",
                                        f"{c.rng.uniform(1, 14):.1f}%"),
            ("Average view duration", c.text.duration())]]
    latest = (f"<div class='card'><h3>Latest video performance</h3><img src='"
              f"{c.img('thumb', 320, 180, title)}' style='width:100%;aspect-ratio:16/9;"
              f"object-fit:cover;border-radius:4px;display:block'><div style='margin:12px 0 "
              f"4px'>{esc(title)}</div><div class='sub'>First {c.rng.randint(1, 30)} days "
              f"{c.rng.randint(1, 23)} hours compared to your typical performance:</div>"
              f"<div class='hr'></div>" + "".join(
                  f"<div class='kv'><span>{m}</span><span>{v}</span></div>" for m, v in metrics)
              + f"<div class='go'>Go to video analytics</div><div class='go'>See comments "
              f"({c.rng.randint(0, 300)})</div></div>")
    subs = c.rng.randint(40, 900000)
    top = "".join(f"<div class='kv'><span style='overflow:hidden;white-space:nowrap;"
                  f"text-overflow:ellipsis;max-width:75%'>{esc(c.text.title())}</span><span>"
                  f"{c.text.count()}</span></div>" for _ in range(3))
    analytics = (f"<div class='card'><h3>Channel analytics</h3><div>Current subscribers</div>"
                 f"<div style='font-size:36px;margin:4px 0'>{subs:,}</div><div class='sub'>"
                 f"<span style='color:#2ba640'>+{c.rng.randint(1, 3000)}</span> in last 28 "
                 f"days</div><div class='hr'></div><div style='font-weight:500'>Summary</div>"
                 f"<div class='sub' style='margin-bottom:8px'>Last 28 days</div><div "
                 f"class='kv'><span>Views</span><span>{c.text.count()} {up}</span></div><div "
                 f"class='kv'><span>Watch time (hours)</span><span>{c.rng.randint(10, 90000):,}"
                 f" {c.rng.choice([up, down])}</span></div><div class='hr'></div><div "
                 f"style='font-weight:500'>Top videos</div><div class='sub' style='margin-"
                 f"bottom:8px'>Last 48 hours &middot; Views</div>{top}<div class='go'>Go to "
                 f"channel analytics</div></div>")
    comments = "".join(
        f"<div style='display:flex;gap:12px;margin-bottom:16px'><img src='"
        f"{c.img('avatar', 64, 64)}' style='width:32px;height:32px;border-radius:50%'><div "
        f"style='flex:1'><div class='sub'>@{c.text.handle()} &middot; {c.text.ago()}</div>"
        f"<div style='margin-top:2px'>{esc(c.text.sentence(5, 16))}</div></div><img src='"
        f"{c.img('thumb', 96, 54)}' style='width:64px;height:36px;border-radius:2px'></div>"
        for _ in range(3))
    comment_card = (f"<div class='card'><h3>Latest comments</h3><div class='sub' "
                    f"style='margin:-8px 0 16px'>Channel comments I haven't responded to</div>"
                    f"{comments}<div class='go' style='margin-top:0'>View more</div></div>")
    news = (f"<div class='card'><h3>{c.rng.choice(['News', 'Creator Insider', 'Ideas for you'])}"
            f"</h3><img src='{c.img('photo', 320, 180)}' style='width:100%;aspect-ratio:16/9;"
            f"object-fit:cover;border-radius:4px;display:block'><div style='font-size:16px;"
            f"font-weight:500;margin:12px 0 8px'>{esc(c.text.title())}</div><div class='sub' "
            f"style='font-size:14px;line-height:20px'>{esc(c.text.sentence(16, 30))}</div>"
            f"<div class='go'>{c.rng.choice(['Watch on YouTube', 'Learn more', 'Get started'])}"
            f"</div></div>")
    whats_new = ("<div class='card'><h3>What's new in Studio</h3>" + "".join(
        f"<div style='padding:10px 0;border-bottom:1px solid {p['line']}'>"
        f"{esc(c.text.title())}</div>" for _ in range(3)) + "</div>")
    cols = [[latest], [analytics, comment_card], [news, whats_new]]
    if c.rng.random() < .4:
        cols = [[latest, comment_card], [analytics], [news, whats_new]]
    grid = "".join(f"<div style='flex:1;min-width:0'>{''.join(col)}</div>" for col in cols)
    body = (header + nav + f"<div style='margin-left:255px;padding:88px 32px 24px'><div style='"
            f"display:flex;align-items:center;margin-bottom:24px'><h1 style='font-size:25px;"
            f"font-weight:500;margin:0;flex:1'>Channel dashboard</h1><span style='font-size:"
            f"20px;color:{p['sub']};margin-right:24px'>&#8679;</span><span style='font-size:"
            f"20px;color:{p['sub']}'>&#9678;</span></div><div style='display:flex;gap:24px;"
            f"align-items:flex-start'>{grid}</div></div>")
    chan = "UC" + "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                       "0123456789_-") for _ in range(22))
    return Page("studio.youtube.com", f"/channel/{chan}", "Channel dashboard - YouTube Studio",
                body, css, "#ff0000")


def netflix_search(c: Ctx) -> Page:
    """Search results: the open search box, related-title links, a dense grid of title cards."""
    t = c.text
    query = " ".join(t.word() for _ in range(c.rng.randint(1, 2)))
    if c.rng.random() < .3:  # still typing
        query = query[:c.rng.randint(2, max(2, len(query) - 1))]
    genres = ["TV Shows", "Movies", "Thrillers", "Dramas", "Comedies", "Documentaries",
              "Anime", "Reality TV"]
    related = [_nf_name(c) if c.rng.random() < .6 else
               f"{t.pick(t.adjs).title()} {t.pick(genres)}" for _ in range(c.rng.randint(4, 9))]
    links = " <span style='color:#808080'>|</span> ".join(
        f"<span style='color:#fff'>{esc(r)}</span>" for r in related)
    cols = c.rng.choice([5, 6, 6, 6, 7])
    cards = "".join(_nf_boxart(c, cols) for _ in range(cols * c.rng.randint(4, 6)))
    body = (_nf_nav(c, active=-1, solid=True, query=query)
            + f"<div style='padding:{c.rng.choice([96, 110, 124])}px 4% 40px'><div "
            f"style='font-size:15px;color:#808080;line-height:24px;margin-bottom:"
            f"{c.rng.choice([28, 36, 44])}px'>Explore titles related to: &nbsp;{links}</div><div "
            f"style='display:grid;grid-template-columns:repeat({cols},1fr);"
            f"gap:{c.rng.choice([40, 56, 68])}px 6px'>{cards}</div></div>")
    return Page("www.netflix.com", f"/search?q={quote(query)}", "Netflix", body, _NF_CSS,
                "#e50914")


_NF_ACC_CSS = ("body{margin:0;background:#fff;color:#000;font-family:'Helvetica Neue',"
               "'Liberation Sans',Arial,sans-serif;font-size:16px}.hd{height:72px;display:flex;"
               "align-items:center;padding:0 44px;border-bottom:1px solid #e6e6e6}.logo{color:"
               "#e50914;font-weight:900;font-size:30px;letter-spacing:-1px;transform:scaleY(1.2)}"
               ".side div{display:flex;gap:14px;align-items:center;padding:10px 0;font-size:15px}"
               ".side span{width:22px;text-align:center;font-size:18px}h1{font-size:32px;"
               "margin:0 0 24px}.lbl{font-size:16px;font-weight:700;color:#545454;margin:28px 0 "
               "10px}.card{border:1px solid #d1d1d1;border-radius:8px;overflow:hidden}"
               ".r{display:flex;gap:16px;align-items:center;padding:16px 20px;border-top:1px "
               "solid #e6e6e6}.r:first-child{border-top:0}.r .ic{flex:none;min-width:24px;"
               "text-align:center;font-size:18px;line-height:24px}.r .go{margin-left:auto;"
               "color:#545454;font-size:22px}"
               ".g{color:#545454;font-size:14px;margin-top:2px}")


def _nf_rows(rows: list[tuple[str, str, str]]) -> str:
    """A bordered account card of (icon, label, detail) link rows, each with a chevron."""
    return "<div class='card'>" + "".join(
        f"<div class='r'><span class='ic'>{icon}</span><div><div>{label}</div>"
        + (f"<div class='g'>{detail}</div>" if detail else "") + "</div><span class='go'>"
        "&#8250;</span></div>" for icon, label, detail in rows) + "</div>"


def netflix_account(c: Ctx) -> Page:
    """The light Account page: red-logo header, side menu, membership and settings cards."""
    t = c.text
    tabs = [("&#8962;", "Overview", ""), ("&#9635;", "Membership", "/membership"),
            ("&#9919;", "Security", "/security"), ("&#9109;", "Devices", "/devices"),
            ("&#9786;", "Profiles", "/profiles")]
    tab = c.rng.choice([0, 0, 0, 1, 2, 3, 4])
    side = ("<div class='side' style='width:230px;flex:none'><div style='font-weight:700'>"
            "<span>&#8592;</span>Back to Netflix</div><div style='height:16px'></div>" + "".join(
                f"<div style='{'font-weight:700' if i == tab else 'color:#333'}'><span>{icon}"
                f"</span>{label}</div>" for i, (icon, label, _) in enumerate(tabs)) + "</div>")
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    plan = c.rng.choice(["Standard with ads", "Standard", "Premium"])
    since = f"{c.rng.choice(months)} {c.rng.randint(2012, 2024)}"
    pay = f"{c.rng.randint(1, 28)} {c.rng.choice(months)} {c.rng.choice([2025, 2026])}"
    card = f"{c.rng.choice(['Visa', 'Mastercard', 'Amex'])} &bull;&bull;&bull;&bull; " \
           f"{c.rng.randint(1000, 9999)}"
    email = f"{t.handle()}@{c.rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}"
    if tab == 0:
        links = [("&#8646;", "Change plan", ""), ("&#9635;", "Manage payment method", ""),
                 ("&#10010;", "Buy an extra member slot", ""), ("&#9919;", "Update password",
                 ""), ("&#8631;", "Transfer a profile", ""), ("&#9786;",
                 "Adjust parental controls", ""), ("&#9881;", "Edit settings", "")]
        content = (f"<h1>Account</h1><div class='lbl'>Membership details</div><div "
                   f"class='card'><div style='background:linear-gradient(90deg,#4c2a8e,#a4238f"
                   f",#e50914);color:#fff;font-weight:700;font-size:14px;padding:10px 20px'>"
                   f"Member since {since}</div><div style='padding:20px'><div style='font-size:"
                   f"18px;font-weight:700'>{plan} plan</div><div class='g' style='font-size:"
                   f"15px;margin-top:8px'>Next payment: {pay}</div><div class='g' style='"
                   f"font-size:15px;margin-top:4px'>&#9645; {card}</div></div><div class='r' "
                   f"style='border-top:1px solid #e6e6e6'><span>Manage membership</span><span "
                   f"class='go'>&#8250;</span></div></div><div class='lbl'>Quick links</div>"
                   + _nf_rows(links[:c.rng.randint(5, 7)]))
    elif tab == 1:
        content = ("<h1>Membership</h1><div class='lbl'>Plan details</div>" + _nf_rows(
            [("&#9654;", f"{plan}", c.rng.choice(["4K (Ultra HD) + HDR", "1080p (Full HD)"])),
             ("&#8646;", "Change plan", "")]) + "<div class='lbl'>Payment info</div>"
            + _nf_rows([("&#9635;", f"Next payment: {pay}", card),
                        ("&#9998;", "Manage payment method", ""),
                        ("&#127873;&#xFE0E;", "Redeem gift or promo code", ""),
                        ("&#9776;", "View payment history", "")])
            + "<div style='display:inline-block;margin-top:28px;padding:12px 24px;border-radius:"
            "4px;background:#e6e6e6;font-weight:700'>Cancel Membership</div>")
    elif tab == 2:
        content = ("<h1>Security</h1><div class='lbl'>Account details</div>" + _nf_rows(
            [("&#9919;", "Password", ""), ("&#9993;", "Email", esc(email)),
             ("&#9743;", "Mobile phone", f"+1 {c.rng.randint(200, 999)}-"
              f"{c.rng.randint(200, 999)}-{c.rng.randint(1000, 9999)}")])
            + "<div class='lbl'>Access and privacy</div>" + _nf_rows(
            [("&#9109;", "Manage access and devices", f"{c.rng.randint(2, 9)} signed-in "
              "devices"), ("&#8676;", "Sign out of all devices", ""),
             ("&#8615;", "Download personal information", "")]))
    elif tab == 3:
        kinds = ["Samsung Smart TV", "iPhone", "Chrome PC (Web)", "Android Phone", "iPad",
                 "LG Smart TV", "PlayStation 5", "Apple TV"]
        devs = "".join(
            f"<div class='card' style='padding:20px;margin-bottom:16px'><div style='font-size:"
            f"18px;font-weight:700'>{d}</div><div class='g' style='font-size:15px;margin:"
            f"8px 0'>Last watched {t.ago()} &middot; Profile: {esc(t.pick(t.first))}</div>"
            f"<div style='display:inline-block;padding:8px 16px;border:1px solid #808080;"
            f"border-radius:4px;font-weight:700;font-size:14px'>Sign Out</div></div>"
            for d in c.rng.sample(kinds, c.rng.randint(2, 4)))
        content = ("<h1>Manage access and devices</h1><div class='g' style='font-size:16px;"
                   "margin-bottom:24px'>These signed-in devices have recently been active on "
                   "this account.</div>" + devs)
    else:
        n = c.rng.randint(2, 5)
        profs = [(_nf_face(col, 40), esc(t.pick(t.first)), c.rng.choice(
            ["", "", "Kids", "Profile lock on"])) for col in c.rng.sample(_NF_PROFILE_COLOURS, n)]
        content = ("<h1>Profiles</h1><div class='lbl'>Profile settings</div>" + _nf_rows(
            [(f"<div style='width:40px'>{f}</div>", nm, d) for f, nm, d in profs])
            + "<div class='lbl'>Manage profiles</div>" + _nf_rows(
                [("&#10010;", "Add profile", ""), ("&#8631;", "Transfer a profile", ""),
                 ("&#9881;", "Adjust parental controls", "")]))
    footer = (f"<div style='color:#545454;font-size:14px;margin:64px 0 32px'>Questions? Call "
              f"1-{c.rng.randint(800, 888)}-{c.rng.randint(200, 999)}-"
              f"{c.rng.randint(1000, 9999)}<div style='display:grid;grid-template-columns:"
              f"repeat(4,1fr);gap:12px;margin-top:24px;font-size:13px;text-decoration:"
              f"underline'><span>FAQ</span><span>Help Centre</span><span>Terms of Use</span>"
              f"<span>Privacy</span><span>Cookie Preferences</span><span>Corporate "
              f"Information</span></div></div>")
    body = (f"<div class='hd'><span class='logo'>NETFLIX</span><span style='margin-left:auto;"
            f"display:flex;align-items:center;gap:8px'><img src='{c.img('avatar', 64, 64)}' "
            f"style='width:32px;border-radius:4px'>&#9662;</span></div><div style='display:flex;"
            f"gap:{c.rng.choice([48, 64, 80])}px;max-width:1100px;margin:0 auto;padding:32px "
            f"24px'>{side}<div style='flex:1;max-width:780px'>{content}{footer}</div></div>")
    return Page("www.netflix.com", "/account" + tabs[tab][2], "Account - Netflix", body,
                _NF_ACC_CSS, "#e50914")


def _nf_poster(c: Ctx, radius: int = 4, font_vw: float = 1.4) -> str:
    """A portrait (2:3) box-art card: picture, stylised title low on it, maybe the N mark."""
    title = _nf_name(c)
    font = c.rng.choice(_NF_TITLE_FONTS)
    colour = c.rng.choice(["#fff", "#fff", "#ffe9a8", "#ffd23f", "#f5f5f5"])
    upper = "text-transform:uppercase;" if c.rng.random() < .5 else ""
    mark = ("<span style='position:absolute;left:6px;top:4px;color:#e50914;font-weight:900;"
            "font-size:20px;transform:scaleY(1.3)'>N</span>") if c.rng.random() < .5 else ""
    return (f"<div style='position:relative;width:100%;aspect-ratio:2/3;border-radius:{radius}px;"
            f"overflow:hidden'><img src='{c.img('thumb', 220, 330)}' style='width:100%;"
            f"height:100%;display:block;object-fit:cover'><span style='position:absolute;"
            f"left:8%;right:8%;bottom:{c.rng.choice([7, 10, 14])}%;text-align:center;color:"
            f"{colour};font-family:{font};font-weight:900;font-size:{font_vw:.2f}vw;"
            f"line-height:1.05;{upper}text-shadow:0 2px 6px #000,0 0 2px #000'>{esc(title)}"
            f"</span>{mark}</div>")


def _nf_top10_row(c: Ctx, label: str) -> str:
    """A Top 10 slider: huge outlined rank numerals, each beside a portrait box-art card."""
    n = c.rng.choice([5, 5, 6])
    item_vw = 92 / n  # the row is 92% of the width (4% padding each side)
    num_vw = item_vw * .78 * 1.12  # the poster is 52% of the item, 2:3, numeral a bit taller
    grey = c.rng.choice(["#595959", "#6d6d6d", "#7a7a7a"])
    items = []
    for k in range(1, n + 2):  # one more than fits: the slider's next card peeks in at the edge
        squeeze = "letter-spacing:-.12em;" if k == 10 else ""
        items.append(
            f"<div style='flex:none;width:{item_vw:.2f}vw;display:flex;align-items:flex-end'>"
            f"<span style='width:48%;text-align:right;font-family:Liberation Sans,Arial,"
            f"sans-serif;font-weight:900;font-size:{num_vw:.2f}vw;line-height:.76;color:#141414;"
            f"-webkit-text-stroke:{c.rng.choice([3, 4, 4, 5])}px {grey};{squeeze}"
            f"margin-right:-2%'>{k}</span><div style='width:52%;position:relative;z-index:1'>"
            f"{_nf_poster(c, font_vw=item_vw * .09)}</div></div>")
    return (f"<div class='row'><h2>{esc(label)}</h2><div style='display:flex;gap:0;"
            f"margin-right:-4vw;overflow:hidden'>{''.join(items)}</div></div>")


def netflix_new_popular(c: Ctx) -> Page:
    """New & Popular as rows: a Top 10 slider with rank numerals and rows of landscape cards."""
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
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    cols = c.rng.choice([4, 5, 5, 6])
    gap = c.rng.choice([4, 6, 8])
    width = f"calc((100% - 4vw - {gap * (cols - 1)}px) / {cols})"
    html = ""
    for kind, label in rows:
        if kind == "top":
            html += _nf_top10_row(c, label)
            continue
        coming = label.startswith("Coming") or label == "Worth the Wait"
        cards = ""
        for _ in range(cols + 1):
            caption = ""
            if coming:
                when = (f"Coming {c.rng.choice(days)}" if label != "Worth the Wait" else
                        f"Coming {c.rng.choice(months)} {c.rng.randint(1, 28)}")
                caption = (f"<div style='display:flex;justify-content:space-between;"
                           f"align-items:center;font-size:14px;color:#e5e5e5;font-weight:700;"
                           f"margin:8px 2px 4px'><span>{when}</span><span style='color:#bcbcbc;"
                           f"font-size:16px'>&#128276;&#xFE0E;</span></div>")
            cards += (f"<div style='flex:none;width:{width}'>{_nf_boxart(c, cols, not coming)}"
                      f"{caption}</div>")
        html += (f"<div class='row'><h2>{esc(label)}</h2><div style='display:flex;gap:{gap}px;"
                 f"margin-right:-4vw;overflow:hidden'>{cards}</div></div>")
    head = ""
    if c.rng.random() < .3:
        head = ("<div style='padding:0 4%;font-size:36px;font-weight:500;color:#fff'>"
                "New &amp; Popular</div>")
    body = (_nf_nav(c, active=3, solid=c.rng.random() < .5)
            + f"<div style='padding:{c.rng.choice([76, 84, 96])}px 0 40px;overflow:hidden'>"
            f"{head}{html}</div>")
    return Page("www.netflix.com", "/latest", "New & Popular - Netflix", body, _NF_CSS,
                "#e50914")


_NF_KIDS_ROWS = ["Cartoons", "Animal Adventures", "Sing-Along", "Popular with Kids",
                 "Learn &amp; Play", "Dinosaurs, Dragons &amp; More", "Funny Cartoons",
                 "Fairy Tales &amp; Magic", "Superheroes", "Bedtime Stories",
                 "Because You Watched {t}", "Continue Watching for Kids"]
_NF_KIDS_COLOURS = ["#ff5a5f", "#ffb400", "#00a699", "#2f80ed", "#9b51e0", "#f2994a",
                    "#27ae60", "#eb5797"]


def netflix_kids(c: Ctx) -> Page:
    """The Kids profile's browse page: bright theme, Kids logo, character circles, rounded rows."""
    t = c.text
    bg = c.rng.choice(["#ffffff", "#f5f8ff", "#fffaf0", "#f3fbf6", "#fdf6ff"])
    fg, sub = "#1b1b1b", "#5f5f5f"
    rad = c.rng.choice([12, 14, 16, 20])
    letters = "".join(f"<span style='color:{col}'>{ch}</span>" for ch, col in zip(
        "KIDS", c.rng.sample(_NF_KIDS_COLOURS, 4), strict=True))
    links = ["Home", "TV Shows", "Movies", "New &amp; Popular", "My List"]
    nav = (f"<div style='position:sticky;top:0;z-index:3;height:68px;display:flex;"
           f"align-items:center;gap:22px;padding:0 4%;background:{bg};font-size:15px;"
           f"box-shadow:0 2px 8px #0001'><span style='color:#e50914;font-weight:900;"
           f"font-size:28px;letter-spacing:-1px;transform:scaleY(1.2)'>NETFLIX</span><span "
           f"style='font-weight:900;font-size:26px;letter-spacing:1px;margin:0 14px 0 -10px;"
           f"font-family:DejaVu Sans,Arial,sans-serif'>{letters}</span>" + "".join(
               f"<span style='{'font-weight:700;color:' + fg if i == 0 else 'color:' + sub}'>"
               f"{x}</span>" for i, x in enumerate(links))
           + f"<span style='margin-left:auto;font-size:18px;color:{fg}'>&#128269;&#xFE0E;</span>"
           f"<span style='padding:7px 16px;border:2px solid {fg};border-radius:20px;"
           f"font-weight:700;color:{fg}'>Exit Kids</span><div style='width:34px;height:34px;"
           f"border-radius:6px;background:linear-gradient(135deg,#f6c02a,#e94e3c 40%,#2f7fe3 75%,"
           f"#2ea05a);color:#fff;font-weight:900;font-size:11px;display:flex;align-items:center;"
           f"justify-content:center'>kids</div></div>")
    hero = ""
    if c.rng.random() < .45:
        name = _nf_name(c)
        hero = (f"<div style='position:relative;margin:20px 4% 8px;height:"
                f"{c.rng.choice([300, 340, 380])}px;border-radius:{rad + 8}px;overflow:hidden'>"
                f"<img src='{c.img('photo', 1280, 400)}' style='width:100%;height:100%;"
                f"object-fit:cover;display:block'><div style='position:absolute;inset:0;"
                f"background:linear-gradient(90deg,#0009,transparent 60%)'></div><div "
                f"style='position:absolute;left:5%;bottom:14%;width:42%;color:#fff'><div "
                f"style='font-size:46px;font-weight:900;line-height:1.05;text-shadow:0 2px 6px "
                f"#0008'>{esc(name)}</div><p style='font-size:17px'>{esc(t.sentence(8, 16))}</p>"
                f"<span style='display:inline-block;background:#fff;color:#000;padding:10px "
                f"28px;border-radius:28px;font-weight:700;font-size:18px'>&#9654; Play</span> "
                f"<span style='display:inline-block;background:#ffffff55;padding:10px 24px;"
                f"border-radius:28px;font-weight:700;font-size:18px;margin-left:8px'>&#9432; "
                f"More Info</span></div></div>")
    size = c.rng.choice([104, 120, 136])
    chars = ""
    for _ in range(c.rng.randint(7, 10)):
        who = t.pick(t.first) if c.rng.random() < .5 else (
            f"{t.pick(t.first)} the {t.pick(t.nouns).title()}")
        ring = c.rng.choice(_NF_KIDS_COLOURS)
        chars += (f"<div style='flex:none;width:{size + 16}px;text-align:center'><div "
                  f"style='width:{size}px;height:{size}px;margin:0 auto;border-radius:50%;"
                  f"background:{ring};padding:5px;box-sizing:border-box'><img src='"
                  f"{c.img('thumb' if c.rng.random() < .75 else 'avatar', size, size)}' "
                  f"style='width:100%;height:100%;"
                  f"border-radius:50%;object-fit:cover;display:block'></div><div "
                  f"style='font-size:14px;font-weight:700;margin-top:8px;color:{fg};"
                  f"white-space:nowrap;overflow:hidden;text-overflow:ellipsis'>{esc(who)}"
                  f"</div></div>")
    char_row = (f"<div style='padding:0 4%;margin:22px 0'><h2 style='font-size:22px;margin:0 0 "
                f"12px'>Characters</h2><div style='display:flex;gap:{c.rng.choice([12, 20, 28])}"
                f"px;overflow:hidden'>{chars}</div></div>")

    def card_row(label: str) -> str:
        portrait = c.rng.random() < .4
        cols = c.rng.choice([5, 6, 7]) if portrait else c.rng.choice([3, 4, 4, 5])
        gap = c.rng.choice([12, 16, 20])
        cards = ""
        for _ in range(cols + 1):
            if portrait:
                art = _nf_poster(c, radius=rad, font_vw=8 / cols)
            else:
                art = (f"<div style='position:relative;border-radius:{rad}px;overflow:hidden'>"
                       f"<img src='{c.img('thumb', 400, 225)}' style='width:100%;display:block;"
                       f"aspect-ratio:16/9;object-fit:cover'><span style='position:absolute;"
                       f"left:8%;right:8%;bottom:10%;text-align:center;color:#fff;"
                       f"font-family:DejaVu Sans,Arial,sans-serif;font-weight:900;font-size:"
                       f"{c.rng.randint(16, 24) * 4 // cols}px;line-height:1.05;text-shadow:"
                       f"0 2px 0 {c.rng.choice(_NF_KIDS_COLOURS)},0 3px 6px #0008'>"
                       f"{esc(_nf_name(c))}</span></div>")
            bar = ""
            if label.startswith("Continue"):
                bar = (f"<div style='height:6px;border-radius:3px;background:#0002;margin:8px "
                       f"6px 0'><div style='width:{c.rng.uniform(.1, .9):.0%};height:6px;"
                       f"border-radius:3px;background:#e50914'></div></div>")
            cards += (f"<div style='flex:none;width:calc((100% - {gap * (cols - 1)}px) / "
                      f"{cols});box-shadow:0 3px 10px #0002;border-radius:{rad}px'>{art}{bar}"
                      f"</div>")
        shown = label.format(t=esc(_nf_name(c)))
        return (f"<div style='padding:0 4%;margin:22px 0'><h2 style='font-size:22px;"
                f"margin:0 0 12px;color:{fg}'>{shown}</h2><div style='display:flex;gap:{gap}px;"
                f"overflow:hidden;padding:4px 0 10px'>{cards}</div></div>")

    labels = c.rng.sample(_NF_KIDS_ROWS, c.rng.randint(3, 5))
    rows = [card_row(label) for label in labels]
    rows.insert(c.rng.choice([0, 0, 1]), char_row)
    body = nav + hero + "".join(rows)
    css = (f"body{{margin:0;background:{bg};color:{fg};font-family:'Liberation Sans',"
           f"Helvetica,Arial,sans-serif}}")
    return Page("www.netflix.com", "/Kids", "Netflix Kids", body, css, "#e50914")


def youtube_playlist(c: Ctx) -> Page:
    """A playlist page: tall gradient panel with cover and Play all, a numbered video list."""
    p = _yt_palette(c)
    t = c.text
    kind = c.rng.random()
    mine = kind < .5
    owner = t.name()
    if kind < .15:
        title, list_id, privacy = "Watch later", "WL", "Private"
    elif kind < .25:
        title, list_id, privacy = "Liked videos", "LL", "Private"
    else:
        title = t.title() if c.rng.random() < .5 else " ".join(
            w.title() for w in (t.word() for _ in range(c.rng.randint(1, 3))))
        list_id = "PL" + "".join(_yt_id(c) for _ in range(3))[:32]
        privacy = c.rng.choice(["Public", "Public", "Unlisted", "Private"]) if mine else "Public"
    n = c.rng.randint(6, 240)
    views = "No views" if mine and c.rng.random() < .4 else f"{t.count()} views"
    updated = c.rng.choice(["Updated today", "Updated yesterday",
                            f"Updated {c.rng.randint(2, 6)} days ago",
                            f"Last updated on {c.rng.randint(1, 28)} "
                            f"{c.rng.choice(['Jan', 'Mar', 'May', 'Jun', 'Sep', 'Nov'])} "
                            f"{c.rng.randint(2016, 2024)}"])
    tint = t.color(light=False)
    width = c.rng.choice([330, 360, 360, 380])
    cover = c.img("thumb", 360, 202)
    icon = ("<span style='width:36px;height:36px;border-radius:50%;background:#ffffff1f;"
            "display:inline-flex;align-items:center;justify-content:center;font-size:16px'>"
            "{}</span>")
    icons = "".join(icon.format(i) for i in (
        ["&#9998;", "&#10150;", "&#10515;", "&#8942;"] if mine else
        ["&#10010;", "&#10150;", "&#10515;", "&#8942;"])[:c.rng.randint(3, 4)])
    desc = ""
    if c.rng.random() < .4:
        desc = (f"<div style='font-size:14px;line-height:20px;color:#ffffffcc;margin-top:12px'>"
                f"{esc(t.sentence(6, 18))}</div>")
    panel = (f"<div style='position:relative;width:{width}px;flex:none;height:calc(100vh - 80px);"
             f"border-radius:16px;overflow:hidden;color:#fff'><img src='{cover}' style='"
             f"position:absolute;left:-60px;top:-60px;width:calc(100% + 120px);height:calc(100% "
             f"+ 120px);object-fit:cover;filter:blur(50px) saturate(1.4)'><div "
             f"style='position:absolute;inset:0;background:linear-gradient({tint}cc,"
             f"{tint}88 45%,{p['bg']}ee)'></div><div style='position:relative;padding:24px'>"
             f"<img src='{cover}' style='width:100%;aspect-ratio:16/9;object-fit:cover;"
             f"border-radius:12px;display:block'><h1 style='font-size:28px;line-height:36px;"
             f"font-weight:700;margin:20px 0 14px'>{esc(title)}</h1><div style='display:flex;"
             f"align-items:center;gap:8px;font-size:14px;font-weight:500'><img class='av' "
             f"style='width:24px;height:24px' src='{c.img('avatar', 48, 48)}'>"
             f"{'by ' if not mine else ''}{esc(owner)}</div><div style='font-size:12px;"
             f"color:#ffffffb3;margin-top:10px;line-height:18px'>Playlist &middot; {privacy}"
             f"<br>{n} videos &nbsp; {views} &nbsp; {updated}</div><div style='display:flex;"
             f"gap:8px;margin-top:14px'>{icons}</div><div style='display:flex;gap:8px;"
             f"margin-top:16px;font-size:14px;font-weight:500'><span style='flex:1;"
             f"background:#fff;color:#0f0f0f;border-radius:18px;padding:9px 0;text-align:"
             f"center'>&#9654; Play all</span><span style='flex:1;background:#ffffff33;"
             f"border-radius:18px;padding:9px 0;text-align:center'>&#8644; Shuffle</span>"
             f"</div>{desc}</div></div>")
    handles = mine or c.rng.random() < .3
    hover = c.rng.randint(0, 4)
    thumb_w = c.rng.choice([160, 160, 168])
    rows = ""
    for i in range(min(n, c.rng.randint(9, 12))):
        vt = t.title()
        seen = ""
        if c.rng.random() < .25:
            seen = (f"<div style='position:absolute;left:0;right:0;bottom:0;height:3px;"
                    f"background:#fff6'><div style='width:{c.rng.uniform(.1, 1):.0%};height:3px;"
                    f"background:#f00'></div></div>")
        grip = (f"<span style='width:16px;color:{p['sub']};font-size:18px'>"
                f"{'&#9776;' if handles else ''}</span>")
        row_bg = f"background:{p['chip']};" if i == hover else ""
        rows += (f"<div style='display:flex;align-items:center;gap:8px;padding:8px 8px 8px 0;"
                 f"border-radius:12px;{row_bg}'><span style='width:28px;text-align:center;"
                 f"color:{p['sub']};font-size:14px'>{i + 1}</span>{grip}<div class='th' "
                 f"style='width:{thumb_w}px;flex:none;border-radius:8px;overflow:hidden'><img "
                 f"src='{c.img('thumb', thumb_w, thumb_w * 9 // 16, vt)}' style='border-radius:"
                 f"0'><span class='d'>{t.duration()}</span>{seen}</div><div style='flex:1;"
                 f"min-width:0;margin-left:6px'><div class='t' style='font-size:16px;margin:0 0 "
                 f"4px'>{esc(vt)}</div><div class='sub'>{esc(t.name())} &middot; {t.count()} "
                 f"views &middot; {t.ago()}</div></div><span style='font-size:18px;"
                 f"font-weight:700;padding:0 8px'>&#8942;</span></div>")
    sort = ""
    if c.rng.random() < .5:
        sort = (f"<div style='display:flex;gap:12px;padding:4px 0 12px'><span style='padding:"
                f"6px 12px;border-radius:8px;background:{p['chip']};font-size:14px;"
                f"font-weight:500'>&#8645; Sort</span></div>")
    side = _yt_side(c, on=6 if list_id == "WL" else 7 if list_id == "LL" else 5)
    body = (_yt_top(c, p) + side + f"<div style='margin-left:244px;display:flex;"
            f"gap:{c.rng.choice([16, 24, 32])}px;padding:12px {c.rng.choice([24, 48])}px 0 "
            f"{c.rng.choice([0, 8, 24])}px'>{panel}<div style='flex:1;min-width:0'>{sort}{rows}"
            f"</div></div>")
    return Page("www.youtube.com", f"/playlist?list={list_id}", f"{title} - YouTube", body,
                _yt_css(p), "#ff0000")
