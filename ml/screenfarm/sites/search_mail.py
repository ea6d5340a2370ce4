"""Google search (home, results, image results) and webmail (Gmail inbox and message, and an
Outlook-style webmail for the unseen split). Written from scratch after the sites' public look;
content is generated."""

from __future__ import annotations

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


def google_results(c: Ctx) -> Page:
    p = _g_palette(c)
    query = " ".join(c.text.word() for _ in range(c.rng.randint(1, 5)))
    results = ""
    for _ in range(c.rng.randint(6, 9)):
        site = c.text.word() + c.rng.choice([".com", ".org", ".io", ".dev", ".net", ".co.uk"])
        results += (f"<div style='margin-bottom:28px;max-width:650px'><div style='display:flex;"
                    f"gap:12px;align-items:center'><img src='{c.img('avatar', 52, 52)}' width=26 "
                    f"style='border-radius:50%'><div style='font-size:14px'>{esc(site)}<div "
                    f"class='sub' style='font-size:12px'>https://{esc(site)} &rsaquo; "
                    f"{esc(c.text.word())}</div></div></div><div style='color:{p['link']};"
                    f"font-size:20px;margin:4px 0'>{esc(c.text.title())}</div><div "
                    f"class='sub' style='line-height:22px'>{c.text.ago()} &mdash; "
                    f"{esc(c.text.sentence(18, 30))}</div></div>")
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


def gmail_inbox(c: Ctx) -> Page:
    p = _gm_palette(c)
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
    pane = (f"<div style='padding:12px 16px' class='sub'>&#9634; &#8635; &#8942;<span "
            f"style='float:right'>1-50 of {c.rng.randint(200, 9000):,}</span></div>{tabs}{rows}")
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
