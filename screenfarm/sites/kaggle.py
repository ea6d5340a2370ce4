"""Kaggle pages: competition overview, code listing, discussion topic, leaderboard, Datasets and
Learn listings, user profile, Models listing, and a dataset page kept out of training.

Written from scratch after the site's public look. Each page is a content function that draws
everything random from the scene's stream, in the order the f-string generator before it drew
it (so a seed still gives the same scene), and a template in screenfarm/templates/kaggle/ that
lays the content out."""

from __future__ import annotations

from ..theme import Theme, pick
from ..web import Ctx, Page, render

_FONT = "Inter,'Liberation Sans',Arial,sans-serif"
# surface: grey boxes (view toggle); surface2: the selected side-bar entry. extra: ctl, the
# outline of search fields, pills and tab rows; blk/blk_ink/blk_line: the black (dark mode:
# light) pill button; bar: the empty part of a progress bar.
LIGHT = Theme(dark=False, bg="#ffffff", fg="#202124", muted="#5f6368", line="#dadce0",
              surface="#f1f3f4", surface2="#e8f0fe", accent="#1a73e8", font=_FONT,
              extra={"ctl": "#dadce0", "blk": "#202124", "blk_ink": "#fff",
                     "blk_line": "#202124", "bar": "#e8eaed"})
DARK = Theme(dark=True, bg="#202124", fg="#e8eaed", muted="#9aa0a6", line="#3c4043",
             surface="#2d2e31", surface2="#3c4043", accent="#8ab4f8", font=_FONT,
             extra={"ctl": "#5f6368", "blk": "#e8eaed", "blk_ink": "#202124",
                    "blk_line": "#5f6368", "bar": "#3c4043"})
# progression tiers and the colour of the ring around the avatar
TIERS = [("Novice", "#5ac995"), ("Contributor", "#00bbff"), ("Expert", "#95628f"),
         ("Master", "#f96517"), ("Grandmaster", "#dca917")]
MEDALS = {"gold": "#d6b34b", "silver": "#b8c1c7", "bronze": "#c9884e"}
# framework marks: name, colour, letters on the little square
FRAMEWORKS = [("TensorFlow", "#ff6f00", "TF"), ("PyTorch", "#ee4c2c", "Py"),
              ("JAX", "#5e97f6", "J"), ("Keras", "#d00000", "K"),
              ("Transformers", "#f5b800", "Tr"), ("TFLite", "#ff8f00", "TL"),
              ("GGUF", "#6b6b6b", "G"), ("ONNX", "#505050", "ON")]
_INKS = ["#20beff", "#fbbc04", "#f06595", "#34a853", "#7c4dff", "#ff7043", "#0b8043"]
_MODEL_TASKS = ["Text Generation", "Image Classification", "Object Detection",
                "Text Embedding", "Image Segmentation", "Speech Recognition", "Translation",
                "Image Generation"]
_MODEL_SIZES = ["2b", "7b", "9b", "base", "large", "small", "tiny", "xl", "v2", "v3", "1.5"]


def theme(c: Ctx) -> Theme:
    return pick(LIGHT, DARK, c.dark)


def _page(c: Ctx, path: str, title: str, template: str, /, **values: object) -> Page:
    """A www.kaggle.com page: `kaggle/<template>.html` rendered with `values`, the site's style
    sheet, and Kaggle's blue favicon. Raises jinja2.TemplateError on a template bug."""
    t = theme(c)
    return Page("www.kaggle.com", path, title,
                render(f"kaggle/{template}.html", c, t, **values),
                render("kaggle/_style.css.html", c, t), "#20beff")


def _slug(title: str) -> str:
    return "-".join(title.lower().split()[:3])


def avatar(c: Ctx, size: int) -> tuple[str, int, str]:
    """An avatar (url, size px, tier ring colour): Kaggle rings it in its owner's tier colour."""
    _, ring = c.rng.choice(TIERS)
    return c.img("avatar", size * 2, size * 2), size, ring


def medal(c: Ctx) -> str:
    """A medal colour, or "" (no medal) half the time."""
    kind = c.rng.choice(list(MEDALS) + ["", ""])
    return MEDALS[kind] if kind else ""


