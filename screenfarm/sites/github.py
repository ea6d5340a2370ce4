"""GitHub pages: repository code view, issue list, pull-request list, user profile, Actions runs,
Explore/Trending, releases, commit history, and a pull-request diff kept out of training.

Written from scratch after the site's public look. Each page is a content function that draws
everything random from the scene's stream, in the order the f-string generator before it drew
it (so a seed still gives the same scene), and a template in screenfarm/templates/github/ that
lays the content out. The code shown is real source from this machine; the rest is generated."""

from __future__ import annotations

import os

from ..content import read_lines, source_files
from ..theme import Theme, pick
from ..web import Ctx, Page, render

_FONT = "-apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif"
# surface: boxes and buttons; surface2: the repository header band. extra: the global top bar,
# the blue branch/topic pill, tab counters, the Latest/Verified green and Pre-release amber
# (text, border), the diff's added/removed line backgrounds.
LIGHT = Theme(dark=False, bg="#ffffff", fg="#1f2328", muted="#636c76", line="#d0d7de",
              surface="#f6f8fa", surface2="#f6f8fa", accent="#0969da", font=_FONT,
              extra={"topbar": "#24292f", "pill": "#ddf4ff", "counter": "rgba(175,184,193,.2)",
                     "green": "#1a7f37", "green2": "#1f883d", "amber": "#9a6700",
                     "amber2": "#bf8700", "add": "#dafbe1", "rem": "#ffebe9"})
DARK = Theme(dark=True, bg="#0d1117", fg="#e6edf3", muted="#8d96a0", line="#30363d",
             surface="#161b22", surface2="#010409", accent="#4493f8", font=_FONT,
             extra={"topbar": "#010409", "pill": "#121d2f", "counter": "rgba(110,118,129,.4)",
                    "green": "#3fb950", "green2": "#238636", "amber": "#d29922",
                    "amber2": "#9e6a03", "add": "#1a4721", "rem": "#5a1e1e"})
# the contribution graph's five levels (none .. most), per mode
_GREENS = {False: ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"),
           True: ("#161b22", "#0e4429", "#006d32", "#26a641", "#39d353")}
LANGS = [("Python", "#3572A5"), ("TypeScript", "#3178c6"), ("JavaScript", "#f1e05a"),
         ("Rust", "#dea584"), ("Go", "#00ADD8"), ("C++", "#f34b7d"), ("Shell", "#89e051"),
         ("Jupyter Notebook", "#DA5B0B"), ("HTML", "#e34c26"), ("C", "#555555")]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_WORKFLOWS = ["CI", "Build", "Tests", "Lint", "Release", "Deploy docs", "CodeQL",
              "Publish to PyPI", "Nightly", "Benchmarks", "Docker image", "Dependabot updates",
              "pages-build-deployment", "Stale"]
_PR_LABELS = [("bug", "#d73a4a"), ("enhancement", "#a2eeef"), ("documentation", "#0075ca"),
              ("dependencies", "#0366d6"), ("breaking change", "#b60205"), ("ci", "#ededed"),
              ("needs review", "#fbca04"), ("performance", "#5319e7"), ("refactor", "#c5def5")]


def theme(c: Ctx) -> Theme:
    return pick(LIGHT, DARK, c.dark)


def _page(c: Ctx, path: str, title: str, template: str, /, **values: object) -> Page:
    """A github.com page: `github/<template>.html` rendered with `values`, the site's style
    sheet, and GitHub's dark favicon. Raises jinja2.TemplateError on a template bug."""
    t = theme(c)
    return Page("github.com", path, title, render(f"github/{template}.html", c, t, **values),
                render("github/_style.css.html", c, t), "#24292f")


def owner_repo(c: Ctx) -> tuple[str, str]:
    """A repository owner's handle and a two-word repository name."""
    return c.text.handle(), f"{c.text.word()}-{c.text.word()}"


def _sha(c: Ctx) -> str:
    return f"{c.rng.randrange(16**7):07x}"


def _clip(sentence: str) -> str:
    """A generated sentence without its final punctuation, as titles are written."""
    return sentence[:-1]


def num(n: int) -> str:
    """A counter the way GitHub prints it: 987, 1.2k, 34k."""
    if n >= 10000:
        return f"{n // 1000}k"
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


