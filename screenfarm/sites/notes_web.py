"""Note taking in the browser: a Notion page (the sidebar with the workspace and its page tree, the
top bar with the breadcrumb, then the page with an optional cover, icon, title and blocks:
headings, paragraphs, to-dos, bullets, toggles, a callout, a divider and sometimes an inline
database table) and Google Keep (the header with the search bar, the label navigation, the "Take a
note..." box and a masonry grid of coloured note cards with checklists, pictures and labels,
sometimes with one note open in the editing dialog). Written from scratch after the sites' public
look; content is generated."""

from __future__ import annotations

from ..assets import make_notes
from ..web import Ctx, Page, esc

# ---------------------------------------------------------------------------------------- Notion

_N_FONT = ("font-family:ui-sans-serif,-apple-system,'Segoe UI',Helvetica,'Liberation Sans',"
           "Arial,sans-serif;")
_N_ICONS = ("📝", "📓", "🗒️", "📌", "🚀", "💡", "📚", "🗓️", "✅", "🎯", "🏠", "🧠", "✈️", "🛒",
            "📊", "🌱", "⭐", "🎨", "🔖", "📎", "🧪", "🗂️", "💼", "🍳", "🏃", "🎧", "📷", "🧾")
_N_CALLOUT = ("💡", "⚠️", "📌", "👉", "ℹ️", "🔥", "❗", "🗝️")
_N_STATUS = (("Not started", 0), ("In progress", 1), ("Done", 2), ("Blocked", 3),
             ("Review", 4))


def _n_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#191919", "fg": "#d4d4d4", "sub": "#9b9b9b", "faint": "#5a5a5a",
                "side": "#202020", "sidefg": "#a3a3a3", "line": "#2f2f2f", "hover": "#2c2c2c",
                "callout": "#252525", "code": "#202020", "check": "#2383e2"}
    return {"bg": "#ffffff", "fg": "#37352f", "sub": "#787774", "faint": "#a5a29a",
            "side": "#f7f7f5", "sidefg": "#5f5e5b", "line": "#e9e9e7", "hover": "#ebebea",
            "callout": "#f1f1ef", "code": "#f7f6f3", "check": "#2383e2"}


def _n_pills(c: Ctx) -> list[tuple[str, str]]:
    if c.dark:
        return [("#373737", "#d4d4d4"), ("#28456c", "#dbe8f5"), ("#2b593f", "#d8eee0"),
                ("#6e3630", "#f6dcd8"), ("#492f64", "#e6dcf0")]
    return [("#e3e2e0", "#32302c"), ("#d3e5ef", "#183347"), ("#dbeddb", "#1c3829"),
            ("#ffe2dd", "#5d1715"), ("#e8deee", "#412454")]


def _n_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_N_FONT}font-size:16px;"
            f"overflow:hidden}}.app{{display:flex;height:100vh}}"
            f".side{{width:240px;flex:none;background:{p['side']};color:{p['sidefg']};"
            f"font-size:14px;padding:6px 0;overflow:hidden;border-right:1px solid {p['line']}}}"
            f".it{{display:flex;align-items:center;gap:8px;height:28px;padding:0 10px;margin:0 "
            f"4px;border-radius:6px;white-space:nowrap;overflow:hidden}}.it .ic{{width:20px;"
            f"text-align:center;font-size:15px;flex:none}}.mono{{filter:grayscale(1);"
            f"opacity:.65}}.on{{background:{p['hover']};color:{p['fg']};font-weight:500}}"
            f".tri{{font-size:9px;color:{p['faint']};width:10px;flex:none}}"
            f".sec{{font-size:12px;font-weight:500;color:{p['faint']};padding:14px 14px 4px}}"
            f".main{{flex:1;display:flex;flex-direction:column;min-width:0}}"
            f".bar{{height:44px;flex:none;display:flex;align-items:center;gap:14px;padding:0 "
            f"12px;font-size:14px}}.sub{{color:{p['sub']}}}.scroll{{flex:1;overflow:hidden}}"
            f".doc{{max-width:708px;margin:0 auto;padding:0 96px;line-height:1.5}}"
            f".blk{{padding:3px 2px;margin:1px 0}}.row{{display:flex;gap:8px;align-items:"
            f"flex-start;padding:3px 2px}}.box{{width:14px;height:14px;border:1.5px solid "
            f"{p['fg']};border-radius:2px;margin-top:4px;flex:none;font-size:12px;line-height:"
            f"14px;text-align:center;color:#fff}}.box.x{{background:{p['check']};border-color:"
            f"{p['check']}}}.done{{text-decoration:line-through;color:{p['sub']}}}"
            f".h{{font-weight:600;margin:1.1em 0 2px;padding:3px 2px;line-height:1.3}}"
            f".callout{{display:flex;gap:10px;background:{p['callout']};border-radius:4px;"
            f"padding:16px 16px 16px 12px;margin:6px 0}}hr{{border:0;border-top:1px solid "
            f"{p['line']};margin:14px 0}}table{{border-collapse:collapse;width:100%;"
            f"font-size:14px}}td,th{{border:1px solid {p['line']};padding:6px 8px;text-align:left;"
            f"white-space:nowrap;overflow:hidden}}th{{font-weight:400;color:{p['sub']}}}"
            f"tr td:first-child,tr th:first-child{{border-left:0}}tr td:last-child,"
            f"tr th:last-child{{border-right:0}}.pill{{border-radius:3px;padding:0 6px;"
            f"font-size:13px}}")


