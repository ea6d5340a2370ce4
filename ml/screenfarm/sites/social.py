"""Social and reading sites: Facebook (feed, profile, marketplace) and Medium (article, home
feed). Written from scratch after the sites' public look; content is generated."""

from __future__ import annotations

from ..web import Ctx, Page, esc

_FB_FONT = "font-family:'Segoe UI',Helvetica,'Liberation Sans',Arial,sans-serif;"


def _fb_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#18191a", "card": "#242526", "fg": "#e4e6eb", "sub": "#b0b3b8",
                "chip": "#3a3b3c", "line": "#3e4042"}
    return {"bg": "#f0f2f5", "card": "#ffffff", "fg": "#050505", "sub": "#65676b",
            "chip": "#e4e6eb", "line": "#ced0d4"}


def _fb_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_FB_FONT}font-size:15px}}"
            f".top{{position:sticky;top:0;z-index:3;height:56px;background:{p['card']};display:"
            f"flex;align-items:center;padding:0 16px;box-shadow:0 1px 2px #0003}}"
            f".f{{width:40px;height:40px;border-radius:50%;background:#0866ff;color:#fff;"
            f"font:700 34px/46px Arial;text-align:center}}.sb{{background:{p['chip']};"
            f"border-radius:20px;padding:10px 16px;margin-left:8px;color:{p['sub']};width:200px}}"
            f".tabs{{display:flex;margin:0 auto;gap:8px}}.tabs span{{width:100px;text-align:"
            f"center;font-size:24px;color:{p['sub']};padding:12px 0}}.tabs .on{{color:#0866ff;"
            f"border-bottom:3px solid #0866ff}}.card{{background:{p['card']};border-radius:8px;"
            f"box-shadow:0 1px 2px #0002;margin-bottom:16px}}.av{{border-radius:50%;"
            f"object-fit:cover}}.sub{{color:{p['sub']};font-size:13px}}"
            f".acts{{display:flex;justify-content:space-around;border-top:1px solid {p['line']};"
            f"margin:0 16px;padding:6px 0;color:{p['sub']};font-weight:600}}")


def _fb_top(c: Ctx) -> str:
    return (f"<div class='top'><div class='f'>f</div><div class='sb'>&#128269; Search Facebook"
            f"</div><div class='tabs'><span class='on'>&#8962;</span><span>&#9654;</span><span>"
            f"&#127978;</span><span>&#128101;</span><span>&#127918;</span></div><span "
            f"style='font-size:22px;letter-spacing:14px'>&#9638;&#128172;&#128276;</span><img "
            f"class='av' width=40 height=40 src='{c.img('avatar', 80, 80)}'></div>")


def _fb_post(c: Ctx) -> str:
    pic = (f"<img src='{c.img('photo', 680, c.rng.choice([380, 510, 680]))}' style='width:100%;"
           f"display:block'>") if c.rng.random() < .75 else ""
    bubble = "#3a3b3c" if c.dark else "#f0f2f5"
    comments = "".join(
        f"<div style='display:flex;gap:8px;margin:8px 16px'><img class='av' width=32 height=32 "
        f"src='{c.img('avatar', 64, 64)}'><div style='background:{bubble};"
        f"border-radius:18px;padding:8px 12px'><b style='font-size:13px'>{esc(c.text.name())}</b>"
        f"<div>{esc(c.text.sentence(4, 12))}</div></div></div>"
        for _ in range(c.rng.randint(0, 2)))
    return (f"<div class='card'><div style='display:flex;gap:8px;padding:12px 16px'><img "
            f"class='av' width=40 height=40 src='{c.img('avatar', 80, 80)}'><div><b>"
            f"{esc(c.text.name())}</b><div class='sub'>{c.text.ago()} &middot; &#127760;</div>"
            f"</div><span style='margin-left:auto'>&middot;&middot;&middot; &nbsp; &#10005;</span>"
            f"</div><div style='padding:0 16px 12px'>{esc(c.text.paragraph(1, 3))}</div>{pic}"
            f"<div class='sub' style='display:flex;padding:10px 16px'><span>&#128077;&#10084;"
            f"&#65039; {c.text.count()}</span><span style='margin-left:auto'>"
            f"{c.rng.randint(1, 900)} comments &nbsp; {c.rng.randint(1, 300)} shares</span></div>"
            f"<div class='acts'><span>&#128077; Like</span><span>&#128172; Comment</span><span>"
            f"&#8599; Share</span></div>{comments}</div>")


