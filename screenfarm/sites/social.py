"""Social and reading sites: Facebook (feed, profile, photos, events, group, Messenger chat, Watch
videos, friends, marketplace) and Medium (article, author profile, publication, library lists,
story editor, search results, home feed). Written from scratch after the sites' public look;
content is generated."""

from __future__ import annotations

from urllib.parse import quote_plus

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


def facebook_group(c: Ctx) -> Page:
    p = _fb_palette(c)
    group = f"{c.text.pick(c.text.adjs).title()} {c.text.pick(c.text.nouns).title()} " + \
        c.rng.choice(["Lovers", "Club", "Community", "Group", "Enthusiasts", "Swap & Chat"])
    members = c.text.count()
    tab = c.rng.choice(["About", "Discussion", "Discussion", "Featured", "People", "Events"])
    on = "color:#0866ff;border-bottom:3px solid #0866ff"
    tabs = "".join(f"<span style='padding:14px 0;{on if t == tab else ''}'>{t}</span>"
                   for t in ("About", "Discussion", "Featured", "People", "Events", "Media",
                             "Files"))
    faces = "".join(f"<img class='av' width=32 height=32 src='{c.img('avatar', 64, 64)}' "
                    f"style='border:2px solid {p['card']};margin-left:-8px'>" for _ in range(8))
    joined = c.rng.random() < .6
    btn = (f"<span style='background:{p['chip']};padding:8px 14px;border-radius:6px;"
           f"font-weight:600'>&#128101; Joined &#9662;</span>" if joined else
           "<span style='background:#0866ff;color:#fff;padding:8px 14px;border-radius:6px;"
           "font-weight:600'>&#128101; Join group</span>")
    header = (f"<div style='background:{p['card']};box-shadow:0 1px 2px #0002'><div "
              f"style='max-width:1100px;margin:0 auto'><img src='{c.img('photo', 1100, 360)}' "
              f"style='width:100%;height:360px;object-fit:cover;border-radius:0 0 8px 8px;"
              f"display:block'><div style='padding:18px 32px 12px'><h1 style='margin:0;"
              f"font-size:32px'>{esc(group)}</h1><div class='sub' style='font-size:15px;"
              f"margin:6px 0 10px'>&#127760; Public group &middot; {members} members</div>"
              f"<div style='display:flex;align-items:center;padding-left:8px'>{faces}<span "
              f"style='margin-left:auto;display:flex;gap:8px'>{btn}<span style='background:"
              f"#0866ff;color:#fff;padding:8px 14px;border-radius:6px;font-weight:600'>+ Invite"
              f"</span><span style='background:{p['chip']};padding:8px 14px;border-radius:6px'>"
              f"&#9662;</span></span></div></div><div class='sub' style='display:flex;gap:28px;"
              f"padding:0 32px;font-weight:600;font-size:15px;border-top:1px solid {p['line']};"
              f"margin:0 32px'>{tabs}<span style='margin-left:auto;padding:14px 0'>&#128269; "
              f"&nbsp; &middot;&middot;&middot;</span></div></div></div>")
    composer = (f"<div class='card' style='padding:12px 16px'><div style='display:flex;gap:8px'>"
                f"<img class='av' width=40 height=40 src='{c.img('avatar', 80, 80)}'><div "
                f"class='sb' style='flex:1;width:auto;margin:0'>Write something...</div></div>"
                f"<div class='acts' style='border-top:1px solid {p['line']};margin:12px 0 0'>"
                f"<span>&#128247; Photo/video</span><span>&#127991; Tag people</span><span>"
                f"&#128202; Poll</span></div></div>")
    sort = (f"<div class='sub' style='display:flex;margin:4px 4px 12px;font-size:15px'>"
            f"<b style='color:{p['fg']}'>{c.rng.choice(['New activity', 'Featured', 'Recent'])}"
            f"</b><span style='margin-left:auto'>Sort &#9662;</span></div>")
    posts = "".join(_fb_post(c) for _ in range(c.rng.randint(2, 4)))
    rules = "".join(f"<div style='padding:6px 0'><b>{i}</b> &nbsp; {esc(c.text.title())}</div>"
                    for i in range(1, c.rng.randint(3, 5)))
    about = (f"<div class='card' style='padding:16px'><h3 style='margin:0 0 8px'>About</h3>"
             f"<div>{esc(c.text.sentence(10, 22))}</div><p><b>&#127760; Public</b><br><span "
             f"class='sub'>Anyone can see who's in the group and what they post.</span></p><p>"
             f"<b>&#128065; Visible</b><br><span class='sub'>Anyone can find this group.</span>"
             f"</p><p><b>&#128205; {esc(c.text.pick(c.text.nouns).title())}ville</b></p><p><b>"
             f"&#128339; History</b><br><span class='sub'>Group created on "
             f"{c.rng.choice(['March', 'May', 'July', 'October'])} {c.rng.randint(1, 28)}, "
             f"{c.rng.randint(2009, 2023)}</span></p></div><div class='card' "
             f"style='padding:16px'><h3 style='margin:0 0 8px'>Group rules from the admins</h3>"
             f"{rules}</div>")
    body = (_fb_top(c) + header + f"<div style='max-width:1000px;margin:16px auto;display:flex;"
            f"gap:16px'><div style='flex:1'>{composer}{sort}{posts}</div><div "
            f"style='width:360px'>{about}</div></div>")
    return Page("www.facebook.com", f"/groups/{c.rng.randint(10**14, 10**15)}/",
                f"{group} | Facebook", body, _fb_css(p), "#0866ff")


def facebook_messenger(c: Ctx) -> Page:
    p = _fb_palette(c)
    other = c.text.name()
    other_av = c.img("avatar", 80, 80)
    active = c.rng.randint(0, 4)
    chats = []
    for i in range(c.rng.randint(9, 12)):
        on = i == active
        unread = not on and c.rng.random() < .25
        name = other if on else c.text.name()
        src = other_av if on else c.img("avatar", 112, 112)
        bold = " style='font-weight:700'" if unread else ""
        last_style = f"color:{p['fg']};font-weight:700" if unread else ""
        dot = ("<span style='width:12px;height:12px;border-radius:50%;background:#0866ff'>"
               "</span>" if unread else "")
        you = "You: " if c.rng.random() < .3 else ""
        unit, top = c.rng.choice([("m", 59), ("h", 23), ("d", 6), ("w", 52)])
        when = f"{c.rng.randint(1, top)}{unit}"
        chats.append(
            f"<div style='display:flex;gap:12px;align-items:center;padding:8px;border-radius:"
            f"8px;{'background:' + p['chip'] if on else ''}'><img class='av' width=56 height=56 "
            f"src='{src}'><div style='min-width:0;flex:1'><div{bold}>{esc(name)}</div><div "
            f"class='sub' style='white-space:nowrap;overflow:hidden;text-overflow:ellipsis;"
            f"{last_style}'>{you}{esc(c.text.sentence(3, 9))} &middot; "
            f"{when}</div></div>{dot}</div>")
    pills = "".join(f"<span style='padding:6px 12px;border-radius:18px;font-weight:600;"
                    f"{'background:#0866ff22;color:#0866ff' if i == 0 else ''}'>{t}</span>"
                    for i, t in enumerate(("All", "Unread", "Groups", "Communities")))
    left = (f"<div style='width:360px;background:{p['card']};border-right:1px solid {p['line']};"
            f"padding:0 8px;overflow:hidden'><div style='display:flex;align-items:center;"
            f"padding:12px 8px 4px'><h1 style='margin:0;font-size:24px'>Chats</h1><span "
            f"style='margin-left:auto;letter-spacing:10px;font-size:18px'>&middot;&middot;"
            f"&middot; &#9998;</span></div><div class='sb' style='width:auto;margin:8px'>"
            f"&#128269; Search Messenger</div><div style='display:flex;gap:4px;margin:4px 8px'>"
            f"{pills}</div>{''.join(chats)}</div>")
    other_bubble = "#303030" if c.dark else "#f0f0f0"
    msgs = [f"<div class='sub' style='text-align:center;margin:16px 0'>"
            f"{c.rng.choice(['Today', 'Yesterday', 'Mon', 'Sat'])} "
            f"{c.rng.randint(7, 23)}:{c.rng.randint(0, 59):02d}</div>"]
    mine = c.rng.random() < .5
    for _ in range(c.rng.randint(8, 13)):
        if c.rng.random() < .45:
            mine = not mine
        if c.rng.random() < .1:
            content = (f"<img src='{c.img('photo', 260, 200)}' style='width:260px;"
                       f"border-radius:18px;display:block'>")
        else:
            style = ("background:#0866ff;color:#fff" if mine else
                     f"background:{other_bubble};color:{p['fg']}")
            content = (f"<div style='{style};padding:8px 12px;border-radius:18px;"
                       f"max-width:420px'>{esc(c.text.sentence(2, 14))}</div>")
        face = ("" if mine else f"<img class='av' width=28 height=28 src='{other_av}'>")
        msgs.append(f"<div style='display:flex;gap:8px;align-items:flex-end;margin:3px 0;"
                    f"justify-content:{'flex-end' if mine else 'flex-start'}'>{face}{content}"
                    f"</div>")
    status = c.rng.choice(["Active now", f"Active {c.rng.randint(2, 50)}m ago"])
    mid = (f"<div style='flex:1;display:flex;flex-direction:column;background:{p['card']}'>"
           f"<div style='display:flex;gap:10px;align-items:center;padding:10px 16px;"
           f"box-shadow:0 1px 2px #0002'><img class='av' width=40 height=40 src='{other_av}'>"
           f"<div><b>{esc(other)}</b><div class='sub'>{status}</div></div><span "
           f"style='margin-left:auto;color:#0866ff;font-size:22px;letter-spacing:18px'>"
           f"&#128222;&#127909;&#9432;</span></div><div style='flex:1;overflow:hidden;"
           f"padding:0 16px;display:flex;flex-direction:column;justify-content:flex-end'>"
           f"{''.join(msgs)}</div><div style='display:flex;gap:12px;align-items:center;"
           f"padding:12px 16px;color:#0866ff;font-size:20px'><span>&#8853;</span><span>"
           f"&#128247;</span><span>&#128444;</span><span>GIF</span><div class='sb' "
           f"style='flex:1;width:auto;font-size:15px;margin:0'>Aa</div><span>&#128077;</span>"
           f"</div></div>")
    rows = "".join(f"<div style='display:flex;padding:10px 8px;font-weight:600'>{t}<span "
                   f"style='margin-left:auto'>&#8964;</span></div>"
                   for t in ("Chat info", "Customize chat", "Media, files and links",
                             "Privacy & support"))
    right = (f"<div style='width:340px;background:{p['card']};border-left:1px solid "
             f"{p['line']};padding:24px 8px;text-align:center'><img class='av' width=72 "
             f"height=72 src='{other_av}'><h3 style='margin:8px 0 2px'>{esc(other)}</h3><div "
             f"class='sub'>{status}</div><div style='display:flex;justify-content:center;"
             f"gap:28px;margin:18px 0;font-size:13px'>"
             + "".join(f"<div><div style='width:36px;height:36px;border-radius:50%;background:"
                       f"{p['chip']};line-height:36px;margin:0 auto 4px'>{i}</div>{t}</div>"
                       for i, t in (("&#128100;", "Profile"), ("&#128276;", "Mute"),
                                    ("&#128269;", "Search")))
             + f"</div><div style='text-align:left'>{rows}</div></div>")
    body = (_fb_top(c) + f"<div style='display:flex;height:calc(100vh - 56px)'>{left}{mid}"
            f"{right}</div>")
    return Page("www.facebook.com", f"/messages/t/{c.rng.randint(10**14, 10**15)}",
                "Messenger | Facebook", body, _fb_css(p) + "body{overflow:hidden}", "#0866ff")


