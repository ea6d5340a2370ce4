"""Video sites: YouTube (home grid, watch page, search results) and Netflix (browse rows,
player, title page). Written from scratch after the sites' public look; content is generated."""

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


def _yt_side(c: Ctx) -> str:
    items = ["Home", "Shorts", "Subscriptions", "You", "History", "Playlists", "Watch later",
             "Liked videos"]
    subs = "".join(f"<div>{esc(c.text.name())}</div>" for _ in range(c.rng.randint(3, 7)))
    return ("<div class='side'>" + "".join(
        f"<div class='{'on' if i == 0 else ''}'>{t}</div>" for i, t in enumerate(items))
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


def _nf_nav(c: Ctx) -> str:
    links = ["Home", "TV Shows", "Movies", "New &amp; Popular", "My List", "Browse by Languages"]
    return ("<div class='nav'><span class='logo'>NETFLIX</span>" + "".join(
        f"<span style='{'font-weight:700;color:#fff' if i == 0 else ''}'>{t}</span>"
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
