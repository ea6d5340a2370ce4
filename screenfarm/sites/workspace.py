"""Work done in a browser tab: Visual Studio Code for the Web (vscode.dev with a GitHub
repository open: activity bar, explorer/search/source-control side bar, editor tabs, breadcrumbs,
syntax-coloured code with line numbers and minimap, sometimes a split editor and the terminal
panel, and the status bar) and a Google Colab notebook (header with menus and the resource
meter, the left icon strip with an optional table of contents, and text and code cells with
printed output, a data-frame table or a chart). Written from scratch after the products' public
look; the code shown is real source from this machine, the rest is generated."""

from __future__ import annotations

import os
import re
import textwrap

from ..content import read_lines, source_files
from ..web import Ctx, Page, esc
from .dev import owner_repo

_MONO = "font-family:'DejaVu Sans Mono','Liberation Mono',Menlo,Consolas,monospace;"
_UI = "font-family:-apple-system,'Segoe UI','Noto Sans',Ubuntu,Helvetica,Arial,sans-serif;"

# --- a small regex highlighter ---------------------------------------------------------------

_PY_KW = ("def class lambda None True False and or not in is global nonlocal self async await "
          "pass").split()
_PY_CTRL = ("if elif else for while return import from as try except finally raise with "
            "yield break continue del assert").split()
_C_KW = ("int char void unsigned signed long short float double struct union enum const static "
         "extern typedef sizeof volatile inline bool size_t NULL true false").split()
_C_CTRL = "if else for while do return switch case break continue goto default".split()
_SH_KW = "local export readonly declare function echo set unset shift".split()
_SH_CTRL = "if then else elif fi for in do done while case esac return exit".split()

_TOKEN = re.compile(
    r"(?P<com>#(?!include|define|if|endif|else|ifdef|ifndef|undef|pragma|elif).*$|//.*$"
    r"|/\*.*?(\*/|$)|^\s*\*.*$)"
    r"|(?P<pre>^\s*#\s*\w+)"
    r"|(?P<str>[rbfuRBFU]{0,2}(\"\"\".*?(\"\"\"|$)|'''.*?('''|$)|\"(\\.|[^\"\\])*\"?|'(\\.|[^'\\])*'?))"
    r"|(?P<dec>@[\w.]+)"
    r"|(?P<num>\b(0x[0-9a-fA-F]+|\d+\.?\d*([eE][-+]?\d+)?)[uUlLjJ]*\b)"
    r"|(?P<var>\$\{?\w+\}?)"
    r"|(?P<word>[A-Za-z_]\w*)")


def _palette(dark: bool) -> dict[str, str]:
    if dark:  # Dark+
        return {"kw": "#569cd6", "ctrl": "#c586c0", "str": "#ce9178", "com": "#6a9955",
                "num": "#b5cea8", "fn": "#dcdcaa", "type": "#4ec9b0", "var": "#9cdcfe",
                "fg": "#d4d4d4", "pre": "#c586c0"}
    return {"kw": "#0000ff", "ctrl": "#af00db", "str": "#a31515", "com": "#008000",
            "num": "#098658", "fn": "#795e26", "type": "#267f99", "var": "#001080",
            "fg": "#000000", "pre": "#af00db"}


def _lang(path: str) -> str:
    ext = os.path.splitext(path)[1]
    return {".py": "Python", ".h": "C", ".c": "C", ".sh": "Shell Script"}.get(ext, "Plain Text")


def highlight(line: str, lang: str, pal: dict[str, str]) -> str:
    """One source line as HTML spans coloured like the editor's default theme."""
    kw, ctrl = {"Python": (_PY_KW, _PY_CTRL), "C": (_C_KW, _C_CTRL),
                "Shell Script": (_SH_KW, _SH_CTRL)}.get(lang, ((), ()))
    out, pos, prev = [], 0, ""
    line = line.expandtabs(4)
    for m in _TOKEN.finditer(line):
        out.append(esc(line[pos:m.start()]))
        kind, text = m.lastgroup, m.group()
        colour = ""
        if kind == "pre" and lang != "C":  # a Python/shell comment: colour to the end
            out.append(f"<span style='color:{pal['com']}'>{esc(line[m.start():])}</span>")
            pos = len(line)
            break
        if kind == "com":
            colour = pal["com"] if lang != "Python" or text.lstrip().startswith("#") else ""
        elif kind == "pre":
            colour = pal["pre"] if lang == "C" else pal["com"]
        elif kind in ("str", "num"):
            colour = pal[kind]
        elif kind == "dec":
            colour = pal["fn"]
        elif kind == "var":
            colour = pal["var"] if lang == "Shell Script" else ""
        elif text in ctrl:
            colour = pal["ctrl"]
        elif text in kw:
            colour = pal["kw"]
        elif prev in ("def", "class") or line[m.end():m.end() + 1] == "(":
            colour = pal["type"] if prev == "class" or text[:1].isupper() else pal["fn"]
        elif text[:1].isupper() and not text.isupper():
            colour = pal["type"]
        elif lang != "Shell Script" and len(text) > 1:
            colour = pal["var"] if pal["var"] and m.start() > 0 and line[m.start() - 1] in "(,.=" \
                else ""
        out.append(f"<span style='color:{colour}'>{esc(text)}</span>" if colour else esc(text))
        pos = m.end()
        if kind == "word":
            prev = text
    out.append(esc(line[pos:]))
    return "".join(out) or "&nbsp;"


_PY_STRINGS = re.compile(r"\"\"\"|'''|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|#.*")