def medium_profile(c: Ctx) -> Page:
    name = c.text.name()
    handle = c.text.handle()
    tab = c.rng.choice(["Home", "Home", "Lists", "About"])
    followers = c.text.count()
    on = "color:#242424;border-bottom:1px solid #242424"
    tabs = "".join(f"<span style='padding:14px 0;{on if t == tab else ''}'>{t}</span>"
                   for t in ("Home", "Lists", "About"))
    stories = []
    for _ in range(c.rng.randint(3, 5)):
        pinned = ("<div class=sub style=font-size:13px>&#128204; Pinned</div>"
                  if not stories and c.rng.random() < .3 else "")
        month = c.rng.choice(["Jan", "Mar", "Apr", "Jun", "Aug", "Oct", "Dec"])
        date = f"{month} {c.rng.randint(1, 28)}"
        if c.rng.random() < .5:
            date += f", {c.rng.randint(2017, 2023)}"
        stories.append(
            f"<div style='display:flex;gap:48px;padding:28px 0;border-bottom:1px solid #f2f2f2'>"
            f"<div style='flex:1'>{pinned}<h2 style='font-size:24px;line-height:30px;"
            f"margin:8px 0 6px;letter-spacing:-.3px'>{esc(c.text.title())}</h2><div class='sub' "
            f"style='font-size:16px;line-height:22px'>{esc(c.text.sentence(6, 14))}</div><div "
            f"class='sub' style='font-size:13px;margin-top:16px;display:flex;gap:18px'><span>"
            f"{date}</span><span>&#128079; {c.text.count()}</span>"
            f"<span>&#128172; {c.rng.randint(1, 120)}</span><span style='margin-left:auto'>"
            f"&#8853; &nbsp; &middot;&middot;&middot;</span></div></div><img "
            f"src='{c.img('photo', 160, 107)}' style='width:160px;height:107px;"
            f"object-fit:cover;margin-top:14px'></div>")
    if tab == "About":
        main = (f"<div class='serif' style='font-size:18px;line-height:30px;margin-top:32px'>"
                f"<p>{esc(c.text.paragraph(3, 5))}</p><p>{esc(c.text.paragraph(2, 4))}</p></div>"
                f"<div class='sub' style='border-top:1px solid #f2f2f2;margin-top:32px;"
                f"padding-top:24px'>Medium member since {c.rng.choice(['May', 'June', 'Sept'])} "
                f"{c.rng.randint(2015, 2023)}<p><span style='color:#1a8917'>"
                f"{followers} Followers</span> &middot; {c.rng.randint(1, 400)} "
                f"Following</p></div>")
    elif tab == "Lists":
        main = "".join(
            f"<div style='display:flex;background:#f9f9f9;border-radius:4px;margin-top:28px;"
            f"overflow:hidden;height:150px'><div style='flex:1;padding:24px'><div "
            f"style='display:flex;gap:8px;align-items:center;font-size:13px'><img class='av' "
            f"width=20 height=20 src='{c.img('avatar', 40, 40)}'>{esc(name)}</div><h2 "
            f"style='font-size:20px;margin:10px 0'>{esc(t)}</h2><div class='sub'>"
            f"{c.rng.randint(2, 60)} stories &middot; &#128274;</div></div>"
            + "".join(f"<img src='{c.img('photo', 120, 150)}' style='width:{w}px;height:150px;"
                      f"object-fit:cover;border-left:3px solid #fff'>" for w in (120, 80, 50))
            + "</div>" for t in ["Reading list"] + [c.text.title()
                                                    for _ in range(c.rng.randint(1, 3))])
    else:
        main = "".join(stories)
    side = (f"<img class='av' width=88 height=88 src='{c.img('avatar', 176, 176)}'><div "
            f"style='font-weight:600;margin-top:14px'>{esc(name)}</div><div class='sub' "
            f"style='font-size:15px;margin:4px 0 12px'>{followers} Followers</div><div "
            f"class='sub' style='font-size:14px;line-height:20px'>{esc(c.text.sentence(8, 18))}"
            f"</div><div style='display:flex;gap:8px;margin:22px 0'><span style='background:"
            f"#1a8917;color:#fff;border-radius:20px;padding:8px 18px;font-size:14px'>Follow"
            f"</span><span style='background:#1a8917;color:#fff;border-radius:50%;width:36px;"
            f"height:36px;text-align:center;line-height:36px'>&#9993;</span></div><div "
            f"style='font-weight:600;margin:36px 0 14px'>Following</div>"
            + "".join(f"<div style='display:flex;gap:12px;align-items:center;margin:10px 0;"
                      f"font-size:13px'><img class='av' width=20 height=20 "
                      f"src='{c.img('avatar', 40, 40)}'><span class='sub' style='color:#242424'>"
                      f"{esc(c.text.name())}</span><span style='margin-left:auto'>"
                      f"&middot;&middot;&middot;</span></div>"
                      for _ in range(c.rng.randint(3, 5)))
            + "<div class='sub' style='font-size:13px;margin-top:16px'>See all</div>")
    body = (_md_top(c) + f"<div style='display:flex;justify-content:center;gap:100px'><div "
            f"style='width:680px;padding-top:52px'><div style='display:flex;align-items:center'>"
            f"<h1 style='font-size:42px;font-weight:600;margin:0;letter-spacing:-1px'>"
            f"{esc(name)}</h1><span style='margin-left:auto' class='sub'>&middot;&middot;&middot;"
            f"</span></div><div class='sub' style='display:flex;gap:32px;margin-top:40px;"
            f"border-bottom:1px solid #f2f2f2;font-size:14px'>{tabs}</div>{main}</div><div "
            f"style='width:300px;border-left:1px solid #f2f2f2;padding:40px 0 0 32px;"
            f"min-height:100vh'>{side}</div></div>")
    return Page("medium.com", f"/@{handle}" + ("" if tab == "Home" else "/" + tab.lower()),
                f"{name} – Medium", body, _MD_CSS, "#000000")


def medium_editor(c: Ctx) -> Page:
    bg, fg, sub, line = (("#121212", "#e6e6e6", "#8a8a8a", "#2a2a2a") if c.dark else
                         ("#ffffff", "#242424", "#6b6b6b", "#f2f2f2"))
    serif = "font-family:Georgia,Liberation Serif,DejaVu Serif,serif"
    name = c.text.name()
    state = c.rng.choice(["Saved", "Saving...", ""])
    top = (f"<div style='display:flex;align-items:center;gap:16px;max-width:1030px;"
           f"margin:0 auto;height:65px'><span class='logo' style='font-size:30px'>Medium</span>"
           f"<span style='font-size:14px'>Draft in {esc(name)}</span><span class='sub' "
           f"style='font-size:14px;color:{sub}'>{state}</span><span style='margin-left:auto;"
           f"background:#1a8917;color:#fff;border-radius:16px;padding:5px 12px;"
           f"font-size:14px'>Publish</span><span style='color:{sub};font-size:20px'>&middot;"
           f"&middot;&middot;</span><span style='color:{sub};font-size:20px'>&#128276;</span>"
           f"<img class='av' width=32 height=32 src='{c.img('avatar', 64, 64)}'></div>")
    blank_title = c.rng.random() < .2
    if blank_title:
        title = f"<h1 style='{serif};font-size:42px;font-weight:400;color:#b3b3b1'>Title</h1>"
        paras = []
    else:
        title = (f"<h1 style='{serif};font-size:42px;line-height:52px;font-weight:400;margin:"
                 f"32px 0 8px;position:relative'><span style='position:absolute;left:-80px;"
                 f"top:6px;font:14px Arial;color:{sub}'>Title</span>{esc(c.text.title())}</h1>")
        paras = [f"<p style='{serif};font-size:21px;line-height:32px;margin:14px 0'>"
                 f"{esc(c.text.paragraph(2, 5))}</p>" for _ in range(c.rng.randint(1, 4))]
        if c.rng.random() < .3:
            paras.insert(1, f"<img src='{c.img('photo', 700, 380)}' style='width:100%;"
                            f"display:block;margin:24px 0'>")
        if paras and c.rng.random() < .5:
            words = c.text.sentence(4, 8)
            tip = (f"<span style='position:relative;background:#1a891733'>{esc(words)}<span "
                   f"style='position:absolute;left:0;bottom:38px;background:#242424;color:#fff;"
                   f"border-radius:5px;padding:6px 10px;font:600 17px Georgia,serif;"
                   f"white-space:nowrap;letter-spacing:14px;box-shadow:0 2px 6px #0004'>B<i>i"
                   f"</i>&#128279;<span style='border-left:1px solid #666'></span>"
                   f"<span style='font-size:20px'>T</span><span style='font-size:14px'>T</span>"
                   f"&#8220;</span></span> ")
            paras.append(f"<p style='{serif};font-size:21px;line-height:32px;margin:40px 0 "
                         f"14px'>{tip}{esc(c.text.sentence())}</p>")
    plus = (f"<div style='position:relative;height:40px;margin-top:8px'><span "
            f"style='position:absolute;left:-60px;top:0;width:34px;height:34px;border:1px solid "
            f"{sub};border-radius:50%;color:{sub};font:300 28px/32px Arial;"
            f"text-align:center'>+</span>"
            + (f"<span style='position:absolute;left:-6px;top:4px;{serif};font-size:21px;"
               f"color:#b3b3b1'>Tell your story...</span>" if blank_title else
               f"<span style='border-left:2px solid {fg};height:28px;position:absolute;"
               f"top:4px'></span>") + "</div>")
    css = (_MD_CSS + f"body{{background:{bg};color:{fg}}}"
           f".logo{{color:{fg}}}")
    body = (top + f"<article style='max-width:700px;margin:40px auto'>{title}{''.join(paras)}"
            f"{plus}</article>")
    return Page("medium.com", f"/p/{c.rng.randrange(16**12):012x}/edit",
                "Editing story – Medium", body, css, "#000000")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _fb_btn(text: str, bg: str, fg: str) -> str:
    return (f"<span style='background:{bg};color:{fg};padding:8px 12px;border-radius:6px;"
            f"font-weight:600;white-space:nowrap'>{text}</span>")


