"""Code written in a browser tab: Visual Studio Code for the Web (vscode.dev with a GitHub
repository open: activity bar, explorer/search/source-control side bar, editor tabs, breadcrumbs,
syntax-coloured code with line numbers and minimap, sometimes a split editor and the terminal
panel, and the status bar). Written from scratch after the product's public look; the code shown
is real source from this machine, the rest is generated. Markup: templates/code/vscode.html."""

from __future__ import annotations

import os
import re

from ..content import read_lines, source_files
from ..highlight import Token, highlight_block, language, syntax_colours
from ..theme import Theme, pick
from ..web import Ctx, Page, page

_UI = "-apple-system,'Segoe UI','Noto Sans',Ubuntu,Helvetica,Arial,sans-serif"
_MONO = "'DejaVu Sans Mono','Liberation Mono',Menlo,Consolas,monospace"

LIGHT = Theme(dark=False, bg="#ffffff", fg="#333333", muted="#717171", line="#e5e5e5",
              surface="#f3f3f3", surface2="#ececec", accent="#0078d4", font=_UI,
              extra={"act": "#2c2c2c", "actfg": "#8b8b8b", "tabs": "#f3f3f3", "sel": "#e4e6f1",
                     "ln": "#237893", "lnon": "#0b216f", "title": "#dddddd", "cur": "#f5f5f5",
                     "mini": "#f7f7f7", "input": "#ffffff", "badge": "#c4c4c4",
                     "tabfg": "#333", "tabtop": "#0078d4", "mono": _MONO})
DARK = Theme(dark=True, bg="#1e1e1e", fg="#cccccc", muted="#858585", line="#3c3c3c",
             surface="#252526", surface2="#2d2d2d", accent="#0078d4", font=_UI,
             extra={"act": "#333333", "actfg": "#858585", "tabs": "#252526", "sel": "#37373d",
                    "ln": "#858585", "lnon": "#c6c6c6", "title": "#3c3c3c", "cur": "#282828",
                    "mini": "#262626", "input": "#3c3c3c", "badge": "#4d4d4d",
                    "tabfg": "#cccccc", "tabtop": "#1e1e1e", "mono": _MONO})

_FILE_ICON = {".py": ("#3776ab", "py"), ".h": ("#a074c4", "h"), ".c": ("#599eff", "C"),
              ".sh": ("#89e051", "$"), ".md": ("#519aba", "M"), ".json": ("#cbcb41", "{}"),
              ".toml": ("#9c4221", "T"), ".txt": ("#888888", "≡"), ".yml": ("#cb171e", "!"),
              ".cfg": ("#6d8086", "⚙"), ".js": ("#cbcb41", "JS"), ".ts": ("#519aba", "TS")}


def file_icon(name: str) -> tuple[str, str]:
    """(colour, mark) of the small file-type icon before a file name."""
    return _FILE_ICON.get(os.path.splitext(name)[1], ("#888888", "≡"))


def _tree(c: Ctx, active: str, ext: str) -> dict:
    """The EXPLORER side bar: folders (one open, holding the open file) and root files."""
    exts = [ext, ext, ext, ".md", ".txt", ".json", ".toml", ".yml", ".cfg"]
    folders = [c.rng.choice([".github", ".vscode", "docs", "tests", "scripts", "src", "lib",
                             "examples", "tools", "build", c.text.word()])
               for _ in range(c.rng.randint(3, 6))]
    folders = sorted(set(folders))
    open_at = c.rng.randrange(len(folders))
    rows, placed = [], False
    for i, folder in enumerate(folders):
        files = []
        for j in range(c.rng.randint(3, 9)) if i == open_at else ():
            if j == 1 and not placed:
                name, placed = active, True
            else:
                name = f"{c.text.word()}{c.rng.choice(exts)}"
            files.append(name)
        rows.append({"name": folder, "open": i == open_at, "files": files})
    root = ["README.md", "LICENSE", c.rng.choice(["pyproject.toml", "setup.cfg", "Makefile",
                                                  "package.json"]), ".gitignore"]
    return {"folders": rows, "root": root[:c.rng.randint(2, 4)]}


