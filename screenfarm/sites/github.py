"""GitHub pages: repository code view, issue list, pull-request list, user profile, Actions runs,
Explore/Trending, releases, commit history, and a pull-request diff kept out of training.

Written from scratch after the site's public look. Each page is a content function that draws
everything random from the scene's stream, in the order the f-string generator before it drew
it (so a seed still gives the same scene), and a template in screenfarm/templates/github/ that
lays the content out. The code shown is real source from this machine; the rest is generated."""

from __future__ import annotations

import os

from ..content import read_lines, source_files
from ..web import Ctx, Page
from . import _github_parts as gh


def github_code(c: Ctx) -> Page:
    """A file in a repository's code view: file tree, last commit and numbered source lines."""
    owner, repo = c.text.owner_repo()
    path = c.rng.choice(source_files(c.text.held_out))
    lines = read_lines(path, c.rng, 45) or ["# empty"]
    first = c.rng.randint(1, 300)
    tree = [(i < 4, c.text.word() + ("" if i < 4 else c.rng.choice([".py", ".md", ".toml"])))
            for i in range(14)]
    name = os.path.basename(path)
    hdr = c.img("avatar", 40, 40)
    commit = {"avatar": c.img("avatar", 40, 40), "who": c.text.handle(),
              "msg": c.text.sentence(3, 7), "sha": gh.sha(c), "ago": c.text.ago()}
    title = f"{repo}/{name} at main · {owner}/{repo}"
    return gh.page(c, f"/{owner}/{repo}/blob/main/{name}", title, "code", owner=owner,
                   repo=repo, hdr=hdr, tree=tree, name=name, commit=commit, lines=lines,
                   first=first, kb=c.rng.randint(1, 40))


def github_issues(c: Ctx) -> Page:
    """A repository's open issues with labels and comment counts."""
    owner, repo = c.text.owner_repo()
    labels = [("bug", "#d73a4a"), ("enhancement", "#a2eeef"), ("documentation", "#0075ca"),
              ("good first issue", "#7057ff"), ("question", "#d876e3")]
    rows = [{"labels": c.rng.sample(labels, c.rng.randint(0, 2)),
             "title": gh.clip(c.text.sentence(4, 9)), "num": c.rng.randint(10, 9000),
             "ago": c.text.ago(), "who": c.text.handle(), "talk": c.rng.randint(0, 40)}
            for _ in range(14)]
    hdr = c.img("avatar", 40, 40)
    return gh.page(c, f"/{owner}/{repo}/issues", f"Issues · {owner}/{repo}", "issues",
                   owner=owner, repo=repo, hdr=hdr, rows=rows, n_open=c.rng.randint(20, 900),
                   n_closed=c.rng.randint(100, 9000))


def github_profile(c: Ctx) -> Page:
    """A user profile: avatar and bio, README, pinned repositories, the contribution graph."""
    user, name = c.text.handle(), c.text.name()
    cells, total = gh.contributions(c, c.rng.uniform(.15, .85))
    pins = [gh.pin(c) for _ in range(c.rng.choice([2, 4, 4, 6]))]
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
    return gh.page(c, f"/{user}", f"{user} ({name}) · GitHub", "profile", user=user, name=name,
                   cells=cells, greens=gh.GREENS[c.dark], total=f"{total:,}", pins=pins,
                   bullets=bullets, tabs=tabs, year=year, top=top, card=card, badges=badges,
                   commits=c.rng.randint(1, 90), repos=c.rng.randint(1, 9))


def github_actions(c: Ctx) -> Page:
    """A repository's Actions tab: the workflow list and recent runs with their status."""
    owner, repo = c.text.owner_repo()
    flows = c.rng.sample(gh.WORKFLOWS, c.rng.randint(4, 9))
    sel = c.rng.randrange(-1, len(flows)) if c.rng.random() < .5 else -1
    branches = ["main", "main", "main", "dev", f"fix/{c.text.word()}", f"feat/{c.text.word()}",
                f"dependabot/pip/{c.text.word()}-{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}"]
    rows = [gh.workflow_run(c, flows, sel, branches) for _ in range(c.rng.randint(9, 14))]
    title = flows[sel] if sel >= 0 else "All workflows"
    hdr = c.img("avatar", 40, 40)
    return gh.page(c, f"/{owner}/{repo}/actions", f"Workflow runs · {owner}/{repo}", "actions",
                   owner=owner, repo=repo, hdr=hdr, flows=flows, sel=sel, rows=rows, title=title,
                   yml=title.lower().replace(" ", "-"), runs=f"{c.rng.randint(40, 9000):,}")