def facebook_feed(c: Ctx) -> Page:
    p = _fb_palette(c)
    left = "".join(f"<div style='padding:10px 0;font-weight:500'>{t}</div>" for t in (
        esc(c.text.name()), "Friends", "Memories", "Saved", "Groups", "Video", "Marketplace",
        "Feeds", "Events", "See more"))
    stories = "".join(
        f"<div style='position:relative;width:112px;height:200px;border-radius:10px;"
        f"overflow:hidden;flex:none'><img src='{c.img('photo', 112, 200)}' style='width:100%;"
        f"height:100%;object-fit:cover'><b style='position:absolute;left:8px;bottom:8px;"
        f"color:#fff;font-size:13px;text-shadow:0 0 4px #000'>{esc(c.text.name())}</b></div>"
        for _ in range(5))
    composer = (f"<div class='card' style='padding:12px 16px'><div style='display:flex;gap:8px'>"
                f"<img class='av' width=40 height=40 src='{c.img('avatar', 80, 80)}'><div "
                f"class='sb' style='flex:1;width:auto'>What's on your mind, "
                f"{esc(c.text.pick(c.text.first))}?</div></div><div class='acts' "
                f"style='border-top:1px solid {p['line']};margin:12px 0 0'><span>&#127909; Live "
                f"video</span><span>&#128247; Photo/video</span><span>&#128578; Feeling/activity"
                f"</span></div></div>")
    contacts = "".join(f"<div style='display:flex;gap:10px;align-items:center;padding:8px 0'>"
                       f"<img class='av' width=36 height=36 src='{c.img('avatar', 72, 72)}'>"
                       f"{esc(c.text.name())}</div>" for _ in range(12))
    feed = "".join(_fb_post(c) for _ in range(4))
    body = (_fb_top(c) + f"<div style='display:flex;justify-content:space-between;padding:16px'>"
            f"<div style='width:280px'>{left}</div><div style='width:590px'><div style='display:"
            f"flex;gap:8px;margin-bottom:16px'>{stories}</div>{composer}{feed}</div><div "
            f"style='width:280px'><b class='sub' style='font-size:17px'>Contacts</b>{contacts}"
            f"</div></div>")
    return Page("www.facebook.com", "/", "Facebook", body, _fb_css(p), "#0866ff")


def facebook_profile(c: Ctx) -> Page:
    p = _fb_palette(c)
    name = c.text.name()
    friends = "".join(f"<div><img src='{c.img('avatar', 110, 110)}' style='width:100%;"
                      f"border-radius:8px'><div style='font-size:13px;font-weight:600'>"
                      f"{esc(c.text.name())}</div></div>" for _ in range(6))
    header = (f"<div style='background:{p['card']};box-shadow:0 1px 2px #0002'><div "
              f"style='max-width:1100px;margin:0 auto'><img src='{c.img('photo', 1100, 400)}' "
              f"style='width:100%;height:400px;object-fit:cover;border-radius:0 0 8px 8px'><div "
              f"style='display:flex;align-items:flex-end;gap:16px;padding:0 32px 16px;margin-top:"
              f"-60px'><img class='av' width=168 height=168 src='{c.img('avatar', 168, 168)}' "
              f"style='border:4px solid {p['card']}'><div><h1 style='margin:0'>{esc(name)}</h1>"
              f"<div class='sub' style='font-size:15px'>{c.rng.randint(50, 3000)} friends</div>"
              f"</div><span style='margin-left:auto;background:#0866ff;color:#fff;padding:8px "
              f"12px;border-radius:6px;font-weight:600'>+ Add to story</span></div><div "
              f"class='sub' style='display:flex;gap:28px;padding:14px 32px;font-weight:600;"
              f"font-size:15px;border-top:1px solid {p['line']}'><span style='color:#0866ff'>"
              f"Posts</span><span>About</span><span>Friends</span><span>Photos</span><span>"
              f"Videos</span><span>More &#9662;</span></div></div></div>")
    side = (f"<div class='card' style='padding:16px'><h3 style='margin:0 0 8px'>Intro</h3>"
            f"<div>{esc(c.text.sentence(5, 10))}</div><p class='sub'>&#127968; Lives in "
            f"{esc(c.text.pick(c.text.nouns).title())}ville</p></div><div class='card' "
            f"style='padding:16px'><h3 style='margin:0'>Friends</h3><div style='display:grid;"
            f"grid-template-columns:repeat(3,1fr);gap:8px'>{friends}</div></div>")
    body = (_fb_top(c) + header + f"<div style='max-width:1000px;margin:16px auto;display:flex;"
            f"gap:16px'><div style='width:40%'>{side}</div><div style='flex:1'>"
            f"{_fb_post(c)}{_fb_post(c)}</div></div>")
    return Page("www.facebook.com", "/" + c.text.handle(), f"{name} | Facebook", body,
                _fb_css(p), "#0866ff")