def facebook_photos(c: Ctx) -> Page:
    """A profile's Photos tab: cover, name and tabs, then a card with a large photo grid."""
    p = _fb_palette(c)
    name, handle = c.text.name(), c.text.handle()
    own = c.rng.random() < .5
    faces = "".join(f"<img class='av' width=32 height=32 src='{c.img('avatar', 64, 64)}' "
                    f"style='border:2px solid {p['card']};margin-right:-8px'>" for _ in range(8))
    btns = ((_fb_btn("&#10010; Add to story", "#0866ff", "#fff")
             + _fb_btn("&#9998; Edit profile", p["chip"], p["fg"])) if own else
            (_fb_btn("&#128100; Add friend", "#0866ff", "#fff")
             + _fb_btn("&#128172; Message", p["chip"], p["fg"])))
    on = "color:#0866ff;border-bottom:3px solid #0866ff"
    tabs = "".join(f"<span style='padding:16px 4px;{on if t == 'Photos' else ''}'>{t}</span>"
                   for t in ("Posts", "About", "Friends", "Photos", "Videos", "Check-ins",
                             "More &#9662;"))
    header = (f"<div style='background:{p['card']};box-shadow:0 1px 2px #0002'><div "
              f"style='max-width:1250px;margin:0 auto'><img src='{c.img('photo', 1250, 460)}' "
              f"style='width:100%;height:380px;object-fit:cover;display:block;border-radius:"
              f"0 0 8px 8px'><div style='display:flex;align-items:flex-end;gap:16px;padding:0 "
              f"40px 16px;margin-top:-84px'><img class='av' width=168 height=168 "
              f"src='{c.img('avatar', 168, 168)}' style='border:4px solid {p['card']}'><div "
              f"style='padding-bottom:4px'><h1 style='margin:0;font-size:32px'>{esc(name)}</h1>"
              f"<div class='sub' style='font-size:15px;font-weight:600;margin:4px 0 8px'>"
              f"{c.rng.randint(40, 4900):,} friends</div><div style='display:flex'>{faces}"
              f"</div></div><div style='margin-left:auto;display:flex;gap:8px'>{btns}"
              f"{_fb_btn('&#8964;', p['chip'], p['fg'])}</div></div><div class='sub' "
              f"style='display:flex;gap:16px;margin:0 40px;font-weight:600;font-size:15px;"
              f"border-top:1px solid {p['line']}'>{tabs}<span style='margin-left:auto;"
              f"padding:10px 0'>{_fb_btn('&middot;&middot;&middot;', p['chip'], p['fg'])}"
              f"</span></div></div></div>")
    first = name.split()[0]
    labels = (("Photos of you", "Your photos", "Albums") if own else
              (f"Photos of {first}", f"{first}'s photos", "Albums"))
    view = labels[c.rng.choice([0, 1, 1, 2])]
    subtabs = "".join(f"<span style='padding:14px 16px;{on if t == view else ''}'>{esc(t)}"
                      f"</span>" for t in labels)
    if view == "Albums":
        tiles = [f"<div><div style='aspect-ratio:1;border-radius:8px;background:{p['chip']};"
                 f"display:flex;align-items:center;justify-content:center;font-size:40px;"
                 f"color:{p['sub']}'>&#10010;</div><div style='font-weight:600;margin-top:6px'>"
                 f"Create album</div></div>"] if own else []
        for t in ("Profile pictures", "Cover photos", "Mobile uploads", c.text.title(),
                  c.text.title(), "Timeline photos", c.text.title())[:c.rng.randint(5, 7)]:
            tiles.append(f"<div><img src='{c.img('photo', 220, 220)}' style='width:100%;"
                         f"aspect-ratio:1;object-fit:cover;border-radius:8px;display:block'><div "
                         f"style='font-weight:600;margin-top:6px;white-space:nowrap;overflow:"
                         f"hidden;text-overflow:ellipsis'>{esc(t)}</div><div class='sub'>"
                         f"{c.rng.randint(1, 480)} items</div></div>")
        grid = "".join(tiles)
    else:
        grid = "".join(f"<img src='{c.img('photo', 220, 220)}' style='width:100%;"
                       f"aspect-ratio:1;object-fit:cover;border-radius:8px;display:block'>"
                       for _ in range(c.rng.randint(15, 20)))
    add = ("<span style='color:#0866ff;font-weight:500'>Add photos/video</span>" if own else "")
    if c.rng.random() < .4:  # scrolled down: Facebook keeps a slim bar with the name and tabs
        header = (f"<div style='background:{p['card']};box-shadow:0 1px 2px #0002;position:"
                  f"sticky;top:56px;z-index:2'><div class='sub' style='max-width:1060px;margin:0 "
                  f"auto;display:flex;align-items:center;gap:16px;font-weight:600'><img "
                  f"class='av' width=40 height=40 src='{c.img('avatar', 80, 80)}'><b "
                  f"style='color:{p['fg']};font-size:17px;margin-right:24px'>{esc(name)}</b>"
                  f"{tabs}</div></div>")
    card = (f"<div class='card' style='max-width:1060px;margin:16px auto;padding:8px 16px 16px'>"
            f"<div style='display:flex;align-items:center;gap:16px;padding:12px 0 4px'><h2 "
            f"style='margin:0;font-size:20px'>Photos</h2><span style='margin-left:auto'></span>"
            f"{add}{_fb_btn('&middot;&middot;&middot;', p['chip'], p['fg'])}</div><div "
            f"class='sub' style='display:flex;font-weight:600;font-size:15px;margin-bottom:"
            f"12px'>{subtabs}</div><div style='display:grid;gap:8px;grid-template-columns:"
            f"repeat(5,minmax(0,1fr))'>{grid}</div></div>")
    return Page("www.facebook.com", f"/{handle}/photos", f"{name} | Facebook",
                _fb_top(c) + header + card, _fb_css(p), "#0866ff")