def _n_title(c: Ctx) -> str:
    if c.rng.random() < .5:
        return c.text.title()
    head = c.rng.choice(["Meeting notes", "Weekly plan", "Reading list", "Project ", "Ideas",
                         "Trip to ", "Journal", "Roadmap", "Notes on ", "Retro "])
    if head.endswith(" ") or c.rng.random() < .5:  # "Trip to" needs its place
        return f"{head.strip()} {c.text.word().capitalize()}"
    return head


def _n_tree(c: Ctx, current: str, icon: str) -> str:
    rows, placed = [], False
    for _ in range(c.rng.randint(4, 7)):
        expanded = c.rng.random() < .3
        here = not placed and c.rng.random() < .35
        name, ic = (current, icon) if here else (_n_title(c), c.rng.choice(_N_ICONS))
        placed = placed or here
        tri = "&#9662;" if expanded else "&#9656;"
        cls = "it on" if here else "it"
        rows.append(f"<div class='{cls}'><span class='tri'>{tri}</span><span class='ic'>{ic}"
                    f"</span><span>{esc(name[:28])}</span></div>")
        if expanded:
            for _ in range(c.rng.randint(1, 3)):
                rows.append(f"<div class='it' style='padding-left:26px'><span class='tri'>"
                            f"&#9656;</span><span class='ic'>{c.rng.choice(_N_ICONS)}</span>"
                            f"<span>{esc(_n_title(c)[:24])}</span></div>")
    if not placed:
        rows.insert(c.rng.randint(0, len(rows)), f"<div class='it on'><span class='tri'>&#9656;"
                    f"</span><span class='ic'>{icon}</span><span>{esc(current[:28])}</span></div>")
    return "".join(rows)


def _n_sidebar(c: Ctx, p: dict[str, str], title: str, icon: str, owner: str) -> str:
    ws = c.rng.choice([f"{owner.split()[0]}'s Notion", f"{owner.split()[0]}'s Workspace",
                       f"{c.text.word().capitalize()} Team", f"{owner.split()[0]} HQ"])
    colour = c.rng.choice(["#e16259", "#2383e2", "#0f7b6c", "#9065b0", "#d9730d", "#5a5a5a"])
    head = (f"<div class='it' style='height:32px;margin-bottom:4px'><span style='width:22px;"
            f"height:22px;border-radius:4px;background:{colour};color:#fff;font-size:12px;"
            f"font-weight:600;text-align:center;line-height:22px;flex:none'>{esc(ws[0])}</span>"
            f"<b style='color:{p['fg']};font-weight:600;overflow:hidden;text-overflow:ellipsis'>"
            f"{esc(ws)}</b><span class='sub' style='font-size:11px'>&#8964;</span><span "
            f"style='margin-left:auto;font-size:16px'>&#9998;</span></div>")
    top = "".join(f"<div class='it'><span class='ic mono'>{ic}</span>{t}</div>" for ic, t in (
        ("🔍", "Search"), ("🏠", "Home"), ("📥", "Inbox"), ("⚙️", "Settings")))
    fav = ""
    if c.rng.random() < .4:
        fav = "<div class='sec'>Favorites</div>" + "".join(
            f"<div class='it'><span class='tri'>&#9656;</span><span class='ic'>"
            f"{c.rng.choice(_N_ICONS)}</span>{esc(_n_title(c)[:26])}</div>"
            for _ in range(c.rng.randint(1, 3)))
    in_team = c.rng.random() < .4
    team_name = c.rng.choice(["General", "Engineering", "Design", "Marketing", "Research"])
    team = (f"<div class='sec'>Teamspaces</div><div class='it'><span class='ic' style='"
            f"background:{colour};color:#fff;border-radius:4px;font-size:11px;height:20px;"
            f"line-height:20px'>{team_name[0]}</span>{team_name}</div>")
    if in_team:
        team += f"<div style='padding-left:12px'>{_n_tree(c, title, icon)}</div>"
        private = "".join(
            f"<div class='it'><span class='tri'>&#9656;</span><span class='ic'>"
            f"{c.rng.choice(_N_ICONS)}</span>{esc(_n_title(c)[:26])}</div>"
            for _ in range(c.rng.randint(2, 4)))
    else:
        team += "".join(
            f"<div class='it' style='padding-left:22px'><span class='tri'>&#9656;</span><span "
            f"class='ic'>{c.rng.choice(_N_ICONS)}</span>{esc(_n_title(c)[:24])}</div>"
            for _ in range(c.rng.randint(1, 3)))
        private = _n_tree(c, title, icon)
    sections = [f"<div class='sec'>Private</div>{private}", team]
    if in_team:
        sections.reverse()
    bottom = "".join(f"<div class='it'><span class='ic mono'>{ic}</span>{t}</div>" for ic, t in (
        ("🗓️", "Calendar"), ("🧩", "Templates"), ("🗑️", "Trash"), ("❓", "Help")))
    return (f"<div class='side'>{head}{top}{fav}{''.join(sections)}<div style='height:14px'>"
            f"</div>{bottom}</div>")


