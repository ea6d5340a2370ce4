"""Google search (home, results, entity results with a knowledge panel, the News/Videos and
Shopping tabs, Maps, Scholar, Translate, and image results for the unseen split) and webmail
(Gmail inbox, Promotions tab, message and compose window, Yahoo Mail's, Proton Mail's and a
self-hosted Roundcube inbox, and an Outlook-style webmail for the unseen split). Written from
scratch after the sites' public look; content is generated."""

from __future__ import annotations

from datetime import date, timedelta

from ..web import Ctx, Page, esc

_G_FONT = "font-family:Arial,'Liberation Sans',sans-serif;"
_G_LOGO = ("<span style='font:400 {size}px \"Product Sans\",Arial,sans-serif;letter-spacing:"
           "-1px'><span style='color:#4285f4'>G</span><span style='color:#ea4335'>o</span><span "
           "style='color:#fbbc05'>o</span><span style='color:#4285f4'>g</span><span "
           "style='color:#34a853'>l</span><span style='color:#ea4335'>e</span></span>")


def _g_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#202124", "fg": "#e8eaed", "sub": "#9aa0a6", "link": "#8ab4f8",
                "line": "#3c4043", "box": "#303134", "url": "#bdc1c6"}
    return {"bg": "#ffffff", "fg": "#202124", "sub": "#70757a", "link": "#1a0dab",
            "line": "#dadce0", "box": "#f1f3f4", "url": "#202124"}


def _g_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_G_FONT}}}"
            f".sb{{border:1px solid {p['line']};border-radius:24px;height:44px;display:flex;"
            f"align-items:center;padding:0 16px;gap:12px;background:{p['bg']};"
            f"box-shadow:0 1px 6px #20212447}}.sub{{color:{p['sub']};font-size:14px}}"
            f".tabs{{display:flex;gap:24px;font-size:14px;color:{p['sub']}}}.tabs .on{{"
            f"color:{p['fg']};border-bottom:3px solid {p['fg']};padding-bottom:10px}}")


def google_home(c: Ctx) -> Page:
    p = _g_palette(c)
    tiles = "".join(f"<div style='width:112px;text-align:center;font-size:13px'><img "
                    f"src='{c.img('avatar', 48, 48)}' style='border-radius:50%;width:48px'><br>"
                    f"{esc(c.text.word().title())}</div>" for _ in range(c.rng.randint(0, 8)))
    body = (f"<div style='display:flex;justify-content:flex-end;gap:16px;padding:16px;"
            f"font-size:13px;align-items:center'>Gmail Images &#9638; <img src='"
            f"{c.img('avatar', 64, 64)}' width=32 style='border-radius:50%'></div><div "
            f"style='text-align:center;margin-top:15vh'>{_G_LOGO.format(size=92)}</div><div "
            f"class='sb' style='width:560px;margin:26px auto'>&#128269;<span style='flex:1'>"
            f"</span>&#127908;</div><div style='text-align:center'><span style='background:"
            f"{p['box']};padding:10px 16px;margin:4px;border-radius:4px;font-size:14px'>Google "
            f"Search</span><span style='background:{p['box']};padding:10px 16px;margin:4px;"
            f"border-radius:4px;font-size:14px'>I'm Feeling Lucky</span></div><div "
            f"style='display:flex;flex-wrap:wrap;justify-content:center;width:600px;margin:30px "
            f"auto;gap:8px'>{tiles}</div><div style='position:fixed;bottom:0;left:0;right:0;"
            f"background:{p['box']};padding:15px 30px;font-size:14px;color:{p['sub']}'>About "
            f"&nbsp; Advertising &nbsp; Business &nbsp; How Search works<span style='float:right'>"
            f"Privacy &nbsp; Terms &nbsp; Settings</span></div>")
    return Page("www.google.com", "/", "Google", body, _g_css(p), "#4285f4")


def _g_search_head(c: Ctx, p: dict[str, str], query: str, tab: int) -> str:
    tabs = ["All", "Images", "Videos", "News", "Shopping", "Maps", "Books", "More"]
    return (f"<div style='display:flex;align-items:center;gap:32px;padding:20px 28px 8px'>"
            f"{_G_LOGO.format(size=30)}<div class='sb' style='width:640px;box-shadow:none'>"
            f"<span style='flex:1'>{esc(query)}</span>&#10005; &#127908; &#128269;</div><img "
            f"src='{c.img('avatar', 64, 64)}' width=32 style='margin-left:auto;border-radius:50%'>"
            f"</div><div class='tabs' style='padding:8px 0 0 180px;border-bottom:1px solid "
            f"{p['line']}'>" + "".join(f"<span class='{'on' if i == tab else ''}'>{t}</span>"
                                       for i, t in enumerate(tabs)) + "</div>")


def _g_result(c: Ctx, p: dict[str, str]) -> str:
    """One organic result: favicon, site and breadcrumb, blue title, dated snippet."""
    site = c.text.word() + c.rng.choice([".com", ".org", ".io", ".dev", ".net", ".co.uk"])
    return (f"<div style='margin-bottom:28px;max-width:650px'><div style='display:flex;"
            f"gap:12px;align-items:center'><img src='{c.img('avatar', 52, 52)}' width=26 "
            f"style='border-radius:50%'><div style='font-size:14px'>{esc(site)}<div "
            f"class='sub' style='font-size:12px'>https://{esc(site)} &rsaquo; "
            f"{esc(c.text.word())}</div></div></div><div style='color:{p['link']};"
            f"font-size:20px;margin:4px 0'>{esc(c.text.title())}</div><div "
            f"class='sub' style='line-height:22px'>{c.text.ago()} &mdash; "
            f"{esc(c.text.sentence(18, 30))}</div></div>")


def google_results(c: Ctx) -> Page:
    p = _g_palette(c)
    query = " ".join(c.text.word() for _ in range(c.rng.randint(1, 5)))
    results = "".join(_g_result(c, p) for _ in range(c.rng.randint(6, 9)))
    people = "".join(f"<div style='padding:12px 0;border-bottom:1px solid {p['line']}'>"
                     f"{esc(c.text.sentence(4, 8))[:-1]}?</div>" for _ in range(4))
    panel = (f"<div style='width:370px;border:1px solid {p['line']};border-radius:8px;"
             f"padding:16px;height:fit-content'><img src='{c.img('photo', 340, 180)}' "
             f"style='width:100%;border-radius:8px'><h2 style='margin:8px 0'>"
             f"{esc(query.title())}</h2><div class='sub'>{esc(c.text.paragraph(2, 3))}</div>"
             f"</div>") if c.rng.random() < .5 else ""
    body = (_g_search_head(c, p, query, 0) + f"<div style='display:flex;gap:80px;padding:16px "
            f"0 0 180px'><div><div class='sub' style='margin-bottom:20px'>About "
            f"{c.rng.randint(10000, 999999999):,} results ({c.rng.uniform(.2, .9):.2f} seconds)"
            f"</div>{results[:len(results) // 2]}<h3 style='font-weight:400'>People also ask</h3>"
            f"{people}<br>{results[len(results) // 2:]}</div>{panel}</div>")
    return Page("www.google.com", f"/search?q={query.replace(' ', '+')}",
                f"{query} - Google Search", body, _g_css(p), "#4285f4")


def google_images(c: Ctx) -> Page:
    """Image results grid: kept out of training (unseen layouts)."""
    p = _g_palette(c)
    query = " ".join(c.text.word() for _ in range(c.rng.randint(1, 3)))
    pics = "".join(f"<div><img src='{c.img('photo', w, 180)}' style='height:180px;width:{w}px;"
                   f"border-radius:8px;object-fit:cover'><div class='sub' style='font-size:12px'>"
                   f"{esc(c.text.word())}.com</div><div style='font-size:13px'>"
                   f"{esc(c.text.title()[:30])}</div></div>"
                   for w in (c.rng.randint(140, 320) for _ in range(24)))
    body = (_g_search_head(c, p, query, 1) + f"<div style='display:flex;flex-wrap:wrap;gap:16px;"
            f"padding:16px 28px'>{pics}</div>")
    return Page("www.google.com", f"/search?q={query.replace(' ', '+')}&tbm=isch",
                f"{query} - Google Search", body, _g_css(p), "#4285f4")


_FACTS = ("Born", "Founded", "Headquarters", "Population", "Height", "Spouse", "Area",
          "Founders", "Awards", "Genre", "Parent organization", "Elevation", "Children")


def google_knowledge(c: Ctx) -> Page:
    """Entity search: top stories, People also ask and results, knowledge panel on the right."""
    p = _g_palette(c)
    if c.rng.random() < .5:
        entity = c.text.name()
        kind = c.rng.choice(["American actor", "Musician", "Author", "Politician",
                             "British singer-songwriter", "Footballer", "Physicist"])
    else:
        suffix, kind = c.rng.choice([("Inc.", "Software company"), ("Lake", "Lake in Canada"),
                                     ("Museum", "Art museum"), ("FC", "Football club"),
                                     ("National Park", "National park"), ("", "City")])
        entity = f"{c.text.word().title()} {suffix}".strip()
    stories = "".join(
        f"<div style='width:200px;border:1px solid {p['line']};border-radius:12px;"
        f"overflow:hidden;font-size:14px'><img src='{c.img('photo', 200, 112)}' width=200 "
        f"height=112 style='display:block;object-fit:cover'><div style='padding:10px 12px'>"
        f"<div class='sub' style='font-size:12px;display:flex;gap:6px;align-items:center'>"
        f"<img src='{c.img('avatar', 32, 32)}' width=16 style='border-radius:50%'>"
        f"{esc(c.text.word().title())} {c.rng.choice(['News', 'Times', 'Post', 'Daily'])}</div>"
        f"<div style='margin:6px 0;line-height:20px;color:{p['fg']}'>"
        f"{esc(c.text.title())}</div><div class='sub' style='font-size:12px'>"
        f"{c.rng.randint(1, 23)} hours ago</div></div></div>"
        for _ in range(c.rng.randint(3, 4)))
    opened = c.rng.randrange(-1, 4)
    paa = "".join(
        f"<div style='padding:14px 0;border-bottom:1px solid {p['line']};font-size:16px'>"
        f"<div style='display:flex'><span style='flex:1'>{esc(c.text.sentence(4, 8))[:-1]}?"
        f"</span><span class='sub'>{'&#8963;' if i == opened else '&#8964;'}</span></div>"
        + (f"<div style='font-size:14px;line-height:22px;margin-top:10px'>"
           f"{esc(c.text.sentence(20, 34))}</div><div class='sub' style='font-size:12px;"
           f"margin-top:8px'>{esc(c.text.word())}.com</div>" if i == opened else "") + "</div>"
        for i in range(4))
    before = "".join(_g_result(c, p) for _ in range(c.rng.randint(1, 2)))
    after = "".join(_g_result(c, p) for _ in range(c.rng.randint(2, 4)))
    strip = (f"<div style='display:grid;grid-template-columns:2fr 1fr;grid-template-rows:"
             f"100px 100px;gap:4px;border-radius:12px;overflow:hidden'><img src='"
             f"{c.img('photo', 260, 204)}' style='grid-row:span 2;width:100%;height:204px;"
             f"object-fit:cover'><img src='{c.img('photo', 130, 100)}' style='width:100%;"
             f"height:100px;object-fit:cover'><img src='{c.img('photo', 130, 100)}' "
             f"style='width:100%;height:100px;object-fit:cover'></div>")
    facts = "".join(f"<div style='margin:6px 0;line-height:20px'><b>{k}:</b> "
                    f"<span style='color:{p['link']}'>{esc(c.text.word().title())}</span> "
                    f"{esc(c.text.sentence(2, 6))[:-1]}</div>"
                    for k in c.rng.sample(_FACTS, c.rng.randint(3, 6)))
    related = "".join(f"<div style='width:72px;font-size:12px;text-align:center'><img src='"
                      f"{c.img('avatar', 72, 72)}' width=64 style='border-radius:8px'><br>"
                      f"{esc(c.text.name())}</div>" for _ in range(4))
    panel = (f"<div style='width:370px;flex:none'>{strip}<div style='display:flex;"
             f"align-items:flex-start;margin-top:14px'><div style='flex:1'><div "
             f"style='font-size:28px'>{esc(entity)}</div><div class='sub'>{kind}</div></div>"
             f"<span class='sub' style='font-size:20px'>&#8678;</span></div><div "
             f"style='border-top:1px solid {p['line']};margin-top:14px;padding-top:12px;"
             f"font-size:14px;line-height:22px'>{esc(c.text.sentence(24, 40))} <span "
             f"style='color:{p['link']};text-decoration:underline'>Wikipedia</span>"
             f"{facts}</div><div style='border-top:1px solid {p['line']};margin-top:12px;"
             f"padding-top:12px'><div style='font-size:18px;margin-bottom:10px'>People also "
             f"search for</div><div style='display:flex;gap:16px'>{related}</div></div></div>")
    body = (_g_search_head(c, p, entity, 0) + f"<div style='display:flex;gap:64px;padding:16px "
            f"0 0 180px'><div style='width:652px;flex:none'><div class='sub' "
            f"style='margin-bottom:20px'>About {c.rng.randint(10000, 99999999):,} results "
            f"({c.rng.uniform(.2, .9):.2f} seconds)</div>{before}<h3 style='font-weight:400;"
            f"font-size:20px'>Top stories</h3><div style='display:flex;gap:12px;"
            f"margin-bottom:28px'>{stories}</div><h3 style='font-weight:400;font-size:20px;"
            f"margin-bottom:4px'>People also ask</h3>{paa}<div style='height:28px'></div>"
            f"{after}</div>{panel}</div>")
    return Page("www.google.com", f"/search?q={entity.replace(' ', '+')}",
                f"{entity} - Google Search", body, _g_css(p), "#4285f4")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def google_videos_news(c: Ctx) -> Page:
    """The News or Videos tab: a vertical list with a side thumbnail per result."""
    p = _g_palette(c)
    videos = c.rng.random() < .5
    query = " ".join(c.text.word() for _ in range(c.rng.randint(1, 4)))
    items = ""
    for _ in range(c.rng.randint(6, 9)):
        if videos:
            site = c.rng.choice(["YouTube", "YouTube", "YouTube", "Vimeo", "TikTok",
                                 "Facebook", "Dailymotion"])
            items += (f"<div style='display:flex;gap:16px;margin-bottom:30px;width:652px'>"
                      f"<div style='position:relative;flex:none'><img src='"
                      f"{c.img('thumb', 320, 180)}' width=180 height=101 style='border-radius:"
                      f"8px;object-fit:cover;display:block'><span style='position:absolute;"
                      f"right:6px;bottom:6px;background:#000c;color:#fff;font-size:12px;"
                      f"padding:1px 5px;border-radius:4px'>{c.text.duration()}</span></div>"
                      f"<div><div style='display:flex;gap:8px;align-items:center;font-size:14px'>"
                      f"<img src='{c.img('avatar', 36, 36)}' width=18 style='border-radius:50%'>"
                      f"{site}<span class='sub' style='font-size:12px'>"
                      f"{'www.youtube.com' if site == 'YouTube' else site.lower() + '.com'} "
                      f"&rsaquo; watch</span></div><div style='color:{p['link']};font-size:20px;"
                      f"margin:6px 0;line-height:26px'>{esc(c.text.title())}</div><div "
                      f"class='sub' style='font-size:14px;line-height:22px'>"
                      f"{esc(c.text.sentence(10, 22))}</div><div class='sub' style='font-size:"
                      f"14px;margin-top:4px'>{site} &middot; {esc(c.text.name())} &middot; "
                      f"{c.rng.choice(_MONTHS)} {c.rng.randint(1, 28)}, "
                      f"{c.rng.randint(2014, 2024)}</div></div>"
                      f"</div>")
        else:
            source = f"{c.text.word().title()} {c.rng.choice(['News', 'Times', 'Post', 'Wire'])}"
            items += (f"<div style='display:flex;gap:16px;padding:16px 0;width:652px;"
                      f"border-bottom:1px solid {p['line']}'><div style='flex:1'><div "
                      f"style='display:flex;gap:8px;align-items:center;font-size:12px'><img "
                      f"src='{c.img('avatar', 32, 32)}' width=16 style='border-radius:3px'>"
                      f"{esc(source)}</div><div style='color:{p['link']};font-size:18px;"
                      f"margin:8px 0;line-height:24px'>{esc(c.text.title())}</div><div "
                      f"class='sub' style='line-height:20px'>{esc(c.text.sentence(14, 26))}</div>"
                      f"<div class='sub' style='font-size:12px;margin-top:8px'>"
                      f"{c.text.ago()}</div></div><img src='{c.img('photo', 224, 224)}' "
                      f"width=112 height=112 style='border-radius:8px;object-fit:cover;"
                      f"flex:none'></div>")
    tools = ("<span style='margin-left:60px'>Tools</span>" if c.rng.random() < .7 else "")
    note = (f"<div class='sub' style='margin-bottom:14px'>About {c.rng.randint(1000, 9999999):,}"
            f" results ({c.rng.uniform(.2, .9):.2f} seconds)</div>")
    body = (_g_search_head(c, p, query, 2 if videos else 3).replace(
        "More</span></div>", f"More</span>{tools}</div>") + f"<div style='padding:16px 0 0 "
            f"180px'>{note}{items}<div style='margin:24px 0 40px 120px;font-size:14px'>"
            f"{_G_LOGO.format(size=26)}<br><span style='color:{p['link']}'>1 &nbsp; 2 &nbsp; "
            f"3 &nbsp; 4 &nbsp; 5 &nbsp; Next</span></div></div>")
    tbm = "vid" if videos else "nws"
    return Page("www.google.com", f"/search?q={query.replace(' ', '+')}&tbm={tbm}",
                f"{query} - Google Search", body, _g_css(p), "#4285f4")