def facebook_events(c: Ctx) -> Page:
    """The Events page: left menu with categories and a grid of event cards to mark Interested."""
    p = _fb_palette(c)
    red = "#f3425f" if c.dark else "#e41e3f"
    view = c.rng.choice(["Home", "Home", "Your events"])
    nav = "".join(
        f"<div style='display:flex;align-items:center;gap:12px;padding:8px;border-radius:8px;"
        f"font-weight:600;{'background:' + p['chip'] if t == view else ''}'><span "
        f"style='width:36px;height:36px;border-radius:50%;text-align:center;line-height:36px;"
        f"font-size:18px;background:{'#0866ff;color:#fff' if t == view else p['chip']}'>{i}"
        f"</span>{t}</div>"
        for i, t in (("&#128197;", "Home"), ("&#128100;", "Your events"),
                     ("&#127874;", "Birthdays"), ("&#128276;", "Notifications")))
    cats = "".join(
        f"<div style='display:flex;align-items:center;gap:12px;padding:6px 8px;font-weight:500'>"
        f"<span style='width:28px;text-align:center;font-size:18px'>{i}</span>{t}</div>"
        for i, t in (("&#127917;", "Classics"), ("&#128514;", "Comedy"), ("&#9986;", "Crafts"),
                     ("&#128131;", "Dance"), ("&#127864;", "Drinks"),
                     ("&#127947;", "Fitness & workouts"), ("&#127828;", "Foods"),
                     ("&#127922;", "Games"), ("&#127793;", "Gardening"),
                     ("&#10084;", "Health & medical")))
    side = (f"<div style='width:340px;flex:none;background:{p['card']};padding:16px 12px;"
            f"box-shadow:1px 0 2px #0002;min-height:calc(100vh - 56px)'><div style='display:"
            f"flex;align-items:center;padding:0 8px'><h1 style='margin:0;font-size:24px'>Events"
            f"</h1><span style='margin-left:auto;width:36px;height:36px;border-radius:50%;"
            f"background:{p['chip']};text-align:center;line-height:36px'>&#9881;</span></div>"
            f"<div class='sb' style='width:auto;margin:12px 0'>&#128269; Search events</div>"
            f"{nav}<div style='margin:12px 8px;padding:8px;border-radius:6px;text-align:center;"
            f"font-weight:600;color:#0866ff;background:{'#263951' if c.dark else '#ebf5ff'}'>"
            f"&#10010; Create new event</div><div style='border-top:1px solid {p['line']};"
            f"margin:12px 8px'></div><div style='font-weight:600;font-size:17px;padding:0 8px "
            f"6px'>Categories</div>{cats}</div>")
    cards = []
    for _ in range(c.rng.choice([6, 8, 9, 12])):
        day, month = c.rng.choice(_DAYS), c.rng.choice(_MONTHS)
        hour = c.rng.randint(1, 12)
        when = (f"{day}, {month} {c.rng.randint(1, 28)} at {hour}:{c.rng.choice(['00', '30'])} "
                f"{c.rng.choice(['AM', 'PM', 'PM'])}")
        if c.rng.random() < .2:
            zone = c.rng.choice(["CET", "EDT", "PST"])
            when = "Happening now" if c.rng.random() < .3 else f"{when} {zone}"
        noun, adj = c.text.pick(c.text.nouns).title(), c.text.pick(c.text.adjs).title()
        place = c.rng.choice([f"{noun} Hall", f"{adj} {noun}", "Online event"])
        going = c.rng.random() < .15
        star = ("&#10003; Going" if going else c.rng.choice(["&#9734; Interested"] * 3 +
                                                           ["&#9733; Interested"]))
        on = "#0866ff33;color:#0866ff" if going or "9733" in star else p["chip"]
        cards.append(
            f"<div class='card' style='overflow:hidden;margin:0'><img "
            f"src='{c.img('photo', 400, 210)}' style='width:100%;aspect-ratio:1.91;"
            f"object-fit:cover;display:block'><div style='padding:10px 12px 12px'><div "
            f"style='color:{red};font-size:13px;font-weight:600;text-transform:uppercase'>"
            f"{when}</div><div style='font-weight:700;font-size:17px;line-height:21px;"
            f"margin:4px 0;height:42px;overflow:hidden'>{esc(c.text.title())}</div><div "
            f"class='sub' style='font-size:15px'>{esc(place)}</div><div class='sub' "
            f"style='font-size:15px;margin-bottom:10px'>{c.text.count()} interested &middot; "
            f"{c.rng.randint(2, 900)} going</div><div style='display:flex;gap:8px'><span "
            f"style='flex:1;text-align:center;padding:7px;border-radius:6px;font-weight:600;"
            f"background:{on}'>{star}</span><span style='padding:7px 12px;border-radius:6px;"
            f"background:{p['chip']}'>&#8599;</span></div></div></div>")
    pills = "".join(f"<span style='padding:7px 12px;border-radius:18px;font-weight:600;"
                    f"background:{'#0866ff33;color:#0866ff' if i == 0 else p['chip']}'>{t}</span>"
                    for i, t in enumerate((
                        f"&#128205; {esc(c.text.pick(c.text.nouns).title())}ville",
                        "Any date &#9662;", "Top", "Friends", "Following", "Online")))
    head = "Discover events" if view == "Home" else "Upcoming events"
    main = (f"<div style='flex:1;padding:24px 32px'><div style='max-width:1040px;margin:0 auto'>"
            f"<div style='display:flex;align-items:center;gap:8px;margin-bottom:16px'><h2 "
            f"style='margin:0;font-size:20px;margin-right:12px'>{head}</h2>{pills}<span "
            f"style='margin-left:auto;color:#0866ff;font-weight:500'>See all</span></div><div "
            f"style='display:grid;grid-template-columns:repeat(3,1fr);gap:16px'>"
            f"{''.join(cards)}</div></div></div>")
    path = "/events/" if view == "Home" else "/events/calendar/"
    return Page("www.facebook.com", path, "Events | Facebook",
                _fb_top(c) + f"<div style='display:flex'>{side}{main}</div>", _fb_css(p),
                "#0866ff")


def _md_mark(fill: bool = False) -> str:
    """Medium's bookmark icon (outlined, or filled when saved) as inline SVG."""
    return (f"<svg width=16 height=18 viewBox='0 0 16 18' style='vertical-align:-3px'><path "
            f"d='M2 1h12v16l-6-5-6 5z' fill='{'#242424' if fill else 'none'}' stroke='"
            f"{'#242424' if fill else '#6b6b6b'}' stroke-width='1.5'/></svg>")


_MD_LOCK = ("<svg width=12 height=14 viewBox='0 0 12 14' style='vertical-align:-1px'><rect x=1 "
            "y=6 width=10 height=7 rx=1 fill='#6b6b6b'/><path d='M3 6V4a3 3 0 0 1 6 0v2' "
            "fill='none' stroke='#6b6b6b' stroke-width='1.5'/></svg>")


def _md_date(c: Ctx) -> str:
    date = f"{c.rng.choice(_MONTHS)} {c.rng.randint(1, 28)}"
    return date + (f", {c.rng.randint(2019, 2024)}" if c.rng.random() < .4 else "")


def _md_card(c: Ctx, pub: str, big: bool = False) -> str:
    """A publication story card: picture on top, author, title, subtitle and stats."""
    w, h = (760, 380) if big else (360, 200)
    size = "32px;line-height:40px" if big else "20px;line-height:26px"
    return (f"<div><img src='{c.img('photo', w, h)}' style='width:100%;aspect-ratio:"
            f"{'2' if big else '16/9'};"
            f"object-fit:cover;display:block'><div style='display:flex;gap:8px;align-items:"
            f"center;font-size:13px;margin:14px 0 8px'><img class='av' "
            f"width=20 height=20 src='{c.img('avatar', 40, 40)}'>{esc(c.text.name())}<span "
            f"class='sub' style='font-size:13px'>in {esc(pub)}</span></div><h2 style='font-size:"
            f"{size};margin:0 0 6px;letter-spacing:-.3px'>{esc(c.text.title())}</h2><div "
            f"class='sub' style='font-size:{'18px' if big else '15px'};line-height:1.4'>"
            f"{esc(c.text.sentence(6, 14 if big else 10))}</div><div class='sub' "
            f"style='font-size:13px;margin-top:12px;display:flex;gap:14px'><span "
            f"style='color:#ffc017'>&#10022;</span><span>{_md_date(c)}</span><span>&#128079; "
            f"{c.text.count()}</span><span>&#128172; {c.rng.randint(1, 140)}</span><span "
            f"style='margin-left:auto'>{_md_mark()} &nbsp;&middot;&middot;&middot;</span>"
            f"</div></div>")


def medium_publication(c: Ctx) -> Page:
    """A publication's home: banner with logo and nav, a featured story, a grid of stories."""
    adj, noun = c.text.pick(c.text.adjs).title(), c.text.pick(c.text.nouns).title()
    pub = c.rng.choice([f"The {adj} {noun}", f"Better {noun}", f"{noun} Weekly",
                        f"{adj} {noun} Collective", f"The {noun} Journal"])
    slug = pub.lower().replace(" ", "-")
    tint = c.text.color(light=c.rng.random() < .5)
    dark_banner = tint[1] in "0123456"
    ink = "#fff" if dark_banner else "#242424"
    logo_font = c.rng.choice(["700 44px Georgia,DejaVu Serif,serif",
                              "800 42px Liberation Sans,Arial,sans-serif",
                              "italic 700 44px Georgia,serif"])
    tall = c.rng.choice([120, 150, 170])
    banner = (f"<div style='background:{tint};height:{tall}px;display:flex;align-items:center;"
              f"justify-content:center;gap:18px;color:{ink}'><span style='width:64px;"
              f"height:64px;border-radius:{c.rng.choice(['50%', '8px'])};background:{ink};"
              f"color:{tint};font:700 34px/64px Georgia,serif;text-align:center'>{pub[0]}</span>"
              f"<span style='font:{logo_font};letter-spacing:-1px'>{esc(pub)}</span></div>")
    links = c.rng.sample(["Home", "About", "Archive", "Write for us", "Newsletter",
                          c.text.pick(c.text.nouns).title(), c.text.pick(c.text.nouns).title(),
                          "Submit"], c.rng.randint(4, 6))
    caps = c.rng.random() < .5
    navlinks = "".join(f"<span>{esc(t.upper() if caps else t)}</span>" for t in links)
    nav = (f"<div style='max-width:1192px;margin:0 auto;display:flex;align-items:center;"
           f"gap:28px;padding:0 24px;height:64px;border-bottom:1px solid #f2f2f2;font-size:"
           f"{'13px;letter-spacing:1px' if caps else '15px'};color:#6b6b6b'>{navlinks}<span "
           f"style='margin-left:auto' class='sub'>{c.text.count()} followers</span><span "
           f"style='background:#242424;color:#fff;border-radius:20px;padding:8px 18px;"
           f"font-size:14px;letter-spacing:0'>Follow</span><span style='border:1px solid "
           f"#242424;color:#242424;border-radius:50%;width:34px;height:34px;text-align:center;"
           f"line-height:34px'>&#9993;&#65038;</span></div>")
    featured = "" if c.rng.random() < .35 else (  # some open straight on the latest stories
                f"<div style='display:grid;grid-template-columns:1.6fr 1fr;gap:40px;padding:40px"
                f" 0;border-bottom:1px solid #f2f2f2'>{_md_card(c, pub, True)}<div>"
                f"<div style='font-size:13px;font-weight:700;letter-spacing:1px;margin-bottom:"
                f"16px'>FEATURED</div>"
                + "".join(f"<div style='padding:14px 0;border-bottom:1px solid #f2f2f2'><div "
                          f"style='display:flex;gap:16px'><div style='flex:1'><div "
                          f"style='font-size:13px'>{esc(c.text.name())}</div><h3 "
                          f"style='font-size:17px;line-height:22px;margin:6px 0'>"
                          f"{esc(c.text.title())}</h3><div class='sub' style='font-size:13px'>"
                          f"{_md_date(c)} &middot; {c.rng.randint(3, 16)} min read</div></div>"
                          f"<img src='{c.img('photo', 160, 107)}' style='width:100px;height:"
                          f"67px;object-fit:cover'></div></div>" for _ in range(3))
                + "</div></div>")
    grid = "".join(_md_card(c, pub) for _ in range(6))
    body = (_md_top(c) + banner + nav + f"<div style='max-width:1144px;margin:0 auto;padding:"
            f"0 24px'>{featured}<div style='display:flex;align-items:center;padding:32px 0 "
            f"8px'><h2 style='margin:0;font-size:22px'>Latest</h2><span class='sub' "
            f"style='margin-left:auto'>See all</span></div><div style='display:grid;"
            f"grid-template-columns:repeat(3,1fr);gap:32px 40px;padding-bottom:40px'>{grid}"
            f"</div></div>")
    return Page("medium.com", f"/{slug}", pub, body, _MD_CSS, "#000000")