def highlight_block(lines: list[str], lang: str, pal: dict[str, str]) -> list[str]:
    """Highlight lines in order, carrying Python triple-quoted strings and C block comments
    over line ends."""
    out, inside = [], ""  # the closing mark of the open string/comment, if any
    for line in lines:
        if inside:
            end = line.find(inside)
            colour = pal["str"] if inside != "*/" else pal["com"]
            if end < 0:
                out.append(f"<span style='color:{colour}'>{esc(line.expandtabs(4))}</span>"
                           if line else "&nbsp;")
                continue
            end += len(inside)
            head = f"<span style='color:{colour}'>{esc(line[:end].expandtabs(4))}</span>"
            out.append(head + (highlight(line[end:], lang, pal) if line[end:].strip() else ""))
            inside = ""
            rest = line[end:]
        else:
            out.append(highlight(line, lang, pal))
            rest = line
        if lang == "Python":
            for tok in _PY_STRINGS.findall(rest):
                if tok in ('"""', "'''") and inside in ("", tok):
                    inside = "" if inside else tok
        elif lang == "C" and rest.rfind("/*") > rest.rfind("*/"):
            inside = "*/"
    return out


# --- Visual Studio Code for the Web ---------------------------------------------------------

def _vs_theme(dark: bool) -> dict[str, str]:
    if dark:
        return {"bg": "#1e1e1e", "side": "#252526", "act": "#333333", "actfg": "#858585",
                "tabs": "#252526", "tab": "#2d2d2d", "fg": "#cccccc", "dim": "#858585",
                "line": "#3c3c3c", "sel": "#37373d", "ln": "#858585", "lnon": "#c6c6c6",
                "title": "#3c3c3c", "cur": "#282828", "mini": "#262626", "hover": "#2a2d2e",
                "input": "#3c3c3c"}
    return {"bg": "#ffffff", "side": "#f3f3f3", "act": "#2c2c2c", "actfg": "#8b8b8b",
            "tabs": "#f3f3f3", "tab": "#ececec", "fg": "#333333", "dim": "#717171",
            "line": "#e5e5e5", "sel": "#e4e6f1", "ln": "#237893", "lnon": "#0b216f",
            "title": "#dddddd", "cur": "#f5f5f5", "mini": "#f7f7f7", "hover": "#e8e8e8",
            "input": "#ffffff"}


_ACT_ICONS = [
    # explorer: two stacked pages
    "<rect x=7 y=4 width=11 height=14 rx=1 fill='none' stroke='{c}' stroke-width=1.6 />"
    "<path d='M4 8v13h10' fill='none' stroke='{c}' stroke-width=1.6 />",
    # search: magnifier
    "<circle cx=13 cy=10 r=5.5 fill='none' stroke='{c}' stroke-width=1.6 />"
    "<path d='M9 14l-5 6' stroke='{c}' stroke-width=1.8 />",
    # source control: branch
    "<circle cx=7 cy=5 r=2.2 fill='none' stroke='{c}' stroke-width=1.5 /><circle cx=7 cy=19 "
    "r=2.2 fill='none' stroke='{c}' stroke-width=1.5 /><circle cx=17 cy=8 r=2.2 fill='none' "
    "stroke='{c}' stroke-width=1.5 /><path d='M7 7v10M17 10c0 4-10 3-10 7' fill='none' "
    "stroke='{c}' stroke-width=1.5 />",
    # run and debug: play with a bug dot
    "<path d='M6 4l12 8-12 8z' fill='none' stroke='{c}' stroke-width=1.6 />"
    "<circle cx=17 cy=18 r=3 fill='{c}'/>",
    # extensions: four squares, one lifted
    "<rect x=3 y=9 width=6 height=6 fill='none' stroke='{c}' stroke-width=1.5 /><rect x=9 y=9 "
    "width=6 height=6 fill='none' stroke='{c}' stroke-width=1.5 /><rect x=3 y=15 width=6 "
    "height=6 fill='none' stroke='{c}' stroke-width=1.5 /><rect x=14 y=3 width=6 height=6 "
    "fill='none' stroke='{c}' stroke-width=1.5 />",
]
_ACT_BOTTOM = [
    "<circle cx=12 cy=9 r=4 fill='none' stroke='{c}' stroke-width=1.5 /><path d='M4 21c1-5 "
    "15-5 16 0' fill='none' stroke='{c}' stroke-width=1.5 />",
    "<circle cx=12 cy=12 r=3 fill='none' stroke='{c}' stroke-width=1.5 /><circle cx=12 cy=12 "
    "r=8 fill='none' stroke='{c}' stroke-width=2.5 stroke-dasharray='3 2.3'/>",
]

_FILE_ICON = {".py": ("#3776ab", "py"), ".h": ("#a074c4", "h"), ".c": ("#599eff", "C"),
              ".sh": ("#89e051", "$"), ".md": ("#519aba", "M"), ".json": ("#cbcb41", "{}"),
              ".toml": ("#9c4221", "T"), ".txt": ("#888888", "≡"), ".yml": ("#cb171e", "!"),
              ".cfg": ("#6d8086", "⚙"), ".js": ("#cbcb41", "JS"), ".ts": ("#519aba", "TS")}


def _ficon(name: str) -> str:
    col, mark = _FILE_ICON.get(os.path.splitext(name)[1], ("#888888", "≡"))
    return (f"<span style='color:{col};font-weight:700;font-size:10px;display:inline-block;"
            f"width:16px;text-align:center;margin-right:4px'>{esc(mark)}</span>")


def _vs_tree(c: Ctx, t: dict[str, str], repo: str, active: str, ext: str) -> str:
    """The EXPLORER side bar: a folder tree with the open file selected."""
    rows = [f"<div class='sh'>EXPLORER <span style='float:right'>&middot;&middot;&middot;"
            f"</span></div><div class='sh' style='font-weight:700;color:{t['fg']}'>&#8964; "
            f"{esc(repo.upper())}</div>"]
    exts = [ext, ext, ext, ".md", ".txt", ".json", ".toml", ".yml", ".cfg"]
    folders = [c.rng.choice([".github", ".vscode", "docs", "tests", "scripts", "src", "lib",
                             "examples", "tools", "build", c.text.word()])
               for _ in range(c.rng.randint(3, 6))]
    folders = sorted(set(folders))
    open_at = c.rng.randrange(len(folders))
    placed = False
    for i, folder in enumerate(folders):
        opened = i == open_at
        rows.append(f"<div class='tr' style='padding-left:12px'><span class='chev'>"
                    f"{'&#8964;' if opened else '&#8250;'}</span> {esc(folder)}</div>")
        if not opened:
            continue
        for j in range(c.rng.randint(3, 9)):
            if j == 1 and not placed:
                name, placed = active, True
            else:
                name = f"{c.text.word()}{c.rng.choice(exts)}"
            sel = f"background:{t['sel']};outline:1px solid #007fd4" if name == active else ""
            rows.append(f"<div class='tr' style='padding-left:32px;{sel}'>{_ficon(name)}"
                        f"{esc(name)}</div>")
    for name in ["README.md", "LICENSE", c.rng.choice(["pyproject.toml", "setup.cfg",
                                                       "Makefile", "package.json"]),
                 ".gitignore"][:c.rng.randint(2, 4)]:
        rows.append(f"<div class='tr' style='padding-left:16px'>{_ficon(name)}{esc(name)}</div>")
    rows.append(f"<div style='margin-top:auto'><div class='sh' style='border-top:1px solid "
                f"{t['line']}'>&#8250; OUTLINE</div><div class='sh' style='border-top:1px solid "
                f"{t['line']}'>&#8250; TIMELINE</div></div>")
    return "".join(rows)