def _search(c: Ctx, lines: list[str], ext: str) -> dict:
    """The SEARCH side bar: a term from the open file and hits grouped by file."""
    words = [w for ln in lines for w in re.findall(r"[A-Za-z_]{4,}", ln)] or ["import"]
    term = c.rng.choice(words)
    hits = []
    for _ in range(c.rng.randint(2, 5)):
        name, count = f"{c.text.word()}{ext}", c.rng.randint(1, 9)
        found = [c.rng.choice(lines).strip()[:40] or term for _ in range(c.rng.randint(1, 3))]
        hits.append({"name": name, "count": count, "lines": found})
    return {"term": term, "hits": hits, "results": c.rng.randint(3, 60),
            "files": c.rng.randint(2, 12)}


def _scm(c: Ctx, active: str) -> dict:
    """The SOURCE CONTROL side bar: changed files with their M/U letters."""
    changes = [active] + [f"{c.text.word()}{c.rng.choice(['.py', '.md', '.json'])}"
                          for _ in range(c.rng.randint(0, 5))]
    return {"changes": [(n, c.rng.choice("MMMU")) for n in changes]}


def _editor(c: Ctx, path: str, n: int, minimap: bool) -> dict:
    """Line numbers, coloured code of a window of a real file, and the minimap's bars."""
    pal = syntax_colours(c.dark)
    lines = read_lines(path, c.rng, n) or ["# empty file"]
    start = c.rng.randint(1, 400)
    cur = c.rng.randrange(len(lines))
    rows = highlight_block(lines, language(path), pal)
    bars = []
    for line in (lines * 2 if minimap else ()):
        w = min(len(line.expandtabs(4).rstrip()), 90)
        ind = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        col = c.rng.choice([pal["kw"], pal["fn"], pal["var"], pal["str"], pal["fg"], pal["com"]])
        bars.append((f"{ind * .7:.0f}", f"{max(0, w - ind) * .7:.0f}", col))
    return {"rows": rows, "start": start, "cur": cur, "minimap": minimap, "bars": bars,
            "view": len(lines) * 3}


def _group(c: Ctx, repo: str, path: str, others: list[str], minimap: bool, n: int) -> dict:
    """One editor group: tabs (the open file among `others`), breadcrumbs and the editor."""
    name = os.path.basename(path)
    names = others[:]
    names.insert(c.rng.randint(0, len(names)), name)
    tabs = []
    for nm in names:
        on = nm == name
        dirty = c.rng.random() < .2
        italic = not on and c.rng.random() < .15
        tabs.append({"name": nm, "on": on, "dirty": dirty, "italic": italic})
    sym = c.rng.choice(["__init__", c.text.word(), f"_{c.text.word()}", "main"])
    folder = c.rng.choice(["src", "lib", "tools"])
    return {"tabs": tabs, "repo": repo, "folder": folder, "name": name, "sym": sym,
            "editor": _editor(c, path, n, minimap)}


def _runs(c: Ctx, prompt: list[Token], name: str) -> list[list[Token]]:
    """One to three shell commands with their output, as token lines."""
    red, green = "#f14c4c", "#23d18b"
    runs = [
        [f"python {name}", *[[(c.text.sentence(3, 8), "")] for _ in range(c.rng.randint(1, 3))]],
        ["git status", [("On branch main", "")], [("Changes not staged for commit:", "")],
         [("\u00a0\u00a0", ""), (f"modified:\u00a0\u00a0 {name}", red)]],
        ["pytest -q", [("." * c.rng.randint(8, 40), green)] + ([("F", red)] if c.rng.random() < .4
                                                               else []),
         [(f"{c.rng.randint(8, 200)} passed in {c.rng.uniform(.2, 9):.2f}s", "")]],
        [f"pip install {c.text.word()}", [("Collecting " + c.text.word(), "")],
         [(f"Successfully installed {c.text.word()}-{c.rng.randint(0, 4)}."
           f"{c.rng.randint(0, 20)}.{c.rng.randint(0, 9)}", "")]],
        ["ls", [("\u00a0\u00a0".join(f"{c.text.word()}{e}" for e in
                                     (".py", "", ".md", ".py", ".json")), "")]],
    ]
    c.rng.shuffle(runs)
    out: list[list[Token]] = []
    for cmd, *res in runs[:c.rng.randint(1, 3)]:
        out += [prompt + [(cmd, "")], *res]
    return out