_SHOP_KINDS = ("Wireless Headphones", "Running Shoes", "Backpack", "Smartwatch", "Desk Lamp",
               "Coffee Maker", "Water Bottle", "Bluetooth Speaker", "Rain Jacket", "Office Chair",
               "Sunglasses", "Blender", "Camera Bag", "Yoga Mat", "Air Fryer", "Sneakers")
_SHOPS = ("Amazon.com", "Walmart", "Best Buy", "Target", "eBay", "Etsy", "Kohl's", "REI",
          "Macy's", "Wayfair", "Newegg", "Nordstrom", "Home Depot", "Costco")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _stars(rating: float, grey: str) -> str:
    """Five stars, the first round(rating) in Google's amber."""
    n = round(rating)
    return (f"<span style='color:#fbbc04;letter-spacing:-1px'>{'&#9733;' * n}</span>"
            f"<span style='color:{grey};letter-spacing:-1px'>{'&#9733;' * (5 - n)}</span>")


def _g_product(c: Ctx, p: dict[str, str]) -> str:
    """A Shopping product card: photo on a tile, title, price, store, rating, delivery."""
    name = (f"{c.text.word().title()} {c.text.pick(c.text.adjs).title()} "
            f"{c.rng.choice(_SHOP_KINDS)}")
    price = c.rng.randint(9, 450) + c.rng.choice([0, .99, .99, .95, .5])
    was = price * c.rng.uniform(1.15, 1.7) if c.rng.random() < .35 else 0
    store = (c.rng.choice(_SHOPS) if c.rng.random() < .6 else
             f"{c.text.word().title()}{c.rng.choice([' Store', ' Shop', ' Co.', '.com'])}")
    more = c.rng.choice(["", "", " &amp; more", f" + {c.rng.randint(2, 30)} more"])
    extra = c.rng.choice(["Free delivery", f"Free delivery by {c.rng.choice(_DAYS)}",
                          "Free 30-day returns", f"Nearby, {c.rng.randint(1, 12)} mi", "", ""])
    off = c.rng.choice(["SALE", f"{round(100 - price / was * 100)}% OFF"]) if was else ""
    badge = (f"<span style='position:absolute;left:10px;top:10px;background:{p['bg']};"
             f"color:{p['fg']};font-size:12px;font-weight:700;padding:3px 8px;"
             f"border-radius:6px'>{off}</span>" if was else "")
    tile = "#303134" if c.dark else "#f1f3f4"
    old = (f" <s class='sub' style='font-size:13px'>${was:,.2f}</s>" if was else "")
    green = "#81c995" if c.dark else "#188038"
    rating = c.rng.uniform(3.6, 5)
    return (f"<div style='font-size:14px'><div style='position:relative;background:{tile};"
            f"border-radius:12px;padding:18px'><img src='{c.img('photo', 220, 220)}' "
            f"style='width:100%;aspect-ratio:1;object-fit:cover;display:block;border-radius:4px'>"
            f"{badge}<span style='position:absolute;right:10px;top:10px;width:30px;height:30px;"
            f"border-radius:50%;background:{p['bg']};display:flex;align-items:center;"
            f"justify-content:center;font-size:16px'>&#9825;</span></div><div "
            f"style='margin:10px 2px 0;line-height:20px;height:40px;overflow:hidden'>"
            f"{esc(name)}</div><div style='font-size:16px;font-weight:700;margin:6px 2px 4px'>"
            f"${price:,.2f}{old}</div><div style='display:flex;align-items:center;gap:6px;"
            f"font-size:12px;margin:0 2px'><img src='{c.img('avatar', 32, 32)}' width=16 "
            f"style='border-radius:50%'>{esc(store)}{more}</div><div class='sub' "
            f"style='font-size:12px;margin:4px 2px'>{rating:.1f} "
            f"{_stars(rating, p['line'])} ({c.text.count()})</div><div style='font-size:12px;"
            f"color:{green};margin:0 2px'>{extra}</div></div>")


def google_shopping(c: Ctx) -> Page:
    """The Shopping tab: filter chips, a Refine results column and a grid of product cards."""
    p = _g_palette(c)
    kind = c.rng.choice(_SHOP_KINDS)
    query = f"{c.text.word()} {kind.lower()}" if c.rng.random() < .6 else kind.lower()
    chips = ["On sale", "Free delivery", "Get it by tomorrow", f"Under ${c.rng.randint(3, 20)}0",
             "4 stars & up", "Nearby", "New", "Used"] + [c.text.word().title() for _ in range(3)]
    c.rng.shuffle(chips)
    chip_row = "".join(f"<span style='border:1px solid {p['line']};border-radius:8px;"
                       f"padding:7px 14px;white-space:nowrap'>{esc(t)}</span>"
                       for t in chips[:c.rng.randint(6, 9)])
    groups = [("Price", [f"Up to ${c.rng.randint(2, 6)}0", f"${c.rng.randint(5, 9)}0 &ndash; "
                         f"${c.rng.randint(10, 20)}0", f"Over ${c.rng.randint(20, 40)}0"]),
              ("Deals", ["On sale"]),
              ("Get it fast", ["Get it by tomorrow", "Pick up today"]),
              ("Brand", list(dict.fromkeys(esc(c.text.word().title()) for _ in range(4)))),
              ("Seller", [esc(s) for s in c.rng.sample(_SHOPS, 3)])]
    side = "".join(f"<div style='border-bottom:1px solid {p['line']};padding:14px 0'><div "
                   f"style='display:flex;font-size:15px;margin-bottom:8px'><span "
                   f"style='flex:1'>{g}</span><span class='sub'>&#8963;</span></div>" + "".join(
                       f"<div class='sub' style='padding:5px 0;font-size:14px'>"
                       f"<span style='font-size:16px'>&#9744;</span>&nbsp; {o}</div>"
                       for o in opts) + "</div>" for g, opts in groups)
    head = "Deals" if c.rng.random() < .3 else c.rng.choice(["Popular products", "Shop now",
                                                             "Sponsored", "Top products"])
    cards = "".join(_g_product(c, p) for _ in range(15))
    body = (_g_search_head(c, p, query, 4) + f"<div style='display:flex;gap:8px;padding:14px "
            f"28px 6px 180px;font-size:14px;overflow:hidden'>{chip_row}</div><div "
            f"style='display:flex;gap:36px;padding:10px 28px'><div style='width:210px;"
            f"flex:none'><div style='font-size:18px;padding-bottom:6px'>Refine results</div>"
            f"{side}</div><div style='flex:1'><div style='font-size:20px;margin:4px 0 16px'>"
            f"{head} <span class='sub' style='font-size:14px'>&#8942;</span></div><div "
            f"style='display:grid;grid-template-columns:repeat(5,1fr);gap:24px 20px'>{cards}"
            f"</div></div></div>")
    return Page("www.google.com", f"/search?q={query.replace(' ', '+')}&udm=28",
                f"{query} - Google Shopping", body, _g_css(p), "#4285f4")


_PLACES = (("Coffee shop", ("Coffee", "Roasters", "Caf&eacute;", "Espresso Bar")),
           ("Restaurant", ("Kitchen", "Bistro", "Grill", "Table")),
           ("Bakery", ("Bakery", "Bread Co.", "Patisserie")),
           ("Bookstore", ("Books", "Bookshop", "Reading Room")),
           ("Hotel", ("Hotel", "Inn", "Suites")), ("Gym", ("Fitness", "Athletic Club", "Gym")))


def _map_svg(c: Ctx, labels: list[str]) -> str:
    """A street map the way Google Maps draws it: land, parks, water, streets, red pins."""
    if c.dark:
        land, park, water, road, edge, major, text = ("#1f2a36", "#233d3a", "#17263c",
                                                      "#38414e", "#212a37", "#6b5d4b", "#9ca5b3")
    else:
        land, park, water, road, edge, major, text = ("#f3f4f6", "#c5e8cf", "#90daee",
                                                      "#ffffff", "#dadce0", "#fde293", "#5f6368")
    r = c.rng.randint
    out = [f"<rect width='1600' height='900' fill='{land}'/>"]
    for _ in range(r(2, 5)):
        out.append(f"<rect x='{r(440, 1500)}' y='{r(0, 800)}' width='{r(80, 260)}' "
                   f"height='{r(60, 200)}' rx='{r(4, 30)}' fill='{park}'/>")
    y0, y1 = r(0, 900), r(0, 900)
    out.append(f"<path d='M 300 {y0} C 800 {r(-200, 1100)} 1100 {r(-200, 1100)} 1700 {y1}' "
               f"stroke='{water}' stroke-width='{r(30, 90)}' fill='none'/>")
    streets = ""
    step = r(70, 120)
    for i in range(-12, 30):
        x = i * step + r(-15, 15)
        streets += f"M {x} -600 L {x} 1500 M -600 {x} L 2200 {x} "
    angle = r(-25, 25)
    for width, col in ((9, edge), (6, road)):
        out.append(f"<path d='{streets}' stroke='{col}' stroke-width='{width}' fill='none' "
                   f"transform='rotate({angle} 1000 450)'/>")
    for _ in range(r(1, 3)):
        d = f"M 380 {r(-100, 1000)} Q {r(700, 1300)} {r(0, 900)} 1700 {r(-100, 1000)}"
        for width, col in ((16, edge), (12, major)):
            out.append(f"<path d='{d}' stroke='{col}' stroke-width='{width}' fill='none'/>")
    halo = f"stroke='{land}' stroke-width='3' paint-order='stroke'"
    for _ in range(r(5, 9)):
        out.append(f"<text x='{r(500, 1500)}' y='{r(40, 880)}' fill='{text}' font-size='12' "
                   f"transform='rotate({angle} 1000 450)' {halo}>"
                   f"{esc(c.text.word().title())} {c.rng.choice(['St', 'Ave', 'Rd', 'Blvd'])}"
                   f"</text>")
    for _ in range(r(1, 3)):
        out.append(f"<text x='{r(520, 1400)}' y='{r(60, 860)}' fill='{text}' font-size='15' "
                   f"font-weight='bold' letter-spacing='2' {halo}>"
                   f"{esc(c.text.word().upper())}</text>")
    cells = c.rng.sample([(i, j) for i in range(4) for j in range(3)], len(labels))
    for name, (i, j) in zip(labels, cells, strict=True):  # one pin per cell: no overlaps
        x, y = 560 + i * 230 + r(0, 120), 140 + j * 240 + r(0, 160)
        out.append(f"<g transform='translate({x} {y})'><path d='M0 0 C-3 -9 -11 -13 -11 -22 "
                   f"A11 11 0 1 1 11 -22 C11 -13 3 -9 0 0Z' fill='#ea4335' stroke='#b31412'/>"
                   f"<circle cy='-22' r='4' fill='#b31412'/><text x='15' y='-16' "
                   f"fill='{'#f28b82' if c.dark else '#c5221f'}' font-size='13' "
                   f"font-weight='bold' {halo}>{name}</text></g>")
    return ("<svg viewBox='0 0 1600 900' preserveAspectRatio='xMidYMid slice' "
            "style='position:fixed;inset:0;width:100vw;height:100vh'>" + "".join(out) + "</svg>")


