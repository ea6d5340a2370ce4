"""Note taking in the browser: a Notion page (the sidebar with the workspace and its page tree, the
top bar with the breadcrumb, then the page with an optional cover, icon, title and blocks:
headings, paragraphs, to-dos, bullets, toggles, a callout, a divider and sometimes an inline
database table) and Google Keep (the header with the search bar, the label navigation, the "Take a
note..." box and a masonry grid of coloured note cards with checklists, pictures and labels,
sometimes with one note open in the editing dialog). Written from scratch after the sites' public
look; content is generated. Markup: templates/notes/notion.html and templates/notes/keep.html."""

from __future__ import annotations

from ..assets import make_notes
from ..theme import Theme, pick
from ..web import Ctx, Page, page

# ---------------------------------------------------------------------------------------- Notion

_N_FONT = "ui-sans-serif,-apple-system,'Segoe UI',Helvetica,'Liberation Sans',Arial,sans-serif"
_N_ICONS = ("📝", "📓", "🗒️", "📌", "🚀", "💡", "📚", "🗓️", "✅", "🎯", "🏠", "🧠", "✈️", "🛒",
            "📊", "🌱", "⭐", "🎨", "🔖", "📎", "🧪", "🗂️", "💼", "🍳", "🏃", "🎧", "📷", "🧾")
_N_CALLOUT = ("💡", "⚠️", "📌", "👉", "ℹ️", "🔥", "❗", "🗝️")
_N_STATUS = (("Not started", 0), ("In progress", 1), ("Done", 2), ("Blocked", 3),
             ("Review", 4))

# pills: (background, text) per status colour
NOTION_LIGHT = Theme(dark=False, bg="#ffffff", fg="#37352f", muted="#787774", line="#e9e9e7",
                     surface="#f7f7f5", surface2="#f1f1ef", accent="#2383e2", font=_N_FONT,
                     extra={"faint": "#a5a29a", "sidefg": "#5f5e5b", "hover": "#ebebea",
                            "code": "#f7f6f3"})
NOTION_DARK = Theme(dark=True, bg="#191919", fg="#d4d4d4", muted="#9b9b9b", line="#2f2f2f",
                    surface="#202020", surface2="#252525", accent="#2383e2", font=_N_FONT,
                    extra={"faint": "#5a5a5a", "sidefg": "#a3a3a3", "hover": "#2c2c2c",
                           "code": "#202020"})
_PILLS_LIGHT = [("#e3e2e0", "#32302c"), ("#d3e5ef", "#183347"), ("#dbeddb", "#1c3829"),
                ("#ffe2dd", "#5d1715"), ("#e8deee", "#412454")]
_PILLS_DARK = [("#373737", "#d4d4d4"), ("#28456c", "#dbe8f5"), ("#2b593f", "#d8eee0"),
               ("#6e3630", "#f6dcd8"), ("#492f64", "#e6dcf0")]


def _n_title(c: Ctx) -> str:
    if c.rng.random() < .5:
        return c.text.title()
    head = c.rng.choice(["Meeting notes", "Weekly plan", "Reading list", "Project ", "Ideas",
                         "Trip to ", "Journal", "Roadmap", "Notes on ", "Retro "])
    if head.endswith(" ") or c.rng.random() < .5:  # "Trip to" needs its place
        return f"{head.strip()} {c.text.word().capitalize()}"
    return head


def _row(name: str, icon: str, *, on: bool = False, opened: bool = False, pad: int = 0,
         span: bool = True) -> dict:
    """One sidebar row: a page (name, emoji icon), selected or not, expanded or not."""
    return {"name": name, "icon": icon, "on": on, "open": opened, "pad": pad, "span": span}


def _n_tree(c: Ctx, current: str, icon: str) -> list[dict]:
    """A page tree with the current page somewhere in it (some pages expanded)."""
    rows, placed = [], False
    for _ in range(c.rng.randint(4, 7)):
        expanded = c.rng.random() < .3
        here = not placed and c.rng.random() < .35
        name, ic = (current, icon) if here else (_n_title(c), c.rng.choice(_N_ICONS))
        placed = placed or here
        rows.append(_row(name[:28], ic, on=here, opened=expanded))
        for _ in range(c.rng.randint(1, 3)) if expanded else ():
            ic = c.rng.choice(_N_ICONS)
            rows.append(_row(_n_title(c)[:24], ic, pad=26))
    if not placed:
        rows.insert(c.rng.randint(0, len(rows)), _row(current[:28], icon, on=True))
    return rows


