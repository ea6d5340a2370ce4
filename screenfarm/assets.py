"""Files the desktop applications open: PDFs, notebooks with plots, notes, terminal sessions.

PDFs and notebooks are made here with matplotlib (papers with two-column text, equations and
figures; notebooks with real code and plot outputs). A pool per split is made once and cached,
and the held-out splits use their own pool, made from the other vocabulary half.
"""

from __future__ import annotations

import base64
import io
import json
import random
import textwrap
from pathlib import Path

from .content import Content, read_lines, source_files

_EQUATIONS = (r"$\mathcal{L}(\theta)=-\sum_i y_i\log\hat{y}_i$", r"$E=mc^2$",
              r"$\nabla\cdot\mathbf{E}=\rho/\varepsilon_0$", r"$p(x)=\frac{1}{\sqrt{2\pi}\sigma}"
              r"e^{-(x-\mu)^2/2\sigma^2}$", r"$\hat\beta=(X^TX)^{-1}X^Ty$",
              r"$\int_0^\infty e^{-x^2}dx=\frac{\sqrt{\pi}}{2}$", r"$f(x)=\sum_{n=0}^\infty "
              r"\frac{f^{(n)}(a)}{n!}(x-a)^n$")


def _plot(ax, rng: random.Random) -> None:  # noqa: ANN001 - a matplotlib Axes
    import numpy as np

    x = np.linspace(0, rng.uniform(5, 50), 200)
    kind = rng.choice(["line", "scatter", "bar", "hist"])
    if kind == "line":
        for _ in range(rng.randint(1, 3)):
            ax.plot(x, np.sin(x * rng.uniform(.1, 1)) * rng.uniform(.5, 3) + x * rng.uniform(0, .1))
    elif kind == "scatter":
        ax.scatter(np.random.default_rng(rng.randrange(1 << 30)).normal(size=80),
                   np.random.default_rng(rng.randrange(1 << 30)).normal(size=80), s=8)
    elif kind == "bar":
        n = rng.randint(4, 10)
        ax.bar(range(n), [rng.uniform(1, 9) for _ in range(n)])
    else:
        ax.hist(np.random.default_rng(rng.randrange(1 << 30)).normal(size=500), bins=30)
    ax.set_title(f"Figure {rng.randint(1, 9)}", fontsize=8)
    ax.tick_params(labelsize=6)


def _paper_page(pdf, text: Content, rng: random.Random, first: bool) -> None:  # noqa: ANN001
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8.5, 11))
    y = 0.94
    family = rng.choice(["serif", "sans-serif"])
    if first:
        fig.text(.5, y, textwrap.fill(text.title(), 60), ha="center", va="top", fontsize=16,
                 family=family, weight="bold")
        fig.text(.5, y - .05, ", ".join(text.name() for _ in range(3)), ha="center",
                 fontsize=10, family=family)
        fig.text(.12, y - .09, "Abstract. " + textwrap.fill(text.paragraph(3, 4), 100),
                 va="top", fontsize=8, family=family, style="italic")
        y -= .22
    for col, x in enumerate((.08, .53)):
        cy = y
        while cy > .1:
            if rng.random() < .15 and col == 1:
                ax = fig.add_axes([x + .02, cy - .2, .36, .17])
                _plot(ax, rng)
                cy -= .24
                continue
            if rng.random() < .15:
                fig.text(x + .18, cy, rng.choice(_EQUATIONS), ha="center", fontsize=10)
                cy -= .04
                continue
            block = textwrap.fill(text.paragraph(2, 3), 58)
            n = block.count("\n") + 1
            fig.text(x, cy, block, va="top", fontsize=7.5, family=family, linespacing=1.4)
            cy -= n * .0135 + .02
    fig.text(.5, .04, str(rng.randint(1, 30)), ha="center", fontsize=8)
    pdf.savefig(fig)
    plt.close(fig)


def make_pdf(path: Path, rng: random.Random, text: Content) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(path) as pdf:
        for i in range(rng.randint(2, 4)):
            _paper_page(pdf, text, rng, first=i == 0)


def _png_b64(rng: random.Random) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(rng.uniform(5, 8), rng.uniform(3, 4.5)), dpi=72)
    _plot(ax, rng)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _code_cell(src: list[str], outputs: list[dict], n: int) -> dict:
    return {"cell_type": "code", "execution_count": n, "metadata": {},
            "source": "\n".join(src), "outputs": outputs}