def google_maps(c: Ctx) -> Page:
    """Google Maps search: a drawn street map with pins and a left panel of place results."""
    p = _g_palette(c)
    kind, suffixes = c.rng.choice(_PLACES)
    query = c.rng.choice([f"{kind.lower()}s near me", f"{kind.lower()}s",
                          f"{kind.lower()} {c.text.word()}"])
    panel_bg = "#202124" if c.dark else "#ffffff"
    green, red = ("#81c995", "#f28b82") if c.dark else ("#188038", "#d93025")
    names, places = [], ""
    for i in range(c.rng.randint(5, 7)):
        name = f"{esc(c.text.word().title())} {c.rng.choice(suffixes)}"
        names.append(name)
        rating = c.rng.uniform(3.4, 5)
        hours = (f"<span style='color:{green}'>Open</span> &middot; Closes "
                 f"{c.rng.randint(5, 11)} PM" if c.rng.random() < .7 else
                 f"<span style='color:{red}'>Closed</span> &middot; Opens "
                 f"{c.rng.randint(6, 11)} AM {c.rng.choice(_DAYS)}")
        ad = "<b>Sponsored</b><br>" if i == 0 and c.rng.random() < .3 else ""
        buttons = "".join(f"<span style='border:1px solid {p['line']};border-radius:16px;"
                          f"padding:5px 12px;color:{p['link']}'>{b}</span>"
                          for b in c.rng.choice([("Website", "Directions"), ("Order online",),
                                                 ("Reserve a table",), ("Directions",), ()]))
        places += (f"<div style='padding:14px 24px;border-bottom:1px solid {p['line']};"
                   f"display:flex;gap:12px'><div style='flex:1;font-size:14px;line-height:21px;"
                   f"min-width:0'><div class='sub' style='font-size:12px'>{ad}</div><div "
                   f"style='font-size:16px;font-weight:500'>{name}</div><div class='sub'>"
                   f"{rating:.1f} {_stars(rating, p['line'])} ({c.rng.randint(8, 4000):,})</div>"
                   f"<div class='sub'>{kind} &middot; {'$' * c.rng.randint(1, 3)} &middot; "
                   f"{c.rng.randint(1, 999)} {esc(c.text.word().title())} St</div><div "
                   f"class='sub'>{hours}</div><div class='sub' style='white-space:nowrap;"
                   f"overflow:hidden;text-overflow:ellipsis'>&ldquo;"
                   f"{esc(c.text.sentence(6, 12))}&rdquo;</div><div style='display:flex;"
                   f"gap:8px;margin-top:8px;font-size:13px'>{buttons}</div></div><img src='"
                   f"{c.img('photo', 168, 168)}' width=84 height=84 style='border-radius:8px;"
                   f"object-fit:cover;flex:none'></div>")
    chips = "".join(f"<span style='background:{panel_bg};border-radius:16px;padding:7px 14px;"
                    f"box-shadow:0 1px 3px #0005;white-space:nowrap'>{t}</span>"
                    for t in ("Price &#9662;", "Rating &#9662;", "Hours &#9662;",
                              "&#9776; All filters"))
    rail = "".join(f"<div style='text-align:center;margin:18px 0;font-size:11px'><div "
                   f"style='font-size:18px'>{i}</div>{t}</div>" for i, t in
                   (("&#9733;", "Saved"), ("&#8634;", "Recents"), ("&#9113;", "Get app")))
    apps = ("<span style='display:grid;grid-template-columns:repeat(3,4px);gap:4px'>"
            + f"<i style='width:4px;height:4px;border-radius:50%;background:{p['sub']}'></i>" * 9
            + "</span>")
    ctrl = (f"background:{panel_bg};box-shadow:0 1px 4px #0005;border-radius:8px;"
            f"width:40px;text-align:center")
    body = (_map_svg(c, names) + f"<div style='position:fixed;left:0;top:0;bottom:0;width:72px;"
            f"background:{panel_bg};border-right:1px solid {p['line']};padding-top:16px'>"
            f"<div style='text-align:center;font-size:20px'>&#9776;</div>{rail}</div><div "
            f"style='position:fixed;left:72px;top:0;bottom:0;width:408px;background:{panel_bg};"
            f"box-shadow:0 0 8px #0004;overflow:hidden'><div class='sb' style='margin:12px 16px;"
            f"font-size:15px'><span style='flex:1'>{esc(query)}</span><span class='sub'>"
            f"&#128269; &nbsp;&#10005;</span></div><div style='display:flex;padding:10px 24px;"
            f"border-bottom:1px solid {p['line']}'><span style='flex:1;font-size:20px'>Results"
            f"</span><span class='sub'>&#9432; &nbsp;&#8599;</span></div>{places}</div><div "
            f"style='position:fixed;left:496px;top:16px;display:flex;gap:8px;font-size:14px'>"
            f"{chips}</div><div style='position:fixed;right:16px;top:14px;display:flex;gap:14px;"
            f"align-items:center'>{apps}<img src='"
            f"{c.img('avatar', 64, 64)}' width=32 style='border-radius:50%'></div><div "
            f"style='position:fixed;left:496px;bottom:28px;width:72px;height:72px;"
            f"border-radius:8px;overflow:hidden;border:2px solid #fff;box-shadow:0 1px 4px "
            f"#0006'><img src='{c.img('photo', 144, 144)}' width=72 height=72 "
            f"style='object-fit:cover;display:block'><span style='position:absolute;bottom:4px;"
            f"left:0;right:0;text-align:center;color:#fff;font-size:12px;text-shadow:0 0 3px "
            f"#000'>&#9707; Layers</span></div><div style='position:fixed;right:16px;"
            f"bottom:40px;display:flex;flex-direction:column;gap:10px;font-size:22px'><div "
            f"style='{ctrl};padding:8px 0'>&#8982;</div><div style='{ctrl};line-height:38px'>+"
            f"<br>&minus;</div></div><div style='position:fixed;right:0;bottom:0;"
            f"background:{panel_bg}cc;font-size:11px;padding:2px 10px' class='sub'>Map data "
            f"&copy;2026 Google &nbsp; United States &nbsp; Terms &nbsp; Privacy &nbsp; Send "
            f"Product Feedback &nbsp; <span style='border:1px solid;border-top:0;padding:0 "
            f"16px'>{c.rng.choice([50, 100, 200, 500])} m</span></div>")
    lat, lng = c.rng.uniform(25, 55), c.rng.uniform(-125, 20)
    path = f"/maps/search/{query.replace(' ', '+')}/@{lat:.7f},{lng:.7f},{c.rng.randint(12, 16)}z"
    return Page("www.google.com", path, f"{query} - Google Maps", body, _g_css(p) +
                "body{overflow:hidden}", "#34a853")


_SCH_VENUES = ("Journal of {N} {M}", "Proceedings of the {A} Conference on {N}",
               "{N} {M} Review", "International Journal of {N}", "arXiv preprint arXiv:{X}",
               "IEEE Transactions on {N} {M}", "{N} and {M}", "Nature {N}",
               "Annual Review of {N}", "ACM Computing Surveys", "Frontiers in {N}")
_SCH_HOSTS = ("springer.com", "ieeexplore.ieee.org", "dl.acm.org", "arxiv.org", "Elsevier",
              "Wiley Online Library", "Taylor & Francis", "books.google.com", "nature.com",
              "mdpi.com", "jstor.org", "cambridge.org", "academic.oup.com", "sciencedirect.com")


def _sch_snippet(c: Ctx, words: list[str], lo: int, hi: int) -> str:
    """A snippet of generated text with the query words set in bold here and there."""
    out = esc(c.text.sentence(lo, hi)).split(" ")
    for _ in range(c.rng.randint(1, 3)):
        out.insert(c.rng.randrange(len(out)), f"<b>{esc(c.rng.choice(words))}</b>")
    return " ".join(out)


def _sch_result(c: Ctx, p: dict[str, str], words: list[str], by_date: bool) -> str:
    """One Scholar hit: title, green authors - venue, year - host line, snippet, links."""
    kind = c.rng.choice(["", "", "", "", "", "[BOOK] ", "[HTML] ", "[CITATION] ", "[PDF] "])
    title = c.text.title()
    if c.rng.random() < .4:
        how = c.rng.choice(["a review of", "an empirical study of", "a survey of",
                            "towards a framework for", "an analysis of", "evidence from",
                            "a systematic review of"])
        title += f": {how} {c.text.pick(c.text.nouns)}s"
    authors = []
    for _ in range(c.rng.randint(1, 4)):
        initials = "".join(c.rng.choice("ABCDEFGHJKLMNPRSTW")
                           for _ in range(c.rng.choice([1, 1, 2])))
        who = esc(f"{initials} {c.text.pick(c.text.last)}")
        authors.append(f"<u>{who}</u>" if c.rng.random() < .3 else who)
    more = "&hellip;" if c.rng.random() < .35 else ""
    venue = c.rng.choice(_SCH_VENUES).format(
        N=c.text.pick(c.text.nouns).title(), M=c.text.pick(c.text.nouns).title() + "s",
        A=c.text.pick(c.text.adjs).title(), X=f"{c.rng.randint(15, 24)}{c.rng.randint(1, 12):02d}"
        f".{c.rng.randint(1000, 19999):05d}")
    if len(venue) > 34:
        venue = venue[:c.rng.randint(24, 34)].rstrip() + "&hellip;"
    else:
        venue = esc(venue)
    year = c.rng.randint(1995, 2025)
    host = esc(c.rng.choice(_SCH_HOSTS))
    green = (f"{', '.join(authors)}{more} - {venue}, {year} - {host}" if kind != "[CITATION] "
             else f"{', '.join(authors)}{more} - {venue}, {year}")
    ago = (f"<span style='color:{p['sub']}'>{c.rng.randint(1, 29)} days ago - </span>"
           if by_date else "")
    snippet = (f"<div style='line-height:18px;margin:2px 0'>{ago}&hellip; "
               f"{_sch_snippet(c, words, 18, 34)} &hellip;</div>" if kind != "[CITATION] "
               else "")
    cited = int(10 ** c.rng.uniform(0, 4.6))
    links = ["<span>&#9734; Save</span>", "<span>&#10077; Cite</span>"]
    if cited > 1 or c.rng.random() < .5:
        links.append(f"<span>Cited by {cited:,}</span>")
    links.append("<span>Related articles</span>")
    if c.rng.random() < .7:
        links.append(f"<span>All {c.rng.randint(2, 24)} versions</span>")
    if c.rng.random() < .2:
        links.append("<span>Web of Science: " f"{max(1, cited // c.rng.randint(2, 5))}</span>")
    if c.rng.random() < .25:
        links.append("<span>Import into BibTeX</span>")
    side = ""
    if kind != "[CITATION] " and c.rng.random() < .5:
        fmt = c.rng.choice(["PDF", "PDF", "PDF", "HTML"])
        where = c.rng.choice([f"{c.text.word()}.edu", "arxiv.org", "researchgate.net",
                              f"{c.text.word()}.org", "nih.gov", f"{c.text.word()}.ac.uk",
                              "semanticscholar.org", "psu.edu"])
        side = (f"<div style='width:150px;flex:none;font-size:13px;padding-top:3px'><span "
                f"style='color:{p['link']}'><span style='color:{p['sub']}'>[{fmt}]</span> "
                f"{esc(where)}</span></div>")
    label = (f"<span style='font-size:13px;color:{p['sub']}'>{kind.strip()}</span> "
             if kind else "")
    tag = "span" if kind == "[CITATION] " else "a"
    return (f"<div style='display:flex;gap:12px;margin-bottom:{c.rng.choice([20, 22, 24])}px'>"
            f"<div style='flex:1;max-width:640px'><div style='font-size:17px;line-height:22px'>"
            f"{label}<{tag} style='color:{p['fg'] if tag == 'span' else p['link']};"
            f"text-decoration:none'>{esc(title)}</{tag}></div><div style='color:{p['green']};"
            f"font-size:13px;margin:2px 0 1px;line-height:18px'>{green}</div>{snippet}<div "
            f"style='display:flex;gap:14px;font-size:13px;color:{p['link']};margin-top:2px'>"
            f"{''.join(links)}</div></div>{side}</div>")