def _n_pages(c: Ctx, lo: int, hi: int, cut: int, pad: int = 0) -> list[dict]:
    out = []
    for _ in range(c.rng.randint(lo, hi)):
        ic = c.rng.choice(_N_ICONS)
        out.append(_row(_n_title(c)[:cut], ic, pad=pad, span=False))
    return out


def _n_sidebar(c: Ctx, title: str, icon: str, owner: str) -> dict:
    """Workspace switcher, favourites, private pages and a teamspace (in either order)."""
    first = owner.split()[0]
    ws = c.rng.choice([f"{first}'s Notion", f"{first}'s Workspace",
                       f"{c.text.word().capitalize()} Team", f"{first} HQ"])
    colour = c.rng.choice(["#e16259", "#2383e2", "#0f7b6c", "#9065b0", "#d9730d", "#5a5a5a"])
    fav = _n_pages(c, 1, 3, 26) if c.rng.random() < .4 else []
    in_team = c.rng.random() < .4
    team_name = c.rng.choice(["General", "Engineering", "Design", "Marketing", "Research"])
    if in_team:
        team, private = _n_tree(c, title, icon), _n_pages(c, 2, 4, 26)
    else:
        team = _n_pages(c, 1, 3, 24, pad=22)
        private = _n_tree(c, title, icon)
    return {"ws": ws, "colour": colour, "fav": fav, "in_team": in_team, "team_name": team_name,
            "team": team, "private": private}


def _n_lines(c: Ctx) -> list[list[str]]:
    """make_notes text as groups of lines (one group per blank-line separated run)."""
    groups: list[list[str]] = [[]]
    for line in make_notes(c.rng, c.text).split("\n")[1:]:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _n_group(c: Ctx, lines: list[str]) -> list[dict]:
    """To-dos, bullets (some numbered) and one paragraph of the remaining lines."""
    out, para = [], []
    for n, line in enumerate(lines, 1):
        if line.startswith("["):
            out.append({"kind": "todo", "done": line[1] == "x", "text": line[4:]})
        elif line.startswith("- "):
            mark = f"{n}." if c.rng.random() < .15 else "\u2022"
            out.append({"kind": "bullet", "mark": mark, "text": line[2:]})
        else:
            para.append(line)
    if para:
        out.append({"kind": "para", "text": " ".join(para)})
    return out


def _n_database(c: Ctx) -> dict:
    """An inline database shown as a table: name, status pill, date, assignee."""
    pills = _PILLS_DARK if c.dark else _PILLS_LIGHT
    name = c.rng.choice(["Tasks", "Projects", "Reading list", "Action items", "Sprint board"])
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        label, k = c.rng.choice(_N_STATUS)
        month = c.rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                              "Oct", "Nov", "Dec"])
        title = c.text.title()[:34]
        date = f"{month} {c.rng.randint(1, 28)}, {c.rng.choice([2024, 2025])}"
        rows.append({"title": title, "label": label, "pill": pills[k], "date": date,
                     "who": c.text.name()})
    return {"kind": "database", "name": name, "rows": rows}


def _n_block(c: Ctx, kind: str, groups: list[list[str]]) -> list[dict]:
    """The blocks of one `kind` (a group may bring a heading before its lines)."""
    if kind == "group":
        head = []
        if c.rng.random() < .7:
            size = c.rng.choice([30, 24, 24, 20])
            head = [{"kind": "heading", "size": size, "text": c.text.title()}]
        return head + [{"kind": "lines", "items": _n_group(c, groups.pop(0))}]
    if kind == "callout":
        icon = c.rng.choice(_N_CALLOUT)
        return [{"kind": "callout", "icon": icon, "text": c.text.sentence(8, 22)}]
    if kind == "toggle":
        opened = c.rng.random() < .5
        inner = [c.text.sentence(6, 14) for _ in range(c.rng.randint(1, 2))] if opened else []
        return [{"kind": "toggle", "open": opened, "inner": inner, "text": c.text.title()}]
    if kind == "quote":
        return [{"kind": "quote", "text": c.text.sentence(8, 16)}]
    if kind == "database":
        return [_n_database(c)]
    if kind == "code":
        code = "\n".join(f"{c.text.word()} = {c.rng.randint(1, 99)}  # {c.text.word()}"
                         for _ in range(c.rng.randint(2, 4)))
        return [{"kind": "code", "text": code}]
    return [{"kind": "divider"}]


