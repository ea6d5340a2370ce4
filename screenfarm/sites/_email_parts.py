"""Content of the webmail pages, drawn from the scene's random stream: a Gmail draft and
Promotions rows, and the Proton Mail, Yahoo Mail and Roundcube inboxes.

Each function draws in the order the page always drew (a seed keeps giving the same scene) and
returns plain values that `templates/email/*.html` lay out."""

from __future__ import annotations

from datetime import date, timedelta

from ..web import Ctx

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WHEN = ("10:42", "Nov 3", "Oct 28", "08:15", "Sep 9", "Yesterday", "14:03")


def gmail_draft(c: Ctx) -> dict[str, object]:
    """A message being written: recipients, subject (or none yet), paragraphs whose last one
    stops mid-sentence where the caret sits; `classic`: the older dark title bar."""
    classic = c.rng.random() < .5
    to = ", ".join(f"{c.text.handle()}@{c.rng.choice(['gmail.com', c.text.word() + '.com'])}"
                   for _ in range(c.rng.randint(1, 2)))
    subject = c.text.title() if c.rng.random() < .85 else ""
    paras = [c.text.sentence(8, 24) for _ in range(c.rng.randint(1, 4))]
    cut = c.rng.randint(5, max(6, len(paras[-1]) - 1))
    return {"classic": classic, "to": to, "subject": subject, "paras": paras[:-1],
            "last": paras[-1][:cut], "greet": c.text.pick(c.text.first),
            "width": c.rng.randint(500, 560), "height": c.rng.randint(440, 540)}


def promotion_tabs(c: Ctx) -> list[tuple[str, str, str, tuple[int, str] | None]]:
    """The category tabs (glyph, name, badge colour, (new count, senders) or None); Promotions
    is the open one, Social and Updates show a "N new" badge on most pages."""
    tabs = []
    for i, (glyph, name, colour) in enumerate((("📥", "Primary", "#0b57d0"),
                                               ("🏷", "Promotions", ""),
                                               ("👥", "Social", "#0b57d0"),
                                               ("ⓘ", "Updates", "#e37400"))):
        new = None
        if i > 1 and c.rng.random() < .7:
            new = (c.rng.randint(1, 40), ", ".join(c.text.name() for _ in range(3)))
        tabs.append((glyph, name, colour, new))
    return tabs


def promotion(c: Ctx, ad: bool) -> dict[str, object]:
    """One Promotions row; some carry a deal chip (percent off, a code, expiry) and a strip of
    product pictures below."""
    brand = f"{c.text.word().title()}{c.rng.choice(['', '', ' Co.', ' Store', ' Outlet', ' Club'])}"
    pct = c.rng.choice([10, 15, 20, 25, 30, 40, 50, 60])
    noun = c.text.pick(c.text.nouns)
    subject = c.rng.choice([c.text.title(), f"{pct}% off {noun}s ends tonight",
                            f"Last chance: {c.text.title().lower()}",
                            f"New {noun}s just dropped", f"Your {noun} is waiting",
                            f"Free shipping on every {noun}, this weekend only"])
    unread = not ad and c.rng.random() < .5
    row: dict[str, object] = {"ad": ad, "brand": brand, "subject": subject, "unread": unread,
                              "when": "" if ad else c.rng.choice(WHEN),
                              "preview": c.text.sentence(), "deal": None}
    if not ad and c.rng.random() < .45:
        code = f"{c.text.word().upper()}{pct}"
        deal = {"pct": pct, "code": code if c.rng.random() < .6 else "",
                "expires": f"{c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}", "pics": []}
        if c.rng.random() < .6:
            deal["pics"] = [c.img("photo", 240, 240) for _ in range(c.rng.randint(2, 5))]
        row["deal"] = deal
    return row


def _proton_rows(c: Ctx) -> tuple[list[dict[str, object]], tuple[str, str, str]]:
    """The message list and the selected message's (sender, subject, avatar colour)."""
    colours = ("#6d4aff", "#1da583", "#e65200", "#0093a8", "#c2185b", "#7d5a00")
    sel_i = c.rng.randrange(0, 4)
    rows, picked = [], ("", "", "")
    for i in range(c.rng.randint(11, 14)):
        who, subj = c.text.name(), c.text.title()
        if i == sel_i:
            picked = (who, subj, c.rng.choice(colours))
        unread = i != sel_i and c.rng.random() < .4
        rows.append({"who": who, "subject": subj, "selected": i == sel_i, "unread": unread,
                     "initials": "".join(part[0] for part in who.split()[:2]),
                     "clip": c.rng.random() < .2, "star": c.rng.random() < .15,
                     "when": c.rng.choice(WHEN)})
    return rows, picked