def google_scholar(c: Ctx) -> Page:
    """Google Scholar results: filters on the left, papers with authors, citations and PDFs."""
    p = _g_palette(c)
    p["green"] = "#81c995" if c.dark else "#006621"
    p["red"] = "#f28b82" if c.dark else "#d14836"
    p["link"] = "#8ab4f8" if c.dark else "#1a0dab"
    words = [c.text.word() for _ in range(c.rng.randint(1, 5))]
    query = " ".join(words)
    by_date = c.rng.random() < .2
    now = 2025
    years = ["Any time", f"Since {now}", f"Since {now - 1}", f"Since {now - 4}",
             "Custom range..."]
    when = c.rng.choice([0, 0, 0, 1, 2, 3, 4])
    custom = ("<div style='display:flex;gap:6px;align-items:center;margin:4px 0 8px'>"
              + "".join(f"<span style='border:1px solid {p['line']};width:48px;padding:3px 6px;"
                        f"font-size:13px'>{y}</span>" for y in
                        (now - c.rng.randint(3, 15), now - c.rng.randint(0, 2)))
              .replace("</span><span", "</span>&ndash;<span", 1)
              + f"<span style='border:1px solid {p['line']};padding:3px 8px;font-size:12px'>"
              f"Search</span></div>" if when == 4 else "")

    def group(items: list[str], on: int) -> str:
        return "<div style='margin:0 0 22px'>" + "".join(
            f"<div style='padding:5px 0;color:{p['red'] if i == on else p['sub']}'>{t}</div>"
            for i, t in enumerate(items)) + "</div>"

    box = "&#9745;"
    checks = (f"<div style='margin:0 0 22px;color:{p['sub']}'><div style='padding:5px 0'>"
              f"{'&#9744;' if c.rng.random() < .7 else box} include patents</div><div "
              f"style='padding:5px 0'>{box if c.rng.random() < .8 else '&#9744;'} include "
              f"citations</div></div>")
    left = (f"<div style='width:{c.rng.randint(150, 180)}px;flex:none;font-size:13px;"
            f"padding-left:{c.rng.randint(16, 24)}px'>{group(years, when)}{custom}"
            f"{group(['Sort by relevance', 'Sort by date'], 1 if by_date else 0)}"
            f"{group(['Any type', 'Review articles'], 1 if c.rng.random() < .15 else 0)}"
            f"{checks}<div style='color:{p['sub']}'>&#9993; Create alert</div></div>")
    profiles = ""
    if c.rng.random() < .25:
        people = "".join(
            f"<div style='display:flex;gap:10px;align-items:center;width:230px'><img src='"
            f"{c.img('avatar', 64, 64)}' width=32 height=32 style='border-radius:50%'><div "
            f"style='font-size:13px;line-height:17px'><span style='color:{p['link']}'>"
            f"{esc(c.text.name())}</span><div style='color:{p['sub']}'>"
            f"{esc(c.text.word().title())} University</div><div style='color:{p['sub']}'>"
            f"Cited by {c.rng.randint(100, 90000):,}</div></div></div>"
            for _ in range(c.rng.randint(1, 3)))
        profiles = (f"<div style='margin-bottom:22px'><div style='font-size:17px;"
                    f"color:{p['link']};margin-bottom:8px'>User profiles for "
                    f"<b>{esc(query)}</b></div><div style='display:flex;gap:16px'>{people}"
                    f"</div></div>")
    results = "".join(_sch_result(c, p, words, by_date) for _ in range(c.rng.randint(6, 10)))
    pages = "".join(f"<span style='color:{p['fg'] if i == 1 else p['link']};margin:0 6px'>"
                    f"{i}</span>" for i in range(1, 11))
    goo = "o" * 10
    footer = (f"<div style='margin:10px 0 40px 190px;font-size:13px;text-align:center;"
              f"width:520px'><div style='font:22px \"Product Sans\",Arial,sans-serif;"
              f"color:#4285f4;letter-spacing:1px'>G<span style='color:#ea4335'>{goo}</span>gle"
              f"</div>{pages}<span style='color:{p['link']}'>Next</span></div>")
    logo = (f"<span style='display:flex;align-items:baseline;gap:6px'>"
            f"{_G_LOGO.format(size=c.rng.choice([22, 24]))}<span style='font-size:22px;"
            f"color:{p['sub']}'>Scholar</span></span>")
    signed = c.rng.random() < .6
    who = (f"<img src='{c.img('avatar', 64, 64)}' width=32 style='border-radius:50%'>"
           if signed else "<span style='background:#4d90fe;color:#fff;font-weight:700;"
           "padding:7px 14px;border-radius:2px;font-size:13px'>SIGN IN</span>")
    head = (f"<div style='display:flex;align-items:center;gap:22px;height:62px;padding:0 "
            f"{c.rng.randint(14, 22)}px;background:{p['box'] if c.dark else '#f5f5f5'};"
            f"border-bottom:1px solid {p['line']}'><span style='font-size:20px;"
            f"color:{p['sub']}'>&#9776;</span>{logo}<div style='display:flex;"
            f"width:{c.rng.randint(560, 660)}px;height:38px;margin-left:{c.rng.randint(10, 40)}"
            f"px'><div style='flex:1;border:1px solid {p['line']};border-right:0;"
            f"background:{p['bg']};display:flex;align-items:center;padding:0 10px;"
            f"font-size:16px;border-radius:4px 0 0 4px'><span style='flex:1'>{esc(query)}</span>"
            f"<span style='color:{p['sub']}'>&#9662;</span></div><div style='width:48px;"
            f"background:#4285f4;color:#fff;display:flex;align-items:center;"
            f"justify-content:center;border-radius:0 4px 4px 0;font-size:16px'>&#128269;"
            f"</div></div><span style='margin-left:auto'>{who}</span></div>")
    results_n = c.rng.randint(100, 4_000_000)
    sub = (f"<div style='display:flex;align-items:center;font-size:13px;height:42px;"
           f"border-bottom:1px solid {p['line']};padding:0 24px'><span style='color:"
           f"{p['red']};width:{c.rng.randint(150, 180)}px'>Articles</span><span "
           f"style='color:{p['sub']}'>{'About ' if results_n > 1000 else ''}{results_n:,} "
           f"results ({c.rng.uniform(.01, .2):.2f} sec)</span><span style='margin-left:auto;"
           f"color:{p['link']};display:flex;gap:18px'>" + (
               "<span>&#9733; My profile</span><span>&#9733; My library</span>" if signed else
               "<span>&#9733; My library</span>") + "</span></div>")
    body = (f"{head}{sub}<div style='display:flex;gap:{c.rng.randint(24, 40)}px;padding-top:"
            f"{c.rng.randint(14, 22)}px'>{left}<div style='flex:1;max-width:820px'>{profiles}"
            f"{results}</div></div>{footer}")
    css = (f"body{{margin:0;background:{p['bg']};color:{p['fg']};font:13px Arial,"
           f"'Liberation Sans',sans-serif}}")
    extra = "&scisbd=1" if by_date else (f"&as_ylo={now - when + 1 if when < 3 else now - 4}"
                                         if 0 < when < 4 else "")
    return Page("scholar.google.com", f"/scholar?hl=en&as_sdt=0%2C5&q={query.replace(' ', '+')}"
                f"{extra}&btnG=", f"{query} - Google Scholar", body, css, "#4285f4")


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
_TR_CODE = dict(zip(_TR_LANGS, "en es fr de it pt nl pl sv tr cs id ro ru".split(), strict=True))
_CYR = dict(zip("abcdefghijklmnopqrstuvwxyz", "абкдефгхийклмнопкрстувшксз", strict=True))


def _tr_words(c: Ctx, text: str, lang: str) -> str:
    """Words that look like `lang`: the source words reshaped with that language's endings."""
    glue = _TR_GLUE.get(lang, "").split()
    out = []
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


def google_translate(c: Ctx) -> Page:
    """Google Translate: mode tabs, source and translation panes with language tabs."""
    p = _g_palette(c)
    blue = "#8ab4f8" if c.dark else "#1a73e8"
    chip_on = ("#394457", "#8ab4f8") if c.dark else ("#e8f0fe", "#1967d2")
    right_bg = "#303134" if c.dark else "#f5f5f5"
    short = c.rng.random() < .25
    if short:
        src = " ".join(c.text.word() for _ in range(c.rng.randint(1, 2)))
    else:
        src = " ".join(c.text.sentence(5, 22) for _ in range(c.rng.choice([1, 1, 2, 3, 4])))
        if c.rng.random() < .3:  # still typing
            src = src[:c.rng.randint(max(5, len(src) // 2), len(src))]
    langs = list(_TR_LANGS)
    c.rng.shuffle(langs)
    src_tabs = ["English"] + [x for x in langs if x != "English"][:2]
    tgt_tabs = [x for x in langs if x != "English"][2:5]
    if c.rng.random() < .4:
        tgt_tabs[c.rng.randrange(3)] = "English"
    detect = c.rng.random() < .45
    src_on = -1 if detect else 0
    tgt_on = c.rng.randrange(3)
    target = tgt_tabs[tgt_on] if tgt_tabs[tgt_on] != "English" else "Spanish"
    tgt_tabs[tgt_on] = target
    out = _tr_words(c, src, target)

    def tabs(names: list[str], on: int, first: str) -> str:
        items = ([first] if first else []) + names
        on += 1 if first else 0
        return "".join(
            f"<span style='padding:14px 16px 12px;white-space:nowrap;"
            f"{f'color:{blue};border-bottom:2px solid {blue}' if i == on else ''}'>{t}</span>"
            for i, t in enumerate(items)) + (
            f"<span style='padding:12px 10px;color:{p['sub']}'>&#8964;</span>")
    label = ("English - detected" if detect else "Detect language")
    src_bar = tabs(src_tabs, src_on, label)
    tgt_bar = tabs(tgt_tabs, tgt_on, "")
    size = 24 if len(src) < 110 else 18
    caret = f"<span style='border-left:2px solid {p['fg']};margin-left:1px'></span>"
    icon = f"style='color:{p['sub']};font-size:19px;filter:grayscale(1)'"
    counter = f"{len(src):,} / 5,000"
    width = c.rng.randint(1100, 1300)
    height = c.rng.randint(160, 260) if not short else c.rng.randint(140, 180)
    pane = (f"min-height:{height}px;padding:18px 56px 14px 24px;font-size:{size}px;"
            f"line-height:{size + 8}px;white-space:pre-wrap")
    dict_box = ""
    if short and " " not in src:  # a single word gets the dictionary cards
        rows = "".join(
            f"<div style='display:flex;padding:8px 0;border-bottom:1px solid {p['line']};"
            f"font-size:14px'><span style='width:180px'>{esc(_tr_words(c, c.text.word(), target))}"
            f"</span><span style='flex:1;color:{p['sub']}'>"
            f"{esc(', '.join(c.text.word() for _ in range(c.rng.randint(1, 4))))}</span><span "
            f"style='width:60px'>" + "".join(
                f"<i style='display:inline-block;width:8px;height:6px;margin-right:2px;"
                f"border-radius:2px;background:{blue if k < n else p['line']}'></i>"
                for k in range(3)) + "</span></div>"
            for n in (c.rng.randint(1, 3) for _ in range(c.rng.randint(3, 6))))
        dict_box = (f"<div style='display:flex;gap:24px;margin-top:24px'><div style='flex:1;"
                    f"border:1px solid {p['line']};border-radius:8px;padding:16px 20px'><div "
                    f"style='font-size:16px;margin-bottom:10px'>Definitions of <b>{esc(src)}</b>"
                    f"</div><div style='color:{p['sub']};font-size:13px'>"
                    f"{c.rng.choice(['Noun', 'Verb', 'Adjective'])}</div><div style='margin:8px "
                    f"0;font-size:14px;line-height:20px'>1. &nbsp;{esc(c.text.sentence(6, 14))}"
                    f"</div></div><div style='flex:1;border:1px solid {p['line']};"
                    f"border-radius:8px;padding:16px 20px'><div style='font-size:16px;"
                    f"margin-bottom:10px'>Translations of <b>{esc(src)}</b></div>{rows}</div>"
                    f"</div>")
    circles = "".join(
        f"<div style='text-align:center;font-size:14px'><div style='width:64px;height:64px;"
        f"border-radius:50%;border:1px solid {p['line']};display:flex;align-items:center;"
        f"justify-content:center;font-size:24px;color:{p['sub']};margin:0 auto 8px;"
        f"filter:grayscale(1)'>{g}</div>"
        f"{t}</div>" for g, t in (("&#8634;", "History"), ("&#9733;", "Saved"),
                                  ("&#128101;", "Contribute"))[:c.rng.choice([2, 3])])
    history = ""
    if c.rng.random() < .2:
        items = "".join(
            f"<div style='border-bottom:1px solid {p['line']};padding:14px 20px;font-size:14px'>"
            f"<div style='color:{p['sub']};font-size:12px;margin-bottom:6px'>English &rarr; "
            f"{target}</div><div>{esc(s)}</div><div style='color:{p['sub']};margin-top:4px'>"
            f"{esc(_tr_words(c, s, target))}</div></div>"
            for s in (c.text.sentence(2, 7) for _ in range(c.rng.randint(3, 6))))
        history = (f"<div style='position:fixed;right:0;top:64px;bottom:0;width:380px;"
                   f"background:{p['bg']};border-left:1px solid {p['line']};box-shadow:-2px 0 "
                   f"6px #0002'><div style='display:flex;padding:18px 20px;font-size:20px'>"
                   f"<span style='flex:1'>History</span><span {icon}>&#10005;</span></div>"
                   f"<div style='padding:0 20px 8px;color:{blue};font-size:14px'>Clear all "
                   f"history</div>{items}</div>")
    # with History open the page makes room for the panel on the right
    frame = "margin:0 404px 0 24px" if history else f"width:{width}px;margin:0 auto"
    mode = [("<b style='font-size:12px'>A&#8644;</b>", "Text"), ("&#9635;", "Images"),
            ("&#9636;", "Documents"), ("&#9678;", "Websites")]
    chip_sel = f"background:{chip_on[0]};color:{chip_on[1]}"
    chips = "".join(
        f"<span style='border:1px solid {p['line'] if i else chip_on[0]};border-radius:8px;"
        f"padding:8px 14px;font-size:14px;{chip_sel if not i else ''}'>"
        f"<span style='color:{chip_on[1] if not i else blue}'>{g}</span> {t}</span>"
        for i, (g, t) in enumerate(mode))
    signed = c.rng.random() < .7
    who = (f"<img src='{c.img('avatar', 64, 64)}' width=32 style='border-radius:50%'>"
           if signed else f"<span style='background:{blue};color:{p['bg']};border-radius:4px;"
           f"padding:8px 22px;font-size:14px'>Sign in</span>")
    body = (f"<div style='display:flex;align-items:center;gap:20px;height:64px;padding:0 16px;"
            f"border-bottom:1px solid {p['line']}'><span style='font-size:20px;"
            f"color:{p['sub']}'>&#9776;</span><span style='display:flex;align-items:baseline;"
            f"gap:6px'>{_G_LOGO.format(size=24)}<span style='font-size:22px;color:{p['sub']}'>"
            f"Translate</span></span><span style='margin-left:auto;color:{p['sub']};"
            f"font-size:20px'>&#9881; &nbsp; &#9638;</span>{who}</div><div "
            f"style='{frame};padding-top:{c.rng.randint(16, 28)}px'>"
            f"<div style='display:flex;gap:8px;margin-bottom:20px'>{chips}</div><div "
            f"style='border:1px solid {p['line']};border-radius:8px;overflow:hidden'><div "
            f"style='display:flex;border-bottom:1px solid {p['line']};font-size:14px;"
            f"color:{p['sub']}'><div style='flex:1;display:flex;overflow:hidden'>{src_bar}</div>"
            f"<span style='padding:12px 18px;font-size:20px;color:{p['sub']}'>&#8644;</span>"
            f"<div style='flex:1;display:flex;overflow:hidden'>{tgt_bar}</div></div><div "
            f"style='display:flex'><div style='flex:1;position:relative;border-right:1px solid "
            f"{p['line']}'><div style='{pane}'>{esc(src)}{caret}</div><span "
            f"style='position:absolute;right:18px;top:18px;{icon[7:-1]}'>&#10005;</span><div "
            f"style='display:flex;gap:18px;align-items:center;padding:8px 16px 12px'><span "
            f"{icon}>&#127908;</span><span {icon}>&#128266;</span><span style='margin-left:auto;"
            f"font-size:12px;color:{p['sub']}'>{counter}</span><span {icon}>&#9000;&#9662;"
            f"</span></div></div><div style='flex:1;background:{right_bg}'><div "
            f"style='{pane}'>{esc(out)}</div><div style='display:flex;gap:18px;"
            f"align-items:center;padding:8px 16px 12px'><span {icon}>&#128266;</span><span "
            f"style='margin-left:auto'></span><span {icon}>&#10697;</span><span {icon}>"
            f"&#128077;&#xFE0E;</span><span {icon}>&#9998;</span><span {icon}>&#8634;</span>"
            f"</div></div></div></div><div style='text-align:right;font-size:12px;"
            f"color:{p['sub']};font-style:italic;margin:8px 4px'>Send feedback</div>{dict_box}"
            f"<div style='display:flex;justify-content:center;gap:48px;margin:"
            f"{c.rng.randint(24, 44)}px 0'>{circles}</div></div>{history}")
    css = f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_G_FONT}}}"
    src_code = "auto" if detect else "en"
    text = "".join(ch for ch in src[:40] if ch.isalnum() or ch == " ").replace(" ", "%20")
    return Page("translate.google.com", f"/?sl={src_code}&tl={_TR_CODE[target]}&text={text}"
                "&op=translate", "Google Translate", body, css,
                "#4285f4")