def _n_blocks(c: Ctx) -> list[dict]:
    """The page's blocks in a shuffled order: text groups and a few special blocks."""
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
        out.append({"kind": "lines", "items": [{"kind": "para", "text": c.text.sentence(8, 18)}]})
    for kind in order:
        out += _n_block(c, kind, groups)
    return out


def _n_top(c: Ctx) -> dict:
    """Breadcrumb bar and page head: parent, private tag, edited time, star, cover, props."""
    parent = _n_title(c) if c.rng.random() < .6 else ""
    parent_icon = c.rng.choice(_N_ICONS) if parent else ""
    private = c.rng.random() < .4
    edited = c.rng.choice([f"Edited {c.rng.randint(1, 59)}m ago", "Edited just now",
                           f"Edited {c.rng.randint(1, 23)}h ago", "Edited yesterday"])
    starred = c.rng.random() < .3
    cover = None
    if c.rng.random() < .55:
        src = c.img("photo", 1600, 280)
        cover = {"src": src, "h": c.rng.choice([200, 240, 280]), "y": c.rng.randint(20, 80)}
    return {"parent": parent[:24], "parent_icon": parent_icon, "private": private,
            "edited": edited, "starred": starred, "cover": cover}


def notion_page(c: Ctx) -> Page:
    """A Notion page in the workspace: sidebar tree, breadcrumb bar, cover, icon, title, blocks."""
    t = pick(NOTION_LIGHT, NOTION_DARK, c.dark)
    title = _n_title(c)
    icon = c.rng.choice(_N_ICONS)
    owner = c.text.name()
    side = _n_sidebar(c, title, icon, owner)
    top = _n_top(c)
    props = None
    if c.rng.random() < .35:
        label, k = c.rng.choice(_N_STATUS)
        pill = (_PILLS_DARK if c.dark else _PILLS_LIGHT)[k]
        props = {"owner": owner, "label": label, "pill": pill, "ago": c.text.ago()}
    comment = c.rng.choice([0, 0, .8])
    blocks = _n_blocks(c)
    slug = "-".join("".join(ch for ch in w if ch.isalnum()) for w in title.split()[:6])
    path = f"/{slug or 'Untitled'}-{c.rng.randrange(16 ** 32):032x}"
    return page("notes/notion.html", c, t, host="www.notion.so", path=path, title=title,
                favicon="#191919" if c.dark else "#000000", page_title=title, icon=icon,
                side=side, top=top, props=props, comment=comment, blocks=blocks)


# ------------------------------------------------------------------------------------ Google Keep

_K_FONT = "'Google Sans',Roboto,Arial,'Liberation Sans',sans-serif"
# note colours: the first is the default (white or dark grey); the card border shows only there
_K_LIGHT = ("#ffffff", "#faafa8", "#f39f76", "#fff8b8", "#e2f6d3", "#b4ddd3", "#d4e4ed",
            "#aeccdc", "#d3bfdb", "#f6e2dd", "#e9e3d4", "#efeff1")
_K_DARK = ("#202124", "#77172e", "#692b17", "#7c4a03", "#264d3b", "#0c625d", "#256377",
           "#284255", "#472e5b", "#6c394f", "#4b443a", "#232427")
KEEP_LIGHT = Theme(dark=False, bg="#ffffff", fg="#202124", muted="#5f6368", line="#e0e0e0",
                   surface="#f1f3f4", surface2="#0000000f", accent="#fbbc04", font=_K_FONT,
                   extra={"nav": "#feefc3", "scrim": "rgba(32,33,36,.45)",
                          "shadow": "0 1px 2px 0 #3c40434d,0 2px 6px 2px #3c404326"})
KEEP_DARK = Theme(dark=True, bg="#202124", fg="#e8eaed", muted="#9aa0a6", line="#5f6368",
                  surface="#525355", surface2="#ffffff1f", accent="#fbbc04", font=_K_FONT,
                  extra={"nav": "#41331c", "scrim": "rgba(0,0,0,.6)",
                         "shadow": "0 1px 2px #0009,0 1px 3px 1px #0005"})


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
        note["text"] = _k_text(c, lines)
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


def _k_text(c: Ctx, lines: list[str]) -> str:
    """A text note from make_notes lines: bullets stay lines, wrapped paragraphs are re-joined,
    cut at a word boundary."""
    keep: list[str] = []
    for ln in lines:
        if ln.startswith("- "):
            keep.append(ln[2:] if c.rng.random() < .6 else ln)
        elif ln.strip() and not ln.startswith("["):
            glued = keep and not keep[-1].startswith("- ") and keep[-1][-1:] not in ".?!"
            keep[-1:] = [keep[-1] + " " + ln] if glued else keep[-1:] + [ln]
    text = "\n".join(keep[:c.rng.randint(1, 4)]) or c.text.sentence()
    cut = c.rng.randint(60, 360)
    return text if len(text) <= cut else text[:cut].rsplit(" ", 1)[0]