def proton_content(c: Ctx) -> dict[str, object]:
    """The Proton Mail inbox: account, folders and labels, storage, list, reading pane."""
    me, inbox_n = c.text.handle(), c.rng.randint(1, 400)
    spam = str(c.rng.randint(0, 9) or "")
    marks = ["📁"] * c.rng.randint(1, 3) + ["●"] * c.rng.randint(1, 3)
    dots = ("#e6a23c", "#3cbb3a", "#d9355c", "#2a9dd8", "#9e52d6")
    labels = [(mark, c.rng.choice(dots), c.text.word().title()) for mark in marks]
    used = c.rng.uniform(.01, .9)
    version = f"5.0.{c.rng.randint(20, 99)}.{c.rng.randint(0, 9)}"
    rows, (who, subj, colour) = _proton_rows(c)
    paras = [c.text.paragraph(1, 4) for _ in range(c.rng.randint(2, 4))]
    sender = (f"{c.text.handle()}@"
              f"{c.rng.choice(['proton.me', 'pm.me', 'gmail.com', c.text.word() + '.org'])}")
    sent = (f"{c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}, {c.rng.randint(7, 23)}:"
            f"{c.rng.randint(0, 59):02d}")
    return {"me": me, "inbox_n": inbox_n, "spam": spam, "labels": labels, "used": used,
            "version": version, "rows": rows, "mail": {
                "who": who, "subject": subj, "colour": colour, "paras": paras,
                "sender": sender, "sent": sent, "to": c.text.pick(c.text.first)}}


def _yahoo_rows(c: Ctx, n: int, sel_row: int) -> list[dict[str, object]]:
    """Message rows: unread dot, star, sender, subject with preview, time."""
    rows = []
    for i in range(n):
        unread, starred = c.rng.random() < .4, c.rng.random() < .12
        when = c.rng.choice(["10:42 AM", "9:05 AM", "Yesterday", "Nov 3", "Oct 28", "Sep 9",
                             "2:13 PM", "Mon"])
        rows.append({"unread": unread, "starred": starred, "when": when, "selected": i == sel_row,
                     "who": c.text.name(), "subject": c.text.title(),
                     "preview": c.text.sentence()})
    return rows


def yahoo_content(c: Ctx) -> dict[str, object]:
    """The Yahoo Mail inbox; the right column shows an ad, the selected message or nothing."""
    inbox_n, drafts = c.rng.randint(1, 9999), str(c.rng.randint(1, 40))
    views = c.rng.sample(["📷 Photos", "📄 Documents", "📰 Subscriptions", "🏷 Deals",
                          "✈ Travel", "📦 Packages", "💰 Receipts"], 4)
    right = c.rng.choice(["ad", "read", "none"])
    sel_row = c.rng.randrange(0, 4) if right == "read" else -1
    rows = _yahoo_rows(c, c.rng.randint(16, 24), sel_row)
    side: dict[str, object] = {"kind": right}
    if right == "ad":
        side["ad"] = c.img("photo", 300, 600)
    elif right == "read":
        paras = [c.text.paragraph(1, 3) for _ in range(c.rng.randint(2, 4))]
        side |= {"paras": paras, "subject": c.text.title(), "avatar": c.img("avatar", 72, 72),
                 "who": c.text.name(), "address": f"{c.text.handle()}@{c.text.word()}.com",
                 "ago": c.text.ago()}
    me, first = c.img("avatar", 64, 64), c.text.pick(c.text.first)
    folders = [c.text.word().title() for _ in range(c.rng.randint(0, 3))]
    return {"inbox_n": inbox_n, "drafts": drafts, "views": views, "rows": rows, "side": side,
            "me": me, "first": first, "folders": folders}