def _gm_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#1f1f1f", "pane": "#2d2d2d", "fg": "#e3e3e3", "sub": "#a8a8a8",
                "line": "#444", "sel": "#004a77", "unread": "#2d2d2d"}
    return {"bg": "#f6f8fc", "pane": "#ffffff", "fg": "#1f1f1f", "sub": "#5e5e5e",
            "line": "#f0f0f0", "sel": "#d3e3fd", "unread": "#ffffff"}


def _gm_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_G_FONT}font-size:14px}}"
            f".top{{height:64px;display:flex;align-items:center;gap:16px;padding:0 16px}}"
            f".sb{{background:{'#3c3c3c' if p['bg'] == '#1f1f1f' else '#e9eef6'};border-radius:"
            f"24px;height:48px;width:720px;display:flex;align-items:center;padding:0 16px;"
            f"color:{p['sub']}}}.nav div{{padding:6px 12px 6px 26px;border-radius:0 16px 16px 0;"
            f"display:flex}}.nav .on{{background:{p['sel']};font-weight:700}}"
            f".pane{{background:{p['pane']};border-radius:16px;flex:1;margin-right:16px;"
            f"overflow:hidden}}.row{{display:flex;gap:12px;padding:0 16px;height:40px;"
            f"align-items:center;border-bottom:1px solid {p['line']};white-space:nowrap}}"
            f".sub{{color:{p['sub']}}}")


def _gm_frame(c: Ctx, p: dict[str, str], pane: str) -> str:
    folders = [("Inbox", c.rng.randint(1, 3000)), ("Starred", ""), ("Snoozed", ""),
               ("Sent", ""), ("Drafts", c.rng.randint(1, 20)), ("More", "")]
    nav = "".join(f"<div class='{'on' if i == 0 else ''}'><span style='flex:1'>{n}</span>{k}"
                  f"</div>" for i, (n, k) in enumerate(folders))
    return (f"<div class='top'><span style='font-size:20px'>&#9776;</span><span "
            f"style='font-size:22px;color:{p['sub']}'><b style='color:#ea4335'>M</b> Gmail"
            f"</span><div class='sb' style='margin-left:60px'>&#128269; &nbsp; Search mail</div>"
            f"<span style='margin-left:auto'>&#10067; &#9881; &#9638;</span><img src='"
            f"{c.img('avatar', 64, 64)}' width=32 style='border-radius:50%'></div><div "
            f"style='display:flex'><div class='nav' style='width:256px'><div style='background:"
            f"#c2e7ff;color:#001d35;border-radius:16px;padding:18px 24px;margin:0 0 16px 8px;"
            f"width:100px'>&#9998; Compose</div>{nav}<div style='margin-top:16px'><b>Labels</b>"
            f"</div>" + "".join(f"<div>&#9634; {esc(c.text.word())}</div>" for _ in range(3))
            + f"</div><div class='pane' style='height:calc(100vh - 80px)'>{pane}</div></div>")


_WHEN = ("10:42", "Nov 3", "Oct 28", "08:15", "Sep 9", "Yesterday", "14:03")


def _gm_inbox_pane(c: Ctx, p: dict[str, str]) -> str:
    rows = ""
    for _ in range(22):
        unread = c.rng.random() < .35
        w = "700" if unread else "400"
        rows += (f"<div class='row' style='font-weight:{w};background:"
                 f"{p['unread'] if unread else 'transparent'}'>&#9634; &#9734; <span "
                 f"style='width:180px;overflow:hidden'>{esc(c.text.name())}</span><span "
                 f"style='flex:1;overflow:hidden'>{esc(c.text.title())} <span class='sub' "
                 f"style='font-weight:400'>- {esc(c.text.sentence())}</span></span><span "
                 f"style='font-size:12px'>{c.rng.choice(_WHEN)}</span></div>")
    active = "border-bottom:3px solid #0b57d0;color:#0b57d0"
    names = ["&#128229; Primary", "&#127991; Promotions", "&#128101; Social"]
    tabs = (f"<div style='display:flex;border-bottom:1px solid {p['line']}'>" + "".join(
        f"<div style='width:250px;padding:16px;{active if i == 0 else ''}'>{t}</div>"
        for i, t in enumerate(names)) + "</div>")
    return (f"<div style='padding:12px 16px' class='sub'>&#9634; &#8635; &#8942;<span "
            f"style='float:right'>1-50 of {c.rng.randint(200, 9000):,}</span></div>{tabs}{rows}")


def gmail_inbox(c: Ctx) -> Page:
    p = _gm_palette(c)
    pane = _gm_inbox_pane(c, p)
    return Page("mail.google.com", "/mail/u/0/#inbox", f"Inbox ({c.rng.randint(1, 900)}) - "
                f"{c.text.handle()}@gmail.com - Gmail", _gm_frame(c, p, pane), _gm_css(p),
                "#ea4335")


def gmail_message(c: Ctx) -> Page:
    p = _gm_palette(c)
    paras = "".join(f"<p>{esc(c.text.paragraph(1, 4))}</p>" for _ in range(c.rng.randint(2, 5)))
    pane = (f"<div style='padding:12px 16px' class='sub'>&#8592; &nbsp; &#128229; &#9888; "
            f"&#128465; &nbsp; &#9993; &#128339;</div><div style='padding:0 56px 0 72px'><h2 "
            f"style='font-weight:400;font-size:22px'>{esc(c.text.title())} <span "
            f"style='font-size:12px;background:#ddd;color:#444;padding:2px 6px;border-radius:4px'>"
            f"Inbox</span></h2><div style='display:flex;gap:12px'><img src='"
            f"{c.img('avatar', 80, 80)}' width=40 height=40 style='border-radius:50%'><div><b>"
            f"{esc(c.text.name())}</b> <span class='sub'>&lt;{c.text.handle()}@"
            f"{c.text.word()}.com&gt;</span><div class='sub'>to me &#9662;</div></div><span "
            f"class='sub' style='margin-left:auto'>{c.text.ago()} &#9734; &#8617; &#8942;</span>"
            f"</div><div style='margin:20px 0 0 52px;line-height:22px'><p>Hi "
            f"{esc(c.text.pick(c.text.first))},</p>{paras}<p>Best,<br>"
            f"{esc(c.text.pick(c.text.first))}</p></div><div style='margin:32px 0 0 52px'><span "
            f"style='border:1px solid #747775;border-radius:18px;padding:8px 20px'>&#8617; Reply"
            f"</span> &nbsp; <span style='border:1px solid #747775;border-radius:18px;padding:8px "
            f"20px'>&#8618; Forward</span></div></div>")
    return Page("mail.google.com", f"/mail/u/0/#inbox/{c.rng.randrange(16**16):016x}",
                f"{c.text.title()} - {c.text.handle()}@gmail.com - Gmail",
                _gm_frame(c, p, pane), _gm_css(p), "#ea4335")


def gmail_compose(c: Ctx) -> Page:
    """The inbox with a New Message window open at the bottom right."""
    p = _gm_palette(c)
    pane = _gm_inbox_pane(c, p)
    classic = c.rng.random() < .5  # the older dark bar or the current light one
    head_bg, head_fg = (("#404040", "#fff") if classic else
                        (("#3c3c3c", "#e3e3e3") if c.dark else ("#f2f6fc", "#1f1f1f")))
    to = ", ".join(f"{c.text.handle()}@{c.rng.choice(['gmail.com', c.text.word() + '.com'])}"
                   for _ in range(c.rng.randint(1, 2)))
    subject = c.text.title() if c.rng.random() < .85 else ""
    paras = [c.text.sentence(8, 24) for _ in range(c.rng.randint(1, 4))]
    cut = c.rng.randint(5, max(6, len(paras[-1]) - 1))
    paras[-1] = paras[-1][:cut]  # still being written: the caret sits after the last word
    text = "".join(f"<p style='margin:0 0 12px'>{esc(t)}</p>" for t in paras[:-1])
    text += (f"<p style='margin:0'>{esc(paras[-1])}<span style='border-left:1px solid "
             f"{p['fg']};margin-left:1px'></span></p>")
    greet = f"<p style='margin:0 0 12px'>Hi {esc(c.text.pick(c.text.first))},</p>"
    line = f"border-bottom:1px solid {'#555' if c.dark else '#e0e0e0'};padding:8px 0"
    fmt = ("&#8630; &#8631; &nbsp;|&nbsp; Sans Serif &#9662; &nbsp;|&nbsp; <b>T</b>&#9662; "
           "&nbsp;|&nbsp; <b>B</b> &nbsp;<i>I</i> &nbsp;<u>U</u> &nbsp;<u>A</u>&#9662; "
           "&nbsp;|&nbsp; &#8801;&#9662; &nbsp;&#9776; &nbsp;&#8942;")
    tools = "&#128206; &nbsp;&#128279; &nbsp;&#128578; &nbsp;&#9651; &nbsp;&#128444; "
    window = (f"<div style='position:fixed;right:24px;bottom:0;width:{c.rng.randint(500, 560)}px;"
              f"height:{c.rng.randint(440, 540)}px;background:{p['pane']};"
              f"border-radius:8px 8px 0 0;"
              f"box-shadow:0 8px 10px 1px #0003,0 3px 14px 2px #0002;display:flex;"
              f"flex-direction:column;font-size:14px'><div style='background:{head_bg};color:"
              f"{head_fg};padding:10px 14px;border-radius:8px 8px 0 0;display:flex;"
              f"font-weight:500'><span style='flex:1'>"
              f"{esc(subject) if subject and classic else 'New Message'}</span>&#8212; &nbsp; "
              f"&#10530; &nbsp; &#10005;</div><div style='padding:0 16px;flex:1;display:flex;"
              f"flex-direction:column'><div style='{line}'><span class='sub'>To</span> &nbsp; "
              f"{esc(to)}<span class='sub' style='float:right'>Cc Bcc</span></div><div "
              f"style='{line}'>{esc(subject) or '<span class=sub>Subject</span>'}</div><div "
              f"style='padding:12px 0;line-height:20px;flex:1;overflow:hidden'>{greet}{text}"
              f"</div></div><div style='padding:0 16px 6px' class='sub'>{fmt}</div><div "
              f"style='display:flex;align-items:center;gap:14px;padding:8px 16px 14px'><span "
              f"style='background:#0b57d0;color:#fff;border-radius:18px;padding:9px 16px 9px "
              f"22px;font-weight:500'>Send &nbsp;|&nbsp; &#9662;</span><span class='sub' "
              f"style='font-size:16px'><u>A</u> &nbsp;{tools}&#128274; &nbsp;&#9998; "
              f"&nbsp;&#8942;</span><span class='sub' style='margin-left:auto;font-size:16px'>"
              f"&#128465;</span></div></div>")
    return Page("mail.google.com", "/mail/u/0/#inbox?compose=new", f"Inbox "
                f"({c.rng.randint(1, 900)}) - {c.text.handle()}@gmail.com - Gmail",
                _gm_frame(c, p, pane) + window, _gm_css(p), "#ea4335")