def _k_height(note: dict) -> int:
    """A card's estimated height in px, for the masonry placement."""
    h = 40 + note["img"] + (26 if note["title"] else 0) + 22 * len(note["items"])
    h += 20 * (len(note["text"]) // 28 + note["text"].count("\n") + 1) if note["text"] else 0
    return h + (30 if note["labels"] or note["remind"] else 0)


def _k_grid(c: Ctx, notes: list[tuple[dict, str]], cols: int, hover: int) -> list[list[dict]]:
    """Cards placed in the shortest column, as Keep's masonry does; card `hover` is under the
    mouse (its pin and tool row show). Returns the columns of cards."""
    columns: list[list[dict]] = [[] for _ in range(cols)]
    heights = [0] * cols
    for i, (note, colour) in enumerate(notes):
        k = heights.index(min(heights))
        pic = c.img("photo", 240, note["img"]) if note["img"] else ""
        columns[k].append({**note, "colour": colour, "plain": colour in (_K_LIGHT[0], _K_DARK[0]),
                           "hover": i == hover, "pic": pic})
        heights[k] += _k_height(note) + 16
    return columns


def _k_dialog(c: Ctx, colour: str, labels: list[str], current: str) -> dict:
    """The note editing dialog over a dimmed grid."""
    note = _k_note(c, labels, current)
    title = note["title"] or c.text.title()
    text = "" if note["items"] else make_notes(c.rng, c.text).split("\n", 1)[1].strip()
    pic = c.img("photo", 600, 260) if c.rng.random() < .2 else ""
    edited = c.rng.choice([f"Edited {c.rng.randint(0, 23)}:{c.rng.randint(0, 59):02d}",
                           "Edited yesterday", f"Edited {c.rng.randint(1, 28)} Oct"])
    return {**note, "title": title, "text": text, "colour": colour, "pic": pic,
            "plain": colour in (_K_LIGHT[0], _K_DARK[0]), "edited": edited,
            "top": c.rng.randint(90, 160)}


def keep_notes(c: Ctx) -> Page:
    """Google Keep's notes grid (home or one label), sometimes with a note open for editing."""
    t = pick(KEEP_LIGHT, KEEP_DARK, c.dark)
    palette = _K_DARK if c.dark else _K_LIGHT
    labels = sorted({c.text.word().capitalize() for _ in range(c.rng.randint(2, 5))})
    current = c.rng.choice(labels) if c.rng.random() < .3 else ""
    search_at = c.rng.choice([70, 90])
    view_icon = c.rng.choice(["\u2630", "\u25a6"])
    avatar = c.img("avatar", 64, 64)
    bin_name = "Bin" if c.rng.random() < .3 else "Trash"
    coloured = c.rng.random()

    def colour() -> str:
        return c.rng.choice(palette[1:]) if c.rng.random() < coloured else palette[0]

    n_pinned = c.rng.choice([0, 0, 2, 3, 4])
    pinned = [(_k_note(c, labels, current), colour()) for _ in range(n_pinned)]
    others = [(_k_note(c, labels, current), colour()) for _ in range(c.rng.randint(8, 16))]
    cols = 4
    hover = c.rng.randrange(len(pinned) + len(others) + 4)  # sometimes none is under the mouse
    pinned_grid = _k_grid(c, pinned, cols, hover) if pinned else []
    others_grid = _k_grid(c, others, cols, hover - len(pinned))
    dialog = _k_dialog(c, colour(), labels, current) if c.rng.random() < .3 else None
    path = f"/u/0/#label/{current}" if current else "/u/0/#home"
    nav = ([("💡", "Notes", not current), ("🔔", "Reminders", False)]
           + [("🏷️", lb, lb == current) for lb in labels]
           + [("✏️", "Edit labels", False), ("📥", "Archive", False), ("🗑️", bin_name, False)])
    return page("notes/keep.html", c, t, host="keep.google.com", path=path, title="Google Keep",
                favicon="#fbbc04", nav=nav, current=current, search_at=search_at,
                view_icon=view_icon, avatar=avatar, bin_name=bin_name, width=cols * 256 - 16,
                pinned=pinned_grid, others=others_grid, dialog=dialog)