def _n_lines(c: Ctx) -> list[list[str]]:
    """make_notes text as groups of lines (one group per blank-line separated run)."""
    groups: list[list[str]] = [[]]
    for line in make_notes(c.rng, c.text).split("\n")[1:]:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _n_group(c: Ctx, p: dict[str, str], lines: list[str]) -> str:
    out, para = [], []
    for n, line in enumerate(lines, 1):
        if line.startswith("["):
            ticked = line[1] == "x"
            box = "<div class='box x'>&#10003;</div>" if ticked else "<div class='box'></div>"
            cls = " class='done'" if ticked else ""
            out.append(f"<div class='row'>{box}<div{cls}>{esc(line[4:])}</div></div>")
        elif line.startswith("- "):
            mark = f"{n}." if c.rng.random() < .15 else "&#8226;"
            out.append(f"<div class='row'><div style='width:18px;text-align:center;flex:none'>"
                       f"{mark}</div><div>{esc(line[2:])}</div></div>")
        else:
            para.append(line)
    if para:
        out.append(f"<div class='blk'>{esc(' '.join(para))}</div>")
    return "".join(out)


def _n_database(c: Ctx, p: dict[str, str]) -> str:
    pills = _n_pills(c)
    name = c.rng.choice(["Tasks", "Projects", "Reading list", "Action items", "Sprint board"])
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        label, k = c.rng.choice(_N_STATUS)
        bg, fg = pills[k]
        month = c.rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                              "Oct", "Nov", "Dec"])
        rows.append(f"<tr><td style='font-weight:500'>&#128196; {esc(c.text.title()[:34])}</td>"
                    f"<td><span class='pill' style='background:{bg};color:{fg}'>{label}</span>"
                    f"</td><td>{month} {c.rng.randint(1, 28)}, {c.rng.choice([2024, 2025])}</td>"
                    f"<td>{esc(c.text.name())}</td></tr>")
    return (f"<div style='margin:18px 0 8px'><div style='display:flex;gap:14px;font-size:14px;"
            f"border-bottom:1px solid {p['line']};padding-bottom:6px'><span style='border-bottom:"
            f"2px solid {p['fg']};padding-bottom:5px;margin-bottom:-7px'>&#9638; Table</span>"
            f"<span class='sub'>&#9776; Board</span><span class='sub' style='margin-left:auto'>"
            f"Filter &nbsp; Sort &nbsp; &#128269;</span><span style='background:{p['check']};"
            f"color:#fff;border-radius:4px;padding:0 8px'>New &#8964;</span></div><div "
            f"style='font-size:20px;font-weight:700;margin:10px 0 6px'>{name}</div><table><tr>"
            f"<th style='width:44%'>Aa Name</th><th>&#9678; Status</th><th>&#128197; Date</th>"
            f"<th>&#128100; Assignee</th></tr>{''.join(rows)}</table><div class='sub' "
            f"style='font-size:14px;padding:6px 2px;border-top:1px solid {p['line']}'>+ New page"
            f"</div></div>")