def _gm_promo_row(c: Ctx, p: dict[str, str], ad: bool) -> str:
    """One Promotions row; some carry a deal chip and a strip of product pictures below."""
    brand = f"{c.text.word().title()}{c.rng.choice(['', '', ' Co.', ' Store', ' Outlet', ' Club'])}"
    pct = c.rng.choice([10, 15, 20, 25, 30, 40, 50, 60])
    noun = c.text.pick(c.text.nouns)
    subject = c.rng.choice([c.text.title(), f"{pct}% off {noun}s ends tonight",
                            f"Last chance: {c.text.title().lower()}",
                            f"New {noun}s just dropped", f"Your {noun} is waiting",
                            f"Free shipping on every {noun}, this weekend only"])
    unread = not ad and c.rng.random() < .5
    w = "700" if unread else "400"
    left = (f"<span style='width:220px;overflow:hidden;flex:none'>"
            f"{'<b>Ad</b> &middot; ' if ad else '&#9634; &nbsp;&#9734; &nbsp;'}{esc(brand)}</span>")
    right = "&#9432; &nbsp;&#10005;" if ad else c.rng.choice(_WHEN)
    row = (f"<div style='display:flex;gap:12px;align-items:center;height:40px;font-weight:{w};"
           f"white-space:nowrap'>{left}<span style='flex:1;overflow:hidden;"
           f"text-overflow:ellipsis'>{esc(subject)} <span class='sub' style='font-weight:400'>- "
           f"{esc(c.text.sentence())}</span></span><span style='font-size:12px'>{right}</span>"
           f"</div>")
    extra = ""
    if not ad and c.rng.random() < .45:
        green = "#81c995" if c.dark else "#137333"
        code = f"{c.text.word().upper()}{pct}"
        chips = [f"<span style='border:1px solid {p['line']};border-radius:14px;padding:3px 10px;"
                 f"color:{green}'>&#127991; {pct}% off</span>"]
        if c.rng.random() < .6:
            chips.append(f"<span style='border:1px dashed {p['sub']};border-radius:14px;"
                         f"padding:3px 10px'>Code: <b>{esc(code)}</b></span>")
        chips.append(f"<span class='sub'>Expires {c.rng.choice(_MONTHS)} "
                      f"{c.rng.randint(1, 28)}</span>")
        pics = ""
        if c.rng.random() < .6:
            pics = "<div style='display:flex;gap:8px;margin-top:8px'>" + "".join(
                f"<img src='{c.img('photo', 240, 240)}' width=120 height=120 "
                f"style='border-radius:8px;object-fit:cover'>"
                for _ in range(c.rng.randint(2, 5))) + "</div>"
        extra = (f"<div style='padding:0 0 12px 248px'><div style='display:flex;gap:8px;"
                 f"align-items:center;font-size:12px'>{''.join(chips)}</div>{pics}</div>")
    return f"<div style='padding:0 16px;border-bottom:1px solid {p['line']}'>{row}{extra}</div>"


def _icon(glyph: str) -> str:
    return (f"<span style='display:inline-block;width:28px;font-size:15px;line-height:1'>{glyph}"
            f"</span>")


def gmail_promotions(c: Ctx) -> Page:
    """The inbox on the Promotions tab: ad rows, then offers with deal chips and pictures."""
    p = _gm_palette(c)
    green = "#81c995" if c.dark else "#188038"
    tabs = ""
    for i, (icon, name, colour) in enumerate((("&#128229;", "Primary", "#0b57d0"),
                                              ("&#127991;", "Promotions", green),
                                              ("&#128101;", "Social", "#0b57d0"),
                                              ("&#9432;", "Updates", "#e37400"))):
        if i == 1:
            tabs += (f"<div style='width:240px;padding:14px 16px 11px;color:{green};"
                     f"border-bottom:3px solid {green};font-weight:700'>{_icon(icon)}{name}</div>")
            continue
        new = (f" <span style='background:{colour};color:#fff;font-size:11px;border-radius:"
               f"10px;padding:1px 7px;font-weight:700'>{c.rng.randint(1, 40)} new</span><div "
               f"class='sub' style='font-size:12px;margin:2px 0 0 24px;white-space:nowrap;"
               f"overflow:hidden'>{esc(', '.join(c.text.name() for _ in range(3)))}</div>"
               if i > 1 and c.rng.random() < .7 else "")
        tabs += f"<div style='width:240px;padding:14px 16px 6px'>{_icon(icon)}{name}{new}</div>"
    ads = c.rng.choice([0, 1, 1, 2])
    rows = "".join(_gm_promo_row(c, p, i < ads) for i in range(c.rng.randint(14, 18)))
    pane = (f"<div style='padding:12px 16px' class='sub'>&#9634; &#9662; &nbsp; &#8635; &nbsp; "
            f"&#8942;<span style='float:right'>1&ndash;50 of {c.rng.randint(200, 9000):,} &nbsp;"
            f"&lsaquo; &nbsp;&rsaquo;</span></div><div style='display:flex;border-bottom:1px "
            f"solid {p['line']}'>{tabs}</div>{rows}")
    return Page("mail.google.com", "/mail/u/0/#category/promotions", f"Promotions - "
                f"{c.text.handle()}@gmail.com - Gmail", _gm_frame(c, p, pane), _gm_css(p),
                "#ea4335")


_P_PURPLE = "#6d4aff"
_P_LOGO = ("<span style='display:inline-flex;align-items:center;gap:8px;font:700 19px Arial,"
           "sans-serif;color:{col}'><span style='width:24px;height:20px;border-radius:4px 4px "
           "10px 10px;background:linear-gradient(135deg,#bba8ff,#6d4aff 55%,#3c1fbf)'></span>"
           "Proton <span style='font-weight:400'>Mail</span></span>")


def _p_palette(c: Ctx) -> dict[str, str]:
    if c.dark:  # the Carbon theme
        return {"side": "#1c1b22", "sfg": "#ffffff", "ssub": "#a7a4b5", "bg": "#24232a",
                "fg": "#ffffff", "sub": "#a7a4b5", "line": "#3b3a42", "sel": "#3a3360",
                "read": "#1f1e25", "hover": "#ffffff14", "accent": "#8a6eff"}
    if c.rng.random() < .5:  # the default Proton theme: a dark violet sidebar
        side = {"side": "#1b1340", "sfg": "#ffffff", "ssub": "#b3a9d9", "hover": "#ffffff1f"}
    else:  # Snow
        side = {"side": "#f5f4f2", "sfg": "#0c0c14", "ssub": "#706d6b", "hover": "#0c0c140f"}
    return side | {"bg": "#ffffff", "fg": "#0c0c14", "sub": "#706d6b", "line": "#eae7e4",
                   "sel": "#efebff", "read": "#f9f8f7", "accent": _P_PURPLE}


def proton_mail(c: Ctx) -> Page:
    """Proton Mail: violet New message button, folder sidebar, message list and reading pane."""
    p = _p_palette(c)
    me = c.text.handle()
    inbox_n = c.rng.randint(1, 400)
    folders = [("&#128229;", "Inbox", str(inbox_n)), ("&#128196;", "Drafts", ""),
               ("&#10148;", "Sent", ""), ("&#9734;", "Starred", ""), ("&#128452;", "Archive", ""),
               ("&#128293;", "Spam", str(c.rng.randint(0, 9) or "")), ("&#128465;", "Trash", ""),
               ("&#9993;", "All mail", "")]
    item = "display:flex;gap:12px;padding:7px 12px;border-radius:8px;align-items:center"
    nav = "".join(f"<div style='{item};{'background:' + p['hover'] if i == 0 else ''}'><span "
                  f"style='width:18px;text-align:center;color:{p['ssub']}'>{ic}</span><span "
                  f"style='flex:1;{'font-weight:700' if i == 0 else ''}'>{n}</span><span "
                  f"style='font-size:12px;color:{p['accent'] if i == 0 else p['ssub']}'>{k}</span>"
                  f"</div>" for i, (ic, n, k) in enumerate(folders))
    dots = ("#e6a23c", "#3cbb3a", "#d9355c", "#2a9dd8", "#9e52d6")
    custom = "".join(f"<div style='{item}'><span style='color:{c.rng.choice(dots)};width:18px;"
                     f"text-align:center'>{mark}</span>{esc(c.text.word().title())}</div>"
                     for mark in ["&#128193;"] * c.rng.randint(1, 3) + ["&#9679;"] *
                     c.rng.randint(1, 3))
    used = c.rng.uniform(.01, .9)
    side = (f"<div style='width:240px;flex:none;background:{p['side']};color:{p['sfg']};"
            f"padding:14px 12px;display:flex;flex-direction:column;font-size:14px'><div "
            f"style='padding:4px 8px 18px'>{_P_LOGO.format(col=p['sfg'])}</div><div "
            f"style='background:{p['accent']};color:#fff;border-radius:8px;padding:10px;"
            f"text-align:center;font-weight:600;margin-bottom:14px'>New message</div>{nav}<div "
            f"style='display:flex;color:{p['ssub']};padding:14px 12px 4px;font-size:13px'><span "
            f"style='flex:1'>Folders &amp; labels</span>+</div>{custom}<div style='margin-top:"
            f"auto;font-size:12px;color:{p['ssub']};padding:8px 12px'><div style='height:4px;"
            f"border-radius:2px;background:{p['hover']};margin-bottom:6px'><div style='width:"
            f"{used * 100:.0f}%;height:4px;border-radius:2px;background:{p['accent']}'></div>"
            f"</div>{used * 500:.2f} MB / 500.00 MB<span style='float:right'>5.0."
            f"{c.rng.randint(20, 99)}.{c.rng.randint(0, 9)}</span></div></div>")
    colours = ("#6d4aff", "#1da583", "#e65200", "#0093a8", "#c2185b", "#7d5a00")
    sel_i = c.rng.randrange(0, 4)
    rows, picked = "", ("", "", "")
    for i in range(c.rng.randint(11, 14)):
        who, subj = c.text.name(), c.text.title()
        if i == sel_i:
            picked = (who, subj, c.rng.choice(colours))
        unread = i != sel_i and c.rng.random() < .4
        w = "700" if unread else "400"
        back = p["sel"] if i == sel_i else (p["bg"] if unread else p["read"])
        initials = "".join(part[0] for part in who.split()[:2])
        clip = " &#128206;" if c.rng.random() < .2 else ""
        star = " <span style='color:#e6a23c'>&#9733;</span>" if c.rng.random() < .15 else ""
        rows += (f"<div style='display:flex;gap:12px;padding:12px 16px;background:{back};"
                 f"border-bottom:1px solid {p['line']};font-weight:{w}'><span style='width:32px;"
                 f"height:32px;flex:none;border-radius:8px;background:{p['sel']};color:"
                 f"{p['accent']};display:flex;align-items:center;justify-content:center;"
                 f"font-size:12px;font-weight:700'>{initials}</span><div style='flex:1;"
                 f"min-width:0;white-space:nowrap'><div style='display:flex'><span "
                 f"style='flex:1;overflow:hidden;text-overflow:ellipsis'>{esc(who)}</span><span "
                 f"style='font-size:12px;color:{p['fg'] if unread else p['sub']}'>"
                 f"{c.rng.choice(_WHEN)}</span></div><div style='overflow:hidden;"
                 f"text-overflow:ellipsis;margin-top:3px;font-size:13px'>{esc(subj)}{clip}"
                 f"{star}</div></div></div>")
    who, subj, col = picked
    paras = "".join(f"<p>{esc(c.text.paragraph(1, 4))}</p>" for _ in range(c.rng.randint(2, 4)))
    btn = (f"border:1px solid {p['line']};border-radius:8px;padding:6px 12px;"
           f"color:{p['fg']}")
    reader = (f"<div style='flex:1;min-width:0;overflow:hidden;background:{p['bg']}'><div "
              f"style='display:flex;gap:18px;padding:12px 24px;border-bottom:1px solid "
              f"{p['line']};color:{p['sub']};font-size:16px'>&#9993; &#128452; &#128465; "
              f"&#128293; &#128193;&#9662; &#127991;&#9662;<span style='margin-left:auto'>"
              f"&#8942;</span></div><div style='padding:20px 28px'><h1 style='font-size:22px;"
              f"font-weight:600;margin:0 0 16px'>{esc(subj)}</h1><div style='display:flex;"
              f"gap:12px;align-items:center'><span style='width:36px;height:36px;"
              f"border-radius:8px;background:{col};color:#fff;display:flex;align-items:center;"
              f"justify-content:center;font-weight:700'>{who[:1]}</span><div style='flex:1'>"
              f"<b>{esc(who)}</b> <span style='color:{p['accent']}'>&#128274;</span> <span "
              f"style='color:{p['sub']};font-size:13px'>{c.text.handle()}@"
              f"{c.rng.choice(['proton.me', 'pm.me', 'gmail.com', c.text.word() + '.org'])}"
              f"</span><div style='color:{p['sub']};font-size:13px'>To: {me}@proton.me</div>"
              f"</div><span style='color:{p['sub']};font-size:13px'>{c.rng.choice(_MONTHS)} "
              f"{c.rng.randint(1, 28)}, {c.rng.randint(7, 23)}:{c.rng.randint(0, 59):02d}"
              f"</span>"
              f"</div><div style='display:flex;gap:8px;margin:14px 0 0 48px;font-size:13px'>"
              f"<span style='{btn}'>&#8617;</span><span style='{btn}'>&#8617;&#8617;</span>"
              f"<span style='{btn}'>&#8618;</span><span style='{btn}'>More &#9662;</span></div>"
              f"<div style='margin:8px 0 0 48px;line-height:22px;font-size:14px'><p>Hi "
              f"{esc(c.text.pick(c.text.first))},</p>{paras}<p>{esc(who.split()[0])}</p></div>"
              f"</div></div>")
    top = (f"<div style='display:flex;align-items:center;gap:14px;height:56px;padding:0 16px;"
           f"border-bottom:1px solid {p['line']};background:{p['bg']}'><div "
           f"style='width:420px;height:36px;border-radius:8px;background:{p['read']};border:1px "
           f"solid {p['line']};display:flex;align-items:center;gap:10px;padding:0 12px;"
           f"color:{p['sub']}'>&#128269; Search messages<span style='margin-left:auto'>&#9881;"
           f"</span></div><span style='margin-left:auto;border:1px solid {p['accent']};"
           f"color:{p['accent']};border-radius:8px;padding:6px 14px;font-weight:600'>Upgrade"
           f"</span><span style='color:{p['sub']};font-size:18px'>&#9881; &nbsp;?</span><div "
           f"style='text-align:right;font-size:13px;line-height:17px'><b>{esc(me)}</b><div "
           f"style='color:{p['sub']}'>{me}@proton.me</div></div><span style='width:32px;"
           f"height:32px;border-radius:8px;background:{p['accent']};color:#fff;display:flex;"
           f"align-items:center;justify-content:center;font-weight:700'>{me[:2].upper()}</span>"
           f"</div>")
    listbar = (f"<div style='display:flex;gap:12px;padding:10px 16px;border-bottom:1px solid "
               f"{p['line']};color:{p['sub']};font-size:13px'>&#9634;&#9662; <span>All &#9662;"
               f"</span><span>Newest first &#9662;</span><span style='margin-left:auto'>&lsaquo; "
               f"1 &rsaquo;</span></div>")
    body = (f"<div style='display:flex;height:100vh'>{side}<div style='flex:1;display:flex;"
            f"flex-direction:column;min-width:0'>{top}<div style='display:flex;flex:1;"
            f"min-height:0'><div style='width:440px;flex:none;overflow:hidden;border-right:1px "
            f"solid {p['line']};background:{p['bg']}'>{listbar}{rows}</div>{reader}</div></div>"
            f"</div>")
    css = (f"body{{margin:0;background:{p['bg']};color:{p['fg']};font:14px Inter,'Segoe UI',"
           f"Roboto,'Liberation Sans',Arial,sans-serif}}")
    return Page("mail.proton.me", f"/u/0/inbox/{c.rng.randrange(16**12):012x}",
                f"Inbox ({inbox_n}) | {me}@proton.me | Proton Mail", body, css, _P_PURPLE)