def _vs_search(c: Ctx, t: dict[str, str], lines: list[str], ext: str) -> str:
    words = [w for ln in lines for w in re.findall(r"[A-Za-z_]{4,}", ln)] or ["import"]
    term = c.rng.choice(words)
    hits = ""
    for _ in range(c.rng.randint(2, 5)):
        name = f"{c.text.word()}{ext}"
        hits += (f"<div class='tr' style='padding-left:8px'>&#8964; {_ficon(name)}{esc(name)} "
                 f"<span style='color:{t['dim']}'>src</span><span class='badge'>"
                 f"{c.rng.randint(1, 9)}</span></div>")
        for _ in range(c.rng.randint(1, 3)):
            ln = c.rng.choice(lines).strip()[:40] or term
            hits += (f"<div class='tr' style='padding-left:36px;overflow:hidden'>{esc(ln)}"
                     f"</div>")
    return (f"<div class='sh'>SEARCH</div><div style='padding:4px 12px'><div class='inp'>"
            f"{esc(term)}<span style='float:right;color:{t['dim']}'>Aa ab .*</span></div>"
            f"<div class='inp' style='margin-top:4px;color:{t['dim']}'>Replace</div><div "
            f"style='color:{t['dim']};margin:8px 0'>{c.rng.randint(3, 60)} results in "
            f"{c.rng.randint(2, 12)} files</div></div>{hits}")


def _vs_scm(c: Ctx, t: dict[str, str], active: str) -> str:
    changes = [active] + [f"{c.text.word()}{c.rng.choice(['.py', '.md', '.json'])}"
                          for _ in range(c.rng.randint(0, 5))]
    rows = "".join(f"<div class='tr' style='padding-left:20px'>{_ficon(n)}{esc(n)} <span "
                   f"style='color:{t['dim']};font-size:12px'>src</span><span style='float:right;"
                   f"margin-right:12px;color:{'#73c991' if k == 'U' else '#e2c08d'}'>{k}</span>"
                   f"</div>" for n, k in ((n, c.rng.choice('MMMU')) for n in changes))
    return (f"<div class='sh'>SOURCE CONTROL</div><div style='padding:4px 12px'><div "
            f"class='inp' style='color:{t['dim']}'>Message (Ctrl+Enter to commit on "
            f"'main')</div><div style='background:#0e639c;color:#fff;text-align:center;"
            f"padding:4px;margin:8px 0;border-radius:2px'>&#10003; Commit</div></div><div "
            f"class='tr'>&#8964; Changes <span class='badge'>{len(changes)}</span></div>{rows}")


def _vs_editor(c: Ctx, t: dict[str, str], path: str, n: int, minimap: bool) -> str:
    """Line numbers and coloured code of a window of a real file."""
    lang = _lang(path)
    pal = _palette(c.dark)
    lines = read_lines(path, c.rng, n) or ["# empty file"]
    start = c.rng.randint(1, 400)
    cur = c.rng.randrange(len(lines))
    rows = ""
    for i, html in enumerate(highlight_block(lines, lang, pal)):
        on = i == cur
        bg = f"background:{t['cur']};outline:1px solid {t['line']}" if on else ""
        rows += (f"<div class='cl' style='{bg}'><span class='ln' style='color:"
                 f"{t['lnon'] if on else t['ln']}'>{start + i}</span>"
                 f"<span>{html}</span></div>")
    mini = ""
    if minimap:
        bars = ""
        for line in lines * 2:
            w = min(len(line.expandtabs(4).rstrip()), 90)
            ind = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            col = c.rng.choice([pal["kw"], pal["fn"], pal["var"], pal["str"], pal["fg"],
                                pal["com"]])
            bars += (f"<div style='height:2px;margin:0 0 1px {ind * .7:.0f}px;width:"
                     f"{max(0, w - ind) * .7:.0f}px;background:{col};opacity:.55'></div>")
        mini = (f"<div style='width:80px;flex:none;padding-top:4px;overflow:hidden;background:"
                f"{t['bg']};box-shadow:-1px 0 0 {t['line']}'><div style='background:"
                f"{t['mini']};position:relative'><div style='position:absolute;top:0;left:0;"
                f"right:0;height:{len(lines) * 3}px;background:rgba(121,121,121,.18)'></div>"
                f"{bars}</div></div>")
    return (f"<div style='display:flex;flex:1;min-height:0;overflow:hidden'><div class='code' "
            f"style='flex:1;overflow:hidden'>{rows}</div>{mini}</div>")