def medium_lists(c: Ctx) -> Page:
    """The reader's library: tabs of lists, highlights and history, list cards and story rows."""
    me = c.text.name()
    tab = c.rng.choice(["Your lists", "Your lists", "Saved lists", "Highlights",
                        "Reading history"])
    on = "color:#242424;border-bottom:1px solid #242424"
    tabs = "".join(f"<span style='padding:14px 0;{on if t == tab else ''}'>{t}</span>"
                   for t in ("Your lists", "Saved lists", "Highlights", "Reading history"))
    if tab in ("Your lists", "Saved lists"):
        titles = ([] if tab == "Saved lists" else ["Reading list"]) + [
            c.text.title() for _ in range(c.rng.randint(2, 4))]
        items = []
        for t in titles:
            who = me if tab == "Your lists" else c.text.name()
            thumbs = "".join(
                f"<img src='{c.img('photo', 170, 150)}' style='position:absolute;top:0;left:"
                f"{x}px;width:170px;height:150px;object-fit:cover;z-index:{3 - i};"
                f"border-left:3px solid #fff'>" for i, x in enumerate((0, 64, 112)))
            private = tab == "Your lists" and c.rng.random() < .6
            mark = _md_mark(tab == "Saved lists")
            lock = f" &middot; {_MD_LOCK}" if private else ""
            items.append(
                f"<div style='display:flex;background:#f9f9f9;border-radius:4px;margin-top:24px;"
                f"overflow:hidden;height:150px'><div style='flex:1;padding:22px 24px'><div "
                f"style='display:flex;gap:8px;align-items:center;font-size:13px'><img "
                f"class='av' width=20 height=20 src='{c.img('avatar', 40, 40)}'>{esc(who)}"
                f"</div><h2 style='font-size:20px;margin:12px 0 8px'>{esc(t)}</h2><div "
                f"class='sub' style='display:flex;gap:14px'><span>{c.rng.randint(1, 90)} "
                f"stories{lock}</span><span style='margin-left:auto'>{mark} &nbsp; "
                f"&middot;&middot;&middot;</span></div></div><div style='position:relative;"
                f"width:282px'>{thumbs}</div></div>")
        main = "".join(items)
    elif tab == "Highlights":
        main = "".join(
            f"<div style='padding:24px 0;border-bottom:1px solid #f2f2f2'><div class='sub' "
            f"style='font-size:13px'>{_md_date(c)}</div><p class='serif' style='font-size:18px;"
            f"line-height:28px;margin:10px 0'><span style='background:#e6f3e6'>"
            f"{esc(c.text.sentence(10, 24))}</span></p><div style='display:flex;gap:12px;"
            f"align-items:center;border:1px solid #f2f2f2;padding:10px'><img src='"
            f"{c.img('photo', 80, 80)}' style='width:48px;height:48px;object-fit:cover'><div>"
            f"<b style='font-size:15px'>{esc(c.text.title())}</b><div class='sub' "
            f"style='font-size:13px'>{esc(c.text.name())}</div></div></div></div>"
            for _ in range(c.rng.randint(3, 4)))
    else:
        main = ("<div style='display:flex;align-items:center;padding:24px 0 8px' "
                "class='sub'>You can clear your reading history for a fresh start.<span "
                "style='margin-left:auto;border:1px solid #c94a4a;color:#c94a4a;border-radius:"
                "20px;padding:7px 16px'>Clear history</span></div>")
        main += "".join(
            f"<div style='display:flex;gap:32px;padding:22px 0;border-bottom:1px solid "
            f"#f2f2f2'><div style='flex:1'><div style='font-size:13px;display:flex;gap:8px;"
            f"align-items:center'><img class='av' width=20 height=20 "
            f"src='{c.img('avatar', 40, 40)}'>{esc(c.text.name())}</div><h3 style='font-size:"
            f"20px;margin:8px 0 4px'>{esc(c.text.title())}</h3><div class='sub' "
            f"style='font-size:13px;margin-top:10px'>{_md_date(c)} &middot; "
            f"{c.rng.randint(2, 18)} min read &nbsp; &#128079; {c.text.count()}</div></div><img "
            f"src='{c.img('photo', 112, 112)}' style='width:112px;height:112px;object-fit:"
            f"cover'></div>" for _ in range(c.rng.randint(4, 6)))
    cur = "color:#242424;font-weight:600"
    nav = "".join(f"<div style='display:flex;gap:14px;padding:10px 24px;"
                  f"{cur if t == 'Library' else ''}'><span style='width:24px;"
                  f"text-align:center'>{i}</span>{t}</div>"
                  for i, t in (("&#8962;", "Home"), (_md_mark(True), "Library"),
                               ("&#128100;&#65038;", "Profile"), ("&#128196;", "Stories"),
                               ("&#128200;&#65038;", "Stats")))
    follows = "".join(f"<div style='display:flex;gap:12px;align-items:center;padding:8px "
                      f"24px'><img class='av' width=24 height=24 "
                      f"src='{c.img('avatar', 48, 48)}'>{esc(c.text.name())}</div>"
                      for _ in range(c.rng.randint(3, 5)))
    side = (f"<div class='sub' style='width:240px;flex:none;border-right:1px solid #f2f2f2;"
            f"padding-top:20px;font-size:15px;min-height:calc(100vh - 58px)'>{nav}<div "
            f"style='border-top:1px solid #f2f2f2;margin:20px 24px 12px'></div><div "
            f"style='padding:6px 24px'>&#128101;&#65038; Following</div>{follows}</div>")
    tip = ("<div style='width:300px;padding-top:48px'><div style='background:#f9f9f9;"
           "border-radius:4px;padding:20px;font-size:14px;line-height:20px'><b>Reading list"
           f"</b><p class='sub'>Click the {_md_mark()} on any story to easily add it to "
           "your reading list or a custom list that you can share.</p></div></div>")
    new = ("<span style='margin-left:auto;background:#1a8917;color:#fff;border-radius:20px;"
           "padding:8px 16px;font-size:14px'>New list</span>")
    body = (_md_top(c).replace("<div class='top'>", "<div class='top'><span "
                               "style='font-size:22px;color:#6b6b6b'>&#9776;</span>", 1)
            + f"<div style='display:flex'>{side}<div style='flex:1;display:flex;justify-content:"
            f"center;gap:80px'><div style='width:680px;padding-top:44px'><div "
            f"style='display:flex;align-items:center'><h1 style='font-size:42px;margin:0;"
            f"letter-spacing:-1px'>Your library</h1>{new}</div><div class='sub' "
            f"style='display:flex;gap:32px;margin-top:36px;border-bottom:1px solid #f2f2f2;"
            f"font-size:14px'>{tabs}</div>{main}</div>{tip}</div></div>")
    path = {"Your lists": "/me/lists", "Saved lists": "/me/lists/saved",
            "Highlights": "/me/list/highlights", "Reading history": "/me/list/reading-history"}
    return Page("medium.com", path[tab], "Library – Medium", body, _MD_CSS, "#000000")


_FB_TABS = ("<div class='tabs'><span class='on'>&#8962;</span><span>&#9654;</span><span>"
            "&#127978;</span><span>&#128101;</span><span>&#127918;</span></div>")


def _fb_top_on(c: Ctx, icons: tuple[str, ...], on: int) -> str:
    """The Facebook top bar with its own centre icons, the one at index `on` active."""
    tabs = "".join(f"<span{' class=on' if i == on else ''}>{t}</span>"
                   for i, t in enumerate(icons))
    return _fb_top(c).replace(_FB_TABS, f"<div class='tabs'>{tabs}</div>", 1)


def _fb_when(c: Ctx) -> str:
    """A post time the way Facebook abbreviates it: 5h, 3d, or a date."""
    return c.rng.choice([f"{c.rng.randint(1, 23)}h", f"{c.rng.randint(1, 6)}d",
                         f"{c.rng.randint(1, 4)}w",
                         f"{c.rng.choice(_MONTHS)} {c.rng.randint(1, 28)}"])


def _fb_page_name(c: Ctx) -> str:
    noun, adj = c.text.pick(c.text.nouns).title(), c.text.pick(c.text.adjs).title()
    return c.rng.choice([f"{adj} {noun}", f"{noun} TV", f"The {noun} Show",
                         f"{adj} {noun} Daily", f"{noun} Kitchen", c.text.name(),
                         f"{noun} Studios", f"{adj} Minds"])