def label_look(col: str, dark: bool) -> tuple[str, str, str]:
    """An issue label's (background, text, border): a filled pill in light mode, a tinted
    outlined one in dark mode; `col` is '#rrggbb'."""
    r, g, b = (int(col[i:i + 2], 16) for i in (1, 3, 5))
    if dark:
        return (f"rgba({r},{g},{b},.18)",
                f"rgb({min(255, r + 60)},{min(255, g + 60)},{min(255, b + 60)})",
                f"1px solid rgba({r},{g},{b},.4)")
    ink = "#1f2328" if r * .3 + g * .59 + b * .11 > 150 else "#fff"
    return col, ink, "1px solid transparent"


def repo_head(c: Ctx) -> dict:
    """The classic repository header's counters (tabs; Watch, Fork, Star) and the avatar."""
    tabs = [("code", ""), ("issues", c.rng.randint(0, 900)), ("pulls", c.rng.randint(0, 120)),
            ("actions", "")]
    if c.rng.random() < .5:
        tabs.append(("projects", c.rng.randint(0, 4)))
    if c.rng.random() < .4:
        tabs.append(("wiki", ""))
    tabs += [("security", ""), ("insights", "")]
    stars = int(10 ** c.rng.uniform(1.5, 5))
    counts = [num(c.rng.randint(1, max(2, stars // 20))),
              num(c.rng.randint(0, max(1, stars // 6))), num(stars)]
    sponsor = c.rng.random() < .3
    return {"tabs": tabs, "counts": counts, "sponsor": sponsor, "avatar": c.img("avatar", 40, 40)}


def github_code(c: Ctx) -> Page:
    """A file in a repository's code view: file tree, last commit and numbered source lines."""
    owner, repo = owner_repo(c)
    path = c.rng.choice(source_files(c.text.held_out))
    lines = read_lines(path, c.rng, 45) or ["# empty"]
    first = c.rng.randint(1, 300)
    tree = [(i < 4, c.text.word() + ("" if i < 4 else c.rng.choice([".py", ".md", ".toml"])))
            for i in range(14)]
    name = os.path.basename(path)
    hdr = c.img("avatar", 40, 40)
    commit = {"avatar": c.img("avatar", 40, 40), "who": c.text.handle(),
              "msg": c.text.sentence(3, 7), "sha": _sha(c), "ago": c.text.ago()}
    return _page(c, f"/{owner}/{repo}/blob/main/{name}", f"{repo}/{name} at main · {owner}/{repo}",
                 "code", owner=owner, repo=repo, hdr=hdr, tree=tree, name=name, commit=commit,
                 lines=lines, first=first, kb=c.rng.randint(1, 40))


def github_issues(c: Ctx) -> Page:
    """A repository's open issues with labels and comment counts."""
    owner, repo = owner_repo(c)
    labels = [("bug", "#d73a4a"), ("enhancement", "#a2eeef"), ("documentation", "#0075ca"),
              ("good first issue", "#7057ff"), ("question", "#d876e3")]
    rows = [{"labels": c.rng.sample(labels, c.rng.randint(0, 2)),
             "title": _clip(c.text.sentence(4, 9)), "num": c.rng.randint(10, 9000),
             "ago": c.text.ago(), "who": c.text.handle(), "talk": c.rng.randint(0, 40)}
            for _ in range(14)]
    hdr = c.img("avatar", 40, 40)
    return _page(c, f"/{owner}/{repo}/issues", f"Issues · {owner}/{repo}", "issues",
                 owner=owner, repo=repo, hdr=hdr, rows=rows, n_open=c.rng.randint(20, 900),
                 n_closed=c.rng.randint(100, 9000))


def _pin(c: Ctx) -> dict:
    lang, dot = c.rng.choice(LANGS)
    fork = c.rng.randint(1, 900) if c.rng.random() < .6 else None
    return {"lang": lang, "dot": dot, "fork": fork,
            "name": f"{c.text.word()}-{c.text.word()}", "desc": c.text.sentence(5, 12),
            "stars": c.rng.randint(1, 5000)}


def _contributions(c: Ctx, busy: float) -> tuple[list[int], int]:
    """A year of daily contribution levels (53 weeks x 7 days, 0-4) and the commit total."""
    cells, total = [], 0
    for _ in range(53 * 7):
        lvl = 0 if c.rng.random() > busy else min(4, 1 + int(c.rng.expovariate(1.2)))
        total += lvl * c.rng.randint(1, 4)
        cells.append(lvl)
    return cells, total


def github_profile(c: Ctx) -> Page:
    """A user profile: avatar and bio, README, pinned repositories, the contribution graph."""
    user, name = c.text.handle(), c.text.name()
    cells, total = _contributions(c, c.rng.uniform(.15, .85))
    pins = [_pin(c) for _ in range(c.rng.choice([2, 4, 4, 6]))]
    bullets = [(c.rng.choice(["🔭", "🌱", "💬", "⚡"]), c.text.sentence(5, 10))
               for _ in range(c.rng.randint(2, 5))]
    tabs = [("📖 Overview", ""), ("📚 Repositories", c.rng.randint(3, 200)),
            ("▦ Projects", c.rng.randint(0, 5)), ("📦 Packages", ""),
            ("☆ Stars", c.rng.randint(1, 900))]
    year = c.rng.randint(2021, 2025)
    top = c.img("avatar", 40, 40)
    card = {"avatar": c.img("avatar", 296, 296), "bio": c.text.sentence(5, 14),
            "followers": c.text.count(), "following": c.rng.randint(0, 300),
            "org": c.text.word(), "city": c.text.word().capitalize()}
    badges = [c.img("avatar", 64, 64) for _ in range(c.rng.randint(2, 4))]
    return _page(c, f"/{user}", f"{user} ({name}) · GitHub", "profile", user=user, name=name,
                 cells=cells, greens=_GREENS[c.dark], total=f"{total:,}", pins=pins,
                 bullets=bullets, tabs=tabs, year=year, top=top, card=card, badges=badges,
                 commits=c.rng.randint(1, 90), repos=c.rng.randint(1, 9))


def _run(c: Ctx, flows: list[str], pick_: int, branches: list[str]) -> dict:
    """One workflow run row: status, title, workflow, trigger, branch and timing."""
    kind = c.rng.choices(["ok", "fail", "run"], [7, 2, 1])[0]
    flow = flows[pick_] if pick_ >= 0 else c.rng.choice(flows)
    event = c.rng.choice([("commit", _sha(c)), ("pr", str(c.rng.randint(1, 900))),
                          ("scheduled", ""), ("manual", "")])
    actor = "" if event[0] == "scheduled" else c.text.handle()
    took = "In progress" if kind == "run" else f"{c.rng.randint(0, 40)}m {c.rng.randint(0, 59)}s"
    return {"kind": kind, "flow": flow, "event": event, "actor": actor, "took": took,
            "title": _clip(c.text.sentence(3, 8)), "num": c.rng.randint(10, 4000),
            "branch": c.rng.choice(branches), "ago": c.text.ago()}


def github_actions(c: Ctx) -> Page:
    """A repository's Actions tab: the workflow list and recent runs with their status."""
    owner, repo = owner_repo(c)
    flows = c.rng.sample(_WORKFLOWS, c.rng.randint(4, 9))
    sel = c.rng.randrange(-1, len(flows)) if c.rng.random() < .5 else -1
    branches = ["main", "main", "main", "dev", f"fix/{c.text.word()}", f"feat/{c.text.word()}",
                f"dependabot/pip/{c.text.word()}-{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}"]
    rows = [_run(c, flows, sel, branches) for _ in range(c.rng.randint(9, 14))]
    title = flows[sel] if sel >= 0 else "All workflows"
    hdr = c.img("avatar", 40, 40)
    return _page(c, f"/{owner}/{repo}/actions", f"Workflow runs · {owner}/{repo}", "actions",
                 owner=owner, repo=repo, hdr=hdr, flows=flows, sel=sel, rows=rows, title=title,
                 yml=title.lower().replace(" ", "-"), runs=f"{c.rng.randint(40, 9000):,}")


def _pull(c: Ctx, closed: bool, labels: list[tuple[str, str]]) -> dict:
    """One pull request row: state, labels, checks, author, review state, reviewers, talk."""
    if closed:
        state = c.rng.choices(["merged", "closed"], [5, 1])[0]
    else:
        state = c.rng.choices(["open", "draft"], [4, 1])[0]
    chosen = c.rng.sample(labels, c.rng.choices([0, 1, 2, 3], [4, 4, 2, 1])[0])
    check = c.rng.choice(["", "ok", "ok", "fail", "run"])
    who, number, ago = c.text.handle(), c.rng.randint(10, 9000), c.text.ago()
    review = {"draft": "Draft", "merged": "Approved", "closed": ""}.get(state) or c.rng.choice(
        ["Review required", "Review required", "Approved", "Changes requested", ""])
    tasks = (c.rng.randint(0, 3), c.rng.randint(3, 6)) if c.rng.random() < .15 else None
    people = [c.img("avatar", 40, 40) for _ in range(c.rng.choice([0, 0, 1, 1, 2]))]
    talk = c.rng.choice([0, 0, c.rng.randint(1, 9), c.rng.randint(1, 60)])
    return {"state": state, "labels": [(n, *label_look(col, c.dark)) for n, col in chosen],
            "check": check, "who": who, "num": number, "ago": ago, "review": review,
            "tasks": tasks, "people": people, "talk": talk,
            "title": _clip(c.text.sentence(3, 9))}


def github_pulls(c: Ctx) -> Page:
    """A repository's pull request list: open, draft and merged PRs with labels and reviews."""
    owner, repo = owner_repo(c)
    labels = _PR_LABELS + [(c.text.word(), c.text.color()),
                           (f"area: {c.text.word()}", c.text.color(True))]
    closed = c.rng.random() < .25  # the Closed tab: mostly merged PRs
    rows = [_pull(c, closed, labels) for _ in range(c.rng.randint(10, 15))]
    n_open, n_closed = c.rng.randint(3, 400), c.rng.randint(40, 12000)
    query = "is:pr is:closed" if closed else c.rng.choice(
        ["is:pr is:open", "is:pr is:open", "is:pr is:open review:required",
         f"is:pr is:open label:{c.text.word()}"])
    hdr = c.img("avatar", 40, 40)
    return _page(c, f"/{owner}/{repo}/pulls", f"Pull requests · {owner}/{repo}", "pulls",
                 owner=owner, repo=repo, hdr=hdr, rows=rows, closed=closed, query=query,
                 n_open=f"{n_open:,}", n_closed=f"{n_closed:,}",
                 n_labels=len(labels) + c.rng.randint(0, 20), n_miles=c.rng.randint(0, 9))


def _trending(c: Ctx) -> dict:
    """One trending repository: language, name, stars, forks, builders, stars gained."""
    lang, dot = c.rng.choice(LANGS)
    name = c.text.word()
    if c.rng.random() < .6:
        name += c.rng.choice(["-", "-", ".", "_", ""]) + c.text.word()
    stars = int(10 ** c.rng.uniform(2.3, 5.3))
    built = [c.img("avatar", 40, 40) for _ in range(c.rng.randint(1, 5))]
    desc = c.text.sentence(6, 16) if c.rng.random() < .9 else ""
    return {"lang": lang, "dot": dot, "name": name, "stars": f"{stars:,}", "built": built,
            "desc": desc, "owner": c.text.handle(), "forks": f"{stars // c.rng.randint(4, 20):,}",
            "gained": f"{max(8, stars // c.rng.randint(8, 60)):,}"}


def github_explore(c: Ctx) -> Page:
    """Explore or Trending: today's trending repositories (Explore adds a side column)."""
    explore = c.rng.random() < .5
    span = c.rng.choice(["Today", "Today", "This week", "This month"])
    rows = [_trending(c) for _ in range(c.rng.randint(7, 10))]
    lang = c.rng.choice(["Any", "Any", LANGS[0][0], c.rng.choice(LANGS)[0]])
    devs: list[tuple[str, str, str]] = []
    topics: list[str] = []
    if explore:
        devs = [(c.img("avatar", 64, 64), c.text.name(), c.text.handle())
                for _ in range(c.rng.randint(3, 5))]
        topics = [c.text.word() for _ in range(c.rng.randint(6, 10))]
        path, title = "/explore", "Explore GitHub · GitHub"
    else:
        since = {"Today": "", "This week": "?since=weekly", "This month": "?since=monthly"}
        path = f"/trending{since[span]}"
        title = f"Trending repositories on GitHub {span.lower()} · GitHub"
    return _page(c, path, title, "explore", explore=explore, span=span.lower(),
                 drops=[("Spoken Language", "Any"), ("Language", lang), ("Date range", span)],
                 rows=rows, devs=devs, topics=topics, top=c.img("avatar", 40, 40),
                 here="Explore" if explore else "Trending")


def github_pull_diff(c: Ctx) -> Page:
    """A pull request's files-changed diff: kept out of training (unseen layouts)."""
    owner, repo = owner_repo(c)
    path = c.rng.choice(source_files(c.text.held_out))
    lines = read_lines(path, c.rng, 40) or ["pass"]
    rows = []
    for i, line in enumerate(lines):
        kind = c.rng.random()
        mark = "+" if kind < .2 else "-" if kind < .3 else " "
        rows.append((i + 20, mark, line))
    hdr = c.img("avatar", 40, 40)
    pr = {"title": _clip(c.text.sentence(4, 8)), "num": c.rng.randint(10, 9000),
          "who": c.text.handle(), "commits": c.rng.randint(1, 9)}
    return _page(c, f"/{owner}/{repo}/pull/{c.rng.randint(10, 900)}/files",
                 f"{repo} pull request · {owner}/{repo}", "pull_diff", owner=owner, repo=repo,
                 hdr=hdr, rows=rows, pr=pr, file=path.lstrip("/"))



def _notes(c: Ctx, k: int, users: list[str]) -> dict:
    """A release's notes: "What's Changed" bullets, or hand-written highlights and fixes."""
    bullets = [(_clip(c.text.sentence(3, 9)), c.rng.choice(users), c.rng.randint(100, 9000))
               for _ in range(c.rng.randint(2, 9 if k == 0 else 4))]
    notes: dict = {"bullets": bullets, "highlights": "", "group": "", "fixes": [], "new": []}
    if c.rng.random() < .3:  # hand-written notes: a highlight paragraph and grouped lists
        notes["highlights"] = c.text.paragraph(1, 2)
        notes["group"] = c.rng.choice(["Features", "New features", "Enhancements"])
        notes["fixes"] = [(_clip(c.text.sentence(3, 7)).lower(), c.rng.randint(100, 9000))
                          for _ in range(c.rng.randint(1, 4))]
    elif c.rng.random() < .5:
        notes["new"] = [(c.text.handle(), c.rng.randint(100, 9000))
                        for _ in range(c.rng.randint(1, 3))]
    return notes


def _assets(c: Ctx, repo: str, ver: str) -> list[tuple[str, str]]:
    """A release's downloads (name, size): built archives and packages, then the sources."""
    files = []
    if c.rng.random() < .7:
        stem = f"{repo}-{ver}"
        kinds = c.rng.sample([f"{stem}-x86_64-unknown-linux-gnu.tar.gz",
                              f"{stem}-aarch64-apple-darwin.tar.gz",
                              f"{stem}-x86_64-pc-windows-msvc.zip", f"{stem}.tar.gz",
                              f"{repo.replace('-', '_')}-{ver}-py3-none-any.whl",
                              f"{stem}_amd64.deb", f"{stem}.x86_64.rpm", "checksums.txt",
                              f"{stem}.dmg", f"{stem}-setup.exe"], c.rng.randint(2, 7))
        files = [(n, f"{c.rng.uniform(.1, 90):.1f} MB" if not n.endswith(".txt") else
                  f"{c.rng.randint(200, 900)} Bytes") for n in kinds]
    return files + [("Source code (zip)", ""), ("Source code (tar.gz)", "")]


def _release(c: Ctx, k: int, v: dict, users: list[str], owner: str, repo: str) -> dict:
    """Release number k (0 = latest) at version state `v` (major/minor/patch/prefix, date),
    which it steps back to the previous release's version and date."""
    p, maj, mi, pa = v["prefix"], v["major"], v["minor"], v["patch"]
    tag = f"{p}{maj}.{mi}.{pa}"
    prev = f"{p}{maj}.{mi}.{max(0, pa - 1)}" if pa else f"{p}{maj}.{max(0, mi - 1)}." \
        f"{c.rng.randint(0, 6)}"
    rel = {"tag": tag, "prev": prev, "pre": k == 0 and c.rng.random() < .15, "latest": k == 0,
           "title": c.rng.choice([tag, tag, f"{tag}: {c.text.title()}", f"{repo} {tag}",
                                  c.text.title()]),
           "sha": _sha(c), "notes": _notes(c, k, users), "assets": _assets(c, repo, tag[len(p):]),
           "date": (MONTHS[v["month"]], v["day"], v["year"])}
    rel["open"] = k == 0 or c.rng.random() < .3
    emo = c.rng.sample(["👍", "🎉", "❤️", "🚀", "👀", "😄"], c.rng.randint(0, 5))
    rel["reacts"] = [(e, c.rng.randint(1, 90)) for e in emo]
    rel["people"] = c.rng.randint(3, 400) if emo else 0
    rel["who"] = c.rng.choice(users + [owner])
    rel["avatar"] = c.img("avatar", 40, 40)
    rel["days"] = c.rng.randint(1, 30) if k == 0 else c.rng.randint(20, 300)
    if pa:
        v["patch"] -= 1
    else:
        v["minor"], v["patch"] = max(0, mi - 1), c.rng.randint(1, 6)
    v["day"] -= c.rng.randint(1, v["day"] - 1) if v["day"] > 1 else 0
    return rel


def github_releases(c: Ctx) -> Page:
    """A repository's Releases: tagged releases with markdown notes, assets and reactions."""
    owner, repo = owner_repo(c)
    v = {"major": c.rng.randint(0, 5), "minor": c.rng.randint(0, 30),
         "patch": c.rng.randint(0, 12), "prefix": c.rng.choice(["v", "v", "", f"{repo}-"]),
         "month": c.rng.randrange(12), "day": c.rng.randint(1, 28),
         "year": c.rng.randint(2022, 2025)}
    side = c.rng.random() < .65  # the wide layout: tag, commit and Compare in a left column
    users = [c.text.handle() for _ in range(c.rng.randint(3, 8))]
    releases = [_release(c, k, v, users, owner, repo)
                for k in range(c.rng.choice([1, 2, 2, 3]))]
    draft = c.rng.random() < .4
    width = c.rng.choice([1012, 1100, 1280])
    return _page(c, f"/{owner}/{repo}/releases", f"Releases · {owner}/{repo}", "releases",
                 owner=owner, repo=repo, side=side, releases=releases, draft=draft, width=width,
                 head=repo_head(c))


def _when(c: Ctx, day: int, today: int, month: int) -> str:
    """When a commit of `day` was made, seen on `today` (same month): hours, days or a date."""
    if day == today:
        return f"{c.rng.randint(1, 23)} hours ago"
    if today - day < 7 and c.rng.random() < .6:
        return f"{today - day} day{'s' if today - day > 1 else ''} ago"
    return f"on {MONTHS[month]} {day}"


def _commit(c: Ctx, people: list[tuple[str, str]], day: int, today: int, month: int) -> dict:
    """One commit row: message, PR number, authors, check state, Verified badge and SHA."""
    who, pic = c.rng.choice(people)
    msg = _clip(c.text.sentence(3, 9))
    if c.rng.random() < .4:
        kind = c.rng.choice(["fix", "feat", "chore", "docs", "refactor", "test"])
        msg = f"{kind}: {msg[0].lower()}{msg[1:]}"
    row = {"who": who, "pic": pic, "msg": msg,
           "pr": c.rng.randint(10, 9000) if c.rng.random() < .5 else 0,
           "more": c.rng.random() < .3, "when": _when(c, day, today, month), "co": None}
    if c.rng.random() < .2:
        row["co"] = (c.text.handle(), c.img("avatar", 40, 40))
    else:
        row["act"] = c.rng.choice(["committed", "committed", "authored"])
    row["check"] = c.rng.choice(["", "", ("ok", ""), ("fail", ""),
                                 ("ok", f"{c.rng.randint(1, 9)} / {c.rng.randint(9, 12)}")])
    row["verified"] = c.rng.random() < .45
    row["sha"] = _sha(c)
    return row


def _history(c: Ctx, people: list[tuple[str, str]], month: int, day: int,
             year: int) -> list[dict]:
    """10-18 commits grouped by day, newest first: [{"head": date, "rows": [...]}, ...]."""
    groups, left, today = [], c.rng.randint(10, 18), day
    while left > 0 and day > 0:
        n = min(left, c.rng.choice([1, 2, 3, 4, 6]))
        left -= n
        rows = [_commit(c, people, day, today, month) for _ in range(n)]
        groups.append({"head": f"Commits on {MONTHS[month]} {day}, {year}", "rows": rows})
        day -= c.rng.randint(1, 3)
    return groups


def github_commits(c: Ctx) -> Page:
    """A branch's commit history: commits grouped by day, with SHAs, badges and pagination."""
    owner, repo = owner_repo(c)
    branch = c.rng.choice(["main", "main", "master", "dev", f"release/{c.rng.randint(1, 9)}."
                           f"{c.rng.randint(0, 30)}", f"feat/{c.text.word()}"])
    people = [(c.text.handle(), c.img("avatar", 40, 40)) for _ in range(c.rng.randint(1, 6))]
    month, day, year = c.rng.randrange(12), c.rng.randint(3, 28), c.rng.randint(2021, 2025)
    old = c.rng.random() < .4  # the older look: timeline dots and flat boxes, no toolbar
    groups = _history(c, people, month, day, year)
    return _page(c, f"/{owner}/{repo}/commits/{branch}", f"Commits · {owner}/{repo}",
                 "commits", owner=owner, repo=repo, branch=branch, old=old, groups=groups,
                 head=repo_head(c), width=c.rng.choice([1012, 1280]))