def _vs_group(c: Ctx, t: dict[str, str], repo: str, path: str, others: list[str],
              minimap: bool, n: int) -> str:
    name = os.path.basename(path)
    names = others[:]
    names.insert(c.rng.randint(0, len(names)), name)
    tabs = ""
    for nm in names:
        on = nm == name
        dirty = c.rng.random() < .2
        style = (f"background:{t['bg']};color:{t['fg'] if c.dark else '#333'};border-top:1px "
                 f"solid {'#0078d4' if not c.dark else t['bg']}" if on else
                 f"background:{t['tab']};color:{t['dim']}")
        italic = "font-style:italic;" if not on and c.rng.random() < .15 else ""
        tabs += (f"<div class='tab' style='{style};{italic}'>{_ficon(nm)}{esc(nm)} <span "
                 f"style='margin-left:8px;opacity:{.9 if on else .0}'>"
                 f"{'&#9679;' if dirty else '&#215;'}</span></div>")
    sym = c.rng.choice(["__init__", c.text.word(), f"_{c.text.word()}", "main"])
    crumbs = (f"<div class='crumbs'>{esc(repo)} &rsaquo; {c.rng.choice(['src', 'lib', 'tools'])}"
              f" &rsaquo; {_ficon(name)}{esc(name)} &rsaquo; <span style='color:#b180d7'>"
              f"&#9671;</span> {esc(sym)}</div>")
    return (f"<div style='flex:1;min-width:0;display:flex;flex-direction:column;border-left:"
            f"1px solid {t['line']}'><div style='display:flex;background:{t['tabs']};"
            f"overflow:hidden;flex:none'>{tabs}<div style='margin-left:auto;padding:8px 10px;"
            f"color:{t['dim']};white-space:nowrap'>&#9707; &middot;&middot;&middot;</div></div>"
            f"{crumbs}{_vs_editor(c, t, path, n, minimap)}</div>")


def _vs_terminal(c: Ctx, t: dict[str, str], repo: str, path: str) -> str:
    user = c.text.handle()
    prompt = (f"<span style='color:#23d18b'>{esc(user)}</span> &#10140; <span "
              f"style='color:#29b8db'>/workspaces/{esc(repo)}</span> <span "
              f"style='color:#3b8eea'>(main)</span> $ ")
    name = os.path.basename(path)
    runs = [
        [f"python {name}", *[esc(c.text.sentence(3, 8)) for _ in range(c.rng.randint(1, 3))]],
        ["git status", "On branch main", "Changes not staged for commit:",
         f"&nbsp;&nbsp;<span style='color:#f14c4c'>modified:&nbsp;&nbsp; {esc(name)}</span>"],
        ["pytest -q", f"<span style='color:#23d18b'>{'.' * c.rng.randint(8, 40)}</span>"
         f"{'<span style=color:#f14c4c>F</span>' if c.rng.random() < .4 else ''}",
         f"{c.rng.randint(8, 200)} passed in {c.rng.uniform(.2, 9):.2f}s"],
        [f"pip install {c.text.word()}", "Collecting " + esc(c.text.word()),
         f"Successfully installed {esc(c.text.word())}-{c.rng.randint(0, 4)}."
         f"{c.rng.randint(0, 20)}.{c.rng.randint(0, 9)}"],
        ["ls", "&nbsp;&nbsp;".join(esc(f"{c.text.word()}{e}") for e in
                                   (".py", "", ".md", ".py", ".json"))],
    ]
    c.rng.shuffle(runs)
    out = ""
    for cmd, *res in runs[:c.rng.randint(1, 3)]:
        out += f"<div>{prompt}{esc(cmd)}</div>" + "".join(f"<div>{r}</div>" for r in res)
    out += f"<div>{prompt}<span style='background:{t['fg']}'>&nbsp;</span></div>"
    tab = c.rng.choice([0, 0, 0, 1, 2])
    heads = ["PROBLEMS", "OUTPUT", "DEBUG CONSOLE", "TERMINAL", "PORTS"]
    active = (3, 0, 1)[tab]
    hdr = "".join(f"<span style='padding:6px 0;border-bottom:1px solid {t['fg']};color:{t['fg']}'>"
                  f"{h}</span>" if i == active else f"<span style='padding:6px 0'>{h}</span>"
                  for i, h in enumerate(heads))
    if active == 0:
        out = "".join(f"<div>&#8964; {_ficon(name)}{esc(name)} <span style='color:{t['dim']}'>"
                      f"src</span></div><div style='padding-left:24px'><span style='color:"
                      f"{'#cca700' if k else '#f14c4c'}'>{'&#9888;' if k else '&#9421;'}</span> "
                      f"{esc(c.text.sentence(4, 9))} <span style='color:{t['dim']}'>Pylance "
                      f"[Ln {c.rng.randint(1, 300)}, Col {c.rng.randint(1, 40)}]</span></div>"
                      for k in (c.rng.random() < .6 for _ in range(c.rng.randint(1, 4))))
    elif active == 1:
        out = "".join(f"<div>{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:"
                      f"{c.rng.randint(0, 59):02d}.{c.rng.randint(0, 999):03d} [info] "
                      f"{esc(c.text.sentence(3, 9))}</div>" for _ in range(c.rng.randint(3, 7)))
    return (f"<div style='height:{c.rng.randint(170, 260)}px;flex:none;border-top:1px solid "
            f"{t['line']};background:{t['bg']};display:flex;flex-direction:column'><div "
            f"style='display:flex;gap:20px;padding:0 20px;font-size:11px;color:{t['dim']}'>"
            f"{hdr}<span style='margin-left:auto;padding:6px 0'>{'bash' if active == 3 else ''}"
            f" &#43; &#8964; &#9707; &#128465; &middot;&middot;&middot; &#8963; &#215;</span>"
            f"</div><div class='code' style='padding:4px 20px;color:{t['fg']};overflow:hidden'>"
            f"{out}</div></div>")