def _n_blocks(c: Ctx, p: dict[str, str]) -> str:
    groups = _n_lines(c) + _n_lines(c)
    extras = ["callout", "toggle", "divider", "quote"]
    if c.rng.random() < .45:
        extras.append("database")
    if c.rng.random() < .25:
        extras.append("code")
    order = ["group"] * min(len(groups), c.rng.randint(3, 5)) + c.rng.sample(
        extras, c.rng.randint(2, len(extras)))
    c.rng.shuffle(order)
    out = []
    if c.rng.random() < .5:
        out.append(f"<div class='blk'>{esc(c.text.sentence(8, 18))}</div>")
    for kind in order:
        if kind == "group":
            if c.rng.random() < .7:
                size = c.rng.choice([30, 24, 24, 20])
                out.append(f"<div class='h' style='font-size:{size}px'>"
                           f"{esc(c.text.title())}</div>")
            out.append(_n_group(c, p, groups.pop(0)))
        elif kind == "callout":
            out.append(f"<div class='callout'><span style='font-size:20px;line-height:24px'>"
                       f"{c.rng.choice(_N_CALLOUT)}</span><div>{esc(c.text.sentence(8, 22))}"
                       f"</div></div>")
        elif kind == "toggle":
            opened = c.rng.random() < .5
            inner = "".join(f"<div class='blk'>{esc(c.text.sentence(6, 14))}</div>"
                            for _ in range(c.rng.randint(1, 2))) if opened else ""
            out.append(f"<div class='row'><span style='font-size:12px;width:18px;flex:none;"
                       f"padding-top:2px'>{'&#9660;' if opened else '&#9654;'}</span><div>"
                       f"{esc(c.text.title())}<div style='margin-left:-2px'>{inner}</div></div>"
                       f"</div>")
        elif kind == "divider":
            out.append("<hr>")
        elif kind == "quote":
            out.append(f"<div class='blk' style='border-left:3px solid {p['fg']};padding-left:"
                       f"14px;font-size:18px;margin:8px 0'>{esc(c.text.sentence(8, 16))}</div>")
        elif kind == "database":
            out.append(_n_database(c, p))
        else:
            code = "\n".join(f"{c.text.word()} = {c.rng.randint(1, 99)}  # {c.text.word()}"
                             for _ in range(c.rng.randint(2, 4)))
            out.append(f"<pre style='background:{p['code']};border-radius:4px;padding:28px "
                       f"24px 18px;font:13px/1.5 \"DejaVu Sans Mono\",monospace;margin:8px 0'>"
                       f"{esc(code)}</pre>")
    return "".join(out)


def notion_page(c: Ctx) -> Page:
    """A Notion page in the workspace: sidebar tree, breadcrumb bar, cover, icon, title, blocks."""
    p = _n_palette(c)
    title = _n_title(c)
    icon = c.rng.choice(_N_ICONS)
    owner = c.text.name()
    side = _n_sidebar(c, p, title, icon, owner)
    parent = _n_title(c) if c.rng.random() < .6 else ""
    crumbs = (f"<span class='sub'>{c.rng.choice(_N_ICONS)} {esc(parent[:24])}</span><span "
              f"class='sub'>/</span>") if parent else ""
    private = ("<span class='sub' style='font-size:12px'>&#128274; Private</span>"
               if c.rng.random() < .4 else "")
    edited = c.rng.choice([f"Edited {c.rng.randint(1, 59)}m ago", "Edited just now",
                           f"Edited {c.rng.randint(1, 23)}h ago", "Edited yesterday"])
    bar = (f"<div class='bar'>{crumbs}<span>{icon} {esc(title[:40])}</span>{private}<span "
           f"class='sub' style='margin-left:auto'>{edited}</span><span>Share</span><span "
           f"class='sub' style='font-size:17px'>&#128172;</span><span class='sub' "
           f"style='font-size:17px'>&#128339;</span><span class='sub' style='font-size:18px'>"
           f"{'&#9733;' if c.rng.random() < .3 else '&#9734;'}</span><span class='sub' "
           f"style='font-size:18px;letter-spacing:1px'>&middot;&middot;&middot;</span></div>")
    cover = c.rng.random() < .55
    head = ""
    if cover:
        head = (f"<img src='{c.img('photo', 1600, 280)}' style='display:block;width:100%;"
                f"height:{c.rng.choice([200, 240, 280])}px;object-fit:cover;object-position:"
                f"center {c.rng.randint(20, 80)}%'>")
    icon_top = "-42px" if cover else "72px"
    props = ""
    if c.rng.random() < .35:
        pills = _n_pills(c)
        label, k = c.rng.choice(_N_STATUS)
        props = (f"<div style='font-size:14px;margin:6px 0 4px'><div style='display:flex;"
                 f"padding:4px 0'><span class='sub' style='width:160px'>&#128100; Created by"
                 f"</span>{esc(owner)}</div><div style='display:flex;padding:4px 0'><span "
                 f"class='sub' style='width:160px'>&#9678; Status</span><span class='pill' "
                 f"style='background:{pills[k][0]};color:{pills[k][1]}'>{label}</span></div>"
                 f"<div style='display:flex;padding:4px 0'><span class='sub' style='width:160px'>"
                 f"&#128339; Created</span>{c.text.ago()}</div></div><hr>")
    doc = (f"<div class='doc'><div style='font-size:72px;line-height:1;margin-top:{icon_top};"
           f"position:relative'>{icon}</div><div class='sub' style='font-size:14px;height:24px;"
           f"margin-top:6px;opacity:{c.rng.choice([0, 0, .8])}'>&#128172; Add comment</div><h1 "
           f"style='font-size:40px;font-weight:700;line-height:1.2;margin:4px 0 10px'>"
           f"{esc(title)}</h1>{props}{_n_blocks(c, p)}<div style='height:120px'></div></div>")
    body = (f"<div class='app'>{side}<div class='main'>{bar}<div class='scroll'>{head}{doc}"
            f"</div></div></div>")
    slug = "-".join("".join(ch for ch in w if ch.isalnum()) for w in title.split()[:6])
    path = f"/{slug or 'Untitled'}-{c.rng.randrange(16 ** 32):032x}"
    return Page("www.notion.so", path, title, body, _n_css(p), "#191919" if c.dark else "#000000")