_Y_PURPLE = "#6001d2"
_Y_MARK = ("<span style='font:900 {size}px \"Helvetica Neue\",Arial,sans-serif;color:{col};"
           "letter-spacing:-1px'>yahoo<span style='font-style:italic'>!</span><span "
           "style='font-weight:400;letter-spacing:0'>mail</span></span>")


def yahoo_mail(c: Ctx) -> Page:
    """Yahoo Mail's inbox: purple wordmark, folder list, message list, reading pane or ad."""
    if c.dark:
        bg, pane, fg, sub, line, sel = ("#101518", "#1d2228", "#f0f3f5", "#979ea8", "#2c363f",
                                        "#2a2342")
        mark = "#fff"
    else:
        bg, pane, fg, sub, line, sel = ("#f5f8fa", "#fff", "#232a31", "#5b636a", "#e0e4e9",
                                        "#f1ebfc")
        mark = _Y_PURPLE
    inbox_n = c.rng.randint(1, 9999)
    folders = [("Inbox", f"{inbox_n:,}"), ("Unread", ""), ("Starred", ""),
               ("Drafts", str(c.rng.randint(1, 40))), ("Sent", ""), ("Archive", ""),
               ("Spam", ""), ("Deleted Items", "")]
    nav = "".join(f"<div style='display:flex;padding:6px 12px;border-radius:6px;"
                  f"{'font-weight:700;background:' + sel if i == 0 else ''}'><span "
                  f"style='flex:1'>{n}</span><span style='color:{sub};font-size:12px'>{k}"
                  f"</span></div>" for i, (n, k) in enumerate(folders))
    views = "".join(f"<div style='padding:5px 12px'>{v}</div>" for v in c.rng.sample(
        ["&#128247; Photos", "&#128196; Documents", "&#128240; Subscriptions",
         "&#127991; Deals", "&#9992; Travel", "&#128230; Packages", "&#128176; Receipts"], 4))
    right = c.rng.choice(["ad", "read", "none"])
    sel_row = c.rng.randrange(0, 4) if right == "read" else -1
    rows = ""
    for i in range(c.rng.randint(16, 24)):
        unread = c.rng.random() < .4
        w = "700" if unread else "400"
        dot = (f"<span style='width:8px;height:8px;border-radius:50%;background:"
               f"{'#0f69ff' if unread else 'transparent'};flex:none'></span>")
        star = f"<span style='color:{'#ffa700' if c.rng.random() < .12 else sub}'>&#9734;</span>"
        when = c.rng.choice(["10:42 AM", "9:05 AM", "Yesterday", "Nov 3", "Oct 28", "Sep 9",
                             "2:13 PM", "Mon"])
        back = f"background:{sel}" if i == sel_row else ""
        rows += (f"<div style='display:flex;gap:12px;align-items:center;height:44px;padding:0 "
                 f"14px;border-bottom:1px solid {line};white-space:nowrap;{back}'>{dot}"
                 f"<span style='color:{sub}'>&#9634;</span>{star}<span style='width:170px;"
                 f"overflow:hidden;font-weight:{w}'>{esc(c.text.name())}</span><span "
                 f"style='flex:1;overflow:hidden;text-overflow:ellipsis'><span "
                 f"style='font-weight:{w}'>{esc(c.text.title())}</span><span style='color:"
                 f"{sub}'> &nbsp;{esc(c.text.sentence())}</span></span><span style='font-size:"
                 f"12px;font-weight:{w};color:{fg if unread else sub}'>{when}</span></div>")
    if right == "ad":
        side = (f"<div style='width:300px;flex:none;padding:12px 16px'><div style='font-size:11px;"
                f"color:{sub};text-align:right'>Ad &#9432;</div><img src='"
                f"{c.img('photo', 300, 600)}' width=300 height=600 style='display:block;"
                f"object-fit:cover'></div>")
    elif right == "read":
        paras = "".join(f"<p style='line-height:22px'>{esc(c.text.paragraph(1, 3))}</p>"
                        for _ in range(c.rng.randint(2, 4)))
        side = (f"<div style='width:44%;flex:none;background:{pane};border-left:1px solid "
                f"{line};padding:16px 28px;overflow:hidden'><div style='color:{sub};"
                f"margin-bottom:14px'>&#8617; &nbsp;&#8617;&#8617; &nbsp;&#8618; &nbsp; "
                f"&#128465; &nbsp;&#128230; &nbsp;&#8942;<span style='float:right'>&#10005;"
                f"</span></div><h2 style='font-size:20px;font-weight:600;margin:0 0 16px'>"
                f"{esc(c.text.title())}</h2><div style='display:flex;gap:12px;"
                f"align-items:center'><img src='{c.img('avatar', 72, 72)}' width=36 "
                f"style='border-radius:50%'><div><b>{esc(c.text.name())}</b> <span "
                f"style='color:{sub}'>&lt;{c.text.handle()}@{c.text.word()}.com&gt;</span>"
                f"<div style='color:{sub};font-size:12px'>To: you &middot; "
                f"{c.text.ago()}</div></div></div>{paras}</div>")
    else:
        side = ""
    header = (f"<div style='display:flex;align-items:center;gap:28px;height:64px;padding:0 24px;"
              f"background:{pane};border-bottom:1px solid {line}'><span style='width:196px'>"
              f"{_Y_MARK.format(size=26, col=mark)}</span><div style='display:flex;width:600px;"
              f"height:40px;border:1px solid {line};border-radius:22px;overflow:hidden;"
              f"background:{bg}'><span style='flex:1;padding:10px 18px;color:{sub}'>Find "
              f"messages, documents, photos or people</span><span style='padding:10px 12px;"
              f"color:{sub}'>&#9662;</span><span style='background:{_Y_PURPLE};color:#fff;"
              f"padding:10px 22px'>&#128269;</span></div><span style='margin-left:auto;"
              f"color:{sub}'>&#8962; Home &nbsp; &#9638;</span><img src='"
              f"{c.img('avatar', 64, 64)}' width=32 style='border-radius:50%'><b>"
              f"{esc(c.text.pick(c.text.first))}</b></div>")
    toolbar = (f"<div style='display:flex;gap:22px;padding:12px 14px;color:{sub};"
               f"border-bottom:1px solid {line}'>&#9634;&#9662;<span>&#128230; Archive</span>"
               f"<span>&#8594; Move</span><span>&#128465; Delete</span><span>&#9888; Spam"
               f"</span><span>&#8942;</span><span style='margin-left:auto'>Sort &#8645;</span>"
               f"</div>")
    body = (f"{header}<div style='display:flex;height:calc(100vh - 65px)'><div "
            f"style='width:220px;flex:none;padding:14px 10px;line-height:20px'><div "
            f"style='background:{_Y_PURPLE};color:#fff;border-radius:20px;padding:10px 0;"
            f"text-align:center;font-weight:700;margin:0 8px 16px'>&#9998; Compose</div>{nav}"
            f"<div style='color:{sub};font-size:12px;margin:18px 12px 6px;font-weight:700'>"
            f"Views</div>{views}<div style='color:{sub};font-size:12px;margin:18px 12px 6px;"
            f"font-weight:700'>Folders</div>" + "".join(
                f"<div style='padding:5px 12px'>{esc(c.text.word().title())}</div>"
                for _ in range(c.rng.randint(0, 3))) + f"</div><div style='flex:1;"
            f"background:{pane};overflow:hidden;border-left:1px solid {line}'>{toolbar}{rows}"
            f"</div>{side}</div>")
    css = (f"body{{margin:0;background:{bg};color:{fg};font:14px 'Helvetica Neue',Helvetica,"
           f"Arial,sans-serif}}")
    return Page("mail.yahoo.com", "/d/folders/1", f"({inbox_n:,} unread) - "
                f"{c.text.handle()}@yahoo.com - Yahoo Mail", body, css, _Y_PURPLE)


_RC_BLUE = "#37beff"