def _fb_video(c: Ctx, live: bool = False) -> str:
    """A 16:9 video frame: thumbnail with a play button, or playing with controls, or live."""
    state = "live" if live else c.rng.choice(["idle", "idle", "playing"])
    over = ""
    if state == "idle":
        over = ("<span style='position:absolute;left:50%;top:50%;width:64px;height:64px;"
                "margin:-35px 0 0 -35px;border:3px solid #fff;border-radius:50%;background:"
                "#0007;color:#fff;font-size:26px;line-height:64px;text-align:center;"
                "text-indent:4px'>&#9654;</span><span style='position:absolute;left:12px;"
                "bottom:12px;background:#000b;color:#fff;font-size:13px;font-weight:600;"
                f"padding:2px 6px;border-radius:4px'>{c.text.duration()}</span>")
    elif state == "playing":
        spent, total = c.rng.randint(3, 95), c.rng.randint(40, 3600)
        at = total * spent // 100
        over = (f"<div style='position:absolute;left:0;right:0;bottom:0;padding:24px 14px 10px;"
                f"background:linear-gradient(#0000,#000a);color:#fff;font-size:13px'><div "
                f"style='height:4px;border-radius:2px;background:#fff5;margin-bottom:10px'><div "
                f"style='width:{spent}%;height:100%;border-radius:2px;background:#0866ff'></div>"
                f"</div><div style='display:flex;gap:18px;align-items:center'><b "
                f"style='font-size:16px'>&#10074;&#10074;</b><span>{at // 60}:{at % 60:02d} / "
                f"{total // 60}:{total % 60:02d}</span><span style='margin-left:auto;"
                f"letter-spacing:14px;font-size:16px'>&#9881;&#9974;&#128266;</span></div></div>")
    else:
        over = (f"<span style='position:absolute;left:12px;top:12px;display:flex;gap:6px;"
                f"font-size:13px;font-weight:700;color:#fff'><span style='background:#e41e3f;"
                f"padding:2px 6px;border-radius:4px'>LIVE</span><span style='background:#000a;"
                f"padding:2px 6px;border-radius:4px'>&#128065; {c.text.count()}</span></span>")
    return (f"<div style='position:relative;aspect-ratio:16/9;background:#000;overflow:hidden'>"
            f"<img src='{c.img('photo', 800, 450)}' style='width:100%;height:100%;"
            f"object-fit:cover;display:block'>{over}</div>")


def _fb_watch_post(c: Ctx, p: dict[str, str], live: bool = False) -> str:
    """A video post in the Watch feed: page header, caption, video, counts and actions."""
    name = _fb_page_name(c)
    tick = (" <span style='display:inline-block;width:14px;height:14px;border-radius:50%;"
            "background:#0866ff;color:#fff;font-size:10px;line-height:14px;text-align:center;"
            "vertical-align:1px'>&#10003;</span>") if c.rng.random() < .35 else ""
    follow = (" &middot; <span style='color:#0866ff'>Follow</span>"
              if c.rng.random() < .5 else "")
    when = "is live now" if live else _fb_when(c)
    tags = " ".join(f"#{c.text.word()}" for _ in range(c.rng.choice([0, 0, 1, 2, 3])))
    caption = esc(c.text.sentence(5, 22)) + (
        f" <span style='color:#0866ff'>{esc(tags)}</span>" if tags else "")
    faces = "".join(c.rng.sample(["&#128077;", "&#10084;&#65039;", "&#128518;", "&#128558;",
                                  "&#129402;"], c.rng.randint(1, 3)))
    views = f" &nbsp; {c.text.count()} views" if c.rng.random() < .7 else ""
    return (f"<div class='card'><div style='display:flex;gap:8px;padding:12px 16px'><img "
            f"class='av' width=40 height=40 src='{c.img('avatar', 80, 80)}'><div><b>"
            f"{esc(name)}</b>{tick}{follow}<div class='sub'>{when} &middot; &#127760;</div>"
            f"</div><span class='sub' style='margin-left:auto;font-size:20px'>&middot;&middot;"
            f"&middot;</span></div><div style='padding:0 16px 12px'>{caption}</div>"
            f"{_fb_video(c, live)}<div class='sub' style='display:flex;padding:10px 16px;"
            f"font-size:15px'><span>{faces} {c.text.count()}</span><span style='margin-left:"
            f"auto'>{c.rng.randint(1, 3000)} comments &nbsp; {c.rng.randint(1, 900)} shares"
            f"{views}</span></div><div class='acts' style='margin:0 16px'><span>&#128077; "
            f"Like</span><span>&#128172; Comment</span><span>&#8599; Share</span></div></div>")


def facebook_watch(c: Ctx) -> Page:
    """Facebook Watch: video menu and followed pages on the left, a feed of video posts."""
    p = _fb_palette(c)
    view = c.rng.choice(["Home", "Home", "Home", "Live", "Shows"])
    nav = "".join(
        f"<div style='display:flex;align-items:center;gap:12px;padding:8px;border-radius:8px;"
        f"font-weight:600;{'background:' + p['chip'] if t == view else ''}'><span "
        f"style='width:36px;height:36px;border-radius:50%;text-align:center;line-height:36px;"
        f"font-size:17px;background:{'#0866ff;color:#fff' if t == view else p['chip']}'>{i}"
        f"</span>{t}</div>"
        for i, t in (("&#9654;", "Home"), ("&#127909;", "Live"), ("&#127902;", "Reels"),
                     ("&#128250;", "Shows"), ("&#129517;", "Explore"),
                     ("&#128278;", "Saved videos")))
    pages = "".join(
        f"<div style='display:flex;align-items:center;gap:12px;padding:6px 8px'><img "
        f"class='av' width=36 height=36 src='{c.img('avatar', 72, 72)}'><div style='flex:1;"
        f"font-weight:500'>{esc(_fb_page_name(c))}"
        + (f"<div style='color:#0866ff;font-size:13px'>&#9679; "
           f"{c.rng.choice(['9+', '1', '2', '4'])} new videos</div>"
           if c.rng.random() < .5 else "")
        + "</div></div>" for _ in range(c.rng.randint(4, 8)))
    title = c.rng.choice(["Watch", "Watch", "Video"])
    side = (f"<div style='width:360px;flex:none;background:{p['card']};padding:16px 12px;"
            f"box-shadow:1px 0 2px #0002;min-height:calc(100vh - 56px)'><div style='display:"
            f"flex;align-items:center;padding:0 8px'><h1 style='margin:0;font-size:24px'>"
            f"{title}</h1><span style='margin-left:auto;width:36px;height:36px;border-radius:"
            f"50%;background:{p['chip']};text-align:center;line-height:36px'>&#9881;</span>"
            f"</div><div class='sb' style='width:auto;margin:12px 0'>&#128269; Search videos"
            f"</div>{nav}<div style='border-top:1px solid {p['line']};margin:12px 8px'></div>"
            f"<div style='display:flex;padding:0 8px 6px'><b style='font-size:17px'>Your "
            f"Watchlist</b><span style='margin-left:auto;color:#0866ff'>Manage</span></div>"
            f"{pages}</div>")
    live = view == "Live"
    posts = [_fb_watch_post(c, p, live or c.rng.random() < .1)
             for _ in range(c.rng.randint(2, 4))]
    if c.rng.random() < .55 and view != "Shows":
        reels = "".join(
            f"<div style='position:relative;border-radius:8px;overflow:hidden;aspect-ratio:"
            f"9/16'><img src='{c.img('photo', 180, 320)}' style='width:100%;height:100%;"
            f"object-fit:cover;display:block'><span style='position:absolute;left:8px;"
            f"bottom:8px;color:#fff;font-size:13px;font-weight:600;text-shadow:0 0 4px #000'>"
            f"&#9654; {c.text.count()}</span></div>" for _ in range(5))
        head = c.rng.choice(["Reels", "Reels and short videos"])
        posts.insert(c.rng.randint(0, 1), (
            f"<div class='card' style='padding:12px 16px 16px'><div style='display:flex;"
            f"align-items:center;gap:8px;margin-bottom:12px'><span style='color:#0866ff;"
            f"font-size:20px'>&#127902;</span><b style='font-size:17px'>{head}</b><span "
            f"class='sub' style='margin-left:auto;font-size:20px'>&middot;&middot;&middot;"
            f"</span></div><div style='display:grid;grid-template-columns:repeat(5,1fr);"
            f"gap:8px'>{reels}</div></div>"))
    if view != "Home" or c.rng.random() < .45:
        cols = c.rng.choice([2, 3, 3])
        head = {"Live": "Popular live videos", "Shows": "Popular shows"}.get(
            view, c.rng.choice(["Trending videos", "Continue watching", "New for you",
                                f"More from {_fb_page_name(c)}"]))
        tiles = []
        for _ in range(cols * c.rng.randint(1, 2)):
            if live:
                badge = ("<span style='position:absolute;left:8px;top:8px;background:#e41e3f;"
                         "color:#fff;font-size:12px;font-weight:700;padding:1px 5px;"
                         "border-radius:4px'>LIVE</span>")
                meta = f"{c.text.count()} watching"
            else:
                badge = (f"<span style='position:absolute;right:8px;bottom:8px;background:#000b;"
                         f"color:#fff;font-size:12px;padding:1px 5px;border-radius:4px'>"
                         f"{c.text.duration()}</span>")
                meta = (f"{c.rng.randint(2, 80)} episodes" if view == "Shows" else
                        f"{c.text.count()} views &middot; {_fb_when(c)}")
            tiles.append(
                f"<div><div style='position:relative;aspect-ratio:16/9;border-radius:8px;"
                f"overflow:hidden'><img src='{c.img('photo', 400, 225)}' style='width:100%;"
                f"height:100%;object-fit:cover;display:block'>{badge}</div><div "
                f"style='font-weight:600;margin-top:6px;line-height:20px;max-height:40px;"
                f"overflow:hidden'>{esc(c.text.title())}</div><div class='sub'>"
                f"{esc(_fb_page_name(c))}</div><div class='sub'>{meta}</div></div>")
        posts.insert(0 if view != "Home" else c.rng.randint(0, len(posts)), (
            f"<div class='card' style='padding:12px 16px 16px'><div style='display:flex;"
            f"margin-bottom:12px'><b style='font-size:17px'>{head}</b><span style='margin-left:"
            f"auto;color:#0866ff'>See all</span></div><div style='display:grid;"
            f"grid-template-columns:repeat({cols},1fr);gap:12px'>{''.join(tiles)}</div></div>"))
    heading = "" if view == "Home" else (
        f"<h2 style='margin:0 0 16px;font-size:24px'>{view}</h2>")
    width = c.rng.choice([680, 720, 760])
    main = (f"<div style='flex:1;padding:{c.rng.choice([16, 24])}px 24px'><div "
            f"style='max-width:{width}px;margin:0 auto'>{heading}{''.join(posts)}</div></div>")
    top = _fb_top_on(c, ("&#8962;", "&#9654;", "&#127978;", "&#128101;", "&#127918;"), 1)
    path = {"Home": "/watch/", "Live": "/watch/live/", "Shows": "/watch/shows/"}[view]
    return Page("www.facebook.com", path, f"{title} | Facebook",
                top + f"<div style='display:flex'>{side}{main}</div>", _fb_css(p), "#0866ff")