# ------------------------------------------------------------------------------------ Google Keep

_K_FONT = "font-family:'Google Sans',Roboto,Arial,'Liberation Sans',sans-serif;"
_K_LIGHT = ("#ffffff", "#faafa8", "#f39f76", "#fff8b8", "#e2f6d3", "#b4ddd3", "#d4e4ed",
            "#aeccdc", "#d3bfdb", "#f6e2dd", "#e9e3d4", "#efeff1")
_K_DARK = ("#202124", "#77172e", "#692b17", "#7c4a03", "#264d3b", "#0c625d", "#256377",
           "#284255", "#472e5b", "#6c394f", "#4b443a", "#232427")
_K_BULB = ("<svg width='40' height='40' viewBox='0 0 40 40'><path d='M8 3h18l8 8v26H8z' "
           "fill='#fbbc04'/><path d='M26 3v8h8z' fill='#f29900'/><circle cx='21' cy='19' r='6' "
           "fill='#fff'/><rect x='18.5' y='25' width='5' height='4' rx='1' fill='#fff'/></svg>")


def _k_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#202124", "fg": "#e8eaed", "sub": "#9aa0a6", "line": "#5f6368",
                "nav": "#41331c", "search": "#525355", "chip": "#ffffff1f",
                "scrim": "rgba(0,0,0,.6)", "shadow": "0 1px 2px #0009,0 1px 3px 1px #0005"}
    return {"bg": "#ffffff", "fg": "#202124", "sub": "#5f6368", "line": "#e0e0e0",
            "nav": "#feefc3", "search": "#f1f3f4", "chip": "#0000000f",
            "scrim": "rgba(32,33,36,.45)",
            "shadow": "0 1px 2px 0 #3c40434d,0 2px 6px 2px #3c404326"}


def _k_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_K_FONT}overflow:hidden}}"
            f".hd{{height:64px;display:flex;align-items:center;gap:4px;padding:0 8px;"
            f"border-bottom:1px solid {p['line']}}}.ib{{width:48px;height:48px;display:flex;"
            f"align-items:center;justify-content:center;color:{p['sub']};font-size:20px;"
            f"flex:none}}.mono{{filter:grayscale(1);opacity:.7}}"
            f".nav{{width:280px;flex:none;padding-top:8px}}.nv{{display:flex;align-items:center;"
            f"height:48px;padding-left:24px;gap:32px;border-radius:0 25px 25px 0;font-size:14px;"
            f"font-weight:500;white-space:nowrap}}.nv .ic{{width:24px;text-align:center;"
            f"font-size:19px}}.nv.on{{background:{p['nav']}}}"
            f".card{{border-radius:8px;margin-bottom:16px;overflow:hidden;font-size:14px;"
            f"line-height:1.4;position:relative}}.card .in{{padding:12px 16px}}"
            f".card .t{{font-size:16px;font-weight:500;margin-bottom:8px;line-height:1.3}}"
            f".tx{{white-space:pre-wrap;word-wrap:break-word}}.ck{{display:flex;gap:8px;"
            f"padding:2px 0}}.cb{{width:13px;height:13px;border:1.5px solid {p['sub']};"
            f"border-radius:2px;flex:none;margin-top:3px;font-size:11px;line-height:12px;"
            f"text-align:center}}.chip{{display:inline-block;background:{p['chip']};"
            f"border-radius:12px;padding:2px 10px;font-size:11px;margin:8px 4px 0 0}}"
            f".lbl{{font-size:11px;font-weight:500;letter-spacing:.8px;color:{p['sub']};"
            f"margin:10px 0 8px 8px}}.sub{{color:{p['sub']}}}")