def _terminal(c: Ctx, repo: str, path: str) -> dict:
    """The bottom panel: terminal, problems or output tab."""
    user = c.text.handle()
    prompt = [(user, "#23d18b"), (" \u279c ", ""), (f"/workspaces/{repo}", "#29b8db"),
              (" ", ""), ("(main)", "#3b8eea"), (" $ ", "")]
    name = os.path.basename(path)
    lines = _runs(c, prompt, name)
    active = (3, 0, 1)[c.rng.choice([0, 0, 0, 1, 2])]
    problems, log = [], []
    if active == 0:
        for _ in range(c.rng.randint(1, 4)):
            warn = c.rng.random() < .6
            problems.append({"warn": warn, "text": c.text.sentence(4, 9),
                             "ln": c.rng.randint(1, 300), "col": c.rng.randint(1, 40)})
    elif active == 1:
        log = [f"{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:"
               f"{c.rng.randint(0, 59):02d}.{c.rng.randint(0, 999):03d} [info] "
               f"{c.text.sentence(3, 9)}" for _ in range(c.rng.randint(3, 7))]
    return {"active": active, "lines": lines, "prompt": prompt, "problems": problems,
            "log": log, "name": name, "height": c.rng.randint(170, 260),
            "heads": ["PROBLEMS", "OUTPUT", "DEBUG CONSOLE", "TERMINAL", "PORTS"]}


def _side_bar(c: Ctx, side: str, path: str, name: str, ext: str) -> dict | None:
    if side == "none":
        return None
    if side == "explorer":
        inner = _tree(c, name, ext)
    elif side == "search":
        inner = _search(c, read_lines(path, c.rng, 30) or ["x"], ext)
    else:
        inner = _scm(c, name)
    return {"kind": side, "width": c.rng.randint(220, 300), **inner}


def _status(c: Ctx, remote: bool, lang: str) -> dict:
    """The status bar: remote tag, branch, problem counts, cursor, indentation, language."""
    errors, warns = c.rng.choice([0, 0, 0, 1, 2, 5]), c.rng.choice([0, 0, 1, 3, 12])
    bg = "#68217a" if remote else "#007acc"
    if not c.dark and c.rng.random() < .3:
        bg = "#007acc"
    return {"bg": bg, "remote": remote, "errors": errors, "warns": warns, "lang": lang,
            "branch": c.rng.choice(["main", "main", "dev", "master"]),
            "star": c.rng.random() < .5, "ln": c.rng.randint(1, 400),
            "col": c.rng.randint(1, 60), "spaces": c.rng.choice([2, 4, 4])}


def vscode_web(c: Ctx) -> Page:
    """vscode.dev with a repository open: side bar, one or two editor groups, maybe a panel."""
    t = pick(LIGHT, DARK, c.dark)
    owner, repo = c.text.owner_repo()
    files = source_files(c.text.held_out)
    path = c.rng.choice(files)
    name = os.path.basename(path)
    ext = os.path.splitext(name)[1] or ".py"
    others = [f"{c.text.word()}{c.rng.choice([ext, ext, '.md', '.json', '.toml'])}"
              for _ in range(c.rng.choice([0, 1, 2, 2, 3, 4]))]
    remote, panel, split = c.rng.random() < .35, c.rng.random() < .45, c.rng.random() < .25
    side = c.rng.choice(["explorer"] * 6 + ["search", "scm", "none", "none"])
    minimap = c.rng.random() < .8
    n = 36 if panel else 52
    scm_badge = c.rng.randint(1, 9) if c.rng.random() < .5 else 0
    sidebar = _side_bar(c, side, path, name, ext)
    groups = [_group(c, repo, path, others, minimap, n)]
    if split:
        path2 = c.rng.choice(files)
        groups.append(_group(c, repo, path2, [], c.rng.random() < .5, n))
    status = _status(c, remote, language(path))
    terminal = _terminal(c, repo, path) if panel else None
    return page("code/vscode.html", c, t, host="vscode.dev", path=f"/github/{owner}/{repo}",
                title=f"{name} - {repo} - Visual Studio Code", favicon="#0078d4",
                repo=repo, side=side, scm_badge=scm_badge, sidebar=sidebar, groups=groups,
                status=status, terminal=terminal, ficon=file_icon)