def _fb_mutual(c: Ctx, p: dict[str, str], small: bool = False) -> str:
    """'N mutual friends', with one or two tiny faces of those friends before it."""
    n = c.rng.choice([0, 1, c.rng.randint(2, 9), c.rng.randint(2, 60), c.rng.randint(10, 200)])
    if not n:
        return "<div class='sub' style='height:20px'></div>"
    faces = "" if small else "".join(
        f"<img class='av' width=16 height=16 src='{c.img('avatar', 32, 32)}' style='border:1px "
        f"solid {p['card']};margin-right:-4px'>" for _ in range(min(n, 2)))
    return (f"<div class='sub' style='display:flex;align-items:center;gap:4px;height:20px'>"
            f"{f'<span style=display:flex;margin-right:4px>{faces}</span>' if faces else ''}"
            f"{n} mutual "
            f"friend{'s' if n > 1 else ''}</div>")


def _fb_person(c: Ctx, p: dict[str, str], request: bool) -> str:
    """A friend-request or people-you-may-know card: square photo, name, mutual, two buttons."""
    blue_soft = "#263951;color:#5aa7ff" if c.dark else "#ebf5ff;color:#0866ff"
    btn = ("display:block;text-align:center;padding:8px;border-radius:6px;font-weight:600;"
           "margin-top:6px;background:")
    done = c.rng.random() < .12
    if request and done:
        acts = (f"<div class='sub' style='margin-top:8px'>"
                f"{c.rng.choice(['Request accepted', 'Request removed'])}</div>")
    elif request:
        acts = (f"<span style='{btn}#0866ff;color:#fff'>Confirm</span>"
                f"<span style='{btn}{p['chip']}'>Delete</span>")
    elif done:
        acts = (f"<div class='sub' style='margin-top:8px'>Request sent</div>"
                f"<span style='{btn}{p['chip']}'>Cancel</span>")
    else:
        acts = (f"<span style='{btn}{blue_soft}'>Add friend</span>"
                f"<span style='{btn}{p['chip']}'>Remove</span>")
    return (f"<div class='card' style='margin:0;overflow:hidden;border:1px solid {p['line']}'>"
            f"<img src='{c.img('avatar', 240, 240)}' style='width:100%;aspect-ratio:1;"
            f"object-fit:cover;display:block'><div style='padding:10px 12px 12px'><div "
            f"style='font-weight:600;font-size:17px;white-space:nowrap;overflow:hidden;"
            f"text-overflow:ellipsis'>{esc(c.text.name())}</div>{_fb_mutual(c, p)}{acts}</div>"
            f"</div>")


def facebook_friends(c: Ctx) -> Page:
    """The Friends page: left menu, grids of friend requests and people you may know."""
    p = _fb_palette(c)
    view = c.rng.choice(["Home"] * 5 + ["Friend requests", "Suggestions"])
    items = (("&#128101;", "Home", ""), ("&#128100;", "Friend requests", "&#8250;"),
             ("&#128100;", "Suggestions", "&#8250;"), ("&#128101;", "All friends", "&#8250;"),
             ("&#127873;", "Birthdays", ""), ("&#128203;", "Custom lists", "&#8250;"))
    pending = c.rng.choice([0, c.rng.randint(1, 9), c.rng.randint(1, 40)])
    if view == "Home":
        rows = []
        for i, t, a in items:
            on = t == view
            dot = ("<span style='margin-left:auto;width:8px;height:8px;border-radius:50%;"
                   "background:#0866ff'></span>") if t == "Friend requests" and pending else ""
            rows.append(
                f"<div style='display:flex;align-items:center;gap:12px;padding:8px;"
                f"border-radius:8px;font-weight:600;font-size:17px;"
                f"{'background:' + p['chip'] if on else ''}'><span style='width:36px;"
                f"height:36px;border-radius:50%;text-align:center;line-height:36px;"
                f"font-size:18px;background:{'#0866ff;color:#fff' if on else p['chip']}'>{i}"
                f"</span>{t}{dot}<span class='sub' style='margin-left:{'8px' if dot else 'auto'};"
                f"font-size:24px'>{a}</span></div>")
        nav = "".join(rows)
        side_body = (f"<div style='display:flex;align-items:center;padding:0 8px 8px'><h1 "
                     f"style='margin:0;font-size:24px'>Friends</h1><span style='margin-left:auto;"
                     f"width:36px;height:36px;border-radius:50%;background:{p['chip']};"
                     f"text-align:center;line-height:36px'>&#9881;</span></div>{nav}")
    else:
        request = view == "Friend requests"
        n = pending or c.rng.randint(1, 12)
        rows = []
        for _ in range(min(n, c.rng.randint(5, 8)) if request else c.rng.randint(5, 8)):
            first, second = ("Confirm", "Delete") if request else ("Add friend", "Remove")
            soft = "#263951;color:#5aa7ff" if c.dark else "#ebf5ff;color:#0866ff"
            first_bg = "#0866ff;color:#fff" if request else soft
            when = f"<span class='sub' style='margin-left:auto'>{_fb_when(c)}</span>" \
                if request else ""
            rows.append(
                f"<div style='display:flex;gap:12px;padding:8px;border-radius:8px'><img "
                f"class='av' width=60 height=60 src='{c.img('avatar', 120, 120)}'><div "
                f"style='flex:1'><div style='display:flex'><b>{esc(c.text.name())}</b>{when}"
                f"</div>{_fb_mutual(c, p, small=True)}<div style='display:flex;gap:8px;"
                f"margin-top:6px'><span style='flex:1;text-align:center;padding:7px;"
                f"border-radius:6px;font-weight:600;background:{first_bg}'>{first}</span>"
                f"<span style='flex:1;text-align:center;padding:7px;border-radius:6px;"
                f"font-weight:600;background:{p['chip']}'>{second}</span></div></div></div>")
        head = (f"<b style='font-size:17px'>{n} Friend request{'s' if n > 1 else ''}</b>"
                f"<div style='color:#0866ff;margin:4px 0 8px'>View sent requests</div>"
                if request else "<b style='font-size:17px'>People you may know</b>")
        side_body = (f"<div style='display:flex;align-items:center;gap:12px;padding:0 8px'>"
                     f"<span style='width:36px;height:36px;border-radius:50%;text-align:center;"
                     f"line-height:36px;font-size:20px'>&#8592;</span><div><div class='sub'>"
                     f"<span style='color:#0866ff'>Friends</span></div><h1 style='margin:0;"
                     f"font-size:24px'>{view}</h1></div></div><div style='border-top:1px solid "
                     f"{p['line']};margin:12px 8px'></div><div style='padding:0 8px'>{head}"
                     f"</div>{''.join(rows)}")
    side = (f"<div style='width:360px;flex:none;background:{p['card']};padding:16px 12px;"
            f"box-shadow:1px 0 2px #0002;min-height:calc(100vh - 56px)'>{side_body}</div>")
    if view == "Home":
        w = c.rng.choice([170, 180, 200])
        grid = (f"display:grid;grid-template-columns:repeat(auto-fill,minmax({w}px,1fr));"
                f"gap:{c.rng.choice([8, 10, 12])}px")
        sections = []
        if pending:
            cards = "".join(_fb_person(c, p, True) for _ in range(min(pending, c.rng.choice(
                [5, 6, 7, 10, 12]))))
            sections.append(
                "<div style='display:flex;align-items:center;margin:4px 0 12px'><h2 "
                "style='margin:0;font-size:20px'>Friend requests</h2><span "
                f"style='margin-left:auto;color:#0866ff'>See all</span></div><div "
                f"style='{grid}'>{cards}</div><div style='border-top:1px solid {p['line']};"
                f"margin:24px 0 20px'></div>")
        cards = "".join(_fb_person(c, p, False) for _ in range(c.rng.randint(6, 14)))
        sections.append(
            f"<div style='display:flex;align-items:center;margin:4px 0 12px'><h2 "
            f"style='margin:0;font-size:20px'>People you may know</h2><span style='margin-left:"
            f"auto;color:#0866ff'>See all</span></div><div style='{grid}'>{cards}</div>")
        main = (f"<div style='flex:1;padding:{c.rng.choice([20, 24, 32])}px 32px'>"
                f"{''.join(sections)}</div>")
    else:
        main = (f"<div style='flex:1;display:flex;flex-direction:column;align-items:center;"
                f"justify-content:center;min-height:calc(100vh - 56px)'><div style='width:112px;"
                f"height:112px;border-radius:50%;background:{p['chip']};font-size:56px;"
                f"line-height:112px;text-align:center;color:{p['sub']}'>&#128101;</div><div "
                f"class='sub' style='font-size:20px;font-weight:700;margin-top:16px'>Select "
                f"people's names to preview their profile.</div></div>")
    top = _fb_top_on(c, ("&#8962;", "&#128101;", "&#9654;", "&#127978;", "&#127918;"), 1)
    path = {"Home": "/friends", "Friend requests": "/friends/requests",
            "Suggestions": "/friends/suggestions"}[view]
    return Page("www.facebook.com", path, "Friends | Facebook",
                top + f"<div style='display:flex'>{side}{main}</div>", _fb_css(p), "#0866ff")


