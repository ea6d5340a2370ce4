"""Developer sites: GitHub (repository code view, issue list, pull-request list, user profile,
Actions runs, Explore/Trending, releases, commit history, pull-request diff) and Kaggle
(competition, code listing, discussion topic, leaderboard, datasets listing, Learn courses, user
profile, Models listing, dataset). Written from scratch after the sites' public look; the code
shown is real source from this machine, the rest is generated."""

from __future__ import annotations

import os

from ..content import read_lines, source_files
from ..web import Ctx, Page, esc

_GH_FONT = "font-family:-apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif;"
_MONO = "font-family:ui-monospace,'DejaVu Sans Mono','Liberation Mono',monospace;"


def _gh_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"bg": "#0d1117", "fg": "#e6edf3", "sub": "#8d96a0", "line": "#30363d",
                "box": "#161b22", "link": "#4493f8", "hdr": "#010409"}
    return {"bg": "#ffffff", "fg": "#1f2328", "sub": "#636c76", "line": "#d0d7de",
            "box": "#f6f8fa", "link": "#0969da", "hdr": "#f6f8fa"}


def _gh_css(p: dict[str, str]) -> str:
    return (f"body{{margin:0;background:{p['bg']};color:{p['fg']};{_GH_FONT}font-size:14px}}"
            f"a{{color:{p['link']};text-decoration:none}}.hdr{{background:{p['hdr']};padding:"
            f"16px 16px 0;border-bottom:1px solid {p['line']}}}.btn{{border:1px solid {p['line']};"
            f"background:{p['box']};border-radius:6px;padding:3px 12px;font-size:12px;"
            f"font-weight:500}}.box{{border:1px solid {p['line']};border-radius:6px}}"
            f".sub{{color:{p['sub']}}}.tabs{{display:flex;gap:8px;margin-top:12px}}.tabs span{{"
            f"padding:8px}}.tabs .on{{border-bottom:2px solid #fd8c73;font-weight:600}}"
            f"pre{{{_MONO}font-size:12px;line-height:20px;margin:0}}")


def _gh_header(c: Ctx, p: dict[str, str], owner: str, repo: str, tab: int) -> str:
    tabs = ["&lt;&gt; Code", "&#9737; Issues", "&#8633; Pull requests", "&#9654; Actions",
            "&#9638; Projects", "&#9888; Security", "&#8599; Insights", "&#9881; Settings"]
    return (f"<div class='hdr'><div style='display:flex;align-items:center;gap:12px'><svg "
            f"width=32 height=32 viewBox='0 0 16 16'><circle cx=8 cy=8 r=8 fill='{p['fg']}'/>"
            f"<circle cx=8 cy=7 r=4 fill='{p['hdr']}'/></svg><span style='font-size:16px'>"
            f"{esc(owner)} / <b>{esc(repo)}</b></span><span class='btn' style='border-radius:"
            f"12px'>Public</span><span class='btn' style='margin-left:auto;width:240px'>"
            f"Type / to search</span><img src='{c.img('avatar', 40, 40)}' width=20 "
            f"style='border-radius:50%'></div><div class='tabs'>" + "".join(
                f"<span class='{'on' if i == tab else ''}'>{t}</span>" for i, t in enumerate(tabs))
            + "</div></div>")


def owner_repo(c: Ctx) -> tuple[str, str]:
    return c.text.handle(), f"{c.text.word()}-{c.text.word()}"


def github_code(c: Ctx) -> Page:
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    path = c.rng.choice(source_files(c.text.held_out))
    lines = read_lines(path, c.rng, 45) or ["# empty"]
    code = "".join(f"<tr><td class='sub' style='text-align:right;padding:0 16px;width:40px'>"
                   f"<pre>{i}</pre></td><td><pre>{esc(line)}</pre></td></tr>"
                   for i, line in enumerate(lines, start=c.rng.randint(1, 300)))
    tree = "".join(f"<div style='padding:4px 8px'>{'&#128193;' if i < 4 else '&#128196;'} "
                   f"{esc(c.text.word())}{'' if i < 4 else c.rng.choice(['.py', '.md', '.toml'])}"
                   f"</div>" for i in range(14))
    name = os.path.basename(path)
    body = (_gh_header(c, p, owner, repo, 0) + f"<div style='display:flex;gap:16px;padding:16px'>"
            f"<div style='width:280px'><span class='btn'>&#5833; main</span><div "
            f"style='margin-top:12px'>{tree}</div></div><div style='flex:1;min-width:0'><div "
            f"style='margin-bottom:12px'><a>{esc(repo)}</a> / <b>{esc(name)}</b></div><div "
            f"class='box' style='background:{p['box']};padding:12px;display:flex;gap:8px;"
            f"align-items:center'><img src='{c.img('avatar', 40, 40)}' width=20 style='border-"
            f"radius:50%'><b>{esc(c.text.handle())}</b> {esc(c.text.sentence(3, 7))}<span "
            f"class='sub' style='margin-left:auto'>{c.rng.randrange(16**7):07x} &middot; "
            f"{c.text.ago()}</span></div><div class='box' style='margin-top:16px;overflow:hidden'>"
            f"<div style='background:{p['box']};padding:8px 16px;border-bottom:1px solid "
            f"{p['line']}'><b>Code</b> &nbsp; <span class='sub'>Blame &middot; {len(lines) * 7} "
            f"lines &middot; {c.rng.randint(1, 40)} KB</span><span class='btn' "
            f"style='float:right'>Raw</span></div><table style='border-collapse:collapse'>"
            f"{code}</table></div></div></div>")
    return Page("github.com", f"/{owner}/{repo}/blob/main/{name}",
                f"{repo}/{name} at main · {owner}/{repo}", body, _gh_css(p), "#24292f")


def github_issues(c: Ctx) -> Page:
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    labels = [("bug", "#d73a4a"), ("enhancement", "#a2eeef"), ("documentation", "#0075ca"),
              ("good first issue", "#7057ff"), ("question", "#d876e3")]
    rows = ""
    for _ in range(14):
        lab = "".join(f" <span style='background:{col};color:#fff;border-radius:12px;padding:0 "
                      f"7px;font-size:12px;font-weight:500'>{n}</span>"
                      for n, col in c.rng.sample(labels, c.rng.randint(0, 2)))
        rows += (f"<div style='display:flex;gap:8px;padding:8px 16px;border-top:1px solid "
                 f"{p['line']}'><span style='color:#1a7f37'>&#9737;</span><div><b>"
                 f"{esc(c.text.sentence(4, 9))[:-1]}</b>{lab}<div class='sub' style='font-size:"
                 f"12px'>#{c.rng.randint(10, 9000)} opened {c.text.ago()} by {c.text.handle()}"
                 f"</div></div><span class='sub' style='margin-left:auto'>&#128172; "
                 f"{c.rng.randint(0, 40)}</span></div>")
    body = (_gh_header(c, p, owner, repo, 1) + f"<div style='max-width:1280px;margin:24px auto;"
            f"padding:0 24px'><div style='display:flex;gap:8px;margin-bottom:16px'><span "
            f"class='btn' style='flex:1;font-size:14px'>is:issue state:open</span><span "
            f"class='btn'>Labels</span><span class='btn'>Milestones</span><span class='btn' "
            f"style='background:#1f883d;color:#fff'>New issue</span></div><div class='box'><div "
            f"style='background:{p['box']};padding:12px 16px'><b>&#9737; {c.rng.randint(20, 900)}"
            f" Open</b> &nbsp; <span class='sub'>&#10003; {c.rng.randint(100, 9000)} Closed</span>"
            f"</div>{rows}</div></div>")
    return Page("github.com", f"/{owner}/{repo}/issues", f"Issues · {owner}/{repo}", body,
                _gh_css(p), "#24292f")


_GH_LANGS = [("Python", "#3572A5"), ("TypeScript", "#3178c6"), ("JavaScript", "#f1e05a"),
             ("Rust", "#dea584"), ("Go", "#00ADD8"), ("C++", "#f34b7d"), ("Shell", "#89e051"),
             ("Jupyter Notebook", "#DA5B0B"), ("HTML", "#e34c26"), ("C", "#555555")]


def _gh_topbar(c: Ctx, p: dict[str, str]) -> str:
    """The global site header of a user page: the mark, search and the account menu."""
    bg = p["hdr"] if c.dark else "#24292f"
    links = "".join(f"<span style='color:#fff;font-weight:600'>{t}</span>" for t in
                    ("Pull requests", "Issues", "Codespaces", "Marketplace", "Explore"))
    return (f"<div style='background:{bg};padding:14px 32px;display:flex;align-items:center;"
            f"gap:16px;border-bottom:1px solid {p['line']}'><svg width=32 height=32 viewBox="
            f"'0 0 16 16'><circle cx=8 cy=8 r=8 fill='#fff'/><circle cx=8 cy=7 r=4 fill='{bg}'/>"
            f"<path d='M6 10v4h4v-4z' fill='{bg}'/></svg><span style='border:1px solid #57606a;"
            f"border-radius:6px;padding:5px 10px;color:#c9d1d9;width:260px;font-size:13px'>"
            f"Search or jump to...</span>{links}<span style='margin-left:auto;color:#fff'>"
            f"&#128276; &nbsp;&#43;&#9662;</span><img src='{c.img('avatar', 40, 40)}' width=22 "
            f"style='border-radius:50%'></div>")


def _gh_status(kind: str) -> str:
    """A run status icon: a green check, a red cross or a yellow dot (in progress)."""
    col, mark = {"ok": ("#1a7f37", "<path d='M4.5 8.2l2.2 2.2 4.8-4.8' stroke='#fff' "
                                    "stroke-width=1.8 fill='none'/>"),
                 "fail": ("#d1242f", "<path d='M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6' "
                                     "stroke='#fff' stroke-width='1.8'/>"),
                 "run": ("#bf8700", "<circle cx=8 cy=8 r=2.6 fill='#fff'/>")}[kind]
    return (f"<svg width=16 height=16 viewBox='0 0 16 16' style='flex:none;margin-top:3px'>"
            f"<circle cx=8 cy=8 r=8 fill='{col}'/>{mark}</svg>")


