"""Notebooks in a browser tab: a Google Colab notebook (header with menus and the resource meter,
the left icon strip with an optional table of contents, and text and code cells with printed
output, a data-frame table or a chart). Written from scratch after the product's public look; the
code in the cells is real Python from this machine, the rest is generated. Markup:
templates/jupyter/colab.html (the chart: templates/jupyter/_chart.svg.html)."""

from __future__ import annotations

import textwrap

from ..content import read_lines, source_files
from ..highlight import highlight_block, syntax_colours
from ..theme import Theme, pick
from ..web import Ctx, Page, page

_FONT = "Roboto,'Noto Sans',Arial,sans-serif"
_MONO = "'DejaVu Sans Mono','Liberation Mono',monospace"
_ID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_SERIES = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"]  # matplotlib's first colours

LIGHT = Theme(dark=False, bg="#ffffff", fg="#212121", muted="#616161", line="#e0e0e0",
              surface="#f7f7f7", surface2="#e8eaed", accent="#1a73e8", font=_FONT,
              extra={"hdr": "#f8f9fa", "out": "#ffffff", "tbl": "#f5f5f5", "share": "#c2e7ff",
                     "plot_fg": "#262626", "plot_bg": "#ffffff", "mono": _MONO})
DARK = Theme(dark=True, bg="#1e1e1e", fg="#d5d5d5", muted="#9aa0a6", line="#3c3c3c",
             surface="#2a2a2a", surface2="#3a3a3a", accent="#7cacf8", font=_FONT,
             extra={"hdr": "#1e1e1e", "out": "#1e1e1e", "tbl": "#2c2c2c", "share": "#004a77",
                    "plot_fg": "#d5d5d5", "plot_bg": "#1e1e1e", "mono": _MONO})


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


def _series(c: Ctx, kind: str, n: int, box: tuple[int, int, int, int], s: int) -> dict:
    """One plotted series: a random walk of `n` points inside the axes box (left, top, right,
    bottom px); bars carry a word label each and may change colour from bar to bar."""
    left, top, right, bottom = box
    col = _SERIES[s]
    level, pts = c.rng.uniform(.2, .7), []
    for i in range(n):
        level = min(.98, max(.02, level + c.rng.gauss(0, .08)))
        pts.append((left + (right - left) * (i + .5) / n, bottom - (bottom - top) * level))
    marks = []
    if kind == "scatter":
        marks = [(f"{x + c.rng.uniform(-5, 5):.1f}", f"{y:.1f}", col) for x, y in pts]
    elif kind == "bar":
        bw = (right - left) / n * .7
        for i, (x, y) in enumerate(pts):
            marks.append({"x": f"{x:.1f}", "left": f"{x - bw / 2:.1f}", "y": f"{y:.1f}",
                          "w": f"{bw:.1f}", "h": f"{bottom - y:.1f}", "col": col,
                          "label": c.text.word()[:8]})
            col = _SERIES[(i + 1) % len(_SERIES)] if c.rng.random() < .3 else col
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    return {"col": col, "line": line, "marks": marks, "label": c.text.word()}