def _k_checklist(c: Ctx, p: dict[str, str], items: list[tuple[bool, str]],
                 collapse: bool) -> str:
    todo = [t for done, t in items if not done]
    done = [t for d, t in items if d]
    rows = "".join(f"<div class='ck'><span class='cb'></span><span>{esc(t)}</span></div>"
                   for t in todo)
    if done and collapse:
        rows += (f"<div class='sub' style='font-size:13px;padding:4px 0 0 21px'>+ {len(done)} "
                 f"checked item{'s' if len(done) > 1 else ''}</div>")
    elif done:
        rows += f"<div style='border-top:1px solid {p['line']};margin:6px 0 4px'></div>"
        rows += "".join(f"<div class='ck'><span class='cb'>&#10003;</span><span class='sub' "
                        f"style='text-decoration:line-through'>{esc(t)}</span></div>"
                        for t in done)
    return rows


def _k_note(c: Ctx, labels: list[str], current: str = "") -> dict:
    """One note's content: title, text or checklist items, picture, labels, reminder; in a
    label's view every note carries that label."""
    kind = c.rng.random()
    note: dict = {"title": "", "text": "", "items": [], "img": 0, "labels": [], "remind": ""}
    if c.rng.random() < .7:
        note["title"] = c.rng.choice([c.text.title(), c.text.word().capitalize(),
                                      c.rng.choice(["Groceries", "TODO", "Ideas", "Books",
                                                    "Gift ideas", "Packing list", "Passwords?",
                                                    "Recipes", "Meeting", "Call back"])])
    lines = make_notes(c.rng, c.text).split("\n")[1:]
    if kind < .4:
        boxes = [ln for ln in lines if ln.startswith("[")]
        if not boxes:
            boxes = [f"[{c.rng.choice(' x')}] {c.text.sentence(2, 5)}" for _ in range(4)]
        note["items"] = [(ln[1] == "x", ln[4:]) for ln in boxes[:c.rng.randint(2, 7)]]
    elif kind < .75:
        keep: list[str] = []
        for ln in lines:  # bullets stay lines, a wrapped paragraph becomes one line again
            if ln.startswith("- "):
                keep.append(ln[2:] if c.rng.random() < .6 else ln)
            elif ln.strip() and not ln.startswith("["):
                glued = keep and not keep[-1].startswith("- ") and keep[-1][-1:] not in ".?!"
                keep[-1:] = [keep[-1] + " " + ln] if glued else keep[-1:] + [ln]
        text = "\n".join(keep[:c.rng.randint(1, 4)]) or c.text.sentence()
        cut = c.rng.randint(60, 360)
        note["text"] = text if len(text) <= cut else text[:cut].rsplit(" ", 1)[0]
    else:
        note["text"] = c.text.sentence(3, 18) if c.rng.random() < .8 else ""
    if c.rng.random() < .18:
        note["img"] = c.rng.choice([120, 160, 200, 240])
    if c.rng.random() < .35:
        note["labels"] = c.rng.sample(labels, min(len(labels), c.rng.randint(1, 2)))
    if current and current not in note["labels"]:
        note["labels"].insert(0, current)
    if c.rng.random() < .12:
        note["remind"] = c.rng.choice(["Today, 18:00", "Tomorrow, 08:00", "Mon, 09:30",
                                       f"{c.rng.randint(1, 28)} Nov, 12:00"])
    if not (note["title"] or note["text"] or note["items"] or note["img"]):
        note["text"] = c.text.sentence(3, 10)
    return note


