"""The pieces GitHub's pages share: the light/dark themes, the page wrapper, and the content
builders of rows and sections (a workflow run, a pull request, a release, a day of commits).

Each builder draws from the scene's stream in the order the f-string generator before it drew,
so a seed gives the same scene; the pages themselves are in sites/github.py."""

from __future__ import annotations

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
GREENS = {False: ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"),
          True: ("#161b22", "#0e4429", "#006d32", "#26a641", "#39d353")}
LANGS = [("Python", "#3572A5"), ("TypeScript", "#3178c6"), ("JavaScript", "#f1e05a"),
         ("Rust", "#dea584"), ("Go", "#00ADD8"), ("C++", "#f34b7d"), ("Shell", "#89e051"),
         ("Jupyter Notebook", "#DA5B0B"), ("HTML", "#e34c26"), ("C", "#555555")]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WORKFLOWS = ["CI", "Build", "Tests", "Lint", "Release", "Deploy docs", "CodeQL",
             "Publish to PyPI", "Nightly", "Benchmarks", "Docker image", "Dependabot updates",
             "pages-build-deployment", "Stale"]
PR_LABELS = [("bug", "#d73a4a"), ("enhancement", "#a2eeef"), ("documentation", "#0075ca"),
             ("dependencies", "#0366d6"), ("breaking change", "#b60205"), ("ci", "#ededed"),
             ("needs review", "#fbca04"), ("performance", "#5319e7"), ("refactor", "#c5def5")]


def theme(c: Ctx) -> Theme:
    """GitHub's theme for the session's mode."""
    return pick(LIGHT, DARK, c.dark)


def page(c: Ctx, path: str, title: str, template: str, /, **values: object) -> Page:
    """A github.com page: `github/<template>.html` rendered with `values`, the site's style
    sheet, and GitHub's dark favicon. Raises jinja2.TemplateError on a template bug."""
    t = theme(c)
    return Page("github.com", path, title, render(f"github/{template}.html", c, t, **values),
                render("github/_style.css.html", c, t), "#24292f")


def sha(c: Ctx) -> str:
    return f"{c.rng.randrange(16**7):07x}"


def clip(sentence: str) -> str:
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


def pin(c: Ctx) -> dict:
    lang, dot = c.rng.choice(LANGS)
    fork = c.rng.randint(1, 900) if c.rng.random() < .6 else None
    return {"lang": lang, "dot": dot, "fork": fork,
            "name": f"{c.text.word()}-{c.text.word()}", "desc": c.text.sentence(5, 12),
            "stars": c.rng.randint(1, 5000)}


def contributions(c: Ctx, busy: float) -> tuple[list[int], int]:
    """A year of daily contribution levels (53 weeks x 7 days, 0-4) and the commit total."""
    cells, total = [], 0
    for _ in range(53 * 7):
        lvl = 0 if c.rng.random() > busy else min(4, 1 + int(c.rng.expovariate(1.2)))
        total += lvl * c.rng.randint(1, 4)
        cells.append(lvl)
    return cells, total


def workflow_run(c: Ctx, flows: list[str], pick_: int, branches: list[str]) -> dict:
    """One workflow run row: status, title, workflow, trigger, branch and timing."""
    kind = c.rng.choices(["ok", "fail", "run"], [7, 2, 1])[0]
    flow = flows[pick_] if pick_ >= 0 else c.rng.choice(flows)
    event = c.rng.choice([("commit", sha(c)), ("pr", str(c.rng.randint(1, 900))),
                          ("scheduled", ""), ("manual", "")])
    actor = "" if event[0] == "scheduled" else c.text.handle()
    took = "In progress" if kind == "run" else f"{c.rng.randint(0, 40)}m {c.rng.randint(0, 59)}s"
    return {"kind": kind, "flow": flow, "event": event, "actor": actor, "took": took,
            "title": clip(c.text.sentence(3, 8)), "num": c.rng.randint(10, 4000),
            "branch": c.rng.choice(branches), "ago": c.text.ago()}


def pull(c: Ctx, closed: bool, labels: list[tuple[str, str]]) -> dict:
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
            "title": clip(c.text.sentence(3, 9))}


def trending(c: Ctx) -> dict:
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


def _notes(c: Ctx, k: int, users: list[str]) -> dict:
    """A release's notes: "What's Changed" bullets, or hand-written highlights and fixes."""
    bullets = [(clip(c.text.sentence(3, 9)), c.rng.choice(users), c.rng.randint(100, 9000))
               for _ in range(c.rng.randint(2, 9 if k == 0 else 4))]
    notes: dict = {"bullets": bullets, "highlights": "", "group": "", "fixes": [], "new": []}
    if c.rng.random() < .3:  # hand-written notes: a highlight paragraph and grouped lists
        notes["highlights"] = c.text.paragraph(1, 2)
        notes["group"] = c.rng.choice(["Features", "New features", "Enhancements"])
        notes["fixes"] = [(clip(c.text.sentence(3, 7)).lower(), c.rng.randint(100, 9000))
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


def release(c: Ctx, k: int, v: dict, users: list[str], owner: str, repo: str) -> dict:
    """Release number k (0 = latest) at version state `v` (major/minor/patch/prefix, date),
    which it steps back to the previous release's version and date."""
    p, maj, mi, pa = v["prefix"], v["major"], v["minor"], v["patch"]
    tag = f"{p}{maj}.{mi}.{pa}"
    prev = f"{p}{maj}.{mi}.{max(0, pa - 1)}" if pa else f"{p}{maj}.{max(0, mi - 1)}." \
        f"{c.rng.randint(0, 6)}"
    rel = {"tag": tag, "prev": prev, "pre": k == 0 and c.rng.random() < .15, "latest": k == 0,
           "title": c.rng.choice([tag, tag, f"{tag}: {c.text.title()}", f"{repo} {tag}",
                                  c.text.title()]),
           "sha": sha(c), "notes": _notes(c, k, users), "assets": _assets(c, repo, tag[len(p):]),
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
    msg = clip(c.text.sentence(3, 9))
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
    row["sha"] = sha(c)
    return row


def history(c: Ctx, people: list[tuple[str, str]], month: int, day: int,
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