def _chart(c: Ctx) -> dict:
    """A matplotlib-like figure: lines, scatter or bars, axes, ticks, legend and a title."""
    w, h = c.rng.choice([(520, 330), (600, 360), (440, 300)])
    box = left, top, right, bottom = 52, 30, w - 16, h - 40
    kind = c.rng.choice(["line", "line", "bar", "scatter"])
    n = c.rng.randint(8, 40) if kind != "bar" else c.rng.randint(4, 10)
    ymax = c.rng.choice([1, 10, 100, 1000])
    ys = [bottom - (bottom - top) * k / 5 for k in range(6)]
    ticks = [{"y": f"{y:.1f}", "ty": f"{y + 4:.1f}", "x": f"{left + (right - left) * k / 5:.1f}",
              "ylabel": f"{ymax * k / 5:g}", "xlabel": n * k // 5} for k, y in enumerate(ys)]
    count = c.rng.randint(1, 3) if kind != "bar" else 1
    series = [_series(c, kind, n, box, s) for s in range(count)]
    return {"w": w, "h": h, "left": left, "top": top, "right": right, "bottom": bottom,
            "plot": kind, "ticks": ticks, "series": series, "title": c.text.title()[:50]}


def _frame(c: Ctx) -> dict:
    """A printed pandas DataFrame: columns of floats, ints or words, and its shape line."""
    cols = [c.text.word()[:12] for _ in range(c.rng.randint(3, 7))]
    kinds = [c.rng.choice(["f", "i", "s"]) for _ in cols]
    nrows = c.rng.randint(4, 10)
    rows = [[f"{c.rng.uniform(-5, 500):.4f}" if k == "f" else str(c.rng.randint(0, 9999))
             if k == "i" else c.text.word() for k in kinds] for _ in range(nrows)]
    return {"cols": cols, "rows": rows, "total": c.rng.randint(nrows, 90000)}


def _printed(c: Ctx) -> str:
    """What a cell printed: training epochs, metrics, lists or sentences."""
    lines: list[str] = []
    for _ in range(c.rng.randint(1, 8)):
        form = c.rng.randrange(4)
        if form == 0:
            lines.append(f"Epoch {len(lines) + 1}/{c.rng.randint(5, 50)} - loss: "
                         f"{c.rng.uniform(.01, 2):.4f} - accuracy: {c.rng.uniform(.5, .99):.4f}")
        elif form == 1:
            lines.append(f"{c.text.word()}: {c.rng.uniform(0, 100):.3f}")
        elif form == 2:
            lines.append(str([round(c.rng.uniform(0, 1), 3) for _ in range(4)]))
        else:
            lines.append(c.text.sentence(3, 8))
    return "\n".join(lines)


def _output(c: Ctx) -> dict | None:
    """A code cell's output: none, printed text, a table, a chart (or picture), a progress bar."""
    kind = c.rng.choice(["none", "text", "text", "table", "chart", "chart", "progress"])
    if kind == "none":
        return None
    if kind == "text":
        return {"kind": "text", "text": _printed(c)}
    if kind == "table":
        return {"kind": "table", **_frame(c)}
    if kind == "chart":
        if c.rng.random() < .9:
            return {"kind": "chart", **_chart(c)}
        return {"kind": "img", "src": c.img("photo", 480, 300)}
    done = c.rng.randint(20, 100)
    return {"kind": "progress", "done": done, "secs": c.rng.randint(1, 59),
            "rate": f"{c.rng.uniform(1, 90):.2f}"}


def _text_cell(c: Ctx, first: bool) -> dict:
    level = 1 if first else c.rng.choice([2, 2, 3])
    head = c.text.title()
    paras = [c.text.paragraph(1, 2) for _ in range(c.rng.randint(0, 2))]
    bullets = ([c.text.sentence(3, 8) for _ in range(c.rng.randint(2, 4))]
               if c.rng.random() < .25 else [])
    return {"kind": "text", "level": level, "head": head, "paras": paras, "bullets": bullets}


def _cells(c: Ctx, files: list[str], exec_n: int) -> list[dict]:
    """Text cells (headings feed the table of contents) and code cells with their outputs."""
    pal = syntax_colours(c.dark)
    n_cells = c.rng.randint(3, 7)
    focused = c.rng.choice([-1, -1, c.rng.randrange(n_cells)])
    cells = []
    for k in range(n_cells):
        if k == 0 or c.rng.random() < .3:
            cells.append(_text_cell(c, k == 0))
        code = _python_chunk(c, files)
        exec_n += 1
        ran = c.rng.random() < .85
        button = not ran or c.rng.random() < .2
        tick = c.rng.randint(0, 59) if ran and c.rng.random() < .3 else -1
        cells.append({"kind": "code", "rows": highlight_block(code, "Python", pal),
                      "focus": k == focused, "button": button, "n": exec_n, "tick": tick,
                      "out": _output(c) if ran else None})
    return cells


def colab_notebook(c: Ctx) -> Page:
    """A Colab notebook: header, icon strip, maybe the table of contents, and the cells."""
    t = pick(LIGHT, DARK, c.dark)
    files = [p for p in source_files(c.text.held_out) if p.endswith(".py")] or \
        source_files(c.text.held_out)
    name = c.rng.choice([c.text.title()[:40], f"{c.text.word()}_{c.text.word()}",
                         f"Untitled{c.rng.randint(0, 20)}", f"{c.text.word().capitalize()} "
                         f"{c.text.word()}"])
    toc_open = c.rng.random() < .35
    connected = c.rng.random() < .7
    cells = _cells(c, files, c.rng.randint(0, 30))
    avatar = c.img("avatar", 64, 64)
    meter = None
    if connected:
        ram, disk = c.rng.uniform(.1, .9), c.rng.uniform(.1, .8)
        meter = {"ram": f"{ram * 40:.0f}", "disk": f"{disk * 40:.0f}",
                 "gpu": c.rng.choice(["", "T4", "GPU"])}
    saved = c.rng.choice(["All changes saved", "Saving...", ""])
    toc_width = c.rng.randint(230, 300) if toc_open else 0
    nb_id = "1" + "".join(c.rng.choice(_ID) for _ in range(32))
    headings = [(x["level"], x["head"]) for x in cells if x["kind"] == "text"]
    return page("jupyter/colab.html", c, t, host="colab.research.google.com",
                path=f"/drive/{nb_id}", title=f"{name}.ipynb - Colab", favicon="#f9ab00",
                name=name, cells=cells, avatar=avatar, meter=meter, saved=saved,
                toc_width=toc_width, headings=headings)
