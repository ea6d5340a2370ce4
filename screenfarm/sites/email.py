"""Webmail pages for the "email" class: Gmail (inbox, Promotions tab, a message, the compose
window), Yahoo Mail's, Proton Mail's and a self-hosted Roundcube inbox, and an Outlook-style
webmail for the unseen split. Written from scratch after the sites' public look; content is
generated.

Each page function draws its random content (here and in `_email_parts`) in the order the scene
has always drawn it, so a seed keeps giving the same scene, and renders
`templates/email/<page>.html` with its provider's light or dark `Theme`."""

from __future__ import annotations

from ..theme import Theme, pick
from ..web import Ctx, Page, page
from . import _email_parts as parts

_G_FONT = "Arial,'Liberation Sans',sans-serif"
GMAIL_LIGHT = Theme(dark=False, bg="#f6f8fc", fg="#1f1f1f", muted="#5e5e5e", line="#f0f0f0",
                    surface="#ffffff", surface2="#e9eef6", accent="#0b57d0", font=_G_FONT, extra={
                        "sel": "#d3e3fd", "unread": "#ffffff", "green": "#188038",
                        "deal": "#137333", "rule": "#e0e0e0", "head_bg": "#f2f6fc",
                        "head_fg": "#1f1f1f"})
GMAIL_DARK = Theme(dark=True, bg="#1f1f1f", fg="#e3e3e3", muted="#a8a8a8", line="#444",
                   surface="#2d2d2d", surface2="#3c3c3c", accent="#0b57d0", font=_G_FONT, extra={
                       "sel": "#004a77", "unread": "#2d2d2d", "green": "#81c995",
                       "deal": "#81c995", "rule": "#555", "head_bg": "#3c3c3c",
                       "head_fg": "#e3e3e3"})
_RED = "#ea4335"  # Gmail's favicon


def _gmail(template: str, c: Ctx, path: str, title: str, **values: object) -> Page:
    """A Gmail page: the frame (folders, labels, account) is drawn after the page's own content
    and its title, as the scene always drew it."""
    frame = {"inbox_n": c.rng.randint(1, 3000), "drafts_n": c.rng.randint(1, 20),
             "me": c.img("avatar", 64, 64), "labels": [c.text.word() for _ in range(3)]}
    return page(template, c, pick(GMAIL_LIGHT, GMAIL_DARK, c.dark), host="mail.google.com",
                path=path, title=title, favicon=_RED, frame=frame, **values)


def _inbox_rows(c: Ctx) -> dict[str, object]:
    """The Primary tab's 22 rows (unread, sender, subject, preview, time) and the total."""
    rows = [(c.rng.random() < .35, c.text.name(), c.text.title(), c.text.sentence(),
             c.rng.choice(parts.WHEN)) for _ in range(22)]
    return {"rows": rows, "total": c.rng.randint(200, 9000)}


def gmail_inbox(c: Ctx) -> Page:
    inbox = _inbox_rows(c)
    title = f"Inbox ({c.rng.randint(1, 900)}) - {c.text.handle()}@gmail.com - Gmail"
    return _gmail("email/gmail_inbox.html", c, "/mail/u/0/#inbox", title, inbox=inbox)


def gmail_message(c: Ctx) -> Page:
    """One message open in the reading pane."""
    paras = [c.text.paragraph(1, 4) for _ in range(c.rng.randint(2, 5))]
    mail = {"subject": c.text.title(), "avatar": c.img("avatar", 80, 80), "name": c.text.name(),
            "address": f"{c.text.handle()}@{c.text.word()}.com", "ago": c.text.ago(),
            "to": c.text.pick(c.text.first), "sign": c.text.pick(c.text.first), "paras": paras}
    path = f"/mail/u/0/#inbox/{c.rng.randrange(16**16):016x}"
    title = f"{c.text.title()} - {c.text.handle()}@gmail.com - Gmail"
    return _gmail("email/gmail_message.html", c, path, title, mail=mail)


def gmail_compose(c: Ctx) -> Page:
    """The inbox with a New Message window open at the bottom right."""
    inbox = _inbox_rows(c)
    draft = parts.gmail_draft(c)
    title = f"Inbox ({c.rng.randint(1, 900)}) - {c.text.handle()}@gmail.com - Gmail"
    return _gmail("email/gmail_compose.html", c, "/mail/u/0/#inbox?compose=new", title,
                  inbox=inbox, draft=draft)


def gmail_promotions(c: Ctx) -> Page:
    """The inbox on the Promotions tab: ad rows, then offers with deal chips and pictures."""
    tabs = parts.promotion_tabs(c)
    ads = c.rng.choice([0, 1, 1, 2])
    rows = [parts.promotion(c, i < ads) for i in range(c.rng.randint(14, 18))]
    total = c.rng.randint(200, 9000)
    title = f"Promotions - {c.text.handle()}@gmail.com - Gmail"
    return _gmail("email/gmail_promotions.html", c, "/mail/u/0/#category/promotions", title,
                  tabs=tabs, rows=rows, total=total)


PROTON_DARK = Theme(dark=True, bg="#24232a", fg="#ffffff", muted="#a7a4b5", line="#3b3a42",
                    surface="#1f1e25", accent="#8a6eff", extra={  # the Carbon theme
                        "side": "#1c1b22", "sfg": "#ffffff", "ssub": "#a7a4b5",
                        "sel": "#3a3360", "hover": "#ffffff14"})