def _rc_size(c: Ctx) -> str:
    n = int(10 ** c.rng.uniform(3.3, 6.8))
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{max(1, n // 1000)} KB"


def _rc_date(today: date, weekday: int, minutes: int) -> str:
    """Roundcube's pretty date for a message `minutes` after midnight today (negative: older):
    today and yesterday by time, this week by weekday, then ISO."""
    back, t = -(minutes // 1440), f"{minutes % 1440 // 60:02d}:{minutes % 60:02d}"
    if back == 0:
        return f"Today {t}"
    if back == 1:
        return f"Yesterday {t}"
    if back < 7:
        return f"{_DAYS[(weekday - back) % 7]} {t}"
    return f"{(today - timedelta(days=back)).isoformat()} {t}"


def roundcube_inbox(c: Ctx) -> Page:
    """A self-hosted Roundcube webmail (Elastic skin): app menu, folders, list, preview."""
    if c.dark:
        p = {"menu": "#161b1d", "menufg": "#8ba0a5", "bg": "#21292c", "head": "#161b1d",
             "fg": "#c5d1d3", "sub": "#8ba0a5", "line": "#374549", "sel": "#1f3642",
             "field": "#161b1d", "flag": "#ff6060", "hover": "#263035"}
    else:
        p = {"menu": "#2f3a3f", "menufg": "#c5d1d3", "bg": "#ffffff", "head": "#f4f4f4",
             "fg": "#2c363a", "sub": "#6a8086", "line": "#d4dbde", "sel": "#d9ecf4",
             "field": "#ffffff", "flag": "#ff5552", "hover": "#f4f7f8"}
    domain = f"{c.text.word()}{c.rng.choice(['', '-', ''])}{c.text.word()}".strip("-") + \
        c.rng.choice([".org", ".net", ".de", ".eu", ".com", ".nl", ".fr", ".io", ".ch"])
    me = c.text.handle()
    widescreen = c.rng.random() < .7
    preview = widescreen and c.rng.random() < .75
    unread_n = c.rng.randint(0, 240)
    folders = [("&#128229;", "Inbox", unread_n), ("&#9998;", "Drafts", c.rng.choice([0, 0, 2])),
               ("&#10148;", "Sent", 0), ("&#9888;", "Junk", c.rng.choice([0, 0, 3, 17])),
               ("&#128465;", "Trash", 0)]
    if c.rng.random() < .6:
        folders.append(("&#128451;", "Archive", 0))
    folders += [("&#128193;", c.text.word().title(), c.rng.choice([0, 0, 1, 5]))
                for _ in range(c.rng.randint(0, 4))]
    on_bg = f"background:{p['sel']};"
    flist = "".join(
        f"<div style='display:flex;align-items:center;gap:12px;padding:0 14px;height:"
        f"40px;{on_bg if i == 0 else ''}{'font-weight:700' if n else ''}'><span "
        f"style='width:18px;text-align:center;filter:grayscale(1)'>{g}</span><span "
        f"style='flex:1'>{esc(name)}</span>" + (
            f"<span style='background:{_RC_BLUE if i == 0 else p['line']};color:"
            f"{'#fff' if i == 0 else p['fg']};border-radius:10px;padding:1px 8px;"
            f"font-size:12px'>{n}</span>" if n else "") + "</div>"
        for i, (g, name, n) in enumerate(folders))
    quota = c.rng.randint(2, 96)
    folder_col = (f"<div style='width:{c.rng.randint(220, 260)}px;flex:none;border-right:1px "
                  f"solid {p['line']};display:flex;flex-direction:column'><div style='height:"
                  f"56px;display:flex;align-items:center;padding:0 16px;font-size:18px;"
                  f"border-bottom:1px solid {p['line']};background:{p['head']}'>Mail</div>"
                  f"<div style='flex:1;padding-top:6px'>{flist}</div><div style='display:flex;"
                  f"align-items:center;gap:10px;padding:12px 16px;border-top:1px solid "
                  f"{p['line']};color:{p['sub']};font-size:12px'><span style='color:"
                  f"{p['sub']}'>&#9881;</span><div style='flex:1;height:6px;border-radius:3px;"
                  f"background:{p['line']}'><div style='width:{quota}%;height:6px;"
                  f"border-radius:3px;background:{_RC_BLUE if quota < 80 else p['flag']}'>"
                  f"</div></div>{quota}%</div></div>")
    count = c.rng.randint(20, 40)
    sel_i = c.rng.randrange(0, 5) if preview else -1
    picked = ("", "", "")
    rows = ""
    today = date(2025, 1, 1) + timedelta(days=c.rng.randrange(365))
    minutes = c.rng.randint(8 * 60, 20 * 60)  # the time now; each older message lies before
    for i in range(count):
        minutes -= int(10 ** c.rng.uniform(.5, 3.4))
        who, subj = c.text.name(), c.text.title()
        if c.rng.random() < .15:
            subj = f"Re: {subj}"
        unread = i < unread_n and c.rng.random() < .4
        flagged = c.rng.random() < .08
        clip = c.rng.random() < .2
        replied = not unread and c.rng.random() < .15
        size, when = _rc_size(c), _rc_date(today, today.weekday(), minutes)
        if i == sel_i:
            picked = (who, subj, when)
        colour = p["flag"] if flagged else p["fg"]
        weight = "700" if unread else "400"
        back = f"background:{p['sel']};" if i == sel_i else ""
        icons = ((f"<span style='color:{p['flag']}'>&#9873;</span>" if flagged else "")
                 + (f"<span style='color:{p['sub']}'>&#128206;</span>" if clip else "")
                 + (f"<span style='color:{p['sub']}'>&#8617;</span>" if replied else ""))
        dot = (f"<span style='width:8px;height:8px;border-radius:50%;flex:none;background:"
               f"{_RC_BLUE if unread else 'transparent'}'></span>")
        if widescreen:
            rows += (f"<div style='padding:8px 14px 8px 10px;border-bottom:1px solid "
                     f"{p['line']};{back}color:{colour};display:flex;gap:8px;"
                     f"align-items:center'>{dot}<div style='flex:1;min-width:0'><div "
                     f"style='display:flex;gap:8px;font-size:13px'><span style='flex:1;"
                     f"overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font-weight:"
                     f"{weight}'>{esc(who)}</span><span style='color:{p['sub']};"
                     f"font-size:12px;white-space:nowrap'>{when}</span></div><div "
                     f"style='display:flex;gap:8px;margin-top:3px;font-size:14px'><span "
                     f"style='flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;"
                     f"font-weight:{weight}'>{esc(subj)}</span>{icons}<span style='color:"
                     f"{p['sub']};font-size:12px;white-space:nowrap'>{size}</span></div></div>"
                     f"</div>")
        else:
            rows += (f"<div style='display:flex;gap:12px;align-items:center;height:"
                     f"34px;padding:0 14px 0 10px;border-bottom:1px solid {p['line']};{back}"
                     f"color:{colour};font-weight:{weight};white-space:nowrap;font-size:14px'>"
                     f"{dot}<span style='flex:1;overflow:hidden;text-overflow:ellipsis'>"
                     f"{esc(subj)}</span><span style='width:200px;overflow:hidden'>{esc(who)}"
                     f"</span><span style='width:150px;color:{p['sub']};font-size:13px'>{when}"
                     f"</span><span style='width:70px;text-align:right;color:{p['sub']};"
                     f"font-size:13px'>{size}</span><span style='width:44px;display:flex;"
                     f"gap:4px'>{icons}</span></div>")
    columns = ("" if widescreen else
               f"<div style='display:flex;gap:12px;height:30px;align-items:center;padding:0 "
               f"14px 0 28px;border-bottom:1px solid {p['line']};color:{p['sub']};"
               f"font-size:12px;font-weight:700'><span style='flex:1'>Subject</span><span "
               f"style='width:200px'>From</span><span style='width:150px'>Date &#9660;</span>"
               f"<span style='width:70px;text-align:right'>Size</span><span style='width:44px'>"
               f"&#9873; &#128206;</span></div>")
    field = (f"background:{p['field']};border:1px solid {p['line']};border-radius:4px;"
             f"height:34px;display:flex;align-items:center;padding:0 10px;color:{p['sub']}")
    total = max(count, c.rng.randint(count, 3000))
    list_head = (f"<div style='height:56px;display:flex;align-items:center;gap:12px;padding:0 "
                 f"14px;border-bottom:1px solid {p['line']};background:{p['head']}'><span "
                 f"style='font-size:18px;white-space:nowrap'>Inbox</span><div style='flex:1;"
                 f"{field}'><span style='flex:1'>Search...</span>&#128269;</div><span "
                 f"style='color:{p['sub']};font-size:18px'>&#9776;</span></div>")
    list_foot = (f"<div style='height:42px;display:flex;align-items:center;gap:14px;padding:0 "
                 f"14px;border-top:1px solid {p['line']};color:{p['sub']};font-size:13px;"
                 f"background:{p['head']}'><span>&#9745; Select</span><span>&#9776; Threads"
                 f"</span><span style='margin-left:auto'>Messages 1 to {min(50, total)} of "
                 f"{total}</span><span>&laquo; &lsaquo; &rsaquo; &raquo;</span></div>")
    tools = [("&#8617;", "Reply"), ("&#8617;&#8617;", "Reply all"), ("&#8618;", "Forward"),
             ("&#128465;", "Delete"), ("&#9888;", "Spam"), ("&#9993;", "Mark"),
             ("&#8943;", "More")]
    toolbar = "".join(
        f"<div style='text-align:center;font-size:12px;width:58px;color:"
        f"{p['fg'] if preview else p['sub']};opacity:{1 if preview or i > 5 else .5}'><div "
        f"style='font-size:18px;margin-bottom:2px'>{g}</div>{t}</div>"
        for i, (g, t) in enumerate(tools))
    if preview:
        who, subj, when = picked
        paras = "".join(f"<p style='margin:0 0 14px'>{esc(c.text.paragraph(1, 4))}</p>"
                        for _ in range(c.rng.randint(2, 5)))
        attach = ""
        if c.rng.random() < .35:
            attach = "<div style='display:flex;gap:10px;margin-top:14px;flex-wrap:wrap'>" + "".join(
                f"<span style='border:1px solid {p['line']};border-radius:4px;padding:6px 10px;"
                f"font-size:13px'>&#128196; {esc(c.text.word())}_{c.text.word()}."
                f"{c.rng.choice(['pdf', 'docx', 'xlsx', 'zip', 'png'])} <span style='color:"
                f"{p['sub']}'>({_rc_size(c)})</span></span>"
                for _ in range(c.rng.randint(1, 3))) + "</div>"
        initials = "".join(part[0] for part in who.split()[:2])
        content = (f"<div style='padding:20px 28px;overflow:hidden'><h2 style='font-size:"
                   f"20px;font-weight:400;margin:0 0 16px'>{esc(subj)}</h2><div "
                   f"style='display:flex;gap:12px;align-items:center'><span style='width:42px;"
                   f"height:42px;border-radius:50%;background:{p['line']};color:{p['sub']};"
                   f"display:flex;align-items:center;justify-content:center;flex:none'>"
                   f"{initials}</span><div style='flex:1;font-size:14px;line-height:20px'><span "
                   f"style='color:{_RC_BLUE}'>{esc(who)}</span><div style='color:{p['sub']};"
                   f"font-size:13px'>On {when}</div></div><span style='color:{_RC_BLUE};"
                   f"font-size:13px'>Details &nbsp; Headers</span></div><div "
                   f"style='font-size:13px;color:{p['sub']};margin:10px 0 0 54px'>To: <span "
                   f"style='color:{p['fg']}'>{me}@{domain}</span></div>{attach}<div "
                   f"style='margin-top:20px;padding-top:18px;border-top:1px solid "
                   f"{p['line']};font-size:14px;line-height:21px'><p style='margin:0 0 14px'>"
                   f"Hi {esc(c.text.pick(c.text.first))},</p>{paras}<p style='margin:0'>"
                   f"{esc(who.split()[0])}</p></div></div>")
    else:
        content = ""
    list_w = c.rng.randint(360, 460) if widescreen and preview else 0
    list_col = (f"<div style='{f'width:{list_w}px;flex:none' if list_w else 'flex:1'};"
                f"min-width:0;display:flex;flex-direction:column;border-right:1px solid "
                f"{p['line']}'>{list_head}{columns}<div style='flex:1;overflow:hidden'>{rows}"
                f"</div>{list_foot}</div>")
    main = (f"<div style='flex:1;min-width:0;display:flex;flex-direction:column'><div "
            f"style='height:56px;display:flex;align-items:center;gap:2px;padding:0 10px;"
            f"border-bottom:1px solid {p['line']};background:{p['head']}'>{toolbar}<span "
            f"style='margin-left:auto;color:{p['sub']};font-size:18px'>&#10530;</span></div>"
            f"<div style='flex:1;overflow:hidden'>{content}</div></div>") if preview else ""
    if not preview and widescreen:  # nothing selected: the content frame shows the logo
        main = (f"<div style='flex:1;display:flex;flex-direction:column'><div style='height:"
                f"56px;display:flex;align-items:center;gap:2px;padding:0 10px;border-bottom:1px "
                f"solid {p['line']};background:{p['head']}'>{toolbar}</div><div style='flex:1;"
                f"display:flex;align-items:center;justify-content:center;color:{p['line']};"
                f"font:700 54px Arial,sans-serif;letter-spacing:-1px'>&#9993; roundcube</div>"
                f"</div>")
        list_col = list_col.replace("flex:1;min-width:0", f"width:{c.rng.randint(380, 460)}px;"
                                    "flex:none;min-width:0", 1)
    menu_items = [("&#9993;", "Mail"), ("&#128100;", "Contacts"), ("&#9881;", "Settings")]
    if c.rng.random() < .4:
        menu_items.insert(2, ("&#128197;", "Calendar"))
    on_menu = f"color:{_RC_BLUE};background:{'#21292c' if c.dark else '#1f272b'}"
    menu = "".join(
        f"<div style='text-align:center;padding:12px 0;font-size:12px;"
        f"{on_menu if i == 0 else ''}'>"
        f"<div style='font-size:20px;margin-bottom:4px'>{g}</div>{t}</div>"
        for i, (g, t) in enumerate(menu_items))
    side = (f"<div style='width:84px;flex:none;background:{p['menu']};color:{p['menufg']};"
            f"display:flex;flex-direction:column'><div style='height:56px;display:flex;"
            f"align-items:center;justify-content:center'><span style='width:36px;height:36px;"
            f"border-radius:50%;background:{_RC_BLUE};color:#fff;display:flex;align-items:"
            f"center;justify-content:center;font-size:20px'>&#9993;</span></div><div "
            f"style='text-align:center;padding:12px 0;font-size:12px;margin-bottom:6px'><div "
            f"style='font-size:20px;margin-bottom:4px;color:{_RC_BLUE}'>&#9998;</div>Compose"
            f"</div>{menu}<div style='margin-top:auto;text-align:center;font-size:12px;"
            f"padding:12px 0'><div style='font-size:18px'>&#9788;</div>Theme</div><div "
            f"style='text-align:center;font-size:12px;padding:12px 0 16px'><div "
            f"style='font-size:18px'>&#9099;</div>Logout</div></div>")
    body = f"<div style='display:flex;height:100vh'>{side}{folder_col}{list_col}{main}</div>"
    css = (f"body{{margin:0;background:{p['bg']};color:{p['fg']};font:14px Roboto,"
           f"'Helvetica Neue',Arial,'Liberation Sans',sans-serif;overflow:hidden}}")
    brand = c.rng.choice(["Roundcube Webmail", f"{domain.split('.')[0].title()} Webmail",
                          "Webmail"])
    title = f"{brand} :: Inbox" if not unread_n else f"({unread_n}) {brand} :: Inbox"
    return Page(f"mail.{domain}", "/?_task=mail&_mbox=INBOX", title, body, css, _RC_BLUE)


def outlook_inbox(c: Ctx) -> Page:
    """An Outlook-style webmail (three panes): another mail app, kept for the unseen split."""
    bg, fg, sub = ("#1b1a19", "#fff", "#c8c6c4") if c.dark else ("#faf9f8", "#242424", "#616161")
    sel = "border-left:3px solid #0f6cbd;background:#0f6cbd22"
    mails = "".join(
        f"<div style='padding:10px 16px;border-bottom:1px solid #8883;{sel if i == 1 else ''}'>"
        f"<div style='display:flex'><b>"
        f"{esc(c.text.name())}</b><span style='margin-left:auto;font-size:12px;color:{sub}'>"
        f"{c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d}</span></div><div style='color:"
        f"#0f6cbd'>{esc(c.text.title()[:40])}</div><div style='color:{sub};font-size:13px;"
        f"white-space:nowrap;overflow:hidden'>{esc(c.text.sentence())}</div></div>"
        for i in range(12))
    read = (f"<h2 style='font-weight:600'>{esc(c.text.title())}</h2><div style='display:flex;"
            f"gap:12px'><img src='{c.img('avatar', 80, 80)}' width=40 height=40 "
            f"style='border-radius:50%'><div><b>{esc(c.text.name())}</b><div style='color:{sub}'>"
            f"To: You</div></div></div>" + "".join(
                f"<p style='line-height:22px'>{esc(c.text.paragraph())}</p>" for _ in range(3)))
    body = (f"<div style='height:48px;background:#0f6cbd;color:#fff;display:flex;align-items:"
            f"center;gap:24px;padding:0 16px'>&#9638; <b>Outlook</b><span style='background:#fff;"
            f"color:#616161;border-radius:4px;padding:6px 12px;width:460px'>&#128269; Search</span>"
            f"</div><div style='display:flex;height:calc(100vh - 48px)'><div style='width:220px;"
            f"padding:16px;line-height:36px'><div style='background:#0f6cbd;color:#fff;"
            f"border-radius:4px;padding:0 12px'>New mail</div><b>Inbox</b><br>Junk Email<br>Drafts"
            f"<br>Sent Items<br>Deleted Items<br>Archive</div><div style='width:360px;"
            f"overflow:hidden;border-right:1px solid #8883'><div style='padding:12px 16px'><b>"
            f"Focused</b> &nbsp; Other</div>{mails}</div><div style='flex:1;padding:20px 32px'>"
            f"{read}</div></div>")
    css = f"body{{margin:0;background:{bg};color:{fg};font-family:'Segoe UI',Arial,sans-serif}}"
    return Page("outlook.live.com", "/mail/0/inbox", "Mail - Outlook", body, css, "#0f6cbd")