def medium_search(c: Ctx) -> Page:
    """Search results: query in the top bar, tabs, story rows, people and topics on the right."""
    bg, fg, sub, line, chip = (("#121212", "#e6e6e6", "#8a8a8a", "#2a2a2a", "#242424")
                               if c.dark else
                               ("#ffffff", "#242424", "#6b6b6b", "#f2f2f2", "#f2f2f2"))
    noun, adj, verb = (c.text.pick(c.text.nouns), c.text.pick(c.text.adjs),
                       c.text.pick(c.text.verbs))
    query = c.rng.choice([noun, noun, f"{adj} {noun}", f"{verb} {noun}", f"{noun} {verb}"])
    tab = c.rng.choice(["Stories"] * 4 + ["People", "Publications", "Topics", "Lists"])
    on = f"color:{fg};border-bottom:1px solid {fg}"
    tabs = "".join(f"<span style='padding:14px 0;{on if t == tab else ''}'>{t}</span>"
                   for t in ("Stories", "People", "Publications", "Topics", "Lists"))
    follow = (f"<span style='border:1px solid {fg};border-radius:20px;padding:6px 16px;"
              f"font-size:14px;color:{fg};white-space:nowrap'>Follow</span>")
    green = ("<span style='background:#1a8917;color:#fff;border-radius:20px;padding:8px 16px;"
             "font-size:14px;white-space:nowrap'>Follow</span>")

    def titled() -> str:
        t = c.text.title()
        if c.rng.random() < .35:  # the query words often turn up in the titles that matched
            return c.rng.choice([f"{query.title()}: {t}", f"{t} with {query.title()}"])
        return t

    rows = []
    if tab == "Stories":
        for _ in range(c.rng.randint(4, 6)):
            pub = (f" <span class='sub' style='font-size:13px'>in</span> "
                   f"{esc(c.text.pick(c.text.adjs).title())} {esc(noun.title())}"
                   if c.rng.random() < .4 else "")
            star = ("<span style='color:#ffc017'>&#10022;</span>"
                    if c.rng.random() < .5 else "")
            pic = (f"<img src='{c.img('photo', 160, 107)}' style='width:160px;height:107px;"
                   f"object-fit:cover;flex:none'>" if c.rng.random() < .8 else "")
            rows.append(
                f"<div style='display:flex;gap:48px;align-items:center;padding:24px 0;"
                f"border-bottom:1px solid {line}'><div style='flex:1'><div style='display:flex;"
                f"gap:8px;align-items:center;font-size:13px'><img class='av' width=20 height=20 "
                f"src='{c.img('avatar', 40, 40)}'>{esc(c.text.name())}{pub}</div><h2 "
                f"style='font-size:20px;line-height:26px;margin:10px 0 6px;letter-spacing:-.2px'>"
                f"{esc(titled())}</h2><div class='sub' style='font-size:16px;line-height:22px'>"
                f"{esc(c.text.sentence(6, 14))}</div><div class='sub' style='font-size:13px;"
                f"margin-top:14px;display:flex;gap:14px;align-items:center'>{star}<span>"
                f"{_md_date(c)}</span><span>&#128079; {c.text.count()}</span><span>&#128172; "
                f"{c.rng.randint(1, 250)}</span><span style='margin-left:auto'>{_md_mark()} "
                f"&nbsp;&middot;&middot;&middot;</span></div></div>{pic}</div>")
    elif tab in ("People", "Publications"):
        for _ in range(c.rng.randint(5, 8)):
            if tab == "People":
                who = esc(c.text.name())
                pic = (f"<img class='av' width=48 height=48 src='{c.img('avatar', 96, 96)}'>")
            else:
                other = c.text.pick(c.text.nouns).title()
                who = esc(c.rng.choice([f"The {query.title()} Journal", f"{query.title()} Daily",
                                        f"{c.text.pick(c.text.adjs).title()} {noun.title()}",
                                        f"Better {noun.title()}", f"{other} & {noun.title()}",
                                        f"The {other} Review", f"{query.title()} Collective",
                                        f"{c.text.pick(c.text.adjs).title()} {other}"]))
                pic = (f"<span style='width:48px;height:48px;flex:none;border-radius:4px;"
                       f"background:{c.text.color()};color:#fff;font:700 24px/48px Georgia,"
                       f"serif;text-align:center'>{who[0]}</span>")
            rows.append(
                f"<div style='display:flex;gap:16px;align-items:center;padding:20px 0;"
                f"border-bottom:1px solid {line}'>{pic}<div style='flex:1'><b "
                f"style='font-size:16px'>{who}</b><div class='sub' style='font-size:14px;"
                f"margin-top:4px'>{esc(c.text.sentence(6, 16))}</div></div>"
                f"{green if c.rng.random() < .7 else follow}</div>")
    elif tab == "Topics":
        words = [query] + [f"{query} {c.text.word()}" for _ in range(c.rng.randint(4, 8))]
        words += [c.text.word() for _ in range(c.rng.randint(3, 8))]
        rows.append("<div style='padding:24px 0'>" + "".join(
            f"<span style='background:{chip};border-radius:20px;padding:9px 16px;margin:0 8px "
            f"12px 0;display:inline-block;font-size:14px'>{esc(w.title())}</span>"
            for w in words) + "</div>")
    else:
        for _ in range(c.rng.randint(3, 5)):
            thumbs = "".join(f"<img src='{c.img('photo', 120, 120)}' style='width:84px;"
                             f"height:84px;object-fit:cover;display:block'>" for _ in range(3))
            rows.append(
                f"<div style='display:flex;gap:24px;align-items:center;padding:24px 0;"
                f"border-bottom:1px solid {line}'><div style='flex:1'><div style='display:flex;"
                f"gap:8px;align-items:center;font-size:13px'><img class='av' width=20 height=20 "
                f"src='{c.img('avatar', 40, 40)}'>{esc(c.text.name())}</div><h2 "
                f"style='font-size:20px;margin:10px 0 8px'>{esc(titled())}</h2><div class='sub' "
                f"style='font-size:13px'>{c.rng.randint(2, 120)} stories &middot; "
                f"{c.rng.randint(1, 900)} saves</div></div><div style='display:flex;gap:2px'>"
                f"{thumbs}</div></div>")
    side = []
    if tab != "People" and c.rng.random() < .85:
        people = "".join(
            f"<div style='display:flex;gap:12px;align-items:center;padding:8px 0'><img "
            f"class='av' width=32 height=32 src='{c.img('avatar', 64, 64)}'><div style='flex:1;"
            f"min-width:0'><b style='font-size:15px'>{esc(c.text.name())}</b><div class='sub' "
            f"style='font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis'>"
            f"{esc(c.text.sentence(5, 12))}</div></div>{follow}</div>"
            for _ in range(c.rng.randint(2, 3)))
        side.append(f"<h3 style='font-size:16px;margin:0 0 8px'>People matching {esc(query)}"
                    f"</h3>{people}<div class='sub' style='margin:10px 0 40px'>See all</div>")
    if tab != "Topics":
        tops = [query] + [f"{query} {c.text.word()}" for _ in range(c.rng.randint(2, 5))]
        chips = "".join(f"<span style='background:{chip};border-radius:20px;padding:8px 16px;"
                        f"margin:0 8px 10px 0;display:inline-block;font-size:14px'>"
                        f"{esc(w.title())}</span>" for w in tops)
        side.append(f"<h3 style='font-size:16px;margin:0 0 14px'>Topics matching {esc(query)}"
                    f"</h3>{chips}<div class='sub' style='margin:6px 0 40px'>See all</div>")
    if tab in ("People", "Topics") or c.rng.random() < .3:
        pubs = "".join(
            f"<div style='display:flex;gap:12px;align-items:center;padding:8px 0'><span "
            f"style='width:32px;height:32px;border-radius:4px;background:{c.text.color()};"
            f"flex:none'></span><div style='flex:1'><b style='font-size:15px'>"
            f"{esc(c.text.pick(c.text.adjs).title())} {esc(noun.title())}</b><div class='sub' "
            f"style='font-size:13px'>{c.text.count()} followers</div></div>{follow}</div>"
            for _ in range(c.rng.randint(1, 3)))
        side.append(f"<h3 style='font-size:16px;margin:0 0 8px'>Publications matching "
                    f"{esc(query)}</h3>{pubs}")
    box = (f"<span class='sb' style='display:flex;align-items:center;gap:10px;width:"
           f"{c.rng.choice([200, 240])}px'><span>&#128269;&#65038;</span><span "
           f"style='color:{fg}'>{esc(query)}</span></span>")
    top = (f"<div class='top'><span class='logo'>Medium</span>{box}<span "
           f"style='margin-left:auto' class='sub'>&#9998; Write</span><span class='sub' "
           f"style='font-size:18px'>&#128276;&#65038;</span><img class='av' width=32 height=32 "
           f"src='{c.img('avatar', 64, 64)}'></div>")
    gap = c.rng.choice([48, 64, 96])
    body = (top + f"<div style='display:flex;justify-content:center;gap:{gap}px'><div "
            f"style='width:{c.rng.choice([680, 728])}px;padding-top:{c.rng.choice([40, 52])}px'>"
            f"<h1 style='font-size:42px;letter-spacing:-1px;margin:0'><span class='sub' "
            f"style='font-size:42px'>Results for</span> {esc(query)}</h1><div class='sub' "
            f"style='display:flex;gap:32px;margin-top:36px;border-bottom:1px solid {line};"
            f"font-size:14px'>{tabs}</div>{''.join(rows)}</div><div style='width:328px;"
            f"border-left:1px solid {line};padding:48px 0 0 {gap // 2}px;min-height:"
            f"calc(100vh - 106px)'>{''.join(side)}</div></div>")
    css = (_MD_CSS + f"body{{background:{bg};color:{fg}}}.logo{{color:{fg}}}"
           f".top{{border-bottom:1px solid {line}}}.sb{{background:{chip};color:{sub}}}"
           f".sub{{color:{sub}}}")
    path = "/search" + ("" if tab == "Stories" else "/" + tab.lower())
    return Page("medium.com", f"{path}?q={quote_plus(query)}",
                f"Search results for {query} – Medium", body, css, "#000000")
