"""Developer sites: GitHub (repository code view, issue list, pull-request diff) and Kaggle
(competition, code listing, dataset). Written from scratch after the sites' public look; the
code shown is real source from this machine, the rest is generated."""

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


def _owner_repo(c: Ctx) -> tuple[str, str]:
    return c.text.handle(), f"{c.text.word()}-{c.text.word()}"


def github_code(c: Ctx) -> Page:
    p = _gh_palette(c)
    owner, repo = _owner_repo(c)
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
    owner, repo = _owner_repo(c)
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


def github_pull_diff(c: Ctx) -> Page:
    """A pull request's files-changed diff: kept out of training (unseen layouts)."""
    p = _gh_palette(c)
    owner, repo = _owner_repo(c)
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