def github_pulls(c: Ctx) -> Page:
    """A repository's pull request list: open, draft and merged PRs with labels and reviews."""
    owner, repo = c.text.owner_repo()
    labels = gh.PR_LABELS + [(c.text.word(), c.text.color()),
                           (f"area: {c.text.word()}", c.text.color(True))]
    closed = c.rng.random() < .25  # the Closed tab: mostly merged PRs
    rows = [gh.pull(c, closed, labels) for _ in range(c.rng.randint(10, 15))]
    n_open, n_closed = c.rng.randint(3, 400), c.rng.randint(40, 12000)
    query = "is:pr is:closed" if closed else c.rng.choice(
        ["is:pr is:open", "is:pr is:open", "is:pr is:open review:required",
         f"is:pr is:open label:{c.text.word()}"])
    hdr = c.img("avatar", 40, 40)
    return gh.page(c, f"/{owner}/{repo}/pulls", f"Pull requests · {owner}/{repo}", "pulls",
                   owner=owner, repo=repo, hdr=hdr, rows=rows, closed=closed, query=query,
                   n_open=f"{n_open:,}", n_closed=f"{n_closed:,}",
                   n_labels=len(labels) + c.rng.randint(0, 20), n_miles=c.rng.randint(0, 9))


def github_explore(c: Ctx) -> Page:
    """Explore or Trending: today's trending repositories (Explore adds a side column)."""
    explore = c.rng.random() < .5
    span = c.rng.choice(["Today", "Today", "This week", "This month"])
    rows = [gh.trending(c) for _ in range(c.rng.randint(7, 10))]
    lang = c.rng.choice(["Any", "Any", gh.LANGS[0][0], c.rng.choice(gh.LANGS)[0]])
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
    return gh.page(c, path, title, "explore", explore=explore, span=span.lower(),
                   drops=[("Spoken Language", "Any"), ("Language", lang), ("Date range", span)],
                   rows=rows, devs=devs, topics=topics, top=c.img("avatar", 40, 40),
                   here="Explore" if explore else "Trending")


def github_pull_diff(c: Ctx) -> Page:
    """A pull request's files-changed diff: kept out of training (unseen layouts)."""
    owner, repo = c.text.owner_repo()
    path = c.rng.choice(source_files(c.text.held_out))
    lines = read_lines(path, c.rng, 40) or ["pass"]
    rows = []
    for i, line in enumerate(lines):
        kind = c.rng.random()
        mark = "+" if kind < .2 else "-" if kind < .3 else " "
        rows.append((i + 20, mark, line))
    hdr = c.img("avatar", 40, 40)
    pr = {"title": gh.clip(c.text.sentence(4, 8)), "num": c.rng.randint(10, 9000),
          "who": c.text.handle(), "commits": c.rng.randint(1, 9)}
    return gh.page(c, f"/{owner}/{repo}/pull/{c.rng.randint(10, 900)}/files",
                   f"{repo} pull request · {owner}/{repo}", "pull_diff", owner=owner, repo=repo,
                   hdr=hdr, rows=rows, pr=pr, file=path.lstrip("/"))



def github_releases(c: Ctx) -> Page:
    """A repository's Releases: tagged releases with markdown notes, assets and reactions."""
    owner, repo = c.text.owner_repo()
    v = {"major": c.rng.randint(0, 5), "minor": c.rng.randint(0, 30),
         "patch": c.rng.randint(0, 12), "prefix": c.rng.choice(["v", "v", "", f"{repo}-"]),
         "month": c.rng.randrange(12), "day": c.rng.randint(1, 28),
         "year": c.rng.randint(2022, 2025)}
    side = c.rng.random() < .65  # the wide layout: tag, commit and Compare in a left column
    users = [c.text.handle() for _ in range(c.rng.randint(3, 8))]
    releases = [gh.release(c, k, v, users, owner, repo)
                for k in range(c.rng.choice([1, 2, 2, 3]))]
    draft = c.rng.random() < .4
    width = c.rng.choice([1012, 1100, 1280])
    return gh.page(c, f"/{owner}/{repo}/releases", f"Releases · {owner}/{repo}", "releases",
                   owner=owner, repo=repo, side=side, releases=releases, draft=draft, width=width,
                   head=gh.repo_head(c))


def github_commits(c: Ctx) -> Page:
    """A branch's commit history: commits grouped by day, with SHAs, badges and pagination."""
    owner, repo = c.text.owner_repo()
    branch = c.rng.choice(["main", "main", "master", "dev", f"release/{c.rng.randint(1, 9)}."
                           f"{c.rng.randint(0, 30)}", f"feat/{c.text.word()}"])
    people = [(c.text.handle(), c.img("avatar", 40, 40)) for _ in range(c.rng.randint(1, 6))]
    month, day, year = c.rng.randrange(12), c.rng.randint(3, 28), c.rng.randint(2021, 2025)
    old = c.rng.random() < .4  # the older look: timeline dots and flat boxes, no toolbar
    groups = gh.history(c, people, month, day, year)
    return gh.page(c, f"/{owner}/{repo}/commits/{branch}", f"Commits · {owner}/{repo}",
                   "commits", owner=owner, repo=repo, branch=branch, old=old, groups=groups,
                   head=gh.repo_head(c), width=c.rng.choice([1012, 1280]))