def vscode_web(c: Ctx) -> Page:
    t = _vs_theme(c.dark)
    owner, repo = owner_repo(c)
    files = source_files(c.text.held_out)
    path = c.rng.choice(files)
    name = os.path.basename(path)
    ext = os.path.splitext(name)[1] or ".py"
    others = [f"{c.text.word()}{c.rng.choice([ext, ext, '.md', '.json', '.toml'])}"
              for _ in range(c.rng.choice([0, 1, 2, 2, 3, 4]))]
    remote = c.rng.random() < .35
    panel = c.rng.random() < .45
    split = c.rng.random() < .25
    side = c.rng.choice(["explorer"] * 6 + ["search", "scm", "none", "none"])
    minimap = c.rng.random() < .8
    n = 36 if panel else 52

    icon_col = "#ffffff"
    act_on = {"explorer": 0, "search": 1, "scm": 2}.get(side, -1)
    acts = "".join(
        f"<div style='height:48px;display:flex;align-items:center;justify-content:center;"
        f"position:relative;{'box-shadow:inset 2px 0 0 ' + icon_col if i == act_on else ''}'>"
        f"<svg width=24 height=24 viewBox='0 0 24 24'>"
        f"{ic.format(c=icon_col if i == act_on else t['actfg'])}</svg>"
        + (f"<span style='position:absolute;right:8px;bottom:8px;background:#007acc;color:#fff;"
           f"border-radius:8px;font-size:9px;padding:0 4px'>{c.rng.randint(1, 9)}</span>"
           if i == 2 and c.rng.random() < .5 else "") + "</div>"
        for i, ic in enumerate(_ACT_ICONS))
    acts += "<div style='flex:1'></div>" + "".join(
        f"<div style='height:48px;display:flex;align-items:center;justify-content:center'><svg "
        f"width=24 height=24 viewBox='0 0 24 24'>{ic.format(c=t['actfg'])}</svg></div>"
        for ic in _ACT_BOTTOM)

    sidebar = ""
    if side != "none":
        inner = (_vs_tree(c, t, repo, name, ext) if side == "explorer" else
                 _vs_search(c, t, read_lines(path, c.rng, 30) or ["x"], ext) if side == "search"
                 else _vs_scm(c, t, name))
        sidebar = (f"<div style='width:{c.rng.randint(220, 300)}px;flex:none;background:"
                   f"{t['side']};display:flex;flex-direction:column;overflow:hidden'>{inner}"
                   f"</div>")

    groups = _vs_group(c, t, repo, path, others, minimap, n)
    if split:
        path2 = c.rng.choice(files)
        groups += _vs_group(c, t, repo, path2, [], c.rng.random() < .5, n)

    errors, warns = c.rng.choice([0, 0, 0, 1, 2, 5]), c.rng.choice([0, 0, 1, 3, 12])
    sb_bg = "#68217a" if remote else "#007acc"
    if not c.dark and c.rng.random() < .3:
        sb_bg = "#007acc"
    lang = _lang(path)
    remote_tag = ("<span style='background:#16825d;padding:0 10px;margin-left:-10px'>&#8651; "
                  "GitHub</span>" if not remote else
                  "<span style='background:#8f3da0;padding:0 10px;margin-left:-10px'>&#8651; "
                  "Codespaces</span>")
    status = (f"<div style='height:22px;flex:none;background:{sb_bg};color:#fff;display:flex;"
              f"align-items:center;gap:14px;padding:0 10px;font-size:12px;white-space:nowrap'>"
              f"{remote_tag}<span>&#5833; {c.rng.choice(['main', 'main', 'dev', 'master'])}"
              f"{'*' if c.rng.random() < .5 else ''}</span><span>&#8635;</span><span>&#9421; "
              f"{errors} &#9888; {warns}</span><span style='margin-left:auto'>Ln "
              f"{c.rng.randint(1, 400)}, Col {c.rng.randint(1, 60)}</span><span>Spaces: "
              f"{c.rng.choice([2, 4, 4])}</span><span>UTF-8</span><span>LF</span><span>{{ }} "
              f"{lang}</span>{'<span>3.11.4 64-bit</span>' if lang == 'Python' else ''}"
              f"<span>&#128276;</span></div>")

    title_bar = (f"<div style='height:30px;flex:none;background:{t['title']};display:flex;"
                 f"align-items:center;gap:12px;padding:0 8px;font-size:13px;color:{t['fg']}'>"
                 f"<span style='color:#3ea6ff;font-size:16px;font-weight:700'>&#8801;</span>"
                 f"<span style='flex:1'></span><span style='background:{t['input']};border:1px "
                 f"solid {t['line']};border-radius:5px;width:38%;text-align:center;padding:2px;"
                 f"color:{t['dim']}'>&#128269; {esc(repo)} [GitHub]</span><span style='flex:1'>"
                 f"</span><span style='color:{t['dim']}'>&#9707; &#9636; &#9707;</span></div>")

    main = f"<div style='flex:1;display:flex;min-height:0'>{groups}</div>"
    if panel:
        main += _vs_terminal(c, t, repo, path)
    body = (f"<div style='height:100vh;display:flex;flex-direction:column'>{title_bar}<div "
            f"style='flex:1;display:flex;min-height:0'><div style='width:48px;flex:none;"
            f"background:{t['act']};display:flex;flex-direction:column'>{acts}</div>{sidebar}"
            f"<div style='flex:1;min-width:0;display:flex;flex-direction:column'>{main}</div>"
            f"</div>{status}</div>")
    css = (f"body{{margin:0;background:{t['bg']};color:{t['fg']};{_UI}font-size:13px;overflow:"
           f"hidden}}.sh{{padding:8px 12px 6px 20px;font-size:11px;color:{t['fg']};"
           f"letter-spacing:.3px}}.tr{{height:22px;line-height:22px;white-space:nowrap;"
           f"overflow:hidden;text-overflow:ellipsis;color:{t['fg']}}}.chev{{display:inline-block;"
           f"width:14px;text-align:center}}.badge{{background:{'#4d4d4d' if c.dark else '#c4c4c4'}"
           f";border-radius:9px;padding:0 6px;font-size:11px;margin-left:6px;line-height:16px;"
           f"float:right;margin:3px 12px}}.inp{{background:{t['input']};border:1px solid "
           f"{t['line']};padding:3px 6px}}.tab{{padding:0 10px;height:35px;display:flex;"
           f"align-items:center;white-space:nowrap;border-right:1px solid {t['side']}}}"
           f".crumbs{{padding:2px 16px;height:18px;font-size:12px;color:{t['dim']};"
           f"white-space:nowrap;background:{t['bg']}}}.code{{{_MONO}font-size:13px;"
           f"line-height:19px;background:{t['bg']}}}.cl{{white-space:pre;height:19px}}"
           f".ln{{display:inline-block;width:52px;text-align:right;padding-right:26px}}")
    return Page("vscode.dev", f"/github/{owner}/{repo}", f"{name} - {repo} - Visual Studio Code",
                body, css, "#0078d4")