def github_profile(c: Ctx) -> Page:
    p = _gh_palette(c)
    user, name = c.text.handle(), c.text.name()
    greens = (["#161b22", "#0e4429", "#006d32", "#26a641", "#39d353"] if c.dark else
              ["#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"])
    busy = c.rng.uniform(.15, .85)
    cells, total = "", 0
    for _ in range(53 * 7):
        lvl = 0 if c.rng.random() > busy else min(4, 1 + int(c.rng.expovariate(1.2)))
        total += lvl * c.rng.randint(1, 4)
        cells += f"<i style='background:{greens[lvl]}'></i>"
    months = "".join(f"<span style='width:{53 * 15 // 12}px'>{m}</span>" for m in
                     "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
    legend = "".join(f"<i style='background:{g};display:inline-block;width:10px;height:10px;"
                     f"border-radius:2px;margin:0 1px'></i>" for g in greens)
    pins = ""
    for _ in range(c.rng.choice([2, 4, 4, 6])):
        lang, dot = c.rng.choice(_GH_LANGS)
        fork = (f"<span style='margin-left:16px'>&#5833; {c.rng.randint(1, 900)}</span>"
                if c.rng.random() < .6 else "")
        pins += (f"<div class='box' style='padding:16px;display:flex;flex-direction:column;"
                 f"gap:8px'><div><span class='sub'>&#128218;</span> <a><b>{esc(c.text.word())}-"
                 f"{esc(c.text.word())}</b></a> <span class='btn' style='border-radius:12px;"
                 f"padding:0 7px;background:none' >Public</span></div><div class='sub' "
                 f"style='font-size:12px;flex:1'>{esc(c.text.sentence(5, 12))}</div><div "
                 f"class='sub' style='font-size:12px'><span style='display:inline-block;"
                 f"width:12px;height:12px;border-radius:50%;background:{dot};vertical-align:"
                 f"-2px'></span> {lang} <span style='margin-left:16px'>&#9734; "
                 f"{c.rng.randint(1, 5000)}</span>{fork}</div></div>")
    bullets = "".join(f"<li>{c.rng.choice(['&#128301;', '&#127793;', '&#128172;', '&#9889;'])} "
                      f"{esc(c.text.sentence(5, 10))}</li>" for _ in range(c.rng.randint(2, 5)))
    tabs = [("&#128214; Overview", ""), ("&#128218; Repositories", c.rng.randint(3, 200)),
            ("&#9638; Projects", c.rng.randint(0, 5)), ("&#128230; Packages", ""),
            ("&#9734; Stars", c.rng.randint(1, 900))]
    tabbar = "".join(f"<span class='{'on' if i == 0 else ''}'>{t} <span class='sub' style='"
                     f"background:{p['box']};border-radius:10px;padding:0 6px'>{n}</span></span>"
                     for i, (t, n) in enumerate(tabs))
    year = c.rng.randint(2021, 2025)
    on = "background:#0969da;color:#fff"
    years = "".join(f"<div style='padding:8px 16px;border-radius:6px;{on if y == year else ''}'>"
                    f"{y}</div>" for y in range(year, year - 5, -1))
    body = (_gh_topbar(c, p) + f"<div style='border-bottom:1px solid {p['line']};padding:0 "
            f"32px 0 360px'><div class='tabs' style='margin:0'>{tabbar}</div></div><div "
            f"style='display:flex;gap:24px;padding:24px 32px;max-width:1280px'><div "
            f"style='width:296px;flex:none;margin-top:-40px'><img src='"
            f"{c.img('avatar', 296, 296)}' width=296 height=296 style='border-radius:50%;"
            f"border:1px solid {p['line']}'><h1 style='margin:16px 0 0;font-size:24px'>"
            f"{esc(name)}</h1><div class='sub' style='font-size:20px;font-weight:300'>"
            f"{esc(user)}</div><p>{esc(c.text.sentence(5, 14))}</p><div class='btn' "
            f"style='text-align:center;padding:5px;font-size:14px'>Follow</div><p "
            f"class='sub'>&#128101; <b style='color:{p['fg']}'>{c.text.count()}</b> followers "
            f"&middot; <b style='color:{p['fg']}'>{c.rng.randint(0, 300)}</b> following</p><div "
            f"class='sub' style='line-height:26px'>&#127970; @{esc(c.text.word())}<br>&#128205; "
            f"{esc(c.text.word().capitalize())} City<br>&#128279; <a>{esc(user)}.dev</a></div>"
            f"<h3 style='border-top:1px solid {p['line']};padding-top:16px'>Achievements</h3>"
            + "".join(f"<img src='{c.img('avatar', 64, 64)}' width=64 style='border-radius:50%;"
                      f"margin-right:6px'>" for _ in range(c.rng.randint(2, 4)))
            + f"</div><div style='flex:1;min-width:0'><div class='box' style='padding:24px'>"
            f"<div class='sub' style='font-size:12px'>{esc(user)} / README<span>.md</span></div>"
            f"<h2 style='margin:8px 0'>Hi there &#128075;, I'm {esc(name.split()[0])}</h2><ul "
            f"style='line-height:24px'>{bullets}</ul></div><div style='display:flex;margin:24px "
            f"0 8px'><span>Pinned</span><a style='margin-left:auto;font-size:12px'>Customize "
            f"your pins</a></div><div style='display:grid;grid-template-columns:1fr 1fr;"
            f"gap:16px'>{pins}</div><div style='display:flex;gap:16px;margin-top:24px'><div "
            f"style='flex:1'><div style='margin-bottom:8px'>{total:,} contributions in "
            f"{'the last year' if year == 2025 else year}</div><div class='box' "
            f"style='padding:16px'><div class='sub' style='display:flex;font-size:11px;"
            f"margin-left:32px'>{months}</div><div style='display:flex;gap:6px'><div "
            f"class='sub' style='font-size:11px;line-height:15px;width:26px'><br>Mon<br><br>Wed"
            f"<br><br>Fri</div><div class='cg'>{cells}</div></div><div class='sub' "
            f"style='font-size:11px;margin-top:8px;text-align:right'>Less {legend} More</div>"
            f"</div></div><div style='width:120px;font-size:12px'>{years}</div></div><h3 "
            f"style='font-weight:400'>Contribution activity</h3><div class='sub'>&#128230; "
            f"Created {c.rng.randint(1, 90)} commits in {c.rng.randint(1, 9)} repositories</div>"
            f"</div></div>")
    css = (_gh_css(p) + ".cg{display:grid;grid-template-rows:repeat(7,12px);grid-auto-flow:"
           "column;grid-auto-columns:12px;gap:3px}.cg i{border-radius:2px;outline:1px solid "
           "rgba(27,31,35,.06)}")
    return Page("github.com", f"/{user}", f"{user} ({name}) · GitHub", body, css, "#24292f")


def github_actions(c: Ctx) -> Page:
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    flows = c.rng.sample(["CI", "Build", "Tests", "Lint", "Release", "Deploy docs", "CodeQL",
                          "Publish to PyPI", "Nightly", "Benchmarks", "Docker image",
                          "Dependabot updates", "pages-build-deployment", "Stale"],
                         c.rng.randint(4, 9))
    pick = c.rng.randrange(-1, len(flows)) if c.rng.random() < .5 else -1
    sel = f"background:{p['box']};font-weight:600"
    side = "".join(f"<div style='padding:6px 8px;border-radius:6px;{sel if i == pick else ''}'>"
                   f"{esc(f)}</div>" for i, f in enumerate(flows))
    branches = ["main", "main", "main", "dev", f"fix/{c.text.word()}", f"feat/{c.text.word()}",
                f"dependabot/pip/{c.text.word()}-{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}"]
    pill = "#121d2f" if c.dark else "#ddf4ff"
    rows = ""
    for _ in range(c.rng.randint(9, 14)):
        kind = c.rng.choices(["ok", "fail", "run"], [7, 2, 1])[0]
        flow = flows[pick] if pick >= 0 else c.rng.choice(flows)
        event = c.rng.choice([f"Commit <a>{c.rng.randrange(16**7):07x}</a> pushed by",
                              f"Pull request #{c.rng.randint(1, 900)} synchronize by",
                              "Scheduled", "Manually run by"])
        actor = "" if event == "Scheduled" else f" <a>{esc(c.text.handle())}</a>"
        took = ("In progress" if kind == "run" else
                f"{c.rng.randint(0, 40)}m {c.rng.randint(0, 59)}s")
        rows += (f"<div style='display:flex;gap:12px;padding:12px 16px;border-top:1px solid "
                 f"{p['line']}'>{_gh_status(kind)}<div style='flex:1;min-width:0'><b>"
                 f"{esc(c.text.sentence(3, 8))[:-1]}</b><div class='sub' style='font-size:12px;"
                 f"margin-top:2px'><b>{esc(flow)}</b> #{c.rng.randint(10, 4000)}: "
                 f"{event}{actor}</div></div><div "
                 f"style='width:260px'><span style='background:{pill};color:{p['link']};"
                 f"border-radius:6px;padding:2px 6px;font-size:12px;{_MONO}'>"
                 f"{esc(c.rng.choice(branches))}</span></div><div class='sub' style='width:150px;"
                 f"font-size:12px;line-height:20px'>&#128197; {c.text.ago()}<br>&#9201; {took}"
                 f"</div><span class='sub'>&middot;&middot;&middot;</span></div>")
    title = flows[pick] if pick >= 0 else "All workflows"
    yml = title.lower().replace(" ", "-")
    note = (f"<div class='sub' style='{_MONO}font-size:12px'>{esc(yml)}.yml</div>" if pick >= 0 else
            "<div class='sub'>Showing runs from all workflows</div>")
    filters = "".join(f"<span class='sub'>{f} &#9662;</span>"
                      for f in ("Event", "Status", "Branch", "Actor"))
    body = (_gh_header(c, p, owner, repo, 3) + f"<div style='display:flex;gap:24px;padding:24px"
            f" 32px'><div style='width:260px;flex:none'><div style='display:flex;align-items:"
            f"center;margin-bottom:12px'><b style='font-size:20px'>Actions</b><span class='btn' "
            f"style='margin-left:auto'>New workflow</span></div><div style='padding:6px 8px;"
            f"border-radius:6px;{'' if pick >= 0 else sel}"
            f"'>All workflows</div><div class='sub' style='font-size:12px;margin:12px 8px 4px'>"
            f"Workflows</div>{side}<div class='sub' style='font-size:12px;margin:16px 8px 4px'>"
            f"Management</div><div style='padding:6px 8px'>Caches</div><div style='padding:6px "
            f"8px'>Deployments</div><div style='padding:6px 8px'>Runners</div></div><div "
            f"style='flex:1;min-width:0'><div style='display:flex;align-items:center'><div><b "
            f"style='font-size:20px'>{esc(title)}</b>{note}</div><span class='btn' "
            f"style='margin-left:auto;width:300px;padding:5px 12px'>&#128269; Filter workflow "
            f"runs</span></div><div class='box' style='margin-top:16px'><div style='display:flex;"
            f"gap:24px;background:{p['box']};padding:12px 16px'><b style='flex:1'>"
            f"{c.rng.randint(40, 9000):,} workflow runs</b>{filters}</div>{rows}</div></div></div>")
    return Page("github.com", f"/{owner}/{repo}/actions", f"Workflow runs · {owner}/{repo}",
                body, _gh_css(p), "#24292f")


def _gh_label(c: Ctx, name: str, col: str) -> str:
    """An issue label: a filled pill in light mode, a tinted outlined one in dark mode."""
    r, g, b = (int(col[i:i + 2], 16) for i in (1, 3, 5))
    if c.dark:
        look = (f"background:rgba({r},{g},{b},.18);color:rgb({min(255, r + 60)},"
                f"{min(255, g + 60)},{min(255, b + 60)});border:1px solid rgba({r},{g},{b},.4)")
    else:
        ink = "#1f2328" if r * .3 + g * .59 + b * .11 > 150 else "#fff"
        look = f"background:{col};color:{ink};border:1px solid transparent"
    return (f" <span style='{look};border-radius:12px;padding:0 7px;font-size:12px;"
            f"font-weight:500;line-height:18px;display:inline-block'>{esc(name)}</span>")


def _gh_pr_icon(state: str) -> str:
    """The pull-request state icon: open (green), merged (purple), draft (grey), closed (red)."""
    col = {"open": "#1a7f37", "merged": "#8250df", "draft": "#59636e", "closed": "#d1242f"}[state]
    dash = " stroke-dasharray='1.6 1.4'" if state == "draft" else ""
    if state == "merged":
        lines = "<path d='M4 5v6M4 5.5c0 2.5 2.5 2.5 6 2.5'/><circle cx=12 cy=8 r='1.6'/>"
    else:
        right = ("<path d='M10.2 3.4l3.4 3.4M13.6 3.4l-3.4 3.4'/>" if state == "closed" else
                 "<path d='M12 11V6.5c0-1.8-1-2.5-2.6-2.5H7.6M9.2 2.2L7.4 4l1.8 1.8'/>")
        lines = f"<path d='M4 5v6'{dash}/>{right}<circle cx=12 cy=12.5 r='1.6'/>"
    return (f"<svg width=16 height=16 viewBox='0 0 16 16' fill='none' stroke='{col}' "
            f"stroke-width=1.5 stroke-linecap='round' style='flex:none;margin-top:3px'>"
            f"<circle cx=4 cy=3.5 r='1.6'/><circle cx=4 cy=12.5 r='1.6'/>{lines}</svg>")


def github_pulls(c: Ctx) -> Page:
    """A repository's pull request list: open, draft and merged PRs with labels and reviews."""
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    labels = [("bug", "#d73a4a"), ("enhancement", "#a2eeef"), ("documentation", "#0075ca"),
              ("dependencies", "#0366d6"), ("breaking change", "#b60205"), ("ci", "#ededed"),
              ("needs review", "#fbca04"), ("performance", "#5319e7"), ("refactor", "#c5def5"),
              (c.text.word(), c.text.color()), (f"area: {c.text.word()}", c.text.color(True))]
    closed = c.rng.random() < .25  # the Closed tab: mostly merged PRs
    rows = ""
    for _ in range(c.rng.randint(10, 15)):
        if closed:
            state = c.rng.choices(["merged", "closed"], [5, 1])[0]
        else:
            state = c.rng.choices(["open", "draft"], [4, 1])[0]
        lab = "".join(_gh_label(c, n, col) for n, col in c.rng.sample(
            labels, c.rng.choices([0, 1, 2, 3], [4, 4, 2, 1])[0]))
        check = c.rng.choice(["", "<span style='color:#1a7f37'>&#10003;</span>",
                              "<span style='color:#1a7f37'>&#10003;</span>",
                              "<span style='color:#d1242f'>&#10007;</span>",
                              "<span style='color:#bf8700'>&#9679;</span>"])
        who, num = esc(c.text.handle()), c.rng.randint(10, 9000)
        if state == "merged":
            what = f"by {who} was merged {c.text.ago()}"
        elif state == "closed":
            what = f"by {who} was closed {c.text.ago()}"
        else:
            what = f"opened {c.text.ago()} by {who}"
        review = {"draft": "Draft", "merged": "Approved", "closed": ""}.get(state) or c.rng.choice(
            ["Review required", "Review required", "Approved", "Changes requested", ""])
        review = f" &middot; {review}" if review else ""
        tasks = (f" &middot; &#9745; {c.rng.randint(0, 3)} of {c.rng.randint(3, 6)} tasks"
                 if c.rng.random() < .15 else "")
        people = "".join(f"<img src='{c.img('avatar', 40, 40)}' width=20 height=20 style='"
                         f"border-radius:50%;margin-left:-6px;border:1px solid {p['bg']}'>"
                         for _ in range(c.rng.choice([0, 0, 1, 1, 2])))
        talk = c.rng.choice([0, 0, c.rng.randint(1, 9), c.rng.randint(1, 60)])
        talk = f"&#128488; {talk}" if talk else ""
        rows += (f"<div style='display:flex;gap:8px;padding:8px 16px;border-top:1px solid "
                 f"{p['line']}'>{_gh_pr_icon(state)}<div style='flex:1;min-width:0'><b "
                 f"style='font-size:16px'>{esc(c.text.sentence(3, 9))[:-1]}</b> {check}{lab}"
                 f"<div class='sub' style='font-size:12px;margin-top:4px'>#{num} {what}{review}"
                 f"{tasks}</div></div><div class='sub' style='width:70px;padding-top:2px'>"
                 f"{people}</div><div class='sub' style='width:50px;font-size:12px;"
                 f"padding-top:2px'>{talk}</div></div>")
    n_open, n_closed = c.rng.randint(3, 400), c.rng.randint(40, 12000)
    bold = f"color:{p['fg']};font-weight:600"
    tally = (f"<span style='{'' if closed else bold}'>&#8633; {n_open:,} Open</span> &nbsp; "
             f"<span style='{bold if closed else ''}'>&#10003; {n_closed:,} Closed</span>")
    query = "is:pr is:closed" if closed else c.rng.choice(
        ["is:pr is:open", "is:pr is:open", "is:pr is:open review:required",
         f"is:pr is:open label:{c.text.word()}"])
    filters = "".join(f"<span>{f} &#9662;</span>" for f in
                      ("Author", "Label", "Projects", "Milestones", "Reviews", "Assignee", "Sort"))
    body = (_gh_header(c, p, owner, repo, 2) + f"<div style='max-width:1280px;margin:24px auto;"
            f"padding:0 24px'><div style='display:flex;gap:8px;margin-bottom:16px'><div "
            f"class='btn' style='display:flex;flex:1;padding:0;font-size:14px;font-weight:400'>"
            f"<span style='padding:5px 12px;border-right:1px solid {p['line']}'>Filters "
            f"&#9662;</span><span class='sub' style='padding:5px 12px;background:{p['bg']};"
            f"flex:1;border-radius:0 6px 6px 0'>&#128269; {esc(query)}</span></div><span "
            f"class='btn' style='padding:5px 12px'>&#127991; Labels <span style='background:"
            f"{p['line']};border-radius:10px;padding:0 6px'>{len(labels) + c.rng.randint(0, 20)}"
            f"</span></span><span class='btn' style='padding:5px 12px'>&#9873; Milestones <span "
            f"style='background:{p['line']};border-radius:10px;padding:0 6px'>"
            f"{c.rng.randint(0, 9)}</span></span><span class='btn' style='background:#1f883d;"
            f"color:#fff;border-color:#1f883d;padding:5px 16px'>New pull request</span></div>"
            f"<div class='box'><div class='sub' style='background:{p['box']};padding:12px 16px;"
            f"display:flex;gap:20px;border-radius:6px 6px 0 0'><span style='flex:1'>{tally}"
            f"</span>{filters}</div>{rows}</div><p class='sub' style='text-align:center;"
            f"font-size:12px;margin-top:16px'>&#128161; <b>ProTip!</b> Filter pull requests by "
            f"the default branch with <a>base:main</a>.</p></div>")
    return Page("github.com", f"/{owner}/{repo}/pulls", f"Pull requests · {owner}/{repo}", body,
                _gh_css(p), "#24292f")


def _gh_appbar(c: Ctx, p: dict[str, str], title: str) -> str:
    """The global header of a non-repository page: menu, mark, page name, search, icons."""
    icon = (f"border:1px solid {p['line']};border-radius:6px;width:30px;height:30px;display:"
            f"flex;align-items:center;justify-content:center;color:{p['sub']}")
    icons = "".join(f"<span style='{icon}'>{t}</span>" for t in
                    ("&#10022;", "&#43;&#9662;", "&#9737;", "&#8633;", "&#128229;"))
    return (f"<div style='background:{p['hdr']};padding:16px;display:flex;align-items:center;"
            f"gap:12px;border-bottom:1px solid {p['line']}'><span style='{icon}'>&#9776;</span>"
            f"<svg width=32 height=32 viewBox='0 0 16 16'><circle cx=8 cy=8 r=8 "
            f"fill='{p['fg']}'/><circle cx=8 cy=7 r=4 fill='{p['hdr']}'/><path d='M6 10v4h4v-4z'"
            f" fill='{p['hdr']}'/></svg><b>{title}</b><span class='btn' style='margin-left:auto;"
            f"width:300px;padding:5px 12px;font-weight:400;color:{p['sub']};background:"
            f"{p['bg']}'>&#128269; Type <kbd style='border:1px solid {p['line']};border-radius:"
            f"4px;padding:0 4px'>/</kbd> to search</span>{icons}<img src='"
            f"{c.img('avatar', 40, 40)}' width=32 height=32 style='border-radius:50%'></div>")


def github_explore(c: Ctx) -> Page:
    """Explore or Trending: today's trending repositories (Explore adds a side column)."""
    p = _gh_palette(c)
    explore = c.rng.random() < .5
    rows = ""
    span = c.rng.choice(["Today", "Today", "This week", "This month"])
    book = (f"<svg width=16 height=16 viewBox='0 0 16 16' fill='none' stroke='{p['sub']}' "
            f"stroke-width=1.3><path d='M3 2.5h9.5v9H4.5a1.5 1.5 0 0 0 0 3h8M3 13V2.5'/></svg>")
    for _ in range(c.rng.randint(7, 10)):
        lang, dot = c.rng.choice(_GH_LANGS)
        name = c.text.word()
        if c.rng.random() < .6:
            name += c.rng.choice(["-", "-", ".", "_", ""]) + c.text.word()
        stars = int(10 ** c.rng.uniform(2.3, 5.3))
        built = "".join(f"<img src='{c.img('avatar', 40, 40)}' width=20 height=20 style='"
                        f"border-radius:50%;margin-left:2px;vertical-align:middle'>"
                        for _ in range(c.rng.randint(1, 5)))
        desc = (f"<p class='sub' style='margin:4px 0 8px'>{esc(c.text.sentence(6, 16))}</p>"
                if c.rng.random() < .9 else "<div style='height:8px'></div>")
        rows += (f"<div style='padding:16px;border-top:1px solid {p['line']}'><div "
                 f"style='display:flex;align-items:center'><span style='font-size:20px'>"
                 f"{book} <a>{esc(c.text.handle())} / <b>{esc(name)}</b></a></span><span "
                 f"class='btn' style='margin-left:auto'>&#9734; Star &#9662;</span></div>{desc}"
                 f"<div class='sub' style='font-size:12px;display:flex;gap:16px;align-items:"
                 f"center'><span><span style='display:inline-block;width:12px;height:12px;"
                 f"border-radius:50%;background:{dot};vertical-align:-2px'></span> {lang}</span>"
                 f"<span>&#9734; {stars:,}</span><span>&#5833; {stars // c.rng.randint(4, 20):,}"
                 f"</span><span>Built by {built}</span><span style='margin-left:auto'>&#9734; "
                 f"{max(8, stars // c.rng.randint(8, 60)):,} stars {span.lower()}</span></div>"
                 f"</div>")
    here = "Explore" if explore else "Trending"
    mark = "border-bottom:2px solid #fd8c73;font-weight:600"
    tabs = "".join(f"<span style='padding:12px 8px;{mark if t == here else ''}'>{t}</span>"
                   for t in ("Explore", "Topics", "Trending", "Collections", "Events",
                             "GitHub Sponsors"))
    seg = (f"<span style='display:inline-flex;border:1px solid {p['line']};border-radius:6px;"
           f"overflow:hidden'><span style='padding:5px 16px;background:{p['link']};color:#fff'>"
           f"Repositories</span><span style='padding:5px 16px'>Developers</span></span>")
    drop = "".join(f"<span class='sub'>{k}: <b style='color:{p['fg']}'>{v}</b> &#9662;</span>"
                   for k, v in (("Spoken Language", "Any"),
                                ("Language", c.rng.choice(["Any", "Any", _GH_LANGS[0][0],
                                                           c.rng.choice(_GH_LANGS)[0]])),
                                ("Date range", span)))
    listing = (f"<div class='box'><div style='background:{p['box']};padding:16px;display:"
               f"flex;gap:24px;align-items:center;border-radius:6px 6px 0 0'>{seg}<span "
               f"style='flex:1'></span>{drop}</div>{rows}</div>")
    if explore:
        devs = "".join(f"<div style='display:flex;gap:8px;align-items:center;padding:8px 0'>"
                       f"<img src='{c.img('avatar', 64, 64)}' width=32 height=32 "
                       f"style='border-radius:50%'><div style='flex:1'><b>{esc(c.text.name())}"
                       f"</b><div class='sub' style='font-size:12px'>{esc(c.text.handle())}"
                       f"</div></div><span class='btn'>Follow</span></div>"
                       for _ in range(c.rng.randint(3, 5)))
        topics = "".join(f"<span style='background:{'#121d2f' if c.dark else '#ddf4ff'};"
                         f"color:{p['link']};border-radius:12px;padding:2px 10px;font-size:12px;"
                         f"display:inline-block;margin:0 4px 6px 0'>{esc(c.text.word())}</span>"
                         for _ in range(c.rng.randint(6, 10)))
        side = (f"<div style='width:300px;flex:none'><div class='box' style='padding:16px'><b>"
                f"Trending developers</b>{devs}<a style='font-size:12px'>See more trending "
                f"developers &rsaquo;</a></div><div class='box' style='padding:16px;margin-top:"
                f"16px'><b>Popular topics</b><div style='margin-top:12px'>{topics}</div></div>"
                f"</div>")
        main = (f"<div style='display:flex;gap:24px;max-width:1280px;margin:24px auto;padding:"
                f"0 24px'><div style='flex:1;min-width:0'><h2 style='font-weight:400;margin:0 0 "
                f"16px'>Here's what's popular on GitHub {span.lower()}</h2>{listing}</div>"
                f"{side}</div>")
        path, title = "/explore", "Explore GitHub · GitHub"
    else:
        main = (f"<div style='background:{p['box']};border-bottom:1px solid {p['line']};"
                f"text-align:center;padding:40px 0'><h1 style='margin:0;font-size:32px;"
                f"font-weight:600'>Trending</h1><p class='sub' style='font-size:16px;margin:8px "
                f"0 0'>See what the GitHub community is most excited about {span.lower()}.</p>"
                f"</div><div style='max-width:1012px;margin:40px auto'>{listing}</div>")
        since = {"Today": "", "This week": "?since=weekly", "This month": "?since=monthly"}
        path = f"/trending{since[span]}"
        title = f"Trending repositories on GitHub {span.lower()} · GitHub"
    body = (_gh_appbar(c, p, here) + f"<div style='display:flex;"
            f"justify-content:center;gap:16px;border-bottom:1px solid {p['line']}'>{tabs}</div>"
            f"{main}")
    return Page("github.com", path, title, body, _gh_css(p), "#24292f")


def _gh_num(n: int) -> str:
    """A counter the way GitHub prints it: 987, 1.2k, 34k."""
    if n >= 10000:
        return f"{n // 1000}k"
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


def _gh_repo_head(c: Ctx, p: dict[str, str], owner: str, repo: str) -> str:
    """The classic repository header: owner / name, Watch / Fork / Star counters, the tabs."""
    pill = "rgba(110,118,129,.4)" if c.dark else "rgba(175,184,193,.2)"
    ctr = f"background:{pill};border-radius:10px;padding:0 6px;font-size:12px;margin-left:4px"
    tabs = [("&lt;&gt; Code", ""), ("&#9737; Issues", c.rng.randint(0, 900)),
            ("&#8633; Pull requests", c.rng.randint(0, 120)), ("&#9654; Actions", "")]
    if c.rng.random() < .5:
        tabs.append(("&#9638; Projects", c.rng.randint(0, 4)))
    if c.rng.random() < .4:
        tabs.append(("&#128214; Wiki", ""))
    tabs += [("&#9888; Security", ""), ("&#8599; Insights", "")]
    bar = "".join(f"<span class='{'on' if i == 0 else ''}'>{t}"
                  + (f"<span style='{ctr}'>{n}</span>" if n != "" else "") + "</span>"
                  for i, (t, n) in enumerate(tabs))
    stars = int(10 ** c.rng.uniform(1.5, 5))
    btns = [("&#128065; Watch", c.rng.randint(1, max(2, stars // 20))),
            ("&#5833; Fork", c.rng.randint(0, max(1, stars // 6))), ("&#9734; Star", stars)]
    buttons = "".join(f"<span class='btn' style='padding:3px 10px'>{t}<span style='{ctr}'>"
                      f"{_gh_num(n)}</span> &#9662;</span>" for t, n in btns)
    if c.rng.random() < .3:
        buttons = "<span class='btn'>&#9825; Sponsor</span>" + buttons
    return (_gh_topbar(c, p) + f"<div style='background:{p['hdr']};padding:16px 32px 0;"
            f"border-bottom:1px solid {p['line']}'><div style='display:flex;align-items:center;"
            f"gap:8px'><span class='sub'>&#128213;</span><span style='font-size:20px'><a>"
            f"{esc(owner)}</a> / <a><b>{esc(repo)}</b></a></span><span class='btn' "
            f"style='border-radius:12px;background:none;color:{p['sub']}'>Public</span><span "
            f"style='margin-left:auto;display:flex;gap:8px'>{buttons}</span></div><div "
            f"class='tabs' style='margin-top:16px'>{bar}</div></div>")


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def github_releases(c: Ctx) -> Page:
    """A repository's Releases: tagged releases with markdown notes, assets and reactions."""
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    green = ("#3fb950", "#238636") if c.dark else ("#1a7f37", "#1f883d")
    amber = ("#d29922", "#9e6a03") if c.dark else ("#9a6700", "#bf8700")
    badge = "border:1px solid {1};color:{0};border-radius:12px;padding:0 7px;font-size:12px;" \
            "font-weight:500;vertical-align:4px"
    major, minor, patch = c.rng.randint(0, 5), c.rng.randint(0, 30), c.rng.randint(0, 12)
    prefix = c.rng.choice(["v", "v", "", f"{repo}-"])
    month, day, year = c.rng.randrange(12), c.rng.randint(1, 28), c.rng.randint(2022, 2025)
    side = c.rng.random() < .65  # the wide layout: tag, commit and Compare in a left column
    users = [c.text.handle() for _ in range(c.rng.randint(3, 8))]
    releases = ""
    for k in range(c.rng.choice([1, 2, 2, 3])):
        tag = f"{prefix}{major}.{minor}.{patch}"
        prev = f"{prefix}{major}.{minor}.{max(0, patch - 1)}" if patch else \
            f"{prefix}{major}.{max(0, minor - 1)}.{c.rng.randint(0, 6)}"
        pre = k == 0 and c.rng.random() < .15
        title = c.rng.choice([tag, tag, f"{tag}: {c.text.title()}", f"{repo} {tag}",
                              c.text.title()])
        marks = (f" <span style='{badge.format(*amber)}'>Pre-release</span>" if pre else
                 f" <span style='{badge.format(*green)}'>Latest</span>" if k == 0 else "")
        sha = f"{c.rng.randrange(16**7):07x}"
        bullets = "".join(f"<li>{esc(c.text.sentence(3, 9))[:-1]} by <a>@{esc(c.rng.choice(users))}"
                          f"</a> in <a>#{c.rng.randint(100, 9000)}</a></li>"
                          for _ in range(c.rng.randint(2, 9 if k == 0 else 4)))
        if c.rng.random() < .3:  # hand-written notes: a highlight paragraph and grouped lists
            notes = (f"<h2>Highlights</h2><p>{esc(c.text.paragraph(1, 2))}</p><h3>"
                     f"{c.rng.choice(['Features', 'New features', 'Enhancements'])}</h3><ul>"
                     f"{bullets}</ul><h3>Bug fixes</h3><ul>" + "".join(
                         f"<li>Fix {esc(c.text.sentence(3, 7))[:-1].lower()} (<a>"
                         f"#{c.rng.randint(100, 9000)}</a>)</li>"
                         for _ in range(c.rng.randint(1, 4))) + "</ul>")
        else:
            notes = f"<h2>What's Changed</h2><ul>{bullets}</ul>"
            if c.rng.random() < .5:
                notes += "<h2>New Contributors</h2><ul>" + "".join(
                    f"<li><a>@{esc(c.text.handle())}</a> made their first contribution in <a>"
                    f"#{c.rng.randint(100, 9000)}</a></li>" for _ in range(c.rng.randint(1, 3))
                ) + "</ul>"
        notes += (f"<p><b>Full Changelog</b>: <a>https://github.com/{esc(owner)}/{esc(repo)}/"
                  f"compare/{esc(prev)}...{esc(tag)}</a></p>")
        files = []
        if c.rng.random() < .7:
            ver = f"{major}.{minor}.{patch}"
            stem = f"{repo}-{ver}"
            kinds = c.rng.sample([f"{stem}-x86_64-unknown-linux-gnu.tar.gz",
                                  f"{stem}-aarch64-apple-darwin.tar.gz",
                                  f"{stem}-x86_64-pc-windows-msvc.zip", f"{stem}.tar.gz",
                                  f"{repo.replace('-', '_')}-{ver}-py3-none-any.whl",
                                  f"{stem}_amd64.deb", f"{stem}.x86_64.rpm", "checksums.txt",
                                  f"{stem}.dmg", f"{stem}-setup.exe"], c.rng.randint(2, 7))
            files = [(n, f"{c.rng.uniform(.1, 90):.1f} MB" if not n.endswith(".txt") else
                      f"{c.rng.randint(200, 900)} Bytes") for n in kinds]
        files += [("Source code (zip)", ""), ("Source code (tar.gz)", "")]
        date = f"{_MONTHS[month]} {day}, {year}"
        open_ = k == 0 or c.rng.random() < .3
        rows = "".join(f"<div style='display:flex;gap:8px;padding:8px 16px;border-top:1px solid"
                       f" {p['line']}'><span class='sub'>{'&#128230;' if s else '&#128451;'}"
                       f"</span><a style='font-weight:600'>{esc(n)}</a><span class='sub' "
                       f"style='margin-left:auto;width:90px;text-align:right'>{s}</span><span "
                       f"class='sub' style='width:110px;text-align:right'>{date}</span></div>"
                       for n, s in files)
        listing = (f"<div class='box' style='margin-top:8px;overflow:hidden'><div "
                   f"style='margin-top:-1px'>{rows}</div></div>" if open_ else "")
        assets = (f"<div style='margin-top:16px'><b style='font-size:16px'>"
                  f"{'&#9662;' if open_ else '&#9656;'} Assets</b> <span style='background:"
                  f"{p['line']};border-radius:10px;padding:0 6px;font-size:12px'>{len(files)}"
                  f"</span>{listing}</div>")
        emo = c.rng.sample(["&#128077;", "&#127881;", "&#10084;&#65039;", "&#128640;",
                            "&#128064;", "&#128516;"], c.rng.randint(0, 5))
        reacts = "".join(f"<span style='border:1px solid {p['line']};border-radius:100px;"
                         f"padding:2px 8px;font-size:12px'>{e} <span style='color:{p['link']}'>"
                         f"{c.rng.randint(1, 90)}</span></span>" for e in emo)
        if emo:
            reacts = (f"<div style='display:flex;gap:6px;align-items:center;margin-top:16px'>"
                      f"<span class='btn' style='border-radius:100px'>&#9786;</span>{reacts}"
                      f"<span class='sub' style='font-size:12px'>{c.rng.randint(3, 400)} people "
                      f"reacted</span></div>")
        who = c.rng.choice(users + [owner])
        by = (f"<img src='{c.img('avatar', 40, 40)}' width=20 height=20 style='border-radius:50%;"
              f"vertical-align:middle'> <b>{esc(who)}</b> <span class='sub'>released this "
              f"{c.rng.randint(1, 30) if k == 0 else c.rng.randint(20, 300)} days ago</span>")
        meta = (f"<div class='sub' style='font-size:12px;line-height:28px'>&#127991; <span "
                f"style='{_MONO}'>{esc(tag)}</span> &nbsp; &#11044; <span style='{_MONO}'>{sha}"
                f"</span></div>")
        compare = "<span class='btn' style='margin-left:auto'>Compare &#9662;</span>"
        box = (f"<div class='box' style='flex:1;min-width:0;padding:16px 24px'><div style='"
               f"display:flex;align-items:center'><span style='font-size:28px;font-weight:600'>"
               f"<a style='color:{p['fg']}'>{esc(title)}</a>{marks}</span>"
               f"{'' if side else compare}"
               f"</div>{'' if side else meta}<div style='margin:8px 0 16px'>{by}</div><div "
               f"class='md'>{notes}</div>{assets}{reacts}</div>")
        if side:
            left = (f"<div style='width:180px;flex:none;text-align:right;line-height:30px'><div "
                    f"class='sub'>{_MONTHS[month]} {day}</div><div class='sub'>&#127991; <span "
                    f"style='{_MONO}font-size:12px'>{esc(tag)}</span></div><div class='sub'>"
                    f"&#11044; <span style='{_MONO}font-size:12px'>{sha}</span></div><span "
                    f"class='btn'>Compare &#9662;</span></div>")
            releases += f"<div style='display:flex;gap:24px;margin-bottom:24px'>{left}{box}</div>"
        else:
            releases += f"<div style='margin-bottom:24px'>{box}</div>"
        if patch:
            patch -= 1
        else:
            minor, patch = max(0, minor - 1), c.rng.randint(1, 6)
        day -= c.rng.randint(1, day - 1) if day > 1 else 0
    on = f"background:{p['link']};color:#fff;border-color:{p['link']}"
    seg = (f"<span style='display:inline-flex'><span class='btn' style='{on};border-radius:6px 0 "
           f"0 6px;font-size:14px;padding:5px 14px'>Releases</span><span class='btn' style='"
           f"border-radius:0 6px 6px 0;font-size:14px;padding:5px 14px'>Tags</span></span>")
    draft = ("<span class='btn' style='padding:5px 14px;font-size:14px'>Draft a new release"
             "</span>" if c.rng.random() < .4 else "")
    width = c.rng.choice([1012, 1100, 1280])
    body = (_gh_repo_head(c, p, owner, repo) + f"<div style='max-width:{width}px;margin:24px auto"
            f";padding:0 24px'><div style='display:flex;gap:8px;align-items:center;"
            f"margin-bottom:24px'>{seg}<span style='flex:1'></span>{draft}<span class='btn' "
            f"style='width:260px;padding:5px 12px;font-size:14px;font-weight:400;color:"
            f"{p['sub']};background:{p['bg']}'>&#128269; Find a release</span></div>{releases}"
            f"</div>")
    css = (_gh_css(p) + f".md{{line-height:1.5}}.md h2{{font-size:20px;border-bottom:1px solid "
           f"{p['line']};padding-bottom:6px;margin:20px 0 12px}}.md h3{{font-size:16px;margin:16px"
           f" 0 8px}}.md ul{{padding-left:2em;margin:0 0 12px}}.md li{{margin:3px 0}}.md p{{"
           f"margin:0 0 12px}}")
    return Page("github.com", f"/{owner}/{repo}/releases", f"Releases · {owner}/{repo}", body,
                css, "#24292f")


def github_commits(c: Ctx) -> Page:
    """A branch's commit history: commits grouped by day, with SHAs, badges and pagination."""
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    green = ("#3fb950", "#238636") if c.dark else ("#1a7f37", "#1f883d")
    branch = c.rng.choice(["main", "main", "master", "dev", f"release/{c.rng.randint(1, 9)}."
                           f"{c.rng.randint(0, 30)}", f"feat/{c.text.word()}"])
    people = [(c.text.handle(), c.img("avatar", 40, 40)) for _ in range(c.rng.randint(1, 6))]
    month, day, year = c.rng.randrange(12), c.rng.randint(3, 28), c.rng.randint(2021, 2025)
    old = c.rng.random() < .4  # the older look: timeline dots and flat boxes, no toolbar
    icon = (f"<svg width=16 height=16 viewBox='0 0 16 16' fill='none' stroke='{p['sub']}' "
            f"stroke-width=1.5><circle cx=8 cy=8 r=3 /><path d='M8 0v5M8 11v5'/></svg>")
    groups, left, today = "", c.rng.randint(10, 18), day
    while left > 0 and day > 0:
        n = min(left, c.rng.choice([1, 2, 3, 4, 6]))
        left -= n
        rows = ""
        for _ in range(n):
            who, pic = c.rng.choice(people)
            msg = esc(c.text.sentence(3, 9))[:-1]
            if c.rng.random() < .4:
                msg = f"{c.rng.choice(['fix', 'feat', 'chore', 'docs', 'refactor', 'test'])}: " \
                      f"{msg[0].lower()}{msg[1:]}"
            pr = f" (<a>#{c.rng.randint(10, 9000)}</a>)" if c.rng.random() < .5 else ""
            more = (f" <span style='background:{p['line']};border-radius:4px;padding:0 5px;"
                    f"font-size:11px'>&middot;&middot;&middot;</span>" if c.rng.random() < .3
                    else "")
            when = (f"{c.rng.randint(1, 23)} hours ago" if day == today else
                    f"{today - day} day{'s' if today - day > 1 else ''} ago"
                    if today - day < 7 and c.rng.random() < .6 else f"on {_MONTHS[month]} {day}")
            co = ""
            if c.rng.random() < .2:
                who2, pic2 = c.text.handle(), c.img("avatar", 40, 40)
                co = (f"<img src='{pic2}' width=20 height=20 style='border-radius:50%;margin-left:"
                      f"-6px;vertical-align:middle;border:1px solid {p['bg']}'>")
                act = f"<b>{esc(who)}</b> and <b>{esc(who2)}</b> committed"
            else:
                act = f"<b>{esc(who)}</b> {c.rng.choice(['committed', 'committed', 'authored'])}"
            check = c.rng.choice(["", "", "<span style='color:#1a7f37'>&#10003;</span>",
                                  "<span style='color:#d1242f'>&#10007;</span>",
                                  f"<span style='color:#1a7f37'>&#10003;</span> "
                                  f"{c.rng.randint(1, 9)} / {c.rng.randint(9, 12)}"])
            ver = (f"<span style='border:1px solid {green[1]};color:{green[0]};border-radius:"
                   f"12px;padding:0 7px;font-size:12px;font-weight:500'>Verified</span>"
                   if c.rng.random() < .45 else "")
            sha = f"{c.rng.randrange(16**7):07x}"
            tools = (f"<span style='display:inline-flex;border:1px solid {p['line']};border-radius:"
                     f"6px;overflow:hidden;font-size:12px'><span style='padding:3px 10px;{_MONO}"
                     f"color:{p['link'] if old else p['fg']}'>{sha}</span><span class='sub' "
                     f"style='padding:3px 8px;border-left:1px solid {p['line']}'>&#10697;</span>"
                     f"</span><span class='sub' style='border:1px solid {p['line']};"
                     f"border-radius:6px;padding:3px 8px;font-size:12px'>&lt;&gt;</span>")
            rows += (f"<div style='display:flex;align-items:center;gap:12px;padding:8px 16px;"
                     f"border-top:1px solid {p['line']}'><div style='flex:1;min-width:0'><div "
                     f"style='font-weight:600;font-size:{15 if old else 14}px'>{msg}{pr}{more}"
                     f"</div><div class='sub' style='font-size:12px;margin-top:4px;display:flex;"
                     f"align-items:center;gap:6px'><span><img src='{pic}' width=20 height=20 "
                     f"style='border-radius:50%;vertical-align:middle'>{co}</span><span>{act} "
                     f"{when}</span>{check}</div></div>{ver}{tools}</div>")
        head = f"Commits on {_MONTHS[month]} {day}, {year}"
        groups += (f"<div style='display:flex;gap:8px;align-items:center;margin:16px 0 8px"
                   f"'>{icon}<span class='sub'>{head}</span></div><div class='box' "
                   f"style='overflow:hidden;margin-left:{22 if old else 0}px'>"
                   f"<div style='margin-top:-1px'>{rows}</div></div>")
        day -= c.rng.randint(1, 3)
    pager = (f"<div style='text-align:center;margin:24px 0'><span style='display:inline-flex'>"
             f"<span class='btn' style='border-radius:6px 0 0 6px;font-size:14px;padding:5px "
             f"14px;color:{p['sub']}'>Newer</span><span class='btn' style='border-radius:0 6px 6px"
             f" 0;font-size:14px;padding:5px 14px;color:{p['link']}'>Older</span></span></div>")
    tool = (f"<span class='btn' style='padding:5px 12px;font-size:14px'>&#5833; <b>"
            f"{esc(branch)}</b> &#9662;</span><span style='flex:1'></span>")
    if not old:
        tool += ("<span class='btn' style='padding:5px 12px;font-size:14px'>&#128100; All users "
                 "&#9662;</span><span class='btn' style='padding:5px 12px;font-size:14px'>"
                 "&#128197; All time &#9662;</span>")
    body = (_gh_repo_head(c, p, owner, repo) + f"<div style='max-width:"
            f"{c.rng.choice([1012, 1280])}px;margin:24px auto;padding:0 24px'><h2 style='margin:"
            f"0 0 16px;font-weight:{400 if old else 600}'>Commits</h2><div style='display:flex;"
            f"gap:8px;align-items:center'>{tool}</div>{groups}{pager}</div>")
    return Page("github.com", f"/{owner}/{repo}/commits/{branch}",
                f"Commits · {owner}/{repo}", body, _gh_css(p), "#24292f")


def github_pull_diff(c: Ctx) -> Page:
    """A pull request's files-changed diff: kept out of training (unseen layouts)."""
    p = _gh_palette(c)
    owner, repo = owner_repo(c)
    path = c.rng.choice(source_files(c.text.held_out))
    lines = read_lines(path, c.rng, 40) or ["pass"]
    add, rem = ("#1a4721", "#5a1e1e") if c.dark else ("#dafbe1", "#ffebe9")
    rows = ""
    for i, line in enumerate(lines):
        kind = c.rng.random()
        bg, mark = (add, "+") if kind < .2 else (rem, "-") if kind < .3 else ("transparent", " ")
        rows += (f"<tr style='background:{bg}'><td class='sub' style='width:40px;text-align:"
                 f"right;padding:0 8px'><pre>{i + 20}</pre></td><td><pre>{mark} {esc(line)}</pre>"
                 f"</td></tr>")
    body = (_gh_header(c, p, owner, repo, 2) + f"<div style='padding:16px 24px'><h1 "
            f"style='font-weight:400;margin:0'>{esc(c.text.sentence(4, 8))[:-1]} <span "
            f"class='sub'>#{c.rng.randint(10, 9000)}</span></h1><p><span style='background:"
            f"#1f883d;color:#fff;border-radius:16px;padding:4px 10px'>&#8633; Open</span> "
            f"<b>{c.text.handle()}</b> wants to merge {c.rng.randint(1, 9)} commits</p><div "
            f"class='tabs' style='border-bottom:1px solid {p['line']}'><span>Conversation</span>"
            f"<span>Commits</span><span>Checks</span><span class='on'>Files changed</span></div>"
            f"<div class='box' style='margin-top:16px'><div style='background:{p['box']};"
            f"padding:8px 16px'><b>{esc(path.lstrip('/'))}</b></div><table style='width:100%;"
            f"border-collapse:collapse'>{rows}</table></div></div>")
    return Page("github.com", f"/{owner}/{repo}/pull/{c.rng.randint(10, 900)}/files",
                f"{repo} pull request · {owner}/{repo}", body, _gh_css(p), "#24292f")


_KG_CSS = ("body{margin:0;background:#fff;color:#202124;font-family:Inter,'Liberation Sans',"
           "Arial,sans-serif;font-size:14px}.side{position:fixed;left:0;top:0;bottom:0;"
           "width:240px;padding:16px 8px}.side div{padding:10px 16px;border-radius:0 20px 20px 0;"
           "font-size:14px}.side .on{background:#e8f0fe;font-weight:600}.logo{font:700 30px "
           "Arial;color:#20beff;padding:4px 16px 20px!important}.main{margin-left:256px;"
           "padding:16px 32px}.sb{border:1px solid #dadce0;border-radius:24px;padding:10px 16px;"
           "color:#5f6368;width:50%}.sub{color:#5f6368}.tabs{display:flex;gap:24px;"
           "border-bottom:1px solid #dadce0;margin:16px 0}.tabs span{padding:12px 0}"
           ".tabs .on{border-bottom:3px solid #202124;font-weight:600}.pill{border:1px solid "
           "#dadce0;border-radius:20px;padding:6px 14px;display:inline-block;margin:4px}")


def _kg_side(active: int) -> str:
    items = ["&#43; Create", "&#8962; Home", "&#127942; Competitions", "&#128202; Datasets",
             "&#129504; Models", "&#60;&#62; Code", "&#128172; Discussions", "&#127891; Learn",
             "&#8943; More"]
    return ("<div class='side'><div class='logo'>kaggle</div>" + "".join(
        f"<div class='{'on' if i == active else ''}'>{t}</div>" for i, t in enumerate(items))
        + "</div>")


def kaggle_competition(c: Ctx) -> Page:
    title = c.text.title()
    board = "".join(f"<tr><td>{i}</td><td><img src='{c.img('avatar', 40, 40)}' width=24 "
                    f"style='border-radius:50%;vertical-align:middle'> {esc(c.text.name())}</td>"
                    f"<td>{c.rng.uniform(.7, .99):.5f}</td><td>{c.rng.randint(1, 300)}</td><td>"
                    f"{c.text.ago()}</td></tr>" for i in range(1, 9))
    body = (_kg_side(2) + f"<div class='main'><div class='sb'>&#128269; Search</div><div "
            f"style='display:flex;gap:24px;margin-top:24px'><div style='flex:1'><div "
            f"class='sub'>Featured Prediction Competition &middot; {c.rng.randint(1, 90)} days "
            f"to go</div><h1 style='font-size:32px;margin:8px 0'>{esc(title)}</h1><div "
            f"class='sub'>{esc(c.text.sentence(6, 12))}</div></div><img src='"
            f"{c.img('photo', 280, 160)}' style='border-radius:8px'></div><div class='tabs'>"
            f"<span class='on'>Overview</span><span>Data</span><span>Code</span><span>Models"
            f"</span><span>Discussion</span><span>Leaderboard</span><span>Rules</span></div>"
            f"<h2>Overview</h2><p style='line-height:22px'>{esc(c.text.paragraph(3, 5))}</p>"
            f"<h3>Leaderboard</h3><table style='width:70%;border-collapse:collapse' "
            f"cellpadding=8><tr class='sub'><td>#</td><td>Team</td><td>Score</td><td>Entries</td>"
            f"<td>Last</td></tr>{board}</table></div>")
    return Page("www.kaggle.com", f"/competitions/{'-'.join(title.lower().split()[:3])}",
                f"{title} | Kaggle", body, _KG_CSS, "#20beff")


def kaggle_code(c: Ctx) -> Page:
    cards = "".join(
        f"<div style='display:flex;gap:16px;padding:16px 0;border-bottom:1px solid #dadce0'>"
        f"<img src='{c.img('avatar', 80, 80)}' width=40 height=40 style='border-radius:50%'><div "
        f"style='flex:1'><b style='font-size:16px'>{esc(c.text.title())}</b><div class='sub'>"
        f"{esc(c.text.name())} &middot; Updated {c.text.ago()} &middot; Notebook &middot; "
        f"Python &middot; {c.rng.randint(1, 900)} comments</div><div><span class='pill'>"
        f"{esc(c.text.word())}</span><span class='pill'>GPU</span></div></div><div "
        f"style='text-align:center'><b>&#9650; {c.rng.randint(1, 3000)}</b><div class='sub'>"
        f"{c.rng.choice(['Gold', 'Silver', 'Bronze', ''])}</div></div></div>" for _ in range(7))
    body = (_kg_side(5) + f"<div class='main'><div class='sb'>&#128269; Search</div><h1 "
            f"style='font-size:32px'>Code</h1><p class='sub'>Explore and run machine learning code "
            f"with Kaggle Notebooks.</p><div><span class='pill' style='background:#202124;color:"
            f"#fff'>&#43; New Notebook</span><span class='pill'>Your Work</span><span "
            f"class='pill'>Shared With You</span><span class='pill'>Bookmarks</span></div><div "
            f"class='tabs'><span class='on'>All</span><span>Hotness</span><span>Most Votes</span>"
            f"<span>Recently Run</span></div>{cards}</div>")
    return Page("www.kaggle.com", "/code", "Code | Kaggle", body, _KG_CSS, "#20beff")


_KG_DARK = ("body{background:#202124;color:#e8eaed}.side .on{background:#3c4043}.sub{color:"
            "#9aa0a6}.tabs,.sb,.pill{border-color:#5f6368!important}.tabs .on{border-color:"
            "#e8eaed}.ln{border-color:#3c4043!important}.mb{border-color:#202124!important}")
# Kaggle progression tiers and the colour of the ring around the avatar
_KG_TIERS = [("Novice", "#5ac995"), ("Contributor", "#00bbff"), ("Expert", "#95628f"),
             ("Master", "#f96517"), ("Grandmaster", "#dca917")]
_KG_MEDALS = {"gold": "#d6b34b", "silver": "#b8c1c7", "bronze": "#c9884e"}


def _kg_css(c: Ctx) -> str:
    return _KG_CSS + (_KG_DARK if c.dark else "")


def _kg_avatar(c: Ctx, size: int) -> str:
    """An avatar with the tier ring Kaggle draws around it."""
    _, ring = c.rng.choice(_KG_TIERS)
    return (f"<img src='{c.img('avatar', size * 2, size * 2)}' width={size} height={size} "
            f"style='border-radius:50%;border:2px solid {ring};padding:1px;flex:none;"
            f"vertical-align:middle'>")


def _kg_medal(c: Ctx) -> str:
    medal = c.rng.choice(list(_KG_MEDALS) + ["", ""])
    if not medal:
        return ""
    return (f"<span style='display:inline-block;width:10px;height:10px;border-radius:50%;"
            f"background:{_KG_MEDALS[medal]};margin-left:6px'></span>")


def _kg_votes(c: Ctx, n: int) -> str:
    return (f"<span class='pill' style='padding:2px 10px;white-space:nowrap;align-self:"
            f"flex-start'>&#9650; <b>{n}</b></span>")


def kaggle_discussion(c: Ctx) -> Page:
    where = c.rng.choice(["General", "Getting Started", "Questions &amp; Answers",
                          "Product Feedback", c.text.title()])
    tier, ring = c.rng.choice(_KG_TIERS)
    comments = ""
    for _ in range(c.rng.randint(2, 5)):
        replies = ""
        for _ in range(c.rng.choice([0, 0, 1, 2])):
            replies += (f"<div class='ln' style='display:flex;gap:12px;margin-top:16px;"
                        f"padding-left:16px;border-left:2px solid #dadce0'>{_kg_avatar(c, 32)}"
                        f"<div style='flex:1'>"
                        f"<b>{esc(c.text.name())}</b>{_kg_medal(c)} <span class='sub'>&middot; "
                        f"Posted {c.text.ago()}</span><p style='margin:6px 0'>"
                        f"{esc(c.text.sentence(6, 20))}</p><span class='sub'>Reply</span></div>"
                        f"{_kg_votes(c, c.rng.randint(0, 40))}</div>")
        comments += (f"<div class='ln' style='display:flex;gap:12px;padding:20px 0;border-top:"
                     f"1px solid "
                     f"#dadce0'>{_kg_avatar(c, 40)}<div style='flex:1'><b>{esc(c.text.name())}"
                     f"</b>{_kg_medal(c)} <span class='sub'>&middot; Posted {c.text.ago()}</span>"
                     f"<p style='margin:6px 0;line-height:22px'>{esc(c.text.paragraph(1, 3))}</p>"
                     f"<span class='sub'>&#8617; Reply</span>{replies}</div>"
                     f"{_kg_votes(c, c.rng.randint(0, 120))}</div>")
    title = c.text.title()
    tags = "".join(f"<span class='pill'>{esc(c.text.word())}</span>"
                   for _ in range(c.rng.randint(0, 3)))
    body = (_kg_side(6) + f"<div class='main'><div class='sb'>&#128269; Search</div><div "
            f"class='sub' style='margin-top:24px'>Discussions &rsaquo; {where}</div><div "
            f"style='display:flex;gap:24px;margin-top:12px;max-width:1000px'><div style='flex:1'>"
            f"<h1 style='font-size:28px;margin:0 0 16px'>{esc(title)}</h1><div style='display:"
            f"flex;gap:12px;align-items:center'><img src='{c.img('avatar', 96, 96)}' width=48 "
            f"height=48 style='border-radius:50%;border:3px solid {ring};padding:1px'><div><b>"
            f"{esc(c.text.name())}</b> <span style='color:{ring};font-size:12px;font-weight:"
            f"600'>&#9679; {tier}</span>{_kg_medal(c)}<div class='sub'>Posted {c.text.ago()} "
            f"in {where}</div></div></div><div style='line-height:24px;margin:16px 0'><p>"
            f"{esc(c.text.paragraph(2, 5))}</p><p>{esc(c.text.paragraph(1, 4))}</p></div>"
            f"{tags}</div><div style='text-align:center'><div class='pill' style='padding:"
            f"10px 16px'>&#9650;<br><b style='font-size:18px'>{c.rng.randint(2, 900)}</b></div>"
            f"<div class='sub' style='margin-top:8px'>&#128278; Bookmark</div></div></div><div "
            f"style='max-width:1000px;margin-top:24px'><div style='display:flex;align-items:"
            f"center;margin-bottom:8px'><h3 style='margin:0'>{c.rng.randint(3, 80)} Comments"
            f"</h3><span class='sub' style='margin-left:auto'>Sort by: Hotness &#9662;</span>"
            f"</div><div class='sb' style='width:auto;border-radius:8px;margin-bottom:16px'>"
            f"Add a comment...</div>{comments}</div></div>")
    return Page("www.kaggle.com", f"/discussions/general/{c.rng.randint(100000, 600000)}",
                f"{title} | Kaggle", body, _kg_css(c), "#20beff")


def kaggle_leaderboard(c: Ctx) -> Page:
    title = c.text.title()
    tints = (["#3d3620", "#33363a", "#3a2e24"] if c.dark else ["#fdf4d7", "#eef1f3", "#f8e9dc"])
    gold = c.rng.randint(2, 5)  # last rank of each medal zone
    zones = [gold, gold + c.rng.randint(2, 5), gold + c.rng.randint(7, 12)]
    high = c.rng.random() < .7  # accuracy-like (higher is better) or an error (lower)
    score = c.rng.uniform(.85, .99) if high else c.rng.uniform(.05, .3)
    start = c.rng.choice([1, 1, 1, c.rng.randint(2, 400)])
    rows = ""
    for rank in range(start, start + c.rng.randint(12, 16)):
        zone = next((i for i, z in enumerate(zones) if rank <= z), -1)
        tint = tints[zone] if zone >= 0 else "transparent"
        medal = (f"<span style='display:inline-block;width:12px;height:12px;border-radius:50%;"
                 f"background:{list(_KG_MEDALS.values())[zone]};margin-right:8px'></span>"
                 if zone >= 0 else "<span style='display:inline-block;width:20px'></span>")
        move = c.rng.choice(["", "", f"&#9650; {c.rng.randint(1, 30)}",
                             f"&#9660; {c.rng.randint(1, 30)}"])
        col = "#1e8e3e" if "9650" in move else "#d93025"
        members = "".join(f"<img src='{c.img('avatar', 48, 48)}' width=24 height=24 "
                          f"class='mb' style='border-radius:50%;border:2px solid #fff;"
                          f"margin-left:-6px'>"
                          for _ in range(c.rng.choice([1, 1, 2, 3, 5])))
        team = (c.text.name() if c.rng.random() < .5 else
                f"{c.text.pick(c.text.adjs).capitalize()} {c.text.word()}s")
        rows += (f"<tr class='ln' style='background:{tint};border-bottom:1px solid #dadce0'><td>"
                 f"{medal}<b>{rank}</b></td><td style='color:{col};font-size:12px'>{move}</td>"
                 f"<td>{esc(team)}</td><td style='padding-left:14px'>{members}</td><td>"
                 f"{score:.5f}</td><td>{c.rng.randint(1, 300)}</td><td class='sub'>"
                 f"{c.rng.randint(1, 30)}d</td></tr>")
        score += c.rng.uniform(0, .002) * (-1 if high else 1)
    tabs = "".join(f"<span class='{'on' if t == 'Leaderboard' else ''}'>{t}</span>" for t in
                   "Overview Data Code Models Discussion Leaderboard Rules".split())
    private = c.rng.random() < .4
    on = "background:#e8f0fe;color:#1a73e8"
    head = "".join(f"<th style='text-align:left;font-weight:500' class='sub'>{h}</th>"
                   for h in ("#", "&Delta;", "Team", "Members", "Score", "Entries", "Last"))
    body = (_kg_side(2) + f"<div class='main'><div class='sb'>&#128269; Search</div><img src='"
            f"{c.img('photo', 1100, 160)}' style='width:100%;height:140px;object-fit:cover;"
            f"border-radius:8px;margin-top:16px'><div style='display:flex;align-items:flex-end;"
            f"margin-top:16px'><div style='flex:1'><div class='sub'>"
            f"{c.rng.choice(['Featured', 'Research', 'Playground'])} Prediction Competition "
            f"&middot; ${c.rng.choice([10, 25, 50, 100])},000 &middot; "
            f"{c.rng.randint(200, 5000):,} Teams</div><h1 style='font-size:30px;margin:6px 0'>"
            f"{esc(title)}</h1><div class='sub'>{esc(c.text.sentence(5, 10))}</div></div><span "
            f"class='pill' style='background:#202124;color:#fff'>"
            f"{'Late Submission' if private else 'Submit Prediction'}</span></div><div "
            f"class='tabs'>{tabs}</div><div style='display:flex;gap:8px;align-items:center'><span"
            f" class='pill' style='{'' if private else on}'>Public</span><span class='pill' "
            f"style='{on if private else ''}'>Private</span><span class='sub' style='margin-left:"
            f"12px'>This leaderboard is calculated with approximately "
            f"{c.rng.choice([20, 25, 30, 50])}% of the test data.</span><span class='sb' "
            f"style='width:220px;margin-left:auto'>"
            f"&#128269; Search leaderboard</span></div><table cellpadding=10 style='width:100%;"
            f"border-collapse:collapse;margin-top:16px'><tr class='ln' style='border-bottom:"
            f"1px solid #dadce0'>{head}</tr>{rows}</table></div>")
    slug = "-".join(title.lower().split()[:3])
    return Page("www.kaggle.com", f"/competitions/{slug}/leaderboard", f"{title} | Kaggle",
                body, _kg_css(c), "#20beff")


def kaggle_dataset(c: Ctx) -> Page:
    """A dataset page with a data preview table: kept out of training (unseen layouts)."""
    cols = [c.text.word() for _ in range(6)]
    head = "".join(f"<th style='text-align:left;border-bottom:1px solid #dadce0'>{esc(h)}</th>"
                   for h in cols)
    rows = "".join("<tr>" + "".join(
        f"<td>{c.rng.uniform(0, 999):.2f}</td>" if j % 2 else f"<td>{esc(c.text.word())}</td>"
        for j in range(6)) + "</tr>" for _ in range(12))
    body = (_kg_side(3) + f"<div class='main'><div class='sb'>&#128269; Search</div><div "
            f"style='display:flex;gap:24px;margin-top:24px'><div style='flex:1'><div "
            f"class='sub'>{esc(c.text.name())} &middot; Updated {c.text.ago()}</div><h1>"
            f"{esc(c.text.title())}</h1><div class='sub'>{esc(c.text.sentence())}</div></div>"
            f"<span class='pill' style='height:20px'>&#9650; {c.rng.randint(5, 900)}</span>"
            f"<span class='pill' style='height:20px;background:#202124;color:#fff'>Download"
            f"</span></div><div class='tabs'><span class='on'>Data Card</span><span>Code "
            f"({c.rng.randint(1, 200)})</span><span>Discussion</span><span>Suggestions</span>"
            f"</div><h3>About Dataset</h3><p>{esc(c.text.paragraph(2, 3))}</p><h3>"
            f"{esc(c.text.word())}.csv <span class='sub'>({c.rng.randint(1, 900)} MB)</span></h3>"
            f"<table cellpadding=6 style='border-collapse:collapse'><tr>{head}</tr>{rows}</table>"
            f"</div>")
    return Page("www.kaggle.com", f"/datasets/{c.text.handle()}/{c.text.word()}",
                "Dataset | Kaggle", body, _KG_CSS, "#20beff")


# shared by the listing pages: the black pill button (white in dark mode), cards, progress bars
_KG_LIST = (".blk{background:#202124;color:#fff;border-color:#202124}.card{border:1px solid "
            "#dadce0;border-radius:16px;overflow:hidden;display:flex;flex-direction:column}"
            ".bar{height:6px;border-radius:3px;background:#e8eaed;overflow:hidden}.bar i{display:"
            "block;height:100%;background:#20beff;border-radius:3px}.chip.on{background:#202124;"
            "color:#fff;border-color:#202124}")
_KG_LIST_DARK = (".blk,.chip.on{background:#e8eaed;color:#202124;border-color:#e8eaed}.card{"
                 "border-color:#3c4043}.bar{background:#3c4043}")


def _kg_list_css(c: Ctx) -> str:
    return _kg_css(c) + _KG_LIST + (_KG_LIST_DARK if c.dark else "")


def _kg_top(c: Ctx, hint: str) -> str:
    """The search field across the top of the page and the account avatar on the right."""
    return (f"<div style='display:flex;align-items:center;gap:16px'><div class='sb' "
            f"style='flex:1;max-width:720px'>&#128269; {hint}</div><img src='"
            f"{c.img('avatar', 64, 64)}' width=32 height=32 style='border-radius:50%;"
            f"margin-left:auto'></div>")


def _kg_art(c: Ctx, w: int, h: int) -> str:
    """A flat illustration in Kaggle's palette (blobs, a chart and a dot grid) as inline SVG."""
    back = c.rng.choice(["#e8f7ff", "#fff4e0", "#f3e8fd", "#e6f4ea", "#fde7e9"])
    if c.dark:
        back = c.rng.choice(["#17303d", "#3a2f1a", "#2e2440", "#1e3326"])
    inks = ["#20beff", "#fbbc04", "#f06595", "#34a853", "#7c4dff", "#ff7043", "#0b8043"]
    shapes = ""
    for _ in range(c.rng.randint(3, 5)):
        r = c.rng.randint(h // 8, h // 3)
        shapes += (f"<circle cx={c.rng.randint(0, w)} cy={c.rng.randint(0, h)} r={r} "
                   f"fill='{c.rng.choice(inks)}' opacity='{c.rng.choice([.35, .6, .9])}'/>")
    x0, base, n = w * .3, h * .8, c.rng.randint(4, 7)
    pts = [(x0 + i * w * .08, base - c.rng.uniform(h * .15, h * .6)) for i in range(n)]
    motif = c.rng.choice(["bars", "line", "dots"])
    if motif == "bars":
        shapes += "".join(f"<rect x={x:.0f} y={y:.0f} width={w * .05:.0f} "
                          f"height={base - y:.0f} rx=3 fill='{c.rng.choice(inks)}'/>"
                          for x, y in pts)
    elif motif == "line":
        line = " ".join(f"{x:.0f},{y:.0f}" for x, y in pts)
        shapes += (f"<polyline points='{line}' fill='none' stroke='{c.rng.choice(inks)}' "
                   f"stroke-width=4 stroke-linejoin='round'/>" + "".join(
                       f"<circle cx={x:.0f} cy={y:.0f} r=5 fill='#fff' stroke='#202124' "
                       f"stroke-width='2'/>" for x, y in pts))
    else:
        shapes += "".join(f"<circle cx={x0 + c.rng.uniform(0, w * .5):.0f} cy={y:.0f} "
                          f"r={c.rng.randint(4, 9)} fill='{c.rng.choice(inks)}'/>"
                          for _, y in pts + pts)
    shapes += "".join(f"<circle cx={w * .08 + i % 4 * 10:.0f} cy={h * .15 + i // 4 * 10:.0f} "
                      f"r=2 fill='#5f6368' opacity='.5'/>" for i in range(12))
    return (f"<svg width='100%' height={h} viewBox='0 0 {w} {h}' preserveAspectRatio="
            f"'xMidYMid slice' style='display:block;background:{back}'>{shapes}</svg>")


def _kg_dataset_card(c: Ctx) -> str:
    files = c.rng.randint(1, 40)
    kind = c.rng.choice(["CSV", "CSV", "JSON", "SQLite", "other", "Parquet"])
    size = c.rng.choice([f"{c.rng.randint(2, 999)} kB", f"{c.rng.randint(1, 999)} MB",
                         f"{c.rng.uniform(1, 90):.0f} GB"])
    usab = c.rng.choice([10.0, 10.0, round(c.rng.uniform(5, 10), 2)])
    return (f"<div class='card'><div style='position:relative'><img src='"
            f"{c.img('photo', 320, 130)}' style='width:100%;height:110px;object-fit:cover;"
            f"display:block'><div style='position:absolute;left:12px;bottom:-18px'>"
            f"{_kg_avatar(c, 32)}</div></div><div style='padding:24px 16px 12px;flex:1;"
            f"display:flex;flex-direction:column;gap:6px'><b style='font-size:16px;"
            f"line-height:20px'>{esc(c.text.title())}</b><div class='sub' style='font-size:"
            f"12px'>{esc(c.text.name())} &middot; Updated {c.text.ago()}</div><div class='sub' "
            f"style='font-size:12px'>Usability {usab:.1f} &middot; {files} File"
            f"{'s' if files > 1 else ''} ({kind}) &middot; {size}</div><div style='display:"
            f"flex;align-items:center;margin-top:auto'>{_kg_votes(c, c.rng.randint(3, 4000))}"
            f"{_kg_medal(c)}<span class='sub' style='margin-left:auto;font-size:18px'>&#8942;"
            f"</span></div></div></div>")


def kaggle_datasets(c: Ctx) -> Page:
    """The Datasets listing: search, filter chips and rows of dataset cards with covers."""
    chips = ["All datasets", "Computer Science", "Education", "Classification",
             "Computer Vision", "NLP", "Data Visualization", "Pre-Trained Model"]
    chips[3:3] = [c.text.word().capitalize() for _ in range(c.rng.randint(0, 2))]
    on = c.rng.choice([0, 0, 0, c.rng.randrange(len(chips))])
    chipbar = "".join(f"<span class='pill chip{' on' if i == on else ''}'>{esc(t)}</span>"
                      for i, t in enumerate(chips))
    sections = ""
    heads = c.rng.sample(["Trending Datasets", "Popular Datasets", "Recently Viewed Datasets",
                          "New Datasets", f"{c.text.word().capitalize()} Datasets"], 2)
    for head in heads:
        cards = "".join(_kg_dataset_card(c) for _ in range(4))
        sections += (f"<div style='display:flex;align-items:center;margin:28px 0 12px'><h2 "
                     f"style='font-size:20px;margin:0'>{esc(head)}</h2><span style='margin-left:"
                     f"auto;font-weight:600'>See All</span></div><div style='display:grid;"
                     f"grid-template-columns:repeat(4,1fr);gap:16px'>{cards}</div>")
    body = (_kg_side(3) + f"<div class='main'>{_kg_top(c, 'Search')}<div style='display:flex;"
            f"align-items:center;gap:24px;margin-top:24px'><div style='flex:1'><h1 "
            f"style='font-size:36px;margin:0 0 8px'>Datasets</h1><div class='sub' "
            f"style='font-size:16px;max-width:560px;line-height:24px'>Explore, analyze, and "
            f"share quality data. <u>Learn more</u> about data types, creating, and "
            f"collaborating.</div><div style='margin-top:16px'><span class='pill blk'>&#43; "
            f"New Dataset</span><span class='pill'>Your Work</span></div></div><div "
            f"style='width:260px;border-radius:16px;overflow:hidden'>{_kg_art(c, 260, 140)}"
            f"</div></div><div style='display:flex;gap:12px;margin-top:24px'><div class='sb' "
            f"style='flex:1;width:auto'>&#128269; Search datasets</div><span class='pill' "
            f"style='margin:0;padding:10px 18px'>&#9776; Filters</span></div><div "
            f"style='margin-top:12px'>{chipbar}</div>{sections}</div>")
    return Page("www.kaggle.com", "/datasets", "Find Open Datasets and Machine Learning Projects "
                "| Kaggle", body, _kg_list_css(c), "#20beff")


def _kg_course(c: Ctx) -> tuple[str, str]:
    """A course name and its one-line pitch, built from the scene's words."""
    noun, adj = c.text.pick(c.text.nouns).capitalize(), c.text.pick(c.text.adjs).capitalize()
    name = c.rng.choice([f"Intro to {noun}", f"{adj} {noun}", f"{noun} Engineering",
                         f"Intermediate {noun}", f"{noun} Basics", f"{adj} {noun} Analysis",
                         f"Intro to {noun} Modeling"])
    return name, c.text.sentence(6, 12)


def kaggle_learn(c: Ctx) -> Page:
    """The Learn page: a continue-learning card and a grid of courses with progress bars."""
    cards = ""
    for _ in range(c.rng.choice([6, 8, 9, 12])):
        name, pitch = _kg_course(c)
        done = c.rng.choice([0, 0, 0, 100, c.rng.randint(5, 95)])
        state = ("<span style='color:#1e8e3e;font-weight:600'>&#10003; Completed</span>"
                 if done == 100 else f"{done}% complete" if done else "")
        bar = f"<div class='bar'><i style='width:{done}%'></i></div>" if done else ""
        cards += (f"<div class='card'>{_kg_art(c, 300, 120)}<div style='padding:16px;flex:1;"
                  f"display:flex;flex-direction:column;gap:8px'><b style='font-size:16px'>"
                  f"{esc(name)}</b><div class='sub' style='line-height:20px;flex:1'>"
                  f"{esc(pitch)}</div><div class='sub' style='font-size:12px'>&#9201; "
                  f"{c.rng.randint(2, 7)} hours &middot; {c.rng.randint(4, 9)} lessons</div>"
                  f"{bar}<div class='sub' style='font-size:12px;display:flex'>{state}<span "
                  f"style='margin-left:auto'>&#128278;</span></div></div></div>")
    name, _ = _kg_course(c)
    done = c.rng.randint(10, 90)
    lessons = c.rng.randint(5, 9)
    cols = c.rng.choice([3, 4])
    hero = (f"<div class='card' style='flex-direction:row;align-items:center;gap:24px;padding:"
            f"16px 24px;margin-top:24px'><div style='width:120px;border-radius:12px;overflow:"
            f"hidden'>{_kg_art(c, 120, 80)}</div><div style='flex:1'><div class='sub' "
            f"style='font-size:12px;font-weight:600'>CONTINUE LEARNING</div><b "
            f"style='font-size:18px'>{esc(name)}</b><div class='sub' style='margin:4px 0 8px'>"
            f"Lesson {max(1, lessons * done // 100)} of {lessons} &middot; "
            f"{esc(c.text.title())}</div><div class='bar' style='max-width:480px'><i "
            f"style='width:{done}%'></i></div></div><span class='pill blk'>Continue</span></div>")
    tabs = "".join(f"<span class='{'on' if i == 0 else ''}'>{t}</span>"
                   for i, t in enumerate(("Courses", "Guides", "Your Progress")))
    body = (_kg_side(7) + f"<div class='main'>{_kg_top(c, 'Search')}<div style='display:flex;"
            f"align-items:center;gap:24px;margin-top:24px'><div style='flex:1'><h1 "
            f"style='font-size:36px;margin:0 0 8px'>Learn</h1><div class='sub' "
            f"style='font-size:16px;line-height:24px'>Gain the skills you need to do "
            f"independent data science projects.</div></div><div style='width:240px;"
            f"border-radius:16px;overflow:hidden'>{_kg_art(c, 240, 120)}</div></div>"
            f"{hero if c.rng.random() < .7 else ''}<div class='tabs'>{tabs}</div><div "
            f"style='display:grid;grid-template-columns:repeat({cols},1fr);gap:16px'>{cards}"
            f"</div></div>")
    return Page("www.kaggle.com", "/learn", "Learn Python, Data Viz, Pandas & More | Tutorials "
                "| Kaggle", body, _kg_list_css(c), "#20beff")


def _kg_palette(c: Ctx) -> dict[str, str]:
    if c.dark:
        return {"fg": "#e8eaed", "sub": "#9aa0a6", "line": "#3c4043", "box": "#2d2e31",
                "link": "#8ab4f8", "bg": "#202124"}
    return {"fg": "#202124", "sub": "#5f6368", "line": "#dadce0", "box": "#f1f3f4",
            "link": "#1a73e8", "bg": "#ffffff"}


def _kg_tier_icon(col: str, size: int = 20) -> str:
    """A tier emblem: a coloured shield with a light stripe."""
    return (f"<svg width={size} height={size} viewBox='0 0 20 20' style='vertical-align:middle;"
            f"flex:none'><path d='M10 1l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V4z' fill='{col}'/><path "
            f"d='M6 9l3 3 5-6' stroke='#fff' stroke-width='2' fill='none'/></svg>")


def _kg_medals(gold: int, silver: int, bronze: int) -> str:
    return "".join(f"<span style='margin-right:12px;white-space:nowrap'><span style='display:"
                   f"inline-block;width:12px;height:12px;border-radius:50%;background:"
                   f"{_KG_MEDALS[m]};vertical-align:-1px'></span> {n}</span>"
                   for m, n in (("gold", gold), ("silver", silver), ("bronze", bronze)))


def kaggle_profile(c: Ctx) -> Page:
    """A user profile: avatar and bio, tier cards with medals, an activity grid, recent work."""
    k = _kg_palette(c)
    name, user = c.text.name(), c.text.handle()
    tiers = []
    for cat in ("Competitions", "Datasets", "Code", "Discussion"):
        t = c.rng.choices(range(5), [4, 3, 3, 2, 1])[0]
        n = 0 if t < 2 else c.rng.randint(1, 8 * t)
        medals = (c.rng.randint(0, n // 3), c.rng.randint(0, n // 2), n)
        tiers.append((cat, t, medals))
    best = max(t for _, t, _ in tiers)
    tier, ring = _KG_TIERS[best]
    cards = ""
    for cat, t, (g, s, b) in tiers:
        tn, col = _KG_TIERS[t]
        rank = (f"Current Rank <b style='color:{k['fg']}'>{c.rng.randint(10, 9000):,}</b> of "
                f"{c.rng.randint(20000, 300000):,}" if t >= 2 else
                "Unranked" if t == 0 else f"{c.rng.randint(1, 9)} of 2 Expert medals")
        high = (f"<div class='sub' style='font-size:12px'>Highest Rank "
                f"{c.rng.randint(5, 3000):,}</div>" if t >= 2 and c.rng.random() < .6 else "")
        cards += (f"<div class='card' style='padding:16px;gap:8px'><div style='display:flex;"
                  f"align-items:center;gap:8px'><b>{cat}</b><span style='margin-left:auto;"
                  f"color:{col};font-weight:600;font-size:13px'>{tn}</span>"
                  f"{_kg_tier_icon(col)}</div><div class='sub' style='font-size:13px'>{rank}"
                  f"</div>{high}<div style='font-size:13px;margin-top:4px'>"
                  f"{_kg_medals(g, s, b)}</div></div>")
    blues = (["#2d2e31", "#0d4a66", "#146c94", "#1a9ad6", "#5ccfff"] if c.dark else
             ["#f1f3f4", "#c6e9fb", "#7fd0f7", "#20beff", "#0a7fb5"])
    busy = c.rng.uniform(.05, .7)
    cells, total = "", 0
    for _ in range(53 * 7):
        lvl = 0 if c.rng.random() > busy else min(4, 1 + int(c.rng.expovariate(1.4)))
        total += lvl
        cells += f"<i style='background:{blues[lvl]}'></i>"
    months = "".join(f"<span style='width:{53 * 14 // 12}px'>{m}</span>" for m in _MONTHS)
    counts = "".join(f"<div><b style='font-size:20px'>{c.rng.randint(0, 90)}</b><div "
                     f"class='sub' style='font-size:12px'>{w}</div></div>"
                     for w in ("submissions", "notebooks", "datasets", "discussions"))
    heat = (f"<div class='card' style='padding:16px 20px;margin-top:24px'><div style='display:"
            f"flex;align-items:center'><b style='font-size:18px'>Activity</b><span class='sub' "
            f"style='margin-left:auto;font-size:12px'>{total} active days in the last year"
            f"</span></div><div style='display:flex;gap:24px;margin-top:12px'><div><div "
            f"class='sub' style='display:flex;font-size:11px'>{months}</div><div class='hm'>"
            f"{cells}</div></div><div style='display:grid;grid-template-columns:1fr 1fr;gap:"
            f"12px 24px;align-content:center'>{counts}</div></div></div>")
    items = ""
    for _ in range(c.rng.randint(3, 6)):
        nb = c.rng.random() < .6
        what = (f"Notebook &middot; {c.rng.randint(1, 200)} comments &middot; "
                f"{esc(c.text.title())}" if nb else
                f"Dataset &middot; Usability {c.rng.uniform(5, 10):.1f} &middot; "
                f"{c.rng.randint(1, 30)} Files (CSV) &middot; {c.rng.randint(1, 900)} MB")
        pic = (f"<div style='width:88px;height:56px;border-radius:8px;overflow:hidden;flex:none'>"
               f"{_kg_art(c, 88, 56)}</div>" if nb else
               f"<img src='{c.img('photo', 176, 112)}' width=88 height=56 style='border-radius:"
               f"8px;object-fit:cover;flex:none'>")
        items += (f"<div style='display:flex;gap:16px;align-items:center;padding:12px 0;"
                  f"border-top:1px solid {k['line']}'>{pic}<div style='flex:1;min-width:0'><b "
                  f"style='font-size:15px'>{esc(c.text.title())}</b><div class='sub' "
                  f"style='font-size:12px;margin-top:4px'>Updated {c.text.ago()} &middot; "
                  f"{what}</div></div><div style='width:110px;display:flex;align-items:"
                  f"center'>{_kg_votes(c, c.rng.randint(0, 900))}{_kg_medal(c)}</div></div>")
    tabs = [("Home", ""), ("Competitions", c.rng.randint(0, 90)),
            ("Datasets", c.rng.randint(0, 40)), ("Models", c.rng.randint(0, 5)),
            ("Code", c.rng.randint(0, 200)), ("Discussion", c.rng.randint(0, 900)),
            ("Followers", c.rng.randint(0, 3000))]
    on = c.rng.choice([0, 0, 0, 2, 4, 5])
    tabbar = "".join(f"<span class='{'on' if i == on else ''}'>{t}"
                     + (f" <span class='sub'>({n})</span>" if n != "" else "") + "</span>"
                     for i, (t, n) in enumerate(tabs))
    recent = (f"<div style='margin-top:24px'><div style='display:flex;align-items:center'><b "
              f"style='font-size:18px'>{'Recent work' if on == 0 else tabs[on][0]}</b><span "
              f"class='sub' style='margin-left:auto'>Sort by: "
              f"{c.rng.choice(['Most Votes', 'Recently Run', 'Hotness'])} &#9662;</span></div>"
              f"<div style='margin-top:12px'>{items}</div></div>")
    cols = c.rng.choice([2, 4, 4])
    grid = (f"<div style='display:grid;grid-template-columns:repeat({cols},1fr);gap:16px'>"
            f"{cards}</div>")
    content = grid + heat + recent if on == 0 else recent + (heat if c.rng.random() < .5 else "")
    cover = c.rng.random() < .5
    top = (f"<img src='{c.img('photo', 1200, 180)}' style='width:100%;height:150px;object-fit:"
           f"cover;display:block'>" if cover else
           f"<div style='height:96px'>{_kg_art(c, 1200, 96)}</div>")
    links = "".join(f"<span class='pill' style='margin:0 8px 0 0;padding:4px 10px;font-size:"
                    f"12px'>{t}</span>" for t in c.rng.sample(
                        ["GitHub", "LinkedIn", "Website", "Twitter"], c.rng.randint(0, 3)))
    bio = (f"<div style='margin-top:4px'>{esc(c.text.sentence(4, 10))[:-1]} at "
           f"{esc(c.text.word().capitalize())}</div>" if c.rng.random() < .7 else "")
    seen = c.rng.choice(["in the past day", "in the past hour", c.text.ago()])
    head = (f"<div class='card' style='margin-top:16px'>{top}<div style='display:flex;gap:24px;"
            f"padding:0 24px 20px;align-items:flex-end'><img src='{c.img('avatar', 256, 256)}' "
            f"width=128 height=128 style='border-radius:50%;border:4px solid {ring};padding:3px;"
            f"background:{k['bg']};margin-top:-48px;flex:none'><div style='flex:1;min-width:0'>"
            f"<h1 style='margin:0;font-size:28px'>{esc(name)}</h1>{bio}<div class='sub' "
            f"style='margin-top:6px'>&#128205; {esc(c.text.word().capitalize())}, "
            f"{esc(c.text.word().capitalize())} &middot; Joined {c.rng.randint(1, 12)} years ago "
            f"&middot; last seen {seen}"
            f"</div><div style='margin-top:10px'>{links}</div></div><div style='text-align:right'>"
            f"<div style='color:{ring};font-weight:600'>{_kg_tier_icon(ring, 24)} Kaggle {tier}"
            f"</div><div class='sub' style='margin:8px 0'><b style='color:{k['fg']}'>"
            f"{tabs[6][1]:,}</b> Followers &middot; <b style='color:{k['fg']}'>"
            f"{c.rng.randint(0, 300)}</b> Following</div><span class='pill blk'>Follow</span>"
            f"</div></div></div>")
    body = (_kg_side(-1) + f"<div class='main'>{_kg_top(c, 'Search')}<div style='max-width:"
            f"{c.rng.choice([1000, 1100, 1200])}px'>{head}<div class='tabs'>{tabbar}</div>"
            f"{content}</div></div>")
    css = (_kg_list_css(c) + f".hm{{display:grid;grid-template-rows:repeat(7,11px);"
           f"grid-auto-flow:column;grid-auto-columns:11px;gap:3px;margin-top:6px}}.hm i{{"
           f"border-radius:2px}}.card{{border-color:{k['line']}}}")
    return Page("www.kaggle.com", f"/{user}", f"{name} | Kaggle", body, css, "#20beff")


# framework marks: name, colour, letters on the little square
_KG_FW = [("TensorFlow", "#ff6f00", "TF"), ("PyTorch", "#ee4c2c", "Py"), ("JAX", "#5e97f6", "J"),
          ("Keras", "#d00000", "K"), ("Transformers", "#f5b800", "Tr"), ("TFLite", "#ff8f00", "TL"),
          ("GGUF", "#6b6b6b", "G"), ("ONNX", "#505050", "ON")]


def _kg_fw_icon(col: str, mark: str) -> str:
    return (f"<span style='display:inline-flex;align-items:center;justify-content:center;"
            f"width:18px;height:18px;border-radius:4px;background:{col};color:#fff;font-size:9px;"
            f"font-weight:700;margin-right:3px'>{mark}</span>")


def kaggle_models(c: Ctx) -> Page:
    """The Models listing: filter chips and model cards with publisher, variations, frameworks."""
    k = _kg_palette(c)
    chips = ["Task", "Data Type", "Framework", "License", "Size", "Publisher"]
    chipbar = "".join(f"<span class='pill chip'>{t} &#9662;</span>" for t in chips)
    quick = c.rng.sample([f for f, _, _ in _KG_FW[:5]], c.rng.randint(2, 5))
    sel = c.rng.choice([-1, -1, 0, 1])
    chipbar += "".join(f"<span class='pill chip{' on' if i == sel else ''}'>{esc(f)}</span>"
                       for i, f in enumerate(quick))
    tasks = ["Text Generation", "Image Classification", "Object Detection", "Text Embedding",
             "Image Segmentation", "Speech Recognition", "Translation", "Image Generation"]
    sizes = ["2b", "7b", "9b", "base", "large", "small", "tiny", "xl", "v2", "v3", "1.5"]
    listing = c.rng.random() < .35
    cards = ""
    for _ in range(c.rng.choice([6, 8, 9, 12]) if not listing else c.rng.randint(6, 9)):
        pub = c.text.word().capitalize() + c.rng.choice(["", "", " AI", " Labs", " Research"])
        model = c.text.word().lower() + c.rng.choice(["", "-", "-"]) + c.rng.choice(sizes)
        fws = c.rng.sample(_KG_FW, c.rng.choice([1, 1, 2, 3, 4]))
        icons = "".join(_kg_fw_icon(col, m) for _, col, m in fws)
        var = c.rng.choice([1, 2, 3, 4, 6, 8, 12, 24, 40])
        logo = (f"<img src='{c.img('avatar', 80, 80)}' width=40 height=40 style='border-radius:"
                f"8px;flex:none'>")
        use = f"{c.text.count()} usage" if c.rng.random() < .5 else f"{c.text.count()} downloads"
        stats = (f"<div class='sub' style='font-size:12px;line-height:22px'><div style='"
                 f"display:flex;align-items:center;gap:4px'>{icons}<span style='margin-left:4px'>"
                 f"{var} variation{'s' if var > 1 else ''}</span></div>{use} &middot; Updated "
                 f"{c.text.ago()}</div>")
        task = (f"<span class='pill' style='margin:0;padding:2px 10px;font-size:12px'>"
                f"{c.rng.choice(tasks)}</span>")
        if listing:
            cards += (f"<div style='display:flex;gap:16px;align-items:center;padding:14px 0;"
                      f"border-top:1px solid {k['line']}'>{logo}<div style='flex:1;min-width:0'>"
                      f"<b style='font-size:16px'>{esc(model)}</b> <span class='sub'>&middot; "
                      f"{esc(pub)}</span><div style='margin-top:6px'>{stats}</div></div>{task}"
                      f"{_kg_votes(c, c.rng.randint(1, 2000))}</div>")
        else:
            desc = (f"<div class='sub' style='font-size:13px;line-height:18px'>"
                    f"{esc(c.text.sentence(6, 14))}</div>" if c.rng.random() < .6 else "")
            cards += (f"<div class='card' style='padding:16px;gap:10px'><div style='display:flex;"
                      f"gap:12px;align-items:center'>{logo}<div style='min-width:0'><b "
                      f"style='font-size:16px'>{esc(model)}</b><div class='sub' style='font-size:"
                      f"12px'>{esc(pub)}</div></div><span class='sub' style='margin-left:auto;"
                      f"font-size:18px'>&#8942;</span></div>{desc}<div>{task}</div>{stats}"
                      f"<div style='margin-top:auto;display:flex;align-items:center'>"
                      f"{_kg_votes(c, c.rng.randint(1, 2000))}</div></div>")
    cols = c.rng.choice([3, 3, 4])
    found = f"{c.rng.randint(400, 9000):,} Models"
    head = c.rng.choice(["Trending Models", "Popular Models", found, "Recently Updated"])
    toggle = (f"<span style='display:inline-flex;border:1px solid {k['line']};border-radius:8px;"
              f"overflow:hidden'><span style='padding:4px 10px;{'' if listing else 'background:'}"
              f"{'' if listing else k['box']}'>&#9638;</span><span style='padding:4px 10px;"
              f"{'background:' + k['box'] if listing else ''}'>&#9776;</span></span>")
    grid = (f"<div>{cards}</div>" if listing else
            f"<div style='display:grid;grid-template-columns:repeat({cols},1fr);gap:16px'>"
            f"{cards}</div>")
    hero = (f"<div style='display:flex;align-items:center;gap:24px;margin-top:24px'><div "
            f"style='flex:1'><h1 style='font-size:36px;margin:0 0 8px'>Models</h1><div "
            f"class='sub' style='font-size:16px;line-height:24px;max-width:560px'>Use and "
            f"download pre-trained models for your machine learning projects. "
            f"{esc(c.text.sentence(4, 9)) if c.rng.random() < .3 else ''}</div><div "
            f"style='margin-top:16px'><span class='pill blk'>&#43; New Model</span><span "
            f"class='pill'>Your Work</span></div></div><div style='width:"
            f"{c.rng.choice([220, 260, 300])}px;border-radius:16px;overflow:hidden'>"
            f"{_kg_art(c, 260, 130)}</div></div>")
    body = (_kg_side(4) + f"<div class='main'>{_kg_top(c, 'Search')}{hero}<div style='display:"
            f"flex;gap:12px;margin-top:24px'><div class='sb' style='flex:1;width:auto'>&#128269; "
            f"Search models</div><span class='pill' style='margin:0;padding:10px 18px'>&#9776; "
            f"Filters</span></div><div style='margin-top:12px'>{chipbar}</div><div style='"
            f"display:flex;align-items:center;margin:24px 0 12px'><b style='font-size:20px'>"
            f"{head}</b><span class='sub' style='margin-left:auto;margin-right:12px'>"
            f"{c.rng.choice(['Hotness', 'Most Votes', 'Recently Updated', 'Most Downloads'])} "
            f"&#9662;</span>{toggle}</div>{grid}</div>")
    return Page("www.kaggle.com", "/models", "Models | Kaggle", body, _kg_list_css(c), "#20beff")