def _k_height(note: dict) -> int:
    h = 40 + note["img"] + (26 if note["title"] else 0) + 22 * len(note["items"])
    h += 20 * (len(note["text"]) // 28 + note["text"].count("\n") + 1) if note["text"] else 0
    return h + (30 if note["labels"] or note["remind"] else 0)


def _k_card(c: Ctx, p: dict[str, str], note: dict, colour: str, hover: bool) -> str:
    border = p["line"] if colour in (_K_LIGHT[0], _K_DARK[0]) else colour
    pic = (f"<img src='{c.img('photo', 240, note['img'])}' style='display:block;width:100%;"
           f"height:{note['img']}px;object-fit:cover'>") if note["img"] else ""
    pad = " style='padding-right:22px'" if hover else ""
    inner = f"<div class='t'{pad}>{esc(note['title'])}</div>" if note["title"] else ""
    if note["text"]:
        inner += f"<div class='tx'>{esc(note['text'])}</div>"
    if note["items"]:
        inner += _k_checklist(c, p, note["items"], collapse=True)
    chips = "".join(f"<span class='chip'>{esc(lb)}</span>" for lb in note["labels"])
    if note["remind"]:
        chips = f"<span class='chip'>&#128339; {note['remind']}</span>" + chips
    tools = ""
    if hover:
        tools = ("<div class='sub mono' style='display:flex;justify-content:space-between;"
                 "font-size:15px;padding:0 8px 6px'><span>&#128276;</span><span>&#128101;"
                 "</span><span>&#127912;</span><span>&#128444;</span><span>&#128229;</span>"
                 "<span>&#8942;</span></div><span class='sub mono' style='position:absolute;"
                 "right:10px;top:8px;font-size:15px'>&#128204;</span>")
    shadow = f"box-shadow:{p['shadow']};" if hover else ""
    return (f"<div class='card' style='background:{colour};border:1px solid {border};{shadow}'>"
            f"{pic}<div class='in'>{inner}{chips}</div>{tools}</div>")


def _k_grid(c: Ctx, p: dict[str, str], notes: list[tuple[dict, str]], cols: int,
            hover: int) -> str:
    """Cards placed in the shortest column, as Keep's masonry does; card `hover` is under the
    mouse (its pin and tool row show)."""
    columns: list[list[str]] = [[] for _ in range(cols)]
    heights = [0] * cols
    for i, (note, colour) in enumerate(notes):
        k = heights.index(min(heights))
        columns[k].append(_k_card(c, p, note, colour, i == hover))
        heights[k] += _k_height(note) + 16
    return ("<div style='display:flex;gap:16px;justify-content:center'>" + "".join(
        f"<div style='width:240px'>{''.join(col)}</div>" for col in columns) + "</div>")


def _k_dialog(c: Ctx, p: dict[str, str], colour: str, labels: list[str], current: str) -> str:
    note = _k_note(c, labels, current)
    title = note["title"] or c.text.title()
    if note["items"]:
        content = _k_checklist(c, p, note["items"], collapse=False)
        content += "<div class='sub' style='padding:4px 0 0 21px'>+ List item</div>"
    else:
        text = make_notes(c.rng, c.text).split("\n", 1)[1].strip()
        content = f"<div class='tx' style='font-size:16px;line-height:1.5'>{esc(text)}</div>"
    border = p["line"] if colour in (_K_LIGHT[0], _K_DARK[0]) else colour
    chips = "".join(f"<span class='chip'>{esc(lb)}</span>" for lb in note["labels"])
    pic = (f"<img src='{c.img('photo', 600, 260)}' style='display:block;width:100%;height:"
           f"260px;object-fit:cover'>") if c.rng.random() < .2 else ""
    edited = c.rng.choice([f"Edited {c.rng.randint(0, 23)}:{c.rng.randint(0, 59):02d}",
                           "Edited yesterday", f"Edited {c.rng.randint(1, 28)} Oct"])
    return (f"<div style='position:fixed;inset:0;background:{p['scrim']};z-index:5;display:flex;"
            f"align-items:flex-start;justify-content:center;padding-top:{c.rng.randint(90, 160)}"
            f"px'><div style='width:600px;max-height:70vh;overflow:hidden;background:{colour};"
            f"border:1px solid {border};border-radius:8px;box-shadow:0 4px 12px #0006'>{pic}"
            f"<div style='padding:16px 16px 4px;position:relative'><div style='font-size:22px;"
            f"margin-bottom:12px;padding-right:40px'>{esc(title)}</div><span class='sub mono' "
            f"style='position:absolute;right:16px;top:16px;font-size:18px'>&#128204;</span>"
            f"<div style='max-height:calc(70vh - 170px);overflow:hidden'>{content}</div>{chips}"
            f"<div class='sub' style='text-align:right;font-size:12px;margin-top:10px'>{edited}"
            f"</div></div><div style='display:flex;align-items:center;gap:22px;padding:6px 16px "
            f"10px;font-size:16px' class='sub'><span class='mono'>&#128276;</span><span "
            f"class='mono'>&#128101;</span><span class='mono'>&#127912;</span><span "
            f"class='mono'>&#128444;</span><span class='mono'>&#128229;</span><span>&#8942;"
            f"</span><span>&#8630;</span><span>&#8631;</span><span style='margin-left:auto;"
            f"color:{p['fg']};font-size:14px;font-weight:500;padding:8px 24px'>Close</span>"
            f"</div></div></div>")


def keep_notes(c: Ctx) -> Page:
    """Google Keep's notes grid (home or one label), sometimes with a note open for editing."""
    p = _k_palette(c)
    palette = _K_DARK if c.dark else _K_LIGHT
    labels = sorted({c.text.word().capitalize() for _ in range(c.rng.randint(2, 5))})
    on_label = c.rng.random() < .3
    current = c.rng.choice(labels) if on_label else ""
    if on_label:
        brand = f"<span style='font-size:22px;padding-left:8px'>{esc(current)}</span>"
    else:
        brand = (f"{_K_BULB}<span style='font-size:22px;color:{p['sub']};padding-left:4px'>"
                 f"Keep</span>")
    dots = "".join(f"<i style='width:4px;height:4px;background:{p['sub']};border-radius:50%'>"
                   f"</i>" for _ in range(9))
    header = (f"<div class='hd'><span class='ib' style='font-size:22px'>&#9776;</span>{brand}"
              f"<div style='flex:1;max-width:720px;margin-left:{c.rng.choice([70, 90])}px;"
              f"height:46px;border-radius:8px;background:{p['search']};display:flex;"
              f"align-items:center;gap:18px;padding:0 16px;color:{p['sub']};font-size:16px'>"
              f"<span class='mono' style='font-size:17px'>&#128269;</span>Search</div><span "
              f"style='flex:.3'></span><span class='ib'>&#10227;</span><span class='ib'>"
              f"{c.rng.choice(['&#9776;', '&#9638;'])}</span><span class='ib mono'>&#9881;&#65039;"
              f"</span><span style='width:40px'></span><span class='ib'><span style='display:"
              f"grid;grid-template-columns:repeat(3,4px);gap:4px'>{dots}</span></span><img "
              f"src='{c.img('avatar', 64, 64)}' style='width:32px;height:32px;border-radius:50%;"
              f"margin:0 8px'></div>")
    nav_items = [("💡", "Notes", not on_label), ("🔔", "Reminders", False)]
    nav_items += [("🏷️", lb, lb == current) for lb in labels]
    nav_items += [("✏️", "Edit labels", False), ("📥", "Archive", False), ("🗑️", "Bin"
                  if c.rng.random() < .3 else "Trash", False)]
    nav = "".join(
        f"<div class='nv{' on' if on else ''}'><span class='ic{'' if on else ' mono'}'>{ic}"
        f"</span>{esc(t)}</div>" for ic, t, on in nav_items)
    take = (f"<div style='width:600px;margin:32px auto 24px;border-radius:8px;box-shadow:"
            f"{p['shadow']};height:46px;display:flex;align-items:center;padding:0 16px;gap:24px;"
            f"background:{p['bg']}'><span class='sub' style='flex:1;font-weight:500;"
            f"font-size:15px'>Take a note&hellip;</span><span class='sub mono'>&#9745;&#65039;"
            f"</span><span class='sub mono'>&#128396;&#65039;</span><span class='sub mono'>"
            f"&#128444;&#65039;</span></div>")
    coloured = c.rng.random()

    def colour() -> str:
        return c.rng.choice(palette[1:]) if c.rng.random() < coloured else palette[0]

    n_pinned = c.rng.choice([0, 0, 2, 3, 4])
    pinned = [(_k_note(c, labels, current), colour()) for _ in range(n_pinned)]
    others = [(_k_note(c, labels, current), colour()) for _ in range(c.rng.randint(8, 16))]
    cols = 4
    hover = c.rng.randrange(len(pinned) + len(others) + 4)  # sometimes none is under the mouse
    grid = ""
    if pinned:
        width = cols * 256 - 16
        grid += (f"<div style='width:{width}px;margin:0 auto'><div class='lbl'>PINNED</div></div>"
                 f"{_k_grid(c, p, pinned, cols, hover)}<div style='width:{width}px;margin:16px "
                 f"auto 0'><div class='lbl'>OTHERS</div></div>")
    grid += _k_grid(c, p, others, cols, hover - len(pinned))
    dialog = _k_dialog(c, p, colour(), labels, current) if c.rng.random() < .3 else ""
    body = (f"{header}<div style='display:flex'><div class='nav'>{nav}</div><div "
            f"style='flex:1;min-width:0;padding-right:16px'>{take}{grid}</div></div>{dialog}")
    path = f"/u/0/#label/{current}" if on_label else "/u/0/#home"
    return Page("keep.google.com", path, "Google Keep", body, _k_css(p), "#fbbc04")