# --- Google Colab -----------------------------------------------------------------------------

def _colab_theme(dark: bool) -> dict[str, str]:
    if dark:
        return {"bg": "#1e1e1e", "fg": "#d5d5d5", "dim": "#9aa0a6", "line": "#3c3c3c",
                "cell": "#2a2a2a", "hdr": "#1e1e1e", "side": "#262626", "btn": "#3a3a3a",
                "out": "#1e1e1e", "link": "#7cacf8", "tbl": "#2c2c2c"}
    return {"bg": "#ffffff", "fg": "#212121", "dim": "#616161", "line": "#e0e0e0",
            "cell": "#f7f7f7", "hdr": "#f8f9fa", "side": "#ffffff", "btn": "#e8eaed",
            "out": "#ffffff", "link": "#1a73e8", "tbl": "#f5f5f5"}


def _python_chunk(c: Ctx, files: list[str]) -> list[str]:
    """A few lines of real Python, dedented so a cell doesn't start deep inside a block."""
    lines: list[str] = []
    for _ in range(6):
        lines = [ln.expandtabs(4).rstrip() for ln in
                 read_lines(c.rng.choice(files), c.rng, c.rng.randint(4, 16))]
        if sum(ln.count('"""') for ln in lines) % 2:  # starts inside a docstring: skip its end
            first = next(i for i, ln in enumerate(lines) if '"""' in ln)
            lines = lines[first + 1:]
        body = [ln for ln in lines if ln.strip()]
        if body:
            # start at the first line of the shallowest indent, so the cell reads as a block
            low = min(len(ln) - len(ln.lstrip()) for ln in body)
            lines = lines[next(i for i, ln in enumerate(lines)
                               if ln.strip() and len(ln) - len(ln.lstrip()) == low):]
            break
    while lines and lines[0].strip()[:1] in (")", "]", "}", ""):  # no tail of a bracket
        lines = lines[1:]
    if c.rng.random() < .5:
        lines = [ln for ln in lines if ln.strip()]
    text = textwrap.dedent("\n".join(lines)).strip("\n")
    return [ln[:110] for ln in text.split("\n")] if text.strip() else ["pass"]


def _chart(c: Ctx, t: dict[str, str]) -> str:
    """A matplotlib-like figure drawn in SVG: lines or bars, axes, ticks and a title."""
    w, h = c.rng.choice([(520, 330), (600, 360), (440, 300)])
    left, top, right, bottom = 52, 30, w - 16, h - 40
    fg = "#d5d5d5" if c.dark else "#262626"
    face = "#1e1e1e" if c.dark else "#ffffff"
    colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"]
    kind = c.rng.choice(["line", "line", "bar", "scatter"])
    n = c.rng.randint(8, 40) if kind != "bar" else c.rng.randint(4, 10)
    ymax = c.rng.choice([1, 10, 100, 1000])
    parts = [f"<rect width={w} height={h} fill='{face}'/><rect x={left} y={top} width="
             f"{right - left} height={bottom - top} fill='none' stroke='{fg}' stroke-width=.8 />"]
    for k in range(6):  # ticks and labels
        y = bottom - (bottom - top) * k / 5
        x = left + (right - left) * k / 5
        parts.append(f"<line x1={left - 4} x2={left} y1={y:.1f} y2={y:.1f} stroke='{fg}'/><text "
                     f"x={left - 7} y={y + 4:.1f} text-anchor='end'>{ymax * k / 5:g}</text>")
        if kind != "bar":
            parts.append(f"<line x1={x:.1f} x2={x:.1f} y1={bottom} y2={bottom + 4} stroke="
                         f"'{fg}'/><text x={x:.1f} y={bottom + 16} text-anchor='middle'>"
                         f"{n * k // 5}</text>")
    series = c.rng.randint(1, 3) if kind != "bar" else 1
    legend = []
    for s in range(series):
        col = colours[s]
        level, pts = c.rng.uniform(.2, .7), []
        for i in range(n):
            level = min(.98, max(.02, level + c.rng.gauss(0, .08)))
            pts.append((left + (right - left) * (i + .5) / n, bottom - (bottom - top) * level))
        if kind == "line":
            parts.append(f"<polyline fill='none' stroke='{col}' stroke-width=1.6 points='"
                         + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "'/>")
        elif kind == "scatter":
            parts += [f"<circle cx={x + c.rng.uniform(-5, 5):.1f} cy={y:.1f} r=3 fill='{col}' "
                      f"opacity=.8 />" for x, y in pts]
        else:
            bw = (right - left) / n * .7
            for i, (x, y) in enumerate(pts):
                parts.append(f"<rect x={x - bw / 2:.1f} y={y:.1f} width={bw:.1f} height="
                             f"{bottom - y:.1f} fill='{col}'/><text x={x:.1f} y={bottom + 16} "
                             f"text-anchor='middle'>{esc(c.text.word()[:8])}</text>")
                col = colours[(i + 1) % len(colours)] if c.rng.random() < .3 else col
        legend.append((col, c.text.word()))
    if series > 1:
        parts.append(f"<rect x={right - 110} y={top + 8} width=100 height={series * 18 + 8} "
                     f"fill='{face}' stroke='#999' stroke-width=.6 rx=3 />")
        for s, (col, label) in enumerate(legend):
            y = top + 24 + s * 18
            parts.append(f"<line x1={right - 102} x2={right - 82} y1={y - 4} y2={y - 4} "
                         f"stroke='{col}' stroke-width=2 /><text x={right - 76} y={y}>"
                         f"{esc(label[:10])}</text>")
    title = esc(c.text.title()[:50])
    parts.append(f"<text x={(left + right) / 2:.0f} y={top - 10} text-anchor='middle' "
                 f"font-size=13>{title}</text>")
    return (f"<svg width={w} height={h} style='font:11px DejaVu Sans,sans-serif;fill:{fg};"
            f"display:block'>{''.join(parts)}</svg>")