_PROTON_LIGHT = dict(bg="#ffffff", fg="#0c0c14", muted="#706d6b", line="#eae7e4",
                     surface="#f9f8f7", accent="#6d4aff")
PROTON_LIGHT = Theme(dark=False, **_PROTON_LIGHT, extra={  # the default: a violet sidebar
    "side": "#1b1340", "sfg": "#ffffff", "ssub": "#b3a9d9", "sel": "#efebff",
    "hover": "#ffffff1f"})
PROTON_SNOW = Theme(dark=False, **_PROTON_LIGHT, extra={  # Snow: a light sidebar
    "side": "#f5f4f2", "sfg": "#0c0c14", "ssub": "#706d6b", "sel": "#efebff",
    "hover": "#0c0c140f"})


def proton_mail(c: Ctx) -> Page:
    """Proton Mail: violet New message button, folder sidebar, message list and reading pane."""
    light = PROTON_LIGHT if c.dark or c.rng.random() < .5 else PROTON_SNOW
    values = parts.proton_content(c)
    path = f"/u/0/inbox/{c.rng.randrange(16**12):012x}"
    return page("email/proton.html", c, pick(light, PROTON_DARK, c.dark), host="mail.proton.me",
                path=path, favicon="#6d4aff",
                title=f"Inbox ({values['inbox_n']}) | {values['me']}@proton.me | Proton Mail",
                **values)


YAHOO_LIGHT = Theme(dark=False, bg="#f5f8fa", fg="#232a31", muted="#5b636a", line="#e0e4e9",
                    surface="#fff", accent="#6001d2", extra={"sel": "#f1ebfc",
                                                             "mark": "#6001d2"})
YAHOO_DARK = Theme(dark=True, bg="#101518", fg="#f0f3f5", muted="#979ea8", line="#2c363f",
                   surface="#1d2228", accent="#6001d2", extra={"sel": "#2a2342", "mark": "#fff"})


def yahoo_mail(c: Ctx) -> Page:
    """Yahoo Mail's inbox: purple wordmark, folder list, message list, reading pane or ad."""
    values = parts.yahoo_content(c)
    title = f"({values['inbox_n']:,} unread) - {c.text.handle()}@yahoo.com - Yahoo Mail"
    return page("email/yahoo.html", c, pick(YAHOO_LIGHT, YAHOO_DARK, c.dark),
                host="mail.yahoo.com", path="/d/folders/1", title=title, favicon="#6001d2",
                **values)


ROUNDCUBE_LIGHT = Theme(dark=False, bg="#ffffff", fg="#2c363a", muted="#6a8086", line="#d4dbde",
                        surface="#f4f4f4", accent="#37beff", extra={
                            "menu": "#2f3a3f", "menufg": "#c5d1d3", "sel": "#d9ecf4",
                            "field": "#ffffff", "flag": "#ff5552", "menu_on": "#1f272b"})
ROUNDCUBE_DARK = Theme(dark=True, bg="#21292c", fg="#c5d1d3", muted="#8ba0a5", line="#374549",
                       surface="#161b1d", accent="#37beff", extra={
                           "menu": "#161b1d", "menufg": "#8ba0a5", "sel": "#1f3642",
                           "field": "#161b1d", "flag": "#ff6060", "menu_on": "#21292c"})


def roundcube_inbox(c: Ctx) -> Page:
    """A self-hosted Roundcube webmail (Elastic skin): app menu, folders, list, preview."""
    values = parts.roundcube_content(c)
    domain, unread_n = values["domain"], values["unread_n"]
    brand = c.rng.choice(["Roundcube Webmail", f"{str(domain).split('.')[0].title()} Webmail",
                          "Webmail"])
    title = f"{brand} :: Inbox" if not unread_n else f"({unread_n}) {brand} :: Inbox"
    return page("email/roundcube.html", c, pick(ROUNDCUBE_LIGHT, ROUNDCUBE_DARK, c.dark),
                host=f"mail.{domain}", path="/?_task=mail&_mbox=INBOX", title=title,
                favicon="#37beff", **values)


OUTLOOK_LIGHT = Theme(dark=False, bg="#faf9f8", fg="#242424", muted="#616161", line="#8883",
                      surface="#ffffff", accent="#0f6cbd",
                      font="'Segoe UI',Arial,sans-serif")
OUTLOOK_DARK = Theme(dark=True, bg="#1b1a19", fg="#fff", muted="#c8c6c4", line="#8883",
                     surface="#ffffff", accent="#0f6cbd", font="'Segoe UI',Arial,sans-serif")


def outlook_inbox(c: Ctx) -> Page:
    """An Outlook-style webmail (three panes): another mail app, kept for the unseen split."""
    mails = [(c.text.name(), f"{c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d}",
              c.text.title()[:40], c.text.sentence()) for _ in range(12)]
    read = {"subject": c.text.title(), "avatar": c.img("avatar", 80, 80), "name": c.text.name(),
            "paras": [c.text.paragraph() for _ in range(3)]}
    return page("email/outlook.html", c, pick(OUTLOOK_LIGHT, OUTLOOK_DARK, c.dark),
                host="outlook.live.com", path="/mail/0/inbox", title="Mail - Outlook",
                favicon="#0f6cbd", mails=mails, read=read)