def make_notebook(path: Path, rng: random.Random, text: Content) -> None:
    """A notebook with markdown, real-looking analysis code, tables and plot outputs."""
    cells: list[dict] = [{"cell_type": "markdown", "metadata": {},
                          "source": f"# {text.title()}\n\n{text.paragraph(1, 2)}"}]
    col = text.word()
    snippets = [
        ["import numpy as np", "import pandas as pd", "import matplotlib.pyplot as plt"],
        [f"df = pd.read_csv('{text.word()}.csv')", "df.head()"],
        [f"df['{col}'].describe()"],
        ["fig, ax = plt.subplots(figsize=(8, 4))", f"ax.plot(df['{col}'].rolling(7).mean())",
         f"ax.set_title('{text.title()[:30]}')", "plt.show()"],
        ["from sklearn.model_selection import train_test_split",
         "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)",
         "print(X_train.shape, X_test.shape)"],
        [f"for epoch in range({rng.randint(3, 20)}):", "    loss = train_one_epoch(model, loader)",
         "    print(f'epoch {epoch}: loss={loss:.4f}')"],
    ]
    n = 1
    for src in rng.sample(snippets, rng.randint(3, len(snippets))):
        outputs: list[dict] = []
        if "plt" in src[-1] or rng.random() < .3:
            outputs.append({"output_type": "display_data", "metadata": {},
                            "data": {"image/png": _png_b64(rng), "text/plain": "<Figure>"}})
        elif rng.random() < .6:
            lines = [f"{text.word():<12}{rng.uniform(0, 99):>10.3f}{rng.uniform(0, 9):>10.4f}"
                     for _ in range(rng.randint(2, 8))]
            outputs.append({"output_type": "stream", "name": "stdout", "text": "\n".join(lines)})
        cells.append(_code_cell(src, outputs, n))
        n += 1
        if rng.random() < .4:
            cells.append({"cell_type": "markdown", "metadata": {},
                          "source": f"## {text.title()}\n{text.sentence()}"})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                                      "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(nb))


def make_notes(rng: random.Random, text: Content) -> str:
    """A note the way people write them: headings, to-do lists, meeting bullets."""
    parts = [rng.choice(["Meeting notes", "TODO", "Ideas", "Shopping", "Reading list",
                         "Project " + text.word()]) + f" - {rng.randint(1, 28)} Nov"]
    for _ in range(rng.randint(2, 5)):
        kind = rng.random()
        if kind < .4:
            parts += [f"[{rng.choice([' ', 'x'])}] {text.sentence(3, 8)}"
                      for _ in range(rng.randint(2, 5))]
        elif kind < .7:
            parts += [f"- {text.sentence(4, 10)}" for _ in range(rng.randint(2, 4))]
        else:
            parts.append(textwrap.fill(text.paragraph(1, 2), 70))
        parts.append("")
    return "\n".join(parts)


def terminal_script(rng: random.Random, text: Content) -> str:
    """Real commands to run in a terminal, echoed after a prompt like an interactive session."""
    src = rng.choice(source_files(text.held_out))
    commands = [
        "ls -la --color=always /usr/lib/python3*/ | head -40", "df -h", "free -m",
        "ps aux --sort=-%mem | head -25", "top -b -n 1 | head -30", f"cat {src} | head -50",
        "ip addr 2>/dev/null || cat /proc/net/dev", "uname -a && cat /etc/os-release",
        f"grep -n --color=always 'def ' {src} | head -30", "python3 -c 'import this'",
        "ls --color=always -R /etc/X11 | head -40", "du -sh /usr/share/* 2>/dev/null | sort -h "
        "| tail -25", "env | sort | head -30", f"wc -l {src}; head -30 {src}",
        "dpkg -l | tail -30", "cal; date", "seq 1 20 | awk '{print $1, $1*$1, $1*$1*$1}'",
        "python3 -m pip --version; python3 -V", "find /usr/share/doc -maxdepth 1 | head -30",
    ]
    user, host = text.handle()[:10], text.word()
    prompt = rng.choice([f"\\e[1;32m{user}@{host}\\e[0m:\\e[1;34m~/{text.word()}\\e[0m$ ",
                         f"{user}@{host}:~$ ", f"[{user}@{host} ~]$ ",
                         f"\\e[35m{host}\\e[0m \\e[33m~/{text.word()}\\e[0m ❯ "])
    lines = []
    for cmd in rng.sample(commands, rng.randint(2, 4)):
        lines.append(f"printf '{prompt}'; echo {json.dumps(cmd)}; {cmd}")
    lines.append(f"PS1='{prompt}'")
    return "\n".join(lines) + "\n"


class AssetPool:
    """PDFs and notebooks made once per split and reused by the scenes of that split."""

    def __init__(self, folder: Path, held_out: bool, seed: int, size: int = 10) -> None:
        self.folder, self.held_out, self.seed, self.size = folder, held_out, seed, size
        folder.mkdir(parents=True, exist_ok=True)

    def _items(self, kind: str, ext: str, maker) -> list[Path]:  # noqa: ANN001 - a callable
        out = []
        for i in range(self.size):
            path = self.folder / f"{kind}_{i:02d}{ext}"
            if not path.exists():
                rng = random.Random(f"{self.seed}-{kind}-{i}-{self.held_out}")
                maker(path, rng, Content(rng, self.held_out))
            out.append(path)
        return out

    def pdfs(self) -> list[Path]:
        return self._items("paper", ".pdf", make_pdf)

    def notebooks(self) -> list[Path]:
        return self._items("analysis", ".ipynb", make_notebook)


def source_window(rng: random.Random, held_out: bool) -> tuple[str, list[str]]:
    path = rng.choice(source_files(held_out))
    return path, read_lines(path, rng, 80)