def _rc_size(c: Ctx) -> str:
    n = int(10 ** c.rng.uniform(3.3, 6.8))
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{max(1, n // 1000)} KB"


def _rc_date(today: date, minutes: int) -> str:
    """Roundcube's pretty date for a message `minutes` after midnight today (negative: older):
    today and yesterday by time, this week by weekday, then ISO."""
    back, t = -(minutes // 1440), f"{minutes % 1440 // 60:02d}:{minutes % 60:02d}"
    if back == 0:
        return f"Today {t}"
    if back == 1:
        return f"Yesterday {t}"
    if back < 7:
        return f"{DAYS[(today.weekday() - back) % 7]} {t}"
    return f"{(today - timedelta(days=back)).isoformat()} {t}"


def _rc_folders(c: Ctx, unread_n: int) -> list[tuple[str, str, int]]:
    """(glyph, name, unread count) for the standard folders, maybe Archive, and a few own."""
    folders = [("📥", "Inbox", unread_n), ("✎", "Drafts", c.rng.choice([0, 0, 2])),
               ("➤", "Sent", 0), ("⚠", "Junk", c.rng.choice([0, 0, 3, 17])),
               ("🗑", "Trash", 0)]
    if c.rng.random() < .6:
        folders.append(("🗃", "Archive", 0))
    folders += [("📁", c.text.word().title(), c.rng.choice([0, 0, 1, 5]))
                for _ in range(c.rng.randint(0, 4))]
    return folders


def _rc_rows(c: Ctx, count: int, unread_n: int, sel_i: int) -> list[dict[str, object]]:
    """The message list, newest first: each message some minutes to days before the last."""
    today = date(2025, 1, 1) + timedelta(days=c.rng.randrange(365))
    minutes = c.rng.randint(8 * 60, 20 * 60)  # the time now; each older message lies before
    rows = []
    for i in range(count):
        minutes -= int(10 ** c.rng.uniform(.5, 3.4))
        who, subj = c.text.name(), c.text.title()
        if c.rng.random() < .15:
            subj = f"Re: {subj}"
        unread = i < unread_n and c.rng.random() < .4
        flagged, clip = c.rng.random() < .08, c.rng.random() < .2
        replied = not unread and c.rng.random() < .15
        rows.append({"who": who, "subject": subj, "unread": unread, "flagged": flagged,
                     "clip": clip, "replied": replied, "size": _rc_size(c),
                     "when": _rc_date(today, minutes), "selected": i == sel_i})
    return rows


def _rc_message(c: Ctx, row: dict[str, object]) -> dict[str, object]:
    """The selected message in the preview pane: paragraphs, maybe attachments."""
    paras = [c.text.paragraph(1, 4) for _ in range(c.rng.randint(2, 5))]
    attach = []
    if c.rng.random() < .35:
        for _ in range(c.rng.randint(1, 3)):
            name = f"{c.text.word()}_{c.text.word()}."
            attach.append((name + c.rng.choice(["pdf", "docx", "xlsx", "zip", "png"]),
                           _rc_size(c)))
    who = str(row["who"])
    return row | {"paras": paras, "attach": attach, "greet": c.text.pick(c.text.first),
                  "initials": "".join(part[0] for part in who.split()[:2]),
                  "sign": who.split()[0]}


def roundcube_content(c: Ctx) -> dict[str, object]:
    """A Roundcube inbox: widescreen (two-line rows) or list layout, with a message open in the
    preview pane, an empty content frame, or no preview column at all."""
    domain = f"{c.text.word()}{c.rng.choice(['', '-', ''])}{c.text.word()}".strip("-") + \
        c.rng.choice([".org", ".net", ".de", ".eu", ".com", ".nl", ".fr", ".io", ".ch"])
    me = c.text.handle()
    widescreen = c.rng.random() < .7
    preview = widescreen and c.rng.random() < .75
    unread_n = c.rng.randint(0, 240)
    folders = _rc_folders(c, unread_n)
    quota, folder_w = c.rng.randint(2, 96), c.rng.randint(220, 260)
    count = c.rng.randint(20, 40)
    sel_i = c.rng.randrange(0, 5) if preview else -1
    rows = _rc_rows(c, count, unread_n, sel_i)
    total = max(count, c.rng.randint(count, 3000))
    message = _rc_message(c, rows[sel_i]) if preview else None
    list_w = c.rng.randint(360, 460) if preview else 0
    if widescreen and not preview:  # nothing selected: a narrower list beside the logo
        list_w = c.rng.randint(380, 460)
    calendar = c.rng.random() < .4
    return {"domain": domain, "me": me, "widescreen": widescreen, "preview": preview,
            "unread_n": unread_n, "folders": folders, "quota": quota, "folder_w": folder_w,
            "rows": rows, "total": total, "message": message, "list_w": list_w,
            "calendar": calendar}