def facebook_marketplace(c: Ctx) -> Page:
    """Marketplace grid: a layout kept out of training (unseen split)."""
    p = _fb_palette(c)
    items = "".join(
        f"<div><img src='{c.img('photo', 260, 260)}' style='width:100%;aspect-ratio:1;"
        f"object-fit:cover;border-radius:8px'><div style='font-weight:700;font-size:17px'>"
        f"${c.rng.randint(5, 900)}</div><div>{esc(c.text.title()[:40])}</div><div class='sub'>"
        f"{esc(c.text.pick(c.text.nouns).title())} City</div></div>" for _ in range(15))
    side = "".join(f"<div style='padding:10px 0;font-weight:500'>{t}</div>" for t in (
        "Browse all", "Notifications", "Inbox", "Buying", "Selling", "Create new listing",
        "Location", "Categories", "Vehicles", "Property rentals", "Apparel", "Electronics"))
    body = (_fb_top(c) + f"<div style='display:flex'><div class='card' style='width:300px;"
            f"padding:16px;border-radius:0;min-height:100vh'><h2>Marketplace</h2><div "
            f"class='sb' style='width:auto'>&#128269; Search Marketplace</div>{side}</div><div "
            f"style='flex:1;padding:20px'><h3>Today's picks</h3><div style='display:grid;"
            f"grid-template-columns:repeat(5,1fr);gap:12px'>{items}</div></div></div>")
    return Page("www.facebook.com", "/marketplace/", "Marketplace | Facebook", body,
                _fb_css(p), "#0866ff")


_MD_CSS = ("body{margin:0;background:#fff;color:#242424;font-family:'Liberation Sans',"
           "Helvetica,Arial,sans-serif}.top{height:57px;display:flex;align-items:center;gap:16px;"
           "padding:0 24px;border-bottom:1px solid #f2f2f2}.logo{font:700 28px Georgia,"
           "'DejaVu Serif',serif;letter-spacing:-1px}.sb{background:#f9f9f9;border-radius:20px;"
           "padding:10px 16px;color:#6b6b6b;width:200px}.serif{font-family:Georgia,'Liberation "
           "Serif','DejaVu Serif',serif}.sub{color:#6b6b6b;font-size:14px}"
           ".av{border-radius:50%;object-fit:cover}")


def _md_top(c: Ctx) -> str:
    return (f"<div class='top'><span class='logo'>Medium</span><span class='sb'>&#128269; Search"
            f"</span><span style='margin-left:auto' class='sub'>&#9998; Write</span><span>"
            f"&#128276;</span><img class='av' width=32 height=32 src='{c.img('avatar', 64, 64)}'>"
            f"</div>")