def art(c: Ctx, w: int, h: int) -> dict:
    """A flat illustration in Kaggle's palette (w x h px viewBox): blobs, a chart motif (bars,
    a line or dots) and a dot grid, as the shapes an SVG template draws."""
    back = c.rng.choice(["#e8f7ff", "#fff4e0", "#f3e8fd", "#e6f4ea", "#fde7e9"])
    if c.dark:
        back = c.rng.choice(["#17303d", "#3a2f1a", "#2e2440", "#1e3326"])
    blobs = []
    for _ in range(c.rng.randint(3, 5)):
        r = c.rng.randint(h // 8, h // 3)
        blobs.append((c.rng.randint(0, w), c.rng.randint(0, h), r, c.rng.choice(_INKS),
                      c.rng.choice([.35, .6, .9])))
    x0, base, n = w * .3, h * .8, c.rng.randint(4, 7)
    pts = [(x0 + i * w * .08, base - c.rng.uniform(h * .15, h * .6)) for i in range(n)]
    a = {"w": w, "h": h, "back": back, "blobs": blobs, "bars": [], "line": None, "dots": [],
         "pts": [(f"{x:.0f}", f"{y:.0f}") for x, y in pts],
         "grid": [(f"{w * .08 + i % 4 * 10:.0f}", f"{h * .15 + i // 4 * 10:.0f}")
                  for i in range(12)]}
    motif = c.rng.choice(["bars", "line", "dots"])
    if motif == "bars":
        a["bars"] = [(f"{x:.0f}", f"{y:.0f}", f"{w * .05:.0f}", f"{base - y:.0f}",
                      c.rng.choice(_INKS)) for x, y in pts]
    elif motif == "line":
        a["line"] = c.rng.choice(_INKS)
    else:
        a["dots"] = [(f"{x0 + c.rng.uniform(0, w * .5):.0f}", f"{y:.0f}", c.rng.randint(4, 9),
                      c.rng.choice(_INKS)) for _, y in pts + pts]
    return a


def kaggle_competition(c: Ctx) -> Page:
    """A competition's Overview tab with a short leaderboard."""
    title = c.text.title()
    board = [(c.img("avatar", 40, 40), c.text.name(), f"{c.rng.uniform(.7, .99):.5f}",
              c.rng.randint(1, 300), c.text.ago()) for _ in range(8)]
    head = {"days": c.rng.randint(1, 90), "pitch": c.text.sentence(6, 12),
            "photo": c.img("photo", 280, 160), "about": c.text.paragraph(3, 5)}
    return _page(c, f"/competitions/{_slug(title)}", f"{title} | Kaggle", "competition",
                 title=title, board=board, head=head)


def kaggle_code(c: Ctx) -> Page:
    """The Code listing: notebooks with authors, tags, votes and medals."""
    cards = [{"avatar": c.img("avatar", 80, 80), "title": c.text.title(), "who": c.text.name(),
              "ago": c.text.ago(), "talk": c.rng.randint(1, 900), "tag": c.text.word(),
              "votes": c.rng.randint(1, 3000),
              "medal": c.rng.choice(["Gold", "Silver", "Bronze", ""])} for _ in range(7)]
    return _page(c, "/code", "Code | Kaggle", "code", cards=cards)


def _post(c: Ctx, long: bool) -> dict:
    """A comment (long: with replies and a paragraph) or a reply (a sentence) on a topic."""
    replies = [_post(c, False) for _ in range(c.rng.choice([0, 0, 1, 2]))] if long else []
    return {"replies": replies, "avatar": avatar(c, 40 if long else 32), "who": c.text.name(),
            "medal": medal(c), "ago": c.text.ago(),
            "text": c.text.paragraph(1, 3) if long else c.text.sentence(6, 20),
            "votes": c.rng.randint(0, 120 if long else 40)}


def kaggle_discussion(c: Ctx) -> Page:
    """A discussion topic: the opening post with its author's tier, then comments and replies."""
    where = c.rng.choice(["General", "Getting Started", "Questions & Answers",
                          "Product Feedback", c.text.title()])
    tier, ring = c.rng.choice(TIERS)
    comments = [_post(c, True) for _ in range(c.rng.randint(2, 5))]
    title = c.text.title()
    tags = [c.text.word() for _ in range(c.rng.randint(0, 3))]
    op = {"avatar": c.img("avatar", 96, 96), "who": c.text.name(), "tier": tier, "ring": ring,
          "medal": medal(c), "ago": c.text.ago(), "text": c.text.paragraph(2, 5),
          "more": c.text.paragraph(1, 4)}
    votes, n_comments = c.rng.randint(2, 900), c.rng.randint(3, 80)
    return _page(c, f"/discussions/general/{c.rng.randint(100000, 600000)}", f"{title} | Kaggle",
                 "discussion", where=where, title=title, tags=tags, op=op, topic_votes=votes,
                 n_comments=n_comments, comments=comments)


def _standings(c: Ctx) -> list[dict]:
    """12-16 leaderboard rows from a random start rank, with medal zones and score steps."""
    gold = c.rng.randint(2, 5)  # last rank of each medal zone
    zones = [gold, gold + c.rng.randint(2, 5), gold + c.rng.randint(7, 12)]
    high = c.rng.random() < .7  # accuracy-like (higher is better) or an error (lower)
    score = c.rng.uniform(.85, .99) if high else c.rng.uniform(.05, .3)
    start = c.rng.choice([1, 1, 1, c.rng.randint(2, 400)])
    rows = []
    for rank in range(start, start + c.rng.randint(12, 16)):
        move = c.rng.choice(["", "", f"▲ {c.rng.randint(1, 30)}", f"▼ {c.rng.randint(1, 30)}"])
        members = [c.img("avatar", 48, 48) for _ in range(c.rng.choice([1, 1, 2, 3, 5]))]
        team = (c.text.name() if c.rng.random() < .5 else
                f"{c.text.pick(c.text.adjs).capitalize()} {c.text.word()}s")
        rows.append({"rank": rank, "zone": next((i for i, z in enumerate(zones) if rank <= z), -1),
                     "move": move, "members": members, "team": team, "score": f"{score:.5f}",
                     "entries": c.rng.randint(1, 300), "last": c.rng.randint(1, 30)})
        score += c.rng.uniform(0, .002) * (-1 if high else 1)
    return rows


def kaggle_leaderboard(c: Ctx) -> Page:
    """A competition's Leaderboard tab: medal zones, rank moves, team members and scores."""
    title = c.text.title()
    rows = _standings(c)
    private = c.rng.random() < .4
    head = {"photo": c.img("photo", 1100, 160),
            "kind": c.rng.choice(["Featured", "Research", "Playground"]),
            "prize": c.rng.choice([10, 25, 50, 100]), "teams": f"{c.rng.randint(200, 5000):,}",
            "pitch": c.text.sentence(5, 10)}
    return _page(c, f"/competitions/{_slug(title)}/leaderboard", f"{title} | Kaggle",
                 "leaderboard", title=title, rows=rows, private=private, head=head,
                 medals=list(MEDALS.values()), share=c.rng.choice([20, 25, 30, 50]))


def kaggle_dataset(c: Ctx) -> Page:
    """A dataset page with a data preview table: kept out of training (unseen layouts)."""
    cols = [c.text.word() for _ in range(6)]
    rows = [[f"{c.rng.uniform(0, 999):.2f}" if j % 2 else c.text.word() for j in range(6)]
            for _ in range(12)]
    info = {"who": c.text.name(), "ago": c.text.ago(), "title": c.text.title(),
            "pitch": c.text.sentence(), "votes": c.rng.randint(5, 900),
            "notebooks": c.rng.randint(1, 200), "about": c.text.paragraph(2, 3),
            "file": c.text.word(), "mb": c.rng.randint(1, 900)}
    return _page(c, f"/datasets/{c.text.handle()}/{c.text.word()}", "Dataset | Kaggle",
                 "dataset", cols=cols, rows=rows, info=info)


def _dataset_card(c: Ctx) -> dict:
    files = c.rng.randint(1, 40)
    kind = c.rng.choice(["CSV", "CSV", "JSON", "SQLite", "other", "Parquet"])
    size = c.rng.choice([f"{c.rng.randint(2, 999)} kB", f"{c.rng.randint(1, 999)} MB",
                         f"{c.rng.uniform(1, 90):.0f} GB"])
    usability = c.rng.choice([10.0, 10.0, round(c.rng.uniform(5, 10), 2)])
    return {"files": files, "kind": kind, "size": size, "usability": f"{usability:.1f}",
            "photo": c.img("photo", 320, 130), "avatar": avatar(c, 32), "title": c.text.title(),
            "who": c.text.name(), "ago": c.text.ago(), "votes": c.rng.randint(3, 4000),
            "medal": medal(c)}


def kaggle_datasets(c: Ctx) -> Page:
    """The Datasets listing: search, filter chips and rows of dataset cards with covers."""
    chips = ["All datasets", "Computer Science", "Education", "Classification",
             "Computer Vision", "NLP", "Data Visualization", "Pre-Trained Model"]
    chips[3:3] = [c.text.word().capitalize() for _ in range(c.rng.randint(0, 2))]
    on = c.rng.choice([0, 0, 0, c.rng.randrange(len(chips))])
    heads = c.rng.sample(["Trending Datasets", "Popular Datasets", "Recently Viewed Datasets",
                          "New Datasets", f"{c.text.word().capitalize()} Datasets"], 2)
    sections = [(head, [_dataset_card(c) for _ in range(4)]) for head in heads]
    return _page(c, "/datasets", "Find Open Datasets and Machine Learning Projects | Kaggle",
                 "datasets", chips=chips, on=on, sections=sections,
                 me=c.img("avatar", 64, 64), art=art(c, 260, 140))


def _course(c: Ctx) -> tuple[str, str]:
    """A course name and its one-line pitch, built from the scene's words."""
    noun, adj = c.text.pick(c.text.nouns).capitalize(), c.text.pick(c.text.adjs).capitalize()
    name = c.rng.choice([f"Intro to {noun}", f"{adj} {noun}", f"{noun} Engineering",
                         f"Intermediate {noun}", f"{noun} Basics", f"{adj} {noun} Analysis",
                         f"Intro to {noun} Modeling"])
    return name, c.text.sentence(6, 12)


def _course_card(c: Ctx) -> dict:
    name, pitch = _course(c)
    done = c.rng.choice([0, 0, 0, 100, c.rng.randint(5, 95)])
    return {"name": name, "pitch": pitch, "done": done, "art": art(c, 300, 120),
            "hours": c.rng.randint(2, 7), "lessons": c.rng.randint(4, 9)}


def kaggle_learn(c: Ctx) -> Page:
    """The Learn page: a continue-learning card and a grid of courses with progress bars."""
    cards = [_course_card(c) for _ in range(c.rng.choice([6, 8, 9, 12]))]
    name, _ = _course(c)
    done, lessons, cols = c.rng.randint(10, 90), c.rng.randint(5, 9), c.rng.choice([3, 4])
    hero = {"art": art(c, 120, 80), "name": name, "done": done, "lessons": lessons,
            "lesson": max(1, lessons * done // 100), "title": c.text.title()}
    return _page(c, "/learn", "Learn Python, Data Viz, Pandas & More | Tutorials | Kaggle",
                 "learn", cards=cards, cols=cols, hero=hero, me=c.img("avatar", 64, 64),
                 art=art(c, 240, 120), show_hero=c.rng.random() < .7)


def _tier_card(c: Ctx, cat: str, tier: int, medals: tuple[int, int, int]) -> dict:
    """A profile's card for one category: tier, rank (or progress to Expert) and medals."""
    rank: tuple = ("unranked",)
    if tier >= 2:
        rank = ("rank", f"{c.rng.randint(10, 9000):,}", f"{c.rng.randint(20000, 300000):,}")
    elif tier:
        rank = ("progress", c.rng.randint(1, 9))
    high = f"{c.rng.randint(5, 3000):,}" if tier >= 2 and c.rng.random() < .6 else ""
    return {"cat": cat, "tier": TIERS[tier], "rank": rank, "high": high,
            "medals": list(zip(MEDALS.values(), medals, strict=True))}


def _work(c: Ctx) -> dict:
    """One item of a profile's recent work: a notebook (with art) or a dataset (with a photo)."""
    nb = c.rng.random() < .6
    if nb:
        what = ("notebook", c.rng.randint(1, 200), c.text.title())
    else:
        what = ("dataset", f"{c.rng.uniform(5, 10):.1f}", c.rng.randint(1, 30),
                c.rng.randint(1, 900))
    pic = art(c, 88, 56) if nb else c.img("photo", 176, 112)
    return {"what": what, "pic": pic, "title": c.text.title(), "ago": c.text.ago(),
            "votes": c.rng.randint(0, 900), "medal": medal(c)}


def _activity(c: Ctx) -> tuple[list[int], int]:
    """A year of daily activity levels (53 weeks x 7 days, 0-4) and the count of active days."""
    busy = c.rng.uniform(.05, .7)
    cells = [0 if c.rng.random() > busy else min(4, 1 + int(c.rng.expovariate(1.4)))
             for _ in range(53 * 7)]
    return cells, sum(cells)


def kaggle_profile(c: Ctx) -> Page:
    """A user profile: avatar and bio, tier cards with medals, an activity grid, recent work."""
    name, user = c.text.name(), c.text.handle()
    tiers = []
    for cat in ("Competitions", "Datasets", "Code", "Discussion"):
        tier = c.rng.choices(range(5), [4, 3, 3, 2, 1])[0]
        n = 0 if tier < 2 else c.rng.randint(1, 8 * tier)
        tiers.append((cat, tier, (c.rng.randint(0, n // 3), c.rng.randint(0, n // 2), n)))
    best = TIERS[max(tier for _, tier, _ in tiers)]
    cards = [_tier_card(c, *t) for t in tiers]
    cells, active = _activity(c)
    counts = [c.rng.randint(0, 90) for _ in range(4)]
    items = [_work(c) for _ in range(c.rng.randint(3, 6))]
    tabs = [("Home", ""), ("Competitions", c.rng.randint(0, 90)),
            ("Datasets", c.rng.randint(0, 40)), ("Models", c.rng.randint(0, 5)),
            ("Code", c.rng.randint(0, 200)), ("Discussion", c.rng.randint(0, 900)),
            ("Followers", c.rng.randint(0, 3000))]
    on = c.rng.choice([0, 0, 0, 2, 4, 5])
    sort = c.rng.choice(["Most Votes", "Recently Run", "Hotness"])
    cols = c.rng.choice([2, 4, 4])
    heat = on == 0 or c.rng.random() < .5  # Home shows it above the work, other tabs below
    cover = c.img("photo", 1200, 180) if c.rng.random() < .5 else art(c, 1200, 96)
    links = c.rng.sample(["GitHub", "LinkedIn", "Website", "Twitter"], c.rng.randint(0, 3))
    bio = (f"{c.text.sentence(4, 10)[:-1]} at {c.text.word().capitalize()}"
           if c.rng.random() < .7 else "")
    seen = c.rng.choice(["in the past day", "in the past hour", c.text.ago()])
    head = {"avatar": c.img("avatar", 256, 256), "place": f"{c.text.word().capitalize()}, "
            f"{c.text.word().capitalize()}", "joined": c.rng.randint(1, 12),
            "followers": f"{tabs[6][1]:,}", "following": c.rng.randint(0, 300)}
    return _page(c, f"/{user}", f"{name} | Kaggle", "profile", name=name, best=best,
                 cards=cards, cells=cells, active=active, counts=counts, items=items,
                 tabs=tabs, on=on, sort=sort, cols=cols, heat_shown=heat, cover=cover, links=links,
                 bio=bio, seen=seen, head=head, me=c.img("avatar", 64, 64),
                 width=c.rng.choice([1000, 1100, 1200]))


def _model(c: Ctx, listing: bool) -> dict:
    """One model: publisher, name, frameworks, variations, usage, task, description, votes."""
    pub = c.text.word().capitalize() + c.rng.choice(["", "", " AI", " Labs", " Research"])
    name = c.text.word().lower() + c.rng.choice(["", "-", "-"]) + c.rng.choice(_MODEL_SIZES)
    fws = c.rng.sample(FRAMEWORKS, c.rng.choice([1, 1, 2, 3, 4]))
    m = {"pub": pub, "name": name, "fws": fws, "var": c.rng.choice([1, 2, 3, 4, 6, 8, 12, 24, 40]),
         "logo": c.img("avatar", 80, 80)}
    m["use"] = (f"{c.text.count()} usage" if c.rng.random() < .5 else
                f"{c.text.count()} downloads")
    m["ago"], m["task"] = c.text.ago(), c.rng.choice(_MODEL_TASKS)
    m["desc"] = "" if listing or c.rng.random() >= .6 else c.text.sentence(6, 14)
    m["votes"] = c.rng.randint(1, 2000)
    return m


def kaggle_models(c: Ctx) -> Page:
    """The Models listing: filter chips and model cards with publisher, variations, frameworks."""
    quick = c.rng.sample([f for f, _, _ in FRAMEWORKS[:5]], c.rng.randint(2, 5))
    sel = c.rng.choice([-1, -1, 0, 1])
    listing = c.rng.random() < .35
    n = c.rng.choice([6, 8, 9, 12]) if not listing else c.rng.randint(6, 9)
    models = [_model(c, listing) for _ in range(n)]
    cols = c.rng.choice([3, 3, 4])
    found = f"{c.rng.randint(400, 9000):,} Models"
    head = c.rng.choice(["Trending Models", "Popular Models", found, "Recently Updated"])
    pitch = c.text.sentence(4, 9) if c.rng.random() < .3 else ""
    hero = {"pitch": pitch, "width": c.rng.choice([220, 260, 300]), "art": art(c, 260, 130)}
    return _page(c, "/models", "Models | Kaggle", "models", quick=quick, sel=sel,
                 listing=listing, models=models, cols=cols, head=head, hero=hero,
                 me=c.img("avatar", 64, 64),
                 sort=c.rng.choice(["Hotness", "Most Votes", "Recently Updated",
                                    "Most Downloads"]))