def _frame(c: Ctx, t: dict[str, str]) -> str:
    cols = [c.text.word()[:12] for _ in range(c.rng.randint(3, 7))]
    kinds = [c.rng.choice(["f", "i", "s"]) for _ in cols]
    nrows = c.rng.randint(4, 10)
    head = "".join(f"<th>{esc(h)}</th>" for h in cols)
    rows = ""
    for r in range(nrows):
        cells = "".join(f"<td>{c.rng.uniform(-5, 500):.4f}</td>" if k == "f" else
                        f"<td>{c.rng.randint(0, 9999)}</td>" if k == "i" else
                        f"<td>{esc(c.text.word())}</td>" for k in kinds)
        rows += f"<tr style='{'background:' + t['tbl'] if r % 2 == 0 else ''}'><th>{r}</th>" \
                f"{cells}</tr>"
    return (f"<table class='df'><tr><th></th>{head}</tr>{rows}</table><div style='color:"
            f"{t['dim']};font-size:12px;margin-top:6px'>{c.rng.randint(nrows, 90000)} rows "
            f"&times; {len(cols)} columns</div>")


def _output(c: Ctx, t: dict[str, str]) -> str:
    kind = c.rng.choice(["none", "text", "text", "table", "chart", "chart", "progress"])
    if kind == "none":
        return ""
    if kind == "text":
        lines = []
        for _ in range(c.rng.randint(1, 8)):
            form = c.rng.randrange(4)
            if form == 0:
                lines.append(f"Epoch {len(lines) + 1}/{c.rng.randint(5, 50)} - loss: "
                             f"{c.rng.uniform(.01, 2):.4f} - accuracy: "
                             f"{c.rng.uniform(.5, .99):.4f}")
            elif form == 1:
                lines.append(f"{c.text.word()}: {c.rng.uniform(0, 100):.3f}")
            elif form == 2:
                lines.append(str([round(c.rng.uniform(0, 1), 3) for _ in range(4)]))
            else:
                lines.append(c.text.sentence(3, 8))
        body = "<pre class='mono' style='margin:0'>" + esc("\n".join(lines)) + "</pre>"
    elif kind == "table":
        body = _frame(c, t)
    elif kind == "chart":
        body = (_chart(c, t) if c.rng.random() < .9 else
                f"<img src='{c.img('photo', 480, 300)}' width=480 height=300>")
    else:
        done = c.rng.randint(20, 100)
        body = (f"<div class='mono'>{done}%|<span style='display:inline-block;width:{done * 3}px;"
                f"height:10px;background:#4caf50'></span>| {done}/100 "
                f"[00:{c.rng.randint(1, 59):02d}&lt;00:00, {c.rng.uniform(1, 90):.2f}it/s]</div>")
    return f"<div class='out'>{body}</div>"