def medium_article(c: Ctx) -> Page:
    title = c.text.title()
    paras = []
    for i in range(c.rng.randint(6, 10)):
        if i and c.rng.random() < .2:
            paras.append(f"<h2 style='font-size:24px'>{esc(c.text.title())}</h2>")
        if i == 2 and c.rng.random() < .6:
            paras.append(f"<figure style='margin:32px 0'><img src='{c.img('photo', 680, 400)}' "
                         f"style='width:100%'><figcaption class='sub' style='text-align:center'>"
                         f"Photo by {esc(c.text.name())}</figcaption></figure>")
        paras.append(f"<p class='serif' style='font-size:20px;line-height:32px'>"
                     f"{esc(c.text.paragraph())}</p>")
    body = (_md_top(c) + f"<article style='max-width:680px;margin:40px auto'><h1 "
            f"style='font-size:42px;line-height:52px;margin:0'>{esc(title)}</h1><h2 class='sub' "
            f"style='font-size:22px;font-weight:400'>{esc(c.text.sentence(6, 12))}</h2><div "
            f"style='display:flex;gap:12px;align-items:center;margin:24px 0'><img class='av' "
            f"width=44 height=44 src='{c.img('avatar', 88, 88)}'><div><b>{esc(c.text.name())}"
            f"</b> &middot; <span style='color:#1a8917'>Follow</span><div class='sub'>"
            f"{c.rng.randint(3, 18)} min read &middot; {c.text.ago()}</div></div></div><div "
            f"class='sub' style='border-top:1px solid #f2f2f2;border-bottom:1px solid #f2f2f2;"
            f"padding:10px 0;display:flex;gap:24px'><span>&#128079; {c.text.count()}</span>"
            f"<span>&#128172; {c.rng.randint(1, 300)}</span><span style='margin-left:auto'>"
            f"&#128278; &nbsp; &#9654; &nbsp; &#8599;</span></div>{''.join(paras)}</article>")
    slug = "-".join(title.lower().split()[:6]).replace("'", "")
    return Page("medium.com", f"/@{c.text.handle()}/{slug}-{c.rng.randrange(16**12):012x}",
                f"{title} | by {c.text.name()} | Medium", body, _MD_CSS, "#000000")


def medium_home(c: Ctx) -> Page:
    """The home feed list: kept out of training (unseen layouts)."""
    rows = "".join(
        f"<div style='display:flex;gap:40px;padding:24px 0;border-bottom:1px solid #f2f2f2'>"
        f"<div style='flex:1'><div style='font-size:13px;display:flex;gap:8px;align-items:"
        f"center'><img class='av' width=20 height=20 src='{c.img('avatar', 40, 40)}'>"
        f"{esc(c.text.name())}</div><h2 style='font-size:22px;margin:8px 0'>{esc(c.text.title())}"
        f"</h2><div class='sub serif' style='font-size:16px'>{esc(c.text.sentence())}</div><div "
        f"class='sub' style='margin-top:12px;font-size:13px'>&#10022; {c.text.ago()} &nbsp; "
        f"&#128079; {c.text.count()} &nbsp; &#128172; {c.rng.randint(1, 99)}</div></div><img "
        f"src='{c.img('photo', 160, 107)}' style='width:160px;height:107px;object-fit:cover'>"
        f"</div>" for _ in range(7))
    tags = "".join(f"<span style='background:#f2f2f2;border-radius:16px;padding:8px 16px;"
                   f"margin:4px;display:inline-block;font-size:14px'>{esc(c.text.word().title())}"
                   f"</span>" for _ in range(9))
    body = (_md_top(c) + f"<div style='display:flex;justify-content:center;gap:60px'><div "
            f"style='width:680px'><div class='sub' style='display:flex;gap:28px;padding:24px 0;"
            f"border-bottom:1px solid #f2f2f2'><span>+</span><b style='color:#242424'>For you"
            f"</b><span>Following</span><span>Featured</span></div>{rows}</div><div "
            f"style='width:320px;padding-top:40px'><h3>Recommended topics</h3>{tags}</div></div>")
    return Page("medium.com", "/", "Medium", body, _MD_CSS, "#000000")