def colab_notebook(c: Ctx) -> Page:
    t = _colab_theme(c.dark)
    pal = _palette(c.dark)
    files = [p for p in source_files(c.text.held_out) if p.endswith(".py")] or \
        source_files(c.text.held_out)
    name = c.rng.choice([c.text.title()[:40], f"{c.text.word()}_{c.text.word()}",
                         f"Untitled{c.rng.randint(0, 20)}", f"{c.text.word().capitalize()} "
                         f"{c.text.word()}"])
    toc_open = c.rng.random() < .35
    connected = c.rng.random() < .7
    exec_n = c.rng.randint(0, 30)
    headings = []
    cells = ""
    n_cells = c.rng.randint(3, 7)
    focused = c.rng.choice([-1, -1, c.rng.randrange(n_cells)])
    for k in range(n_cells):
        if k == 0 or c.rng.random() < .3:
            level = 1 if k == 0 else c.rng.choice([2, 2, 3])
            head = c.text.title()
            headings.append((level, head))
            para = "".join(f"<p>{esc(c.text.paragraph(1, 2))}</p>"
                           for _ in range(c.rng.randint(0, 2)))
            bullets = ("<ul>" + "".join(f"<li>{esc(c.text.sentence(3, 8))}</li>"
                                        for _ in range(c.rng.randint(2, 4))) + "</ul>"
                       if c.rng.random() < .25 else "")
            cells += (f"<div class='cell txt'><h{level + 0}>{esc(head)}</h{level + 0}>{para}"
                      f"{bullets}</div>")
        code = _python_chunk(c, files)
        exec_n += 1
        ran = c.rng.random() < .85
        src = "".join(f"<div class='cl'>{h}</div>" for h in highlight_block(code, "Python", pal))
        focus = "box-shadow:0 0 0 1px #9aa0a6" if k == focused else ""
        run = ("<div class='run'>&#9654;</div>" if not ran or c.rng.random() < .2 else
               f"<div class='cnt'>[{exec_n}]</div>")
        tick = (f"<div style='color:#0f9d58;font-size:11px;text-align:center'>&#10003;<br>"
                f"{c.rng.randint(0, 59)}s</div>" if ran and c.rng.random() < .3 else "")
        cells += (f"<div class='cell' style='{focus}'><div class='gut'>{run}{tick}</div><div "
                  f"style='flex:1;min-width:0'><div class='src mono'>{src}</div>"
                  f"{_output(c, t) if ran else ''}</div></div>")

    menu = "".join(f"<span>{m}</span>" for m in "File Edit View Insert Runtime Tools Help".split())
    logo = ("<svg width=44 height=28 viewBox='0 0 44 28'><path d='M14 4a10 10 0 1 0 0 20' "
            "fill='none' stroke='#f9ab00' stroke-width=6 /><path d='M30 4a10 10 0 1 1 0 20' "
            "fill='none' stroke='#e8710a' stroke-width=6 /></svg>")
    avatar = f"<img src='{c.img('avatar', 64, 64)}' width=32 height=32 style='border-radius:50%'>"
    if connected:
        ram, disk = c.rng.uniform(.1, .9), c.rng.uniform(.1, .8)
        res = (f"<span class='btn' style='display:flex;align-items:center;gap:8px'>&#10003; "
               f"<span style='display:inline-flex;flex-direction:column;gap:2px;font-size:10px'>"
               f"<span>RAM <i class='bar'><b style='width:{ram * 40:.0f}px'></b></i></span>"
               f"<span>Disk <i class='bar'><b style='width:{disk * 40:.0f}px'></b></i></span>"
               f"</span>{c.rng.choice(['', 'T4', 'GPU'])}</span>")
    else:
        res = "<span class='btn'>Connect &#9662;</span>"
    header = (f"<div class='hdr'><div style='display:flex;align-items:center;gap:10px;padding:"
              f"8px 16px 0'>{logo}<div style='flex:1'><div style='display:flex;align-items:"
              f"center;gap:10px'><span style='font-size:18px'>{esc(name)}.ipynb</span><span "
              f"style='color:{t['dim']}'>&#9734;</span></div><div class='menu'>{menu}<span "
              f"style='color:{t['dim']}'>{c.rng.choice(['All changes saved', 'Saving...', ''])}"
              f"</span></div></div><span style='color:{t['dim']};font-size:18px'>&#128172;"
              f"</span><span class='btn' style='background:{'#c2e7ff' if not c.dark else '#004a77'}"
              f";border-radius:18px;padding:8px 16px'>&#128100; Share</span><span "
              f"style='color:{t['dim']};font-size:18px'>&#9881;</span>{avatar}</div><div "
              f"style='display:flex;align-items:center;gap:8px;padding:4px 16px 6px 72px'><span "
              f"class='tb'>&#43; Code</span><span class='tb'>&#43; Text</span><span "
              f"style='color:{t['dim']}'>&#9654; Run all &#9662;</span><span style='margin-left:"
              f"auto'></span>{res}<span style='color:{t['dim']}'>&#9662; &nbsp; &#8964;</span>"
              f"</div></div>")
    strip_on = 0 if toc_open else -1
    strip = "".join(f"<div style='padding:10px 0;text-align:center;font-size:17px;color:"
                    f"{t['link'] if i == strip_on else t['dim']}'>{s}</div>"
                    for i, s in enumerate(["&#9776;", "&#128269;", "{x}", "&#128273;",
                                           "&#128193;"]))
    strip = (f"<div style='width:48px;flex:none;border-right:1px solid {t['line']};padding-top:"
             f"6px'>{strip}<div style='position:absolute;bottom:12px;width:48px;text-align:"
             f"center;color:{t['dim']}'>&lt;&gt;<br><br>&#9636;</div></div>")
    toc = ""
    if toc_open:
        items = "".join(f"<div style='padding:5px 0 5px {8 + 14 * (lv - 1)}px;"
                        f"{'font-weight:500;' if lv == 1 else ''}white-space:nowrap;overflow:"
                        f"hidden;text-overflow:ellipsis'>{esc(h)}</div>" for lv, h in headings)
        toc = (f"<div style='width:{c.rng.randint(230, 300)}px;flex:none;border-right:1px solid "
               f"{t['line']};padding:12px 16px;font-size:13px'><div style='display:flex;"
               f"font-size:15px;margin-bottom:10px'>Table of contents<span style='margin-left:"
               f"auto;color:{t['dim']}'>&#215;</span></div>{items}<div style='margin-top:12px;"
               f"color:{t['link']}'>&#43; Section</div></div>")
    body = (f"{header}<div style='display:flex;height:calc(100vh - 92px);position:relative'>"
            f"{strip}{toc}<div style='flex:1;overflow:hidden;padding:8px 24px 0 8px'>{cells}"
            f"</div></div>")
    mono = "font-family:'DejaVu Sans Mono','Liberation Mono',monospace;"
    css = (f"body{{margin:0;background:{t['bg']};color:{t['fg']};font-family:Roboto,'Noto Sans',"
           f"Arial,sans-serif;font-size:14px;overflow:hidden}}.hdr{{background:{t['hdr']};"
           f"border-bottom:1px solid {t['line']}}}.menu{{display:flex;gap:14px;font-size:14px;"
           f"margin-top:2px}}.btn{{border:1px solid {t['line']};border-radius:6px;padding:4px "
           f"10px;font-size:13px}}.tb{{padding:4px 10px;border-radius:4px;font-size:13px;"
           f"font-weight:500}}.bar{{display:inline-block;width:40px;height:4px;background:"
           f"{t['line']};vertical-align:middle}}.bar b{{display:block;height:4px;background:"
           f"#34a853}}.cell{{display:flex;gap:8px;margin:10px 0;padding:4px 0}}.txt{{display:"
           f"block;padding:0 16px 0 56px}}.txt h1{{font-size:26px;font-weight:400;margin:8px 0}}"
           f".txt h2{{font-size:21px;font-weight:400;margin:8px 0}}.txt h3{{font-size:17px;"
           f"margin:8px 0}}.txt p{{line-height:22px;margin:6px 0}}.gut{{width:44px;flex:none;"
           f"display:flex;flex-direction:column;align-items:center;gap:4px;padding-top:4px}}"
           f".run{{width:26px;height:26px;border-radius:50%;background:{t['btn']};display:flex;"
           f"align-items:center;justify-content:center;font-size:11px;color:{t['dim']}}}"
           f".cnt{{color:{t['dim']};{mono}font-size:12px;padding-top:4px}}.src{{background:"
           f"{t['cell']};padding:6px 10px;border-radius:2px}}.mono,.cl{{{mono}font-size:13px;"
           f"line-height:19px}}.cl{{white-space:pre;overflow:hidden;min-height:19px}}"
           f".out{{padding:8px 4px 4px;background:{t['out']};overflow:hidden}}.df{{"
           f"border-collapse:collapse;font-size:12px}}.df th,.df td{{padding:5px 10px;"
           f"text-align:right}}.df th{{font-weight:700}}.df tr:first-child{{border-bottom:1px "
           f"solid {t['line']}}}")
    nb_id = "1" + "".join(c.rng.choice(_ID) for _ in range(32))
    return Page("colab.research.google.com", f"/drive/{nb_id}", f"{name}.ipynb - Colab", body,
                css, "#f9ab00")


_ID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
